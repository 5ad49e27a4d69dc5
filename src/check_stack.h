// ST201-ST204: rules about the stack as a whole, driven by the tables in rules/tables/ (rows
// bounded by ZenML release): a missing container registry, a local registry under remote
// components, a loopback registry ZenML does not see as local, and artifact store path schemes.
#ifndef STACKLINT_CHECK_STACK_H_
#define STACKLINT_CHECK_STACK_H_

#include "check.h"

namespace stacklint {

class StackCheck : public Check {
 public:
  explicit StackCheck(const RuleCatalog& catalog);
  void Run(const StackDocument& doc, LintContext& ctx) const override;

 private:
  const Table* needs_registry_;
  const Table* rejects_local_;
  const Table* schemes_;
  Regex zenml_local_;
  Regex loopback_;
};

/// Whether a table row applies to a component, given the row's `if`/`unless` conditions on the
/// component's configuration (values compared as lower-case text).
bool RowApplies(const TableRow& row, const Component& component);

}  // namespace stacklint

#endif  // STACKLINT_CHECK_STACK_H_
