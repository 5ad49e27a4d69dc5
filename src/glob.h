// Glob patterns for `exclude` and `per-file-ignores`: `*` and `?` within a path component,
// `**` across components, `[abc]` classes. A pattern without '/' matches a file or folder name
// anywhere; one with '/' matches the path from the config file's folder.
#ifndef STACKLINT_GLOB_H_
#define STACKLINT_GLOB_H_

#include <optional>
#include <string>
#include <string_view>

namespace stacklint {

/// Why `pattern` is not a valid glob (an unclosed `[`, an empty pattern), or nullopt.
std::optional<std::string> GlobError(std::string_view pattern);

/// Whether `pattern` matches `path` ('/' separated, relative) or one of its parent folders.
bool GlobMatchesPath(std::string_view pattern, std::string_view path);

}  // namespace stacklint

#endif  // STACKLINT_GLOB_H_
