#include "report_junit.h"

#include <algorithm>
#include <map>

#include "reporter.h"
#include "text_util.h"

namespace stacklint {

std::string EscapeXml(std::string_view text) {
  std::string out;
  for (char c : SanitizeForDisplay(text)) {  // valid UTF-8, no control characters
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

// Declared beside its row in report_formats.cpp.
void WriteJunit(const ReportInput& input, std::ostream& out) {
  const LintResults& results = input.results;
  const std::optional<Severity>& fail_on = input.settings.fail_on;
  std::map<std::string, std::vector<const Diagnostic*>> by_file;
  for (const std::string& file : results.files) by_file[file];
  for (const Diagnostic& d : results.diagnostics) {
    if (!d.suppressed) by_file[d.path].push_back(&d);
  }
  std::map<std::string, std::string> problems;
  for (const InputProblem& problem : results.input_problems)
    problems[problem.path] = problem.message;
  for (const auto& [path, message] : problems) by_file[path];

  auto fails = [&](const Diagnostic* d) { return fail_on && d->severity >= *fail_on; };
  size_t failures = 0;
  for (const auto& [path, findings] : by_file) {
    failures += !problems.count(path) && std::any_of(findings.begin(), findings.end(), fails);
  }
  std::string counts = "tests=\"" + std::to_string(by_file.size()) + "\" failures=\"" +
                       std::to_string(failures) + "\" errors=\"" + std::to_string(problems.size()) +
                       "\"";
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<testsuites name=\"stacklint\" " << counts << ">\n"
      << "  <testsuite name=\"stacklint\" " << counts << ">\n";
  for (const auto& [path, findings] : by_file) {
    std::string name = EscapeXml(path);
    out << "    <testcase name=\"" << name << "\" classname=\"stacklint\" file=\"" << name << "\"";
    auto problem = problems.find(path);
    if (findings.empty() && problem == problems.end()) {
      out << "/>\n";
      continue;
    }
    out << ">\n";
    if (problem != problems.end()) {
      out << "      <error message=\"" << EscapeXml(problem->second) << "\"/>\n";
    }
    std::string below;  // findings under --fail-on: shown, not failures
    for (const Diagnostic* d : findings) {
      std::string line = d->path + ":" + std::to_string(d->range.begin.line) + ":" +
                         std::to_string(d->range.begin.column) + ": " +
                         std::string(SeverityName(d->severity)) + ": " + d->message + " [" +
                         d->rule_id + "]";
      if (!fails(d)) {
        below += EscapeXml(line) + "\n";
        continue;
      }
      out << "      <failure type=\"" << d->rule_id << "\" message=\"" << EscapeXml(d->message)
          << "\">" << EscapeXml(line) << "</failure>\n";
    }
    if (!below.empty()) out << "      <system-out>" << below << "</system-out>\n";
    out << "    </testcase>\n";
  }
  out << "  </testsuite>\n</testsuites>\n";
}

}  // namespace stacklint
