#include "report_github.h"

#include <algorithm>

#include "reporter.h"
#include "text_util.h"

namespace stacklint {
namespace {

std::string_view CommandFor(Severity severity) {
  switch (severity) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kNote:
      return "notice";
  }
  return "error";
}

std::string MarkdownCell(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '|')
      out += "\\|";
    else if (c == '\n' || c == '\r')
      out += ' ';
    else
      out += c;
  }
  return out;
}

}  // namespace

std::string EscapeGithubData(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '%')
      out += "%25";
    else if (c == '\r')
      out += "%0D";
    else if (c == '\n')
      out += "%0A";
    else
      out += c;
  }
  return out;
}

std::string EscapeGithubProperty(std::string_view text) {
  std::string out;
  for (char c : EscapeGithubData(text)) {
    if (c == ':')
      out += "%3A";
    else if (c == ',')
      out += "%2C";
    else
      out += c;
  }
  return out;
}

// Declared beside its row in report_formats.cpp, as is WriteGithubSummary.
void WriteGithub(const ReportInput& input, std::ostream& out) {
  const LintResults& results = input.results;
  for (const Diagnostic& d : results.diagnostics) {
    if (d.suppressed) continue;
    out << "::" << CommandFor(d.severity)
        << " file=" << EscapeGithubProperty(SanitizeForDisplay(d.path))
        << ",line=" << d.range.begin.line << ",col=" << d.range.begin.column
        << ",endLine=" << d.range.end.line << ",endColumn=" << d.range.end.column
        << ",title=" << EscapeGithubProperty(d.rule_id + " " + d.rule_name)
        << "::" << EscapeGithubData(d.message) << '\n';
  }
  for (const InputProblem& problem : results.input_problems) {
    out << "::error file=" << EscapeGithubProperty(SanitizeForDisplay(problem.path))
        << ",title=stacklint::" << EscapeGithubData(problem.message) << '\n';
  }
}

void WriteGithubSummary(const ReportInput& input, std::ostream& out) {
  const LintResults& results = input.results;
  out << "### stacklint\n\n";
  bool any = std::any_of(results.diagnostics.begin(), results.diagnostics.end(),
                         [](const Diagnostic& d) { return !d.suppressed; });
  if (!any && results.input_problems.empty()) {
    out << "No problems found in " << Plural(results.files_checked, "file") << ".\n";
    return;
  }
  out << "| severity | location | rule | message |\n| --- | --- | --- | --- |\n";
  size_t shown = 0;
  for (const Diagnostic& d : results.diagnostics) {
    if (d.suppressed) continue;
    ++shown;
    out << "| " << SeverityName(d.severity) << " | `" << MarkdownCell(SanitizeForDisplay(d.path))
        << ':' << d.range.begin.line << ':' << d.range.begin.column << "` | " << d.rule_id << ' '
        << d.rule_name << " | " << MarkdownCell(d.message) << " |\n";
  }
  for (const InputProblem& problem : results.input_problems) {
    out << "| error | `" << MarkdownCell(SanitizeForDisplay(problem.path)) << "` | | "
        << MarkdownCell(problem.message) << " |\n";
  }
  out << "\n"
      << Plural(shown, "finding") << " in " << Plural(results.files_checked, "file") << ".\n";
}

}  // namespace stacklint
