// The JSON forms of `stacklint rule ID --format json` and `stacklint flavors --format json`, for
// editors and scripts (`stacklint rules --format json` is in print_catalog.cpp).
#ifndef STACKLINT_CATALOG_JSON_H_
#define STACKLINT_CATALOG_JSON_H_

#include <optional>
#include <ostream>
#include <string>

#include "rule_catalog.h"

namespace stacklint {

/// One rule with its help; a kUsage problem when no rule has that ID or name (any case).
std::optional<Problem> PrintRuleJson(const RuleCatalog& catalog, const std::string& query,
                                     std::ostream& out);
/// Every container registry flavor, built-in and the user's, with its regexes and examples.
void PrintFlavorsJson(const RuleCatalog& catalog, std::ostream& out);

}  // namespace stacklint

#endif  // STACKLINT_CATALOG_JSON_H_
