#include "rule_docs.h"

namespace stacklint {

std::string RuleMarkdown(const RuleInfo& rule) {
  std::string text = "# " + rule.name + " (" + rule.id + ")\n\n";
  text += "Default severity: **" + std::string(SeverityName(rule.severity)) + "**. ";
  text += rule.fixable() ? "A fix is offered where it is certain: *" + rule.fix_title + "*.\n\n"
                         : "No automatic fix.\n\n";
  text += rule.summary + "\n\n";
  if (!rule.why.empty()) text += "## Why is this bad?\n\n" + rule.why + "\n\n";
  if (!rule.bad_example.empty()) text += "## Example\n\n```yaml\n" + rule.bad_example + "```\n\n";
  if (!rule.good_example.empty())
    text += "## Use instead\n\n```yaml\n" + rule.good_example + "```\n\n";
  text += "## Messages\n\n";
  for (const auto& [variant, message] : rule.messages) text += "- `" + message + "`\n";
  return text;
}

std::string RuleIndexMarkdown(const RuleCatalog& catalog) {
  std::string text =
      "# Rules\n\nGenerated from `rules/*.yaml` by `scripts/gen-rule-docs.sh`; a test fails when "
      "these pages are stale.\n\n| ID | name | severity | fix | summary |\n| --- | --- | --- | --- "
      "| "
      "--- |\n";
  for (const RuleInfo& rule : catalog.rules()) {
    text += "| [" + rule.id + "](" + rule.id + ".md) | " + rule.name + " | " +
            std::string(SeverityName(rule.severity)) + " | " + (rule.fixable() ? "yes" : "") +
            " | " + rule.summary + " |\n";
  }
  return text;
}

}  // namespace stacklint
