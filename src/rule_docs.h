// Markdown documentation generated from the rule catalog: one page per rule (docs/rules/ID.md,
// also SARIF's help.markdown) and an index. The rule's YAML file is the only source.
#ifndef STACKLINT_RULE_DOCS_H_
#define STACKLINT_RULE_DOCS_H_

#include <string>

#include "rule_catalog.h"

namespace stacklint {

std::string RuleMarkdown(const RuleInfo& rule);
std::string RuleIndexMarkdown(const RuleCatalog& catalog);

}  // namespace stacklint

#endif  // STACKLINT_RULE_DOCS_H_
