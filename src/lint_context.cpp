#include "lint_context.h"

#include <algorithm>

#include "fixer.h"
#include "lint_text.h"

namespace stacklint {

void LintContext::Report(std::string_view rule_id, const Range& range, const TemplateArgs& args,
                         std::string_view variant, std::vector<Edit> fix_edits) {
  const RuleInfo* rule = catalog_.FindRule(rule_id);
  if (rule == nullptr) return;  // a catalog test guarantees every ID used here exists
  auto message = rule->messages.find(std::string(variant));
  if (message == rule->messages.end()) message = rule->messages.find("");
  Diagnostic d;
  d.rule_id = rule->id;
  d.rule_name = rule->name;
  d.severity = rule->SeverityOf(variant);
  TemplateArgs safe_args = args;  // no message may echo a credential, whatever the rule
  for (auto& [name, value] : safe_args)
    value = Abbreviate(RedactSecrets(catalog_, std::move(value)));
  d.message =
      message == rule->messages.end() ? rule->summary : RenderTemplate(message->second, safe_args);
  d.path = source_.path();
  d.range = range;
  // A fix whose new text would show a credential (JSON and SARIF print edits) is not offered.
  bool edits_hold_secret = std::any_of(fix_edits.begin(), fix_edits.end(), [&](const Edit& e) {
    return RedactSecrets(catalog_, e.replacement) != e.replacement;
  });
  if (!fix_edits.empty() && rule->fixable() && !edits_hold_secret) {
    d.fix =
        Fix{RenderTemplate(rule->fix_title, safe_args), std::move(fix_edits), !rule->unsafe_fix};
  }
  out_->push_back(std::move(d));
}

Edit LintContext::ReplaceScalar(const Node& node, const std::string& text) const {
  // Through an alias only the use site changes (the anchored value may be used elsewhere); the
  // whole value is replaced, quoted as PyYAML needs, so block and multi-line scalars stay whole.
  if (node.alias_of != nullptr) return Edit{node.use_range, YamlScalarText(text)};
  char quote = node.style == ScalarStyle::kQuoted ? source_.text()[node.range.begin_offset] : 0;
  return Edit{node.range, YamlScalarText(text, quote)};
}

}  // namespace stacklint
