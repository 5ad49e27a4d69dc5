// SL004 missing-field, SL005 unknown-component-type, SL006 wrong-type: the shape that
// `zenml stack import` needs before any component is looked at, with the component types of the
// stack's ZenML release (rules/tables/component-types.yaml) and a `zenml_version` that is one.
#ifndef STACKLINT_CHECK_STRUCTURE_H_
#define STACKLINT_CHECK_STRUCTURE_H_

#include "check.h"

namespace stacklint {

class StructureCheck : public Check {
 public:
  void Run(const StackDocument& doc, LintContext& ctx) const override;
};

}  // namespace stacklint

#endif  // STACKLINT_CHECK_STRUCTURE_H_
