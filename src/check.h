// The interface of a rule written in C++, and the context it reports through. A check reads a
// StackDocument and calls Report with a rule ID; message texts and severities come from the
// rule's entry in rules/, so code never spells a message.
//
//   class MyCheck : public Check {
//     void Run(const StackDocument& doc, LintContext& ctx) const override {
//       ctx.Report("CR104", node->range, {{"uri", node->value}});
//     }
//   };
#ifndef STACKLINT_CHECK_H_
#define STACKLINT_CHECK_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "diagnostic.h"
#include "rule_catalog.h"
#include "source_file.h"
#include "stack_model.h"

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
  /// --zenml-version if given, else the document's `zenml_version`, else unknown (newest).
  std::optional<Version> ZenmlVersion(const StackDocument& doc) const;

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

/// `text` cut to a readable length ("..." marks the cut), at a code point boundary.
std::string Abbreviate(std::string text);

/// `text` with every credential-shaped part (SEC301's value patterns) replaced by `****`.
std::string RedactSecrets(const RuleCatalog& catalog, std::string text);

/// True for a value a template fills in before import: `$NAME`, or any text with a `${...}` in it
/// (`${REGION}-docker.pkg.dev/${PROJECT}/images`): no rule judges what it will become.
bool IsPlaceholder(std::string_view value);

}  // namespace stacklint

#endif  // STACKLINT_CHECK_H_
