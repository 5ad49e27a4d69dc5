// The SARIF 2.1.0 report (report_sarif.cpp): one run, the metadata of the rules the run reports
// in tool.driver.rules (sorted by ID, as ruff does), one result per finding with a relative
// artifact URI and a start/end region, and a notification per input that could not be read. Its
// writer is a row of report_formats.cpp; this header holds the URI encoding others share.
#ifndef STACKLINT_REPORT_SARIF_H_
#define STACKLINT_REPORT_SARIF_H_

#include <string>
#include <string_view>

namespace stacklint {

/// Percent-encodes a relative path for a SARIF/URI reference ('/' kept).
std::string PathToUri(std::string_view path);

}  // namespace stacklint

#endif  // STACKLINT_REPORT_SARIF_H_
