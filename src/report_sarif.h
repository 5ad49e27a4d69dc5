// The SARIF 2.1.0 report: one run, every rule's metadata in tool.driver.rules, one result per
// finding with a relative artifact URI and a start/end region, and a notification per input
// that could not be read.
#ifndef STACKLINT_REPORT_SARIF_H_
#define STACKLINT_REPORT_SARIF_H_

#include <ostream>

#include "lint_results.h"
#include "rule_catalog.h"

namespace stacklint {

void WriteSarif(const LintResults& results, const RuleCatalog& catalog, std::ostream& out);

/// Percent-encodes a relative path for a SARIF/URI reference ('/' kept).
std::string PathToUri(std::string_view path);

}  // namespace stacklint

#endif  // STACKLINT_REPORT_SARIF_H_
