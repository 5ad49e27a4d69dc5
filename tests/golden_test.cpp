// Golden tests over testdata/: each input beside its exact expected text (.txt) and SARIF
// (.sarif) output, produced through the same code path as the CLI. STACKLINT_UPDATE_GOLDEN=1
// rewrites the expected files instead of comparing (review the diff before committing).
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>

#include "report_formats.h"
#include "test_util.h"

namespace fs = std::filesystem;
using stacklint::testing::BuiltinCatalog;
using stacklint::testing::FolderArgs;
using stacklint::testing::ReadFileText;
using stacklint::testing::RunCli;

namespace {

const fs::path kTestdata = fs::path(STACKLINT_SOURCE_DIR) / "testdata";

bool Updating() {
  const char* update = std::getenv("STACKLINT_UPDATE_GOLDEN");
  return update && std::string(update) == "1";
}

// The version changes with every release and the SARIF root is the machine's folder; golden files
// hold stand-ins.
std::string Normalize(std::string text) {
  const std::string root =
      "\"file://" + fs::absolute(kTestdata).lexically_normal().generic_string();
  for (size_t at; (at = text.find(root)) != std::string::npos;) {
    text.replace(at, root.size(), "\"file:///[SRCROOT]");
  }
  const std::string version = std::string("\"version\": \"") + STACKLINT_VERSION + "\"";
  for (size_t at; (at = text.find(version)) != std::string::npos;) {
    text.replace(at, version.size(), "\"version\": \"[VERSION]\"");
  }
  return text;
}

std::string FirstDifference(const std::string& expected, const std::string& actual) {
  std::istringstream e(expected), a(actual);
  std::string el, al;
  for (int line = 1;; ++line) {
    bool more_e = static_cast<bool>(std::getline(e, el));
    bool more_a = static_cast<bool>(std::getline(a, al));
    if (!more_e && !more_a) return "identical";
    if (el != al || more_e != more_a) {
      return "first difference at line " + std::to_string(line) + ":\n- " +
             (more_e ? el : "<end>") + "\n+ " + (more_a ? al : "<end>") +
             "\n(STACKLINT_UPDATE_GOLDEN=1 rewrites the expected file)\nwhole output:\n" + actual;
    }
  }
}

void CompareGolden(const fs::path& expected_path, const std::string& actual) {
  if (Updating()) {
    std::ofstream(expected_path, std::ios::binary) << actual;
    return;
  }
  REQUIRE(fs::exists(expected_path));
  std::string expected = ReadFileText(expected_path.string());
  INFO(expected_path.string() << "\n" << FirstDifference(expected, actual));
  CHECK(expected == actual);
}

std::vector<fs::path> YamlFiles(const fs::path& folder) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(folder)) {
    std::string name = entry.path().filename().string();
    bool expected_output = name.find(".fixed.") != std::string::npos;  // a --fix golden, no input
    if (entry.path().extension() == ".yaml" && !expected_output) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::vector<std::string> Concat(std::vector<std::string> a, const std::vector<std::string>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

// Runs `stacklint check` on one testdata file and checks its text and SARIF goldens.
stacklint::testing::RunOutput CheckGoldens(const fs::path& input) {
  std::string relative = fs::relative(input, kTestdata).generic_string();
  std::vector<std::string> extra = FolderArgs(input.parent_path().string());
  auto text = RunCli(Concat({"check", "-j", "1", relative}, extra), kTestdata.string());
  auto sarif =
      RunCli(Concat({"check", "-j", "1", "-f", "sarif", relative}, extra), kTestdata.string());
  CHECK(text.exit_code == sarif.exit_code);
  fs::path base = input;
  base.replace_extension();
  CompareGolden(base.string() + ".txt", text.out);
  CompareGolden(base.string() + ".sarif", Normalize(sarif.out));
  return text;
}

// For a fixable rule: `--fix --unsafe-fixes` on a copy must give bad.fixed.yaml, `--diff` must
// give bad.diff, and every finding of the rule that offered a fix must be gone afterwards.
void CheckFixGoldens(const fs::path& input, const std::string& rule_id) {
  fs::path base = input;
  base.replace_extension();
  std::string relative = fs::relative(input, kTestdata).generic_string();
  auto diff = RunCli({"check", "--diff", "--unsafe-fixes", relative}, kTestdata.string());
  CompareGolden(base.string() + ".diff", diff.out);

  fs::path scratch = fs::temp_directory_path() / ("stacklint-fix-" + std::to_string(::getpid()));
  fs::create_directories(scratch);
  fs::copy_file(input, scratch / "input.yaml", fs::copy_options::overwrite_existing);
  auto fixed = RunCli({"check", "--fix", "--unsafe-fixes", "input.yaml"}, scratch.string());
  std::string result = ReadFileText((scratch / "input.yaml").string());
  CompareGolden(base.string() + ".fixed.yaml", result);
  auto after = RunCli({"check", "-f", "json", "input.yaml"}, scratch.string());
  fs::remove_all(scratch);
  INFO("after --fix:\n" << after.out);
  auto json = nlohmann::json::parse(after.out);
  for (const auto& finding : json["findings"]) {
    if (finding["rule_id"] == rule_id) CHECK(finding["fix"].is_null());
  }
  CHECK(after.out.find("\"SL001\"") == std::string::npos);  // the fixed file still parses
}

}  // namespace

TEST_CASE("every rule has a testdata/rules/<ID>-<name> folder", "[golden]") {
  for (const auto& rule : BuiltinCatalog().rules()) {
    INFO(rule.id);
    CHECK(fs::is_directory(kTestdata / "rules" / (rule.id + "-" + rule.name)));
  }
}

TEST_CASE("rule goldens: bad files fire their rule, good files are clean", "[golden]") {
  for (const auto& folder : fs::directory_iterator(kTestdata / "rules")) {
    std::string name = folder.path().filename().string();
    std::string rule_id = name.substr(0, name.find('-'));
    for (const fs::path& input : YamlFiles(folder.path())) {
      SECTION(name + "/" + input.filename().string()) {
        if (input.filename() == "good.yaml") {
          auto run = RunCli({"check", "--fail-on", "note", fs::relative(input, kTestdata).string()},
                            kTestdata.string());
          INFO(run.out << run.err);
          CHECK(run.exit_code == 0);
          continue;
        }
        auto run = CheckGoldens(input);
        INFO(run.out);
        CHECK(run.out.find("[" + rule_id + "]") != std::string::npos);
        const stacklint::RuleInfo* rule = BuiltinCatalog().FindRule(rule_id);
        if (rule != nullptr && rule->fixable()) CheckFixGoldens(input, rule_id);
      }
    }
  }
}

TEST_CASE("ok/ stacks lint clean", "[golden]") {
  for (const fs::path& input : YamlFiles(kTestdata / "ok")) {
    auto run = RunCli({"check", "--fail-on", "note", fs::relative(input, kTestdata).string()},
                      kTestdata.string());
    INFO(input.string() << "\n" << run.out << run.err);
    CHECK(run.exit_code == 0);
    CHECK(run.out == "no problems found in 1 file\n");
  }
}

TEST_CASE("formats/ inputs match their goldens in every format", "[golden]") {
  for (const fs::path& input : YamlFiles(kTestdata / "formats")) {
    std::string relative = fs::relative(input, kTestdata).generic_string();
    fs::path base = input;
    base.replace_extension();
    for (const stacklint::ReportFormat& format : stacklint::ReportFormats()) {
      std::string name(format.name);
      SECTION(input.filename().string() + " " + name) {
        auto run = RunCli({"check", "-j", "1", "-f", name, relative}, kTestdata.string());
        CHECK(run.exit_code == 1);
        CompareGolden(base.string() + std::string(format.file_suffix), Normalize(run.out));
      }
    }
  }
}

TEST_CASE("formats/ holds goldens of the table's formats only", "[golden]") {
  for (const auto& entry : fs::directory_iterator(kTestdata / "formats")) {
    std::string name = entry.path().filename().string();
    if (entry.path().extension() == ".yaml") continue;
    bool known = false;
    for (const stacklint::ReportFormat& format : stacklint::ReportFormats()) {
      std::string suffix(format.file_suffix);
      if (name.size() > suffix.size() && name.ends_with(suffix) &&
          fs::exists(kTestdata / "formats" /
                     (name.substr(0, name.size() - suffix.size()) + ".yaml")))
        known = true;
    }
    INFO(name << ": no input beside it, or no format in report_formats.cpp ends its name so");
    CHECK(known);
  }
}

TEST_CASE("fixes/ inputs: report, --diff and --fix goldens", "[golden]") {
  for (const fs::path& input : YamlFiles(kTestdata / "fixes")) {
    SECTION(input.filename().string()) {
      CheckGoldens(input);
      CheckFixGoldens(input, "");
    }
  }
}

TEST_CASE("suppressions/ inputs match their goldens", "[golden]") {
  for (const fs::path& input : YamlFiles(kTestdata / "suppressions")) {
    SECTION(input.filename().string()) {
      CheckGoldens(input);
      CheckFixGoldens(input, "");
    }
  }
}

TEST_CASE("err/ inputs match their goldens", "[golden]") {
  for (const fs::path& input : YamlFiles(kTestdata / "err")) {
    SECTION(input.filename().string()) { CheckGoldens(input); }
  }
}
