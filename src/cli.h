// The command line (CLI11) turned into Options. Kept apart from the rest because CLI11's
// headers are slow to compile.
#ifndef STACKLINT_CLI_H_
#define STACKLINT_CLI_H_

#include <iosfwd>
#include <optional>

#include "options.h"

namespace stacklint {

/// Parses argv. On --help, --version or a usage error, prints to `out`/`err` and returns the
/// exit code to end with; otherwise fills `options` and returns nullopt.
std::optional<int> ParseCommandLine(int argc, const char* const* argv, Options* options,
                                    std::ostream& out, std::ostream& err);

}  // namespace stacklint

#endif  // STACKLINT_CLI_H_
