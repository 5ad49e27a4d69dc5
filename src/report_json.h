// The json report: {"findings": [...], "summary": {...}}, one object per finding with its
// position, rule, severity, message, YAML path, fingerprint and fix.
#ifndef STACKLINT_REPORT_JSON_H_
#define STACKLINT_REPORT_JSON_H_

#include <ostream>

#include "lint_results.h"

namespace stacklint {

void WriteJson(const LintResults& results, std::ostream& out);

}  // namespace stacklint

#endif  // STACKLINT_REPORT_JSON_H_
