// CR101 unknown-flavor: a container registry's `flavor` is not a flavor of the stack's ZenML
// release (unknown, added later, or removed); suggests the one meant, from each flavor's
// `aliases` in rules/flavors/ or by spelling.
#ifndef STACKLINT_CHECK_FLAVOR_H_
#define STACKLINT_CHECK_FLAVOR_H_

#include "check.h"

namespace stacklint {

class FlavorCheck : public Check {
 public:
  void Run(const StackDocument& doc, LintContext& ctx) const override;
};

}  // namespace stacklint

#endif  // STACKLINT_CHECK_FLAVOR_H_
