#include "rule_docs.h"

namespace stacklint {
namespace {

// Message templates read better in docs with `<name>` where a value goes.
std::string ShowPlaceholders(const std::string& text) {
  std::string out = text;
  for (size_t open = out.find('{'); open != std::string::npos; open = out.find('{', open + 1)) {
    size_t close = out.find('}', open);
    if (close == std::string::npos) break;
    std::string_view name(out.data() + open + 1, close - open - 1);
    if (name.empty() || name.find_first_of("{} ") != std::string_view::npos) continue;
    out[open] = '<';
    out[close] = '>';
  }
  return out;
}

}  // namespace

std::string RuleMarkdown(const RuleInfo& rule) {
  std::string text = "# " + rule.name + " (" + rule.id + ")\n\n";
  text += "Default severity: **" + std::string(SeverityName(rule.severity)) + "**. ";
  if (!rule.fixable())
    text += "No automatic fix.\n\n";
  else if (rule.unsafe_fix)
    text +=
        "An unsafe fix (`--fix --unsafe-fixes`): *" + ShowPlaceholders(rule.fix_title) + "*.\n\n";
  else
    text += "A fix (`--fix`) is offered where it is certain: *" + ShowPlaceholders(rule.fix_title) +
            "*.\n\n";
  text += rule.summary + "\n\n";
  if (!rule.why.empty()) text += "## Why is this bad?\n\n" + rule.why + "\n\n";
  if (!rule.bad_example.empty()) {
    text += "## Example\n\n";
    if (!rule.example_context.empty()) text += "With " + rule.example_context + ":\n\n";
    text += "```yaml\n" + rule.bad_example + "```\n\n";
  }
  if (!rule.good_example.empty())
    text += "## Use instead\n\n```yaml\n" + rule.good_example + "```\n\n";
  text += "## Messages\n\n";
  for (const auto& [variant, message] : rule.messages)
    text += "- " + ShowPlaceholders(message) + "\n";
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
