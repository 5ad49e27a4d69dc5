// CR102 config-schema: a component's `configuration` is validated against its flavor's JSON
// Schema (schemas/*.json) with valijson, and each error is placed on the offending key or value.
// Each schema is parsed once: a user's when the check is built, a built-in one on first use;
// validation itself is thread-safe.
#ifndef STACKLINT_CHECK_SCHEMA_H_
#define STACKLINT_CHECK_SCHEMA_H_

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "check.h"

namespace stacklint {

class SchemaCheck : public Check {
 public:
  explicit SchemaCheck(const RuleCatalog& catalog);
  ~SchemaCheck() override;
  void Run(const StackDocument& doc, LintContext& ctx) const override;

  /// Schemas of the catalog that could not be compiled, by schema name.
  std::vector<Problem> SetupProblems() const override { return problems_; }

 private:
  struct Compiled;  // valijson types stay inside check_schema.cpp: its headers are slow to compile
  std::map<std::string, std::unique_ptr<Compiled>> schemas_;
  std::vector<Problem> problems_;
};

}  // namespace stacklint

#endif  // STACKLINT_CHECK_SCHEMA_H_
