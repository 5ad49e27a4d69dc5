// The interface of a rule written in C++. A check reads a StackDocument and reports through its
// LintContext (lint_context.h) with a rule ID; message texts and severities come from the rule's
// entry in rules/, so code never spells a message.
//
//   class MyCheck : public Check {
//     void Run(const StackDocument& doc, LintContext& ctx) const override {
//       ctx.Report("CR104", node->range, {{"uri", node->value}});
//     }
//   };
#ifndef STACKLINT_CHECK_H_
#define STACKLINT_CHECK_H_

#include <memory>
#include <vector>

#include "lint_context.h"
#include "lint_text.h"
#include "rule_catalog.h"
#include "stack_model.h"

namespace stacklint {

class Check {
 public:
  virtual ~Check() = default;
  virtual void Run(const StackDocument& doc, LintContext& ctx) const = 0;
  /// What went wrong while the check was built from the catalog (e.g. a schema that does not
  /// compile); the engine hands these to its caller.
  virtual std::vector<Problem> SetupProblems() const { return {}; }
};

/// The single list of the built-in code checks (checks.cpp).
std::vector<std::unique_ptr<Check>> BuiltinChecks(const RuleCatalog& catalog);

}  // namespace stacklint

#endif  // STACKLINT_CHECK_H_
