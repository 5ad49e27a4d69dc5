// Each report writer's own behaviour on one run (the goldens in testdata/formats show whole
// reports): what ReportSettings change, escaping, and what --fail-on does to JUnit. One file for
// the four writers: a Catch2 translation unit costs more to compile than these tests to read.
#include <catch2/catch.hpp>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>

#include "report_formats.h"
#include "report_github.h"
#include "report_junit.h"
#include "test_util.h"

using namespace stacklint;
using stacklint::testing::BuiltinCatalog;
using stacklint::testing::LintText;
using stacklint::testing::RegistryStack;

namespace {

// One CR104 warning in stack.yaml (line 6, columns 13-20, fixable) and one unreadable input.
LintResults OneWarning() {
  LintResults results = stacklint::testing::RegistryWarningResults();
  results.input_problems.push_back({"missing.yaml", "No such file or directory"});
  return results;
}

std::string Render(std::string_view format, const LintResults& results,
                   const ReportSettings& settings = {}) {
  std::ostringstream out;
  FindReportFormat(format)->write(ReportInput{results, BuiltinCatalog(), settings}, out);
  return out.str();
}

const char* kMessage =
    "flavor `default` is used for `ghcr.io/acme`, a registry that flavor `github` serves";

}  // namespace

TEST_CASE("text: snippets, summary, fix hint and colour follow the settings", "[report]") {
  LintResults results = OneWarning();
  REQUIRE(results.diagnostics.size() == 1);
  std::string full = Render("text", results);
  CHECK(full == std::string("stack.yaml:6:13: warning: ") + kMessage +
                    " [CR104]\n"
                    " 6 |     flavor: default\n"
                    "   |             ^^^^^^^ fix: set flavor to `github`\n"
                    "missing.yaml: error: No such file or directory\n"
                    "\n0 errors, 1 warning in 1 file; 1 input not read; 1 fixable with --fix\n");
  ReportSettings quiet;
  quiet.snippets = quiet.summary = false;
  CHECK(Render("text", results, quiet) == std::string("stack.yaml:6:13: warning: ") + kMessage +
                                              " [CR104]\nmissing.yaml: error: No such file or "
                                              "directory\n");
  ReportSettings after_fix;
  after_fix.fix_hint = false;
  CHECK(Render("text", results, after_fix).find("fixable") == std::string::npos);
  ReportSettings color;
  color.color = true;
  CHECK(Render("text", results, color).find("\x1b[1;33mwarning\x1b[0m") != std::string::npos);
  CHECK(full.find('\x1b') == std::string::npos);
}

TEST_CASE("text: a suppressed finding is left out", "[report]") {
  LintResults results = OneWarning();
  results.diagnostics.at(0).suppressed = "";
  results.input_problems.clear();
  CHECK(Render("text", results) == "no problems found in 1 file\n");
}

TEST_CASE("github: one workflow command per finding and per unreadable input", "[report]") {
  LintResults results = OneWarning();
  CHECK(Render("github", results) ==
        std::string("::warning file=stack.yaml,line=6,col=13,endLine=6,endColumn=20,"
                    "title=CR104 default-flavor-specific-uri::") +
            kMessage + "\n::error file=missing.yaml,title=stacklint::No such file or directory\n");
  std::ostringstream summary;
  ReportSettings settings;
  FindReportFormat("github")->step_summary(ReportInput{results, BuiltinCatalog(), settings},
                                           summary);
  CHECK(summary.str().find("| warning | `stack.yaml:6:13` | CR104 default-flavor-specific-uri |") !=
        std::string::npos);
  CHECK(summary.str().find("| error | `missing.yaml` | |") != std::string::npos);
}

TEST_CASE("github: workflow-command escaping", "[report]") {
  CHECK(EscapeGithubData("100%\r\nnext: a,b") == "100%25%0D%0Anext: a,b");
  CHECK(EscapeGithubProperty("odd name,100%:x\n") == "odd name%2C100%25%3Ax%0A");
}

TEST_CASE("junit: --fail-on decides what is a failure, unreadable inputs are errors", "[report]") {
  LintResults results = OneWarning();
  ReportSettings settings;  // --fail-on warning
  std::string failing = Render("junit", results, settings);
  CHECK(failing.find("tests=\"2\" failures=\"1\" errors=\"1\"") != std::string::npos);
  CHECK(failing.find("<failure type=\"CR104\"") != std::string::npos);
  CHECK(failing.find("<error message=\"No such file or directory\"/>") != std::string::npos);
  for (std::optional<Severity> fail_on :
       {std::optional<Severity>(Severity::kError), std::optional<Severity>()}) {  // error, never
    settings.fail_on = fail_on;
    std::string passing = Render("junit", results, settings);
    CHECK(passing.find("tests=\"2\" failures=\"0\" errors=\"1\"") != std::string::npos);
    CHECK(passing.find("<failure") == std::string::npos);
    CHECK(passing.find("<system-out>stack.yaml:6:13: warning:") != std::string::npos);
  }
}

TEST_CASE("junit: XML escaping keeps the report well-formed whatever the bytes", "[report]") {
  CHECK(EscapeXml("<a href=\"x\">&'</a>") == "&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;");
  std::string escaped = EscapeXml(std::string("bad\xff byte\x01", 10));
  CHECK(escaped.find('\x01') == std::string::npos);
  CHECK(escaped.find('\xff') == std::string::npos);
  CHECK(escaped.find("\xef\xbf\xbd") != std::string::npos);  // U+FFFD
}

TEST_CASE("json: findings, fix edits and a summary that counts them", "[report]") {
  LintResults results = OneWarning();
  auto report = nlohmann::json::parse(Render("json", results));
  REQUIRE(report["findings"].size() == 1);
  const auto& finding = report["findings"][0];
  CHECK(finding["path"] == "stack.yaml");
  CHECK(finding["line"] == 6);
  CHECK(finding["column"] == 13);
  CHECK(finding["end_column"] == 20);
  CHECK(finding["rule_id"] == "CR104");
  CHECK(finding["severity"] == "warning");
  CHECK(finding["fix"]["edits"][0]["replacement"] == "github");
  CHECK(report["summary"]["warnings"] == 1);
  CHECK(report["summary"]["fixable"] == 1);
  CHECK(report["summary"]["files"] == 1);
  CHECK(report["summary"]["input_problems"][0]["path"] == "missing.yaml");
}
