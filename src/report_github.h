// The github report: GitHub Actions workflow commands (`::error file=...::message`) that show
// as annotations on the pull request, plus, when GITHUB_STEP_SUMMARY names a file, a Markdown
// table of every finding there (GitHub shows only 10 annotations of each kind per step).
#ifndef STACKLINT_REPORT_GITHUB_H_
#define STACKLINT_REPORT_GITHUB_H_

#include <ostream>
#include <string>
#include <string_view>

#include "lint_results.h"

namespace stacklint {

void WriteGithub(const LintResults& results, std::ostream& out);
/// The Markdown job summary (appended by the caller to $GITHUB_STEP_SUMMARY).
void WriteGithubSummary(const LintResults& results, std::ostream& out);

/// Workflow-command escaping: '%', CR and LF in data; also ':' and ',' in properties.
std::string EscapeGithubData(std::string_view text);
std::string EscapeGithubProperty(std::string_view text);

}  // namespace stacklint

#endif  // STACKLINT_REPORT_GITHUB_H_
