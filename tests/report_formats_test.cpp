// The report format table (report_formats.h) and what reads it: the CLI's -f validation and help,
// and the one interface every writer implements.
#include "report_formats.h"

#include <catch2/catch.hpp>
#include <set>
#include <sstream>

#include "cli.h"
#include "test_util.h"

using namespace stacklint;
using stacklint::testing::BuiltinCatalog;
using stacklint::testing::LintText;
using stacklint::testing::RegistryStack;

namespace {

// `stacklint check -f NAME`: nullopt when the command line is accepted, else its exit code.
std::optional<int> ParseFormat(const std::string& name, Options* options, std::ostream& err) {
  std::vector<const char*> argv = {"stacklint", "check", "-f", name.c_str(), "stack.yaml"};
  std::ostringstream out;
  return ParseCommandLine(static_cast<int>(argv.size()), argv.data(), options, out, err);
}

LintResults OneFinding() {
  LintResults results = stacklint::testing::RegistryWarningResults();
  results.root_uri = "file:///work/";
  return results;
}

}  // namespace

TEST_CASE("format table: unique lower-case names, one-line descriptions, text first", "[report]") {
  std::set<std::string_view> names, suffixes;
  std::vector<std::string> in_order;
  REQUIRE(!ReportFormats().empty());
  CHECK(ReportFormats().front().name == "text");
  for (const ReportFormat& format : ReportFormats()) {
    INFO(format.name);
    CHECK(names.insert(format.name).second);
    CHECK(suffixes.insert(format.file_suffix).second);
    CHECK(!format.name.empty());
    CHECK(format.name.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") ==
          std::string_view::npos);
    CHECK(!format.description.empty());
    CHECK(format.description.find('\n') == std::string_view::npos);
    CHECK(format.file_suffix.starts_with("."));
    CHECK(format.write != nullptr);
    CHECK(FindReportFormat(format.name) == &format);
    in_order.emplace_back(format.name);
  }
  CHECK(FindReportFormat("xml") == nullptr);
  CHECK(FindReportFormat("SARIF") == nullptr);
  CHECK(FindReportFormat("") == nullptr);
  CHECK(ReportFormatNames() == in_order);
}

TEST_CASE("check -f accepts exactly the table's formats, text by default", "[report][cli]") {
  Options defaults;
  std::ostringstream err;
  std::vector<const char*> argv = {"stacklint", "check", "stack.yaml"};
  std::ostringstream out;
  REQUIRE(!ParseCommandLine(static_cast<int>(argv.size()), argv.data(), &defaults, out, err));
  CHECK(FindReportFormat(defaults.format) == &ReportFormats().front());
  for (const ReportFormat& format : ReportFormats()) {
    Options options;
    INFO(format.name);
    CHECK(!ParseFormat(std::string(format.name), &options, err));
    CHECK(options.format == format.name);
  }
  Options options;
  std::ostringstream bad;
  CHECK(ParseFormat("xml", &options, bad) == 2);
  for (const ReportFormat& format : ReportFormats()) {
    INFO(bad.str());
    CHECK(bad.str().find(std::string(format.name)) != std::string::npos);  // says what would do
  }
}

TEST_CASE("check --help names every format with its description", "[report][cli]") {
  Options options;
  std::vector<const char*> argv = {"stacklint", "check", "--help"};
  std::ostringstream out, err;
  CHECK(ParseCommandLine(static_cast<int>(argv.size()), argv.data(), &options, out, err) == 0);
  for (const ReportFormat& format : ReportFormats()) {
    INFO(out.str());
    CHECK(out.str().find(std::string(format.name) + ": " + std::string(format.description)) !=
          std::string::npos);
  }
}

TEST_CASE("every writer renders a finding and the step summary where there is one", "[report]") {
  LintResults results = OneFinding();
  REQUIRE(results.diagnostics.size() == 1);
  ReportSettings settings;
  ReportInput input{results, BuiltinCatalog(), settings};
  for (const ReportFormat& format : ReportFormats()) {
    INFO(format.name);
    std::ostringstream out;
    format.write(input, out);
    CHECK(out.str().find("stack.yaml") != std::string::npos);
    CHECK(out.str().find("CR104") != std::string::npos);
    if (format.step_summary == nullptr) continue;
    std::ostringstream summary;
    format.step_summary(input, summary);
    CHECK(summary.str().find("CR104") != std::string::npos);
  }
}
