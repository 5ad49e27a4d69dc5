// What a check reports through: LintContext turns a rule ID, a range and template arguments into
// a Diagnostic (message and severity from the rule's entry in rules/, arguments redacted), marks
// ranges that hold secrets, and builds scalar-replacing edits for fixes.
#ifndef STACKLINT_LINT_CONTEXT_H_
#define STACKLINT_LINT_CONTEXT_H_

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "diagnostic.h"
#include "rule_catalog.h"
#include "source_file.h"
#include "stack_model.h"
#include "stack_version.h"

namespace stacklint {

using TemplateArgs = std::vector<std::pair<std::string, std::string>>;

class LintContext {
 public:
  LintContext(const SourceFile& source, const RuleCatalog& catalog,
              std::optional<Version> zenml_version, std::vector<Diagnostic>* out,
              std::vector<Range>* secrets = nullptr)
      : source_(source),
        catalog_(catalog),
        zenml_version_(zenml_version),
        out_(out),
        secrets_(secrets) {}

  /// Adds a finding of `rule_id` (its `messages[variant]` filled from `args`). A fix's title is
  /// the rule's `fix` template filled from the same args.
  void Report(std::string_view rule_id, const Range& range, const TemplateArgs& args,
              std::string_view variant = "", std::vector<Edit> fix_edits = {});

  const SourceFile& source() const { return source_; }
  const RuleCatalog& catalog() const { return catalog_; }
  /// The ZenML release `doc` is judged by (StackZenmlVersion with --zenml-version).
  std::optional<Version> ZenmlVersion(const StackDocument& doc) const {
    return StackZenmlVersion(doc, zenml_version_);
  }

  /// Marks source text that holds a secret: reports show `****` in its place.
  void MarkSecret(const Range& range) {
    if (secrets_) secrets_->push_back(range);
  }

  /// An edit that replaces a scalar's value with `text`, keeping its quotes.
  Edit ReplaceScalar(const Node& node, const std::string& text) const;

 private:
  const SourceFile& source_;
  const RuleCatalog& catalog_;
  std::optional<Version> zenml_version_;
  std::vector<Diagnostic>* out_;
  std::vector<Range>* secrets_;
};

}  // namespace stacklint

#endif  // STACKLINT_LINT_CONTEXT_H_
