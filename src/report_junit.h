// The junit report: JUnit XML with one test case per linted file and one failure per finding,
// for CI systems that show test reports (GitLab, Jenkins, Azure Pipelines). Always valid XML.
#ifndef STACKLINT_REPORT_JUNIT_H_
#define STACKLINT_REPORT_JUNIT_H_

#include <ostream>
#include <string>
#include <string_view>

#include "lint_results.h"

namespace stacklint {

void WriteJunit(const LintResults& results, std::ostream& out);

/// Escapes XML markup and drops what XML 1.0 can't hold (invalid UTF-8 becomes U+FFFD).
std::string EscapeXml(std::string_view text);

}  // namespace stacklint

#endif  // STACKLINT_REPORT_JUNIT_H_
