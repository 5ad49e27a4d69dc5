// The table of report formats (`check -f NAME`): the one place that names them. The CLI's help
// and validation, the config, the tests and the fuzz target read it. A new format is one new
// report_<name>.cpp defining its writer plus one row (and its declaration) in report_formats.cpp.
#ifndef STACKLINT_REPORT_FORMATS_H_
#define STACKLINT_REPORT_FORMATS_H_

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "reporter.h"

namespace stacklint {

struct ReportFormat {
  std::string_view name;         ///< the value of -f/--format
  std::string_view description;  ///< one line, for --help and the docs
  std::string_view file_suffix;  ///< a saved report's name ending (testdata/formats goldens)
  ReportWriter write;
  /// A Markdown job summary appended to $GITHUB_STEP_SUMMARY when it is set, or nullptr.
  ReportWriter step_summary = nullptr;
  /// Read by people on a terminal: it lists unreadable inputs itself, so when it goes to stdout
  /// they are not repeated on stderr (machine formats hold them too, but nobody reads those).
  bool for_people = false;
};

/// Every format, the default (`text`) first.
std::span<const ReportFormat> ReportFormats();

/// The format called `name` (exact, lower case), or nullptr.
const ReportFormat* FindReportFormat(std::string_view name);

/// The names in table order, for option validation.
std::vector<std::string> ReportFormatNames();

/// `-f/--format` help: one `name: description` line per format.
std::string ReportFormatHelp();

}  // namespace stacklint

#endif  // STACKLINT_REPORT_FORMATS_H_
