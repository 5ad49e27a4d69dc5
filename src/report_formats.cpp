#include "report_formats.h"

namespace stacklint {

// Each writer is defined in its own report_<name>.cpp.
void WriteText(const ReportInput& input, std::ostream& out);
void WriteSarif(const ReportInput& input, std::ostream& out);
void WriteJson(const ReportInput& input, std::ostream& out);
void WriteGithub(const ReportInput& input, std::ostream& out);
void WriteGithubSummary(const ReportInput& input, std::ostream& out);
void WriteJunit(const ReportInput& input, std::ostream& out);

namespace {

// One row per format: name, description (--help), golden suffix, writer, step summary, for people.
constexpr ReportFormat kFormats[] = {
    {"text", "path:line:col: severity: message [ID], with snippets and a summary", ".txt",
     WriteText, nullptr, true},
    {"sarif", "SARIF 2.1.0 for code scanning (GitHub, Azure DevOps, SARIF viewers)", ".sarif",
     WriteSarif, nullptr, false},
    {"json", "{\"findings\": [...], \"summary\": {...}} for scripts", ".json", WriteJson, nullptr,
     false},
    {"github", "GitHub Actions annotations (and a job summary in $GITHUB_STEP_SUMMARY)", ".github",
     WriteGithub, WriteGithubSummary, false},
    {"junit", "JUnit XML: a test case per file, a failure per finding at --fail-on", ".junit.xml",
     WriteJunit, nullptr, false},
};

}  // namespace

std::span<const ReportFormat> ReportFormats() { return kFormats; }

const ReportFormat* FindReportFormat(std::string_view name) {
  for (const ReportFormat& format : kFormats) {
    if (format.name == name) return &format;
  }
  return nullptr;
}

std::vector<std::string> ReportFormatNames() {
  std::vector<std::string> names;
  for (const ReportFormat& format : kFormats) names.emplace_back(format.name);
  return names;
}

std::string ReportFormatHelp() {
  std::string help = "Report format (default " + std::string(kFormats[0].name) + "):";
  for (const ReportFormat& format : kFormats) {
    help += "\n  ";
    help += format.name;
    help += ": ";
    help += format.description;
  }
  return help;
}

}  // namespace stacklint
