#include <nlohmann/json.hpp>

#include "reporter.h"
#include "text_util.h"

namespace stacklint {
namespace {

using Json = nlohmann::ordered_json;

Json PositionJson(const Position& p) { return {{"line", p.line}, {"column", p.column}}; }

Json FixJson(const Fix& fix) {
  Json edits = Json::array();
  for (const Edit& edit : fix.edits) {
    edits.push_back({{"start", PositionJson(edit.range.begin)},
                     {"end", PositionJson(edit.range.end)},
                     {"start_offset", edit.range.begin_offset},
                     {"end_offset", edit.range.end_offset},
                     {"replacement", edit.replacement}});
  }
  return {{"title", fix.title}, {"safe", fix.safe}, {"edits", edits}};
}

}  // namespace

// Declared beside its row in report_formats.cpp.
void WriteJson(const ReportInput& input, std::ostream& out) {
  const LintResults& results = input.results;
  Json findings = Json::array();
  size_t counts[3] = {0, 0, 0}, fixable = 0;
  for (const Diagnostic& d : results.diagnostics) {
    if (d.suppressed) continue;
    ++counts[static_cast<int>(d.severity)];
    if (d.fix) ++fixable;
    Json finding = {{"path", SanitizeForDisplay(d.path)},
                    {"line", d.range.begin.line},
                    {"column", d.range.begin.column},
                    {"end_line", d.range.end.line},
                    {"end_column", d.range.end.column},
                    {"rule_id", d.rule_id},
                    {"rule_name", d.rule_name},
                    {"severity", std::string(SeverityName(d.severity))},
                    {"message", d.message},
                    {"yaml_path", d.yaml_path},
                    {"fingerprint", d.fingerprint}};
    finding["fix"] = d.fix ? FixJson(*d.fix) : Json(nullptr);
    if (!d.fix_note.empty()) finding["fix_note"] = d.fix_note;
    findings.push_back(std::move(finding));
  }
  Json problems = Json::array();
  for (const InputProblem& problem : results.input_problems) {
    problems.push_back({{"path", SanitizeForDisplay(problem.path)}, {"message", problem.message}});
  }
  Json summary = {{"files", results.files_checked},
                  {"errors", counts[2]},
                  {"warnings", counts[1]},
                  {"notes", counts[0]},
                  {"fixable", fixable},
                  {"input_problems", problems}};
  Json report = {{"findings", findings}, {"summary", summary}};
  out << report.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

}  // namespace stacklint
