// The SARIF report: tool.driver.rules lists the rules the run reports (sorted by ID, as ruff
// does) and every result's ruleIndex points at its own rule there.
#include "report_sarif.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "report_formats.h"
#include "test_util.h"

using namespace stacklint;
using stacklint::testing::BuiltinCatalog;
using stacklint::testing::LintText;
using stacklint::testing::RegistryStack;

namespace {

nlohmann::json Sarif(const LintResults& results) {
  ReportSettings settings;
  std::ostringstream out;
  FindReportFormat("sarif")->write(ReportInput{results, BuiltinCatalog(), settings}, out);
  return nlohmann::json::parse(out.str());
}

void Add(LintResults* results, const std::string& path, const std::string& text) {
  for (Diagnostic& d : LintText(text, path)) results->diagnostics.push_back(std::move(d));
  std::sort(results->diagnostics.begin(), results->diagnostics.end(), DiagnosticLess);
  results->files.push_back(path);
  ++results->files_checked;
}

std::vector<std::string> RuleIdsOf(const nlohmann::json& sarif) {
  std::vector<std::string> ids;
  for (const auto& rule : sarif["runs"][0]["tool"]["driver"]["rules"]) ids.push_back(rule["id"]);
  return ids;
}

}  // namespace

TEST_CASE("SARIF rules: only the rules the run reports, sorted, ruleIndex consistent", "[sarif]") {
  LintResults results;
  Add(&results, "b.yaml", RegistryStack("github", "https://ghcr.io/acme"));  // CR106
  Add(&results, "a.yaml", RegistryStack("default", "ghcr.io/acme"));         // CR104
  Add(&results, "c.yaml", RegistryStack("default", "ghcr.io/other"));        // CR104 again
  nlohmann::json sarif = Sarif(results);
  std::vector<std::string> ids = RuleIdsOf(sarif);
  CHECK(ids == std::vector<std::string>{"CR104", "CR106"});
  CHECK(ids.size() < BuiltinCatalog().rules().size());
  const auto& rules = sarif["runs"][0]["tool"]["driver"]["rules"];
  std::set<std::string> fired;
  for (const auto& result : sarif["runs"][0]["results"]) {
    INFO(result.dump());
    REQUIRE(result.contains("ruleIndex"));
    CHECK(rules.at(result["ruleIndex"].get<size_t>())["id"] == result["ruleId"]);
    fired.insert(result["ruleId"].get<std::string>());
  }
  CHECK(fired == std::set<std::string>(ids.begin(), ids.end()));
  // Each listed rule carries its metadata.
  CHECK(rules[0]["name"] == "default-flavor-specific-uri");
  CHECK(rules[0]["defaultConfiguration"]["level"] == "warning");
  CHECK(rules[0].contains("helpUri"));
}

TEST_CASE("SARIF rules: a suppressed finding's rule is listed, a clean run lists none", "[sarif]") {
  LintResults clean;
  Add(&clean, "ok.yaml", RegistryStack("github", "ghcr.io/acme"));
  REQUIRE(clean.diagnostics.empty());
  nlohmann::json sarif = Sarif(clean);
  CHECK(sarif["runs"][0]["tool"]["driver"]["rules"] == nlohmann::json::array());
  CHECK(sarif["runs"][0]["results"] == nlohmann::json::array());

  LintResults suppressed;
  Add(&suppressed, "a.yaml", RegistryStack("default", "ghcr.io/acme"));
  REQUIRE(suppressed.diagnostics.size() == 1);
  suppressed.diagnostics[0].suppressed = "known";
  sarif = Sarif(suppressed);
  CHECK(RuleIdsOf(sarif) == std::vector<std::string>{"CR104"});
  CHECK(sarif["runs"][0]["results"][0]["ruleIndex"] == 0);
  CHECK(sarif["runs"][0]["results"][0]["suppressions"][0]["justification"] == "known");
}

TEST_CASE("SARIF rules: a finding of a rule the catalog lacks gets no ruleIndex", "[sarif]") {
  LintResults results;
  Add(&results, "a.yaml", RegistryStack("default", "ghcr.io/acme"));
  Diagnostic stray = results.diagnostics.at(0);
  stray.rule_id = "XX999";
  results.diagnostics.push_back(stray);
  nlohmann::json sarif = Sarif(results);
  CHECK(RuleIdsOf(sarif) == std::vector<std::string>{"CR104"});
  CHECK(sarif["runs"][0]["results"][0]["ruleIndex"] == 0);
  CHECK(!sarif["runs"][0]["results"][1].contains("ruleIndex"));
}

TEST_CASE("PathToUri percent-encodes all but unreserved characters and '/'", "[sarif]") {
  CHECK(PathToUri("stacks/prod.yaml") == "stacks/prod.yaml");
  CHECK(PathToUri("odd name,100%.yaml") == "odd%20name%2C100%25.yaml");
  CHECK(PathToUri("caf\xc3\xa9") == "caf%C3%A9");
}
