// SL004 missing-field, SL005 unknown-component-type, SL006 wrong-type: the shape that
// `zenml stack import` needs before any component is looked at.
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
