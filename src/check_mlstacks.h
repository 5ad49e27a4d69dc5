// MS401 mlstacks-invalid and SL004 for mlstacks specs: values mlstacks rejects (provider,
// component type and flavor outside its enums, a container registry flavor its provider does
// not deploy, a value of a type its pydantic models do not take). The enums and types are the
// `mlstacks` table in rules/tables/.
#ifndef STACKLINT_CHECK_MLSTACKS_H_
#define STACKLINT_CHECK_MLSTACKS_H_

#include "check.h"

namespace stacklint {

class MlstacksCheck : public Check {
 public:
  explicit MlstacksCheck(const RuleCatalog& catalog) : table_(catalog.FindTable("mlstacks")) {}
  void Run(const StackDocument& doc, LintContext& ctx) const override;

 private:
  /// Reports MS401 if `root[key]` is a literal string outside the enum; true when it is valid.
  bool CheckEnum(const Node& root, const std::string& key, LintContext& ctx) const;

  /// Reports MS401 for values whose YAML type the model's field does not take (rows of the
  /// table's `group`: stack_types or component_types).
  void CheckTypes(const Node& root, const std::string& group, LintContext& ctx) const;
  const Table* table_;
};

}  // namespace stacklint

#endif  // STACKLINT_CHECK_MLSTACKS_H_
