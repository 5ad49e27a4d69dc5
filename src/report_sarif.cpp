#include "report_sarif.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>

#include "reporter.h"
#include "rule_docs.h"
#include "text_util.h"

namespace stacklint {
namespace {

using Json = nlohmann::ordered_json;

constexpr const char* kInformationUri = "https://github.com/stacklint/stacklint";

std::string Level(Severity severity) { return std::string(SeverityName(severity)); }

// GitHub code scanning groups results by tags (the rule file's `tags`) and ranks security ones
// by security-severity.
Json RuleProperties(const RuleInfo& rule) {
  Json properties = {{"tags", rule.tags}};
  if (std::find(rule.tags.begin(), rule.tags.end(), "security") != rule.tags.end())
    properties["security-severity"] = rule.severity == Severity::kError ? "8.0" : "5.0";
  return properties;
}

Json RuleDescriptor(const RuleInfo& rule) {
  Json descriptor = {
      {"id", rule.id},
      {"name", rule.name},
      {"shortDescription", {{"text", rule.summary}}},
      {"fullDescription", {{"text", rule.why.empty() ? rule.summary : rule.why}}},
      {"help",
       {{"text", rule.summary + (rule.why.empty() ? "" : " " + rule.why)},
        {"markdown", RuleMarkdown(rule)}}},
  };
  if (std::string uri = rule.HelpUri(); !uri.empty()) descriptor["helpUri"] = uri;
  descriptor["defaultConfiguration"] = {{"level", Level(rule.severity)}};
  descriptor["properties"] = RuleProperties(rule);
  return descriptor;
}

Json Region(const Range& range) {
  Position begin = range.valid() ? range.begin : Position{1, 1};
  Position end = range.valid() ? range.end : Position{1, 1};
  return {{"startLine", begin.line},
          {"startColumn", begin.column},
          {"endLine", end.line},
          {"endColumn", end.column}};
}

Json ArtifactLocation(const std::string& path) {
  return {{"uri", PathToUri(path)}, {"uriBaseId", "%SRCROOT%"}};
}

// SARIF counts charOffset in the run's columnKind: Unicode code points here.
Json FixJson(const Fix& fix, const std::string& path, const SourceFile* source) {
  Json replacements = Json::array();
  for (const Edit& edit : fix.edits) {
    Json region = Region(edit.range);
    if (source != nullptr) {
      std::string_view text(source->text());
      size_t begin = CountCodePoints(text.substr(0, edit.range.begin_offset));
      size_t length = CountCodePoints(
          text.substr(edit.range.begin_offset, edit.range.end_offset - edit.range.begin_offset));
      region["charOffset"] = begin;
      region["charLength"] = length;
    }
    replacements.push_back(
        {{"deletedRegion", region}, {"insertedContent", {{"text", edit.replacement}}}});
  }
  return {{"description", {{"text", fix.title}}},
          {"artifactChanges", Json::array({{{"artifactLocation", ArtifactLocation(path)},
                                            {"replacements", replacements}}})}};
}

// The rules the run reports, suppressed findings included (they are results too), sorted by ID
// as ruff lists them: a rule's place here is its results' ruleIndex. Rules that did not fire stay
// out, so a new rule changes no report it does not appear in.
std::vector<const RuleInfo*> ReportedRules(const LintResults& results, const RuleCatalog& catalog) {
  std::map<std::string_view, const RuleInfo*> by_id;
  for (const Diagnostic& d : results.diagnostics) {
    if (by_id.count(d.rule_id)) continue;
    const RuleInfo* rule = catalog.FindRule(d.rule_id);
    if (rule != nullptr && rule->id == d.rule_id) by_id[d.rule_id] = rule;
  }
  std::vector<const RuleInfo*> rules;
  for (const auto& [id, rule] : by_id) rules.push_back(rule);
  return rules;
}

}  // namespace

std::string PathToUri(std::string_view path) {
  std::string out;
  for (unsigned char c : path) {
    if (std::isalnum(c) || c == '/' || c == '-' || c == '.' || c == '_' || c == '~') {
      out += static_cast<char>(c);
    } else {
      char buffer[4];
      std::snprintf(buffer, sizeof buffer, "%%%02X", c);
      out += buffer;
    }
  }
  return out;
}

// Declared beside its row in report_formats.cpp.
void WriteSarif(const ReportInput& input, std::ostream& out) {
  const LintResults& results = input.results;
  std::map<std::string_view, size_t> rule_index;
  Json rules = Json::array();
  for (const RuleInfo* rule : ReportedRules(results, input.catalog)) {
    rule_index[rule->id] = rules.size();
    rules.push_back(RuleDescriptor(*rule));
  }

  Json sarif_results = Json::array();
  for (const Diagnostic& d : results.diagnostics) {
    Json result = {{"ruleId", d.rule_id}};
    if (auto it = rule_index.find(d.rule_id); it != rule_index.end())
      result["ruleIndex"] = it->second;
    result["level"] = Level(d.severity);
    result["message"] = {{"text", d.message}};
    result["locations"] = Json::array(
        {{{"physicalLocation",
           {{"artifactLocation", ArtifactLocation(d.path)}, {"region", Region(d.range)}}}}});
    result["partialFingerprints"] = {{"stacklint/v1", d.fingerprint}};
    if (d.suppressed) {
      Json suppression = {{"kind", d.suppressed_in_source ? "inSource" : "external"}};
      if (!d.suppressed->empty()) suppression["justification"] = *d.suppressed;
      result["suppressions"] = Json::array({suppression});
    }
    if (d.fix) {
      auto source = results.sources.find(d.path);
      const SourceFile* file = source == results.sources.end() ? nullptr : source->second.get();
      result["fixes"] = Json::array({FixJson(*d.fix, d.path, file)});
    }
    sarif_results.push_back(std::move(result));
  }

  Json notifications = Json::array();
  for (const InputProblem& problem : results.input_problems) {
    notifications.push_back(
        {{"level", "error"},
         {"message", {{"text", SanitizeForDisplay(problem.path + ": " + problem.message)}}},
         {"locations",
          Json::array({{{"physicalLocation",
                         {{"artifactLocation",
                           {{"uri", PathToUri(problem.path)}, {"uriBaseId", "%SRCROOT%"}}}}}}})}});
  }
  Json invocation = {{"executionSuccessful", results.input_problems.empty()}};
  if (!notifications.empty()) invocation["toolExecutionNotifications"] = notifications;

  Json run = {
      {"tool",
       {{"driver",
         {{"name", "stacklint"},
          {"version", STACKLINT_VERSION},
          {"informationUri", kInformationUri},
          {"rules", rules}}}}},
      {"invocations", Json::array({invocation})},
      {"originalUriBaseIds", {{"%SRCROOT%", {{"uri", results.root_uri}}}}},
      {"columnKind", "unicodeCodePoints"},
      {"results", sarif_results},
  };
  Json sarif = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                {"version", "2.1.0"},
                {"runs", Json::array({run})}};
  out << sarif.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

}  // namespace stacklint
