// The junit report (report_junit.cpp): JUnit XML with one test case per linted file and one
// failure per finding at or above --fail-on (findings below it are the test case's system-out),
// for CI systems that show test reports (GitLab, Jenkins, Azure Pipelines). Always valid XML.
// `tests` counts test cases (files), `failures` the test cases with a failure and `errors` those
// that could not be read, so failures + errors <= tests. Its writer is a row of
// report_formats.cpp; this header holds the escaping it shares with tests.
#ifndef STACKLINT_REPORT_JUNIT_H_
#define STACKLINT_REPORT_JUNIT_H_

#include <string>
#include <string_view>

namespace stacklint {

/// Escapes XML markup and drops what XML 1.0 can't hold (invalid UTF-8 becomes U+FFFD).
std::string EscapeXml(std::string_view text);

}  // namespace stacklint

#endif  // STACKLINT_REPORT_JUNIT_H_
