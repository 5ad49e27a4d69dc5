#include "stack_version.h"

namespace stacklint {

std::optional<Version> StackZenmlVersion(const StackDocument& doc,
                                         const std::optional<Version>& override) {
  if (override) return override;
  const Node* version = doc.root->Find("zenml_version");
  if (version == nullptr || !version->IsScalar()) return std::nullopt;
  return Version::Parse(version->value);
}

}  // namespace stacklint
