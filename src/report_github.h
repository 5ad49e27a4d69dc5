// The github report (report_github.cpp): GitHub Actions workflow commands (`::error
// file=...::message`) that show as annotations on the pull request, plus, when
// GITHUB_STEP_SUMMARY names a file, a Markdown table of every finding there (GitHub shows only 10
// annotations of each kind per step). Its writers are rows of report_formats.cpp; this header
// holds the escaping it shares with tests.
#ifndef STACKLINT_REPORT_GITHUB_H_
#define STACKLINT_REPORT_GITHUB_H_

#include <string>
#include <string_view>

namespace stacklint {

/// Workflow-command escaping: '%', CR and LF in data; also ':' and ',' in properties.
std::string EscapeGithubData(std::string_view text);
std::string EscapeGithubProperty(std::string_view text);

}  // namespace stacklint

#endif  // STACKLINT_REPORT_GITHUB_H_
