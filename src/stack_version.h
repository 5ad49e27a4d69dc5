// Which ZenML release a stack document is judged by: the facts in rules/ (flavors, tables) hold
// for ranges of releases.
#ifndef STACKLINT_STACK_VERSION_H_
#define STACKLINT_STACK_VERSION_H_

#include <optional>

#include "stack_model.h"
#include "zenml_version.h"

namespace stacklint {

/// `override` (--zenml-version) if given, else the document's `zenml_version` if it is a release
/// number, else unknown (nullopt: the newest facts).
std::optional<Version> StackZenmlVersion(const StackDocument& doc,
                                         const std::optional<Version>& override);

}  // namespace stacklint

#endif  // STACKLINT_STACK_VERSION_H_
