// The catalog commands: `stacklint rules` (a table or JSON), `stacklint rule ID|NAME` (one rule
// explained, with its examples) and `stacklint flavors`.
#ifndef STACKLINT_PRINT_CATALOG_H_
#define STACKLINT_PRINT_CATALOG_H_

#include <optional>
#include <ostream>
#include <string>

#include "rule_catalog.h"

namespace stacklint {

void PrintRules(const RuleCatalog& catalog, const std::string& format, std::ostream& out);
/// A kUsage problem when no rule has that ID or name (with the closest name, if any).
std::optional<Problem> PrintRule(const RuleCatalog& catalog, const std::string& query,
                                 std::ostream& out);
void PrintFlavors(const RuleCatalog& catalog, std::ostream& out);
/// The ZenML releases of a fact in words: "0.96.2 and later", "every release".
std::string ReleasesText(const VersionRange& versions);

}  // namespace stacklint

#endif  // STACKLINT_PRINT_CATALOG_H_
