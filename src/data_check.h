// The build-time check of stacklint's own data: stacklint_embed runs it over rules/ and schemas/
// before embedding them, so a mistake in a rule file, a regex that does not compile, or an editor
// schema that drifted from the tables fails the build with its file:line:col.
//
//   std::vector<std::string> errors = CheckBuiltinData({{"rules/patterns.yaml", text}, ...});
#ifndef STACKLINT_DATA_CHECK_H_
#define STACKLINT_DATA_CHECK_H_

#include <string>
#include <utility>
#include <vector>

namespace stacklint {

/// `files` are (path relative to the repository, text). Every rule file goes through the
/// catalog loader as built-in data with every regex compiled at once; when
/// schemas/zenml-stack.schema.json is among them, its component types and required/known keys
/// must be those of rules/tables/component-types.yaml and rules/tables/stack-keys.yaml.
/// Returns "path:line:col: message" errors; empty when the data is sound.
std::vector<std::string> CheckBuiltinData(
    const std::vector<std::pair<std::string, std::string>>& files);

}  // namespace stacklint

#endif  // STACKLINT_DATA_CHECK_H_
