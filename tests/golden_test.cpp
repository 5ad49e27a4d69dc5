// Golden tests over testdata/: each input beside its exact expected text (.txt) and SARIF
// (.sarif) output, produced through the same code path as the CLI. STACKLINT_UPDATE_GOLDEN=1
// rewrites the expected files instead of comparing (review the diff before committing).
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "test_util.h"

namespace fs = std::filesystem;
using stacklint::testing::BuiltinCatalog;
using stacklint::testing::RunCli;

namespace {

const fs::path kTestdata = fs::path(STACKLINT_SOURCE_DIR) / "testdata";

std::string ReadAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

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
  std::string expected = ReadAll(expected_path);
  INFO(expected_path.string() << "\n" << FirstDifference(expected, actual));
  CHECK(expected == actual);
}

std::vector<fs::path> YamlFiles(const fs::path& folder) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(folder)) {
    if (entry.path().extension() == ".yaml") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// Runs `stacklint check` on one testdata file and checks its text and SARIF goldens.
stacklint::testing::RunOutput CheckGoldens(const fs::path& input) {
  std::string relative = fs::relative(input, kTestdata).generic_string();
  auto text = RunCli({"check", "-j", "1", relative}, kTestdata.string());
  auto sarif = RunCli({"check", "-j", "1", "-f", "sarif", relative}, kTestdata.string());
  CHECK(text.exit_code == sarif.exit_code);
  fs::path base = input;
  base.replace_extension();
  CompareGolden(base.string() + ".txt", text.out);
  CompareGolden(base.string() + ".sarif", Normalize(sarif.out));
  return text;
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
    for (const char* format : {"text", "sarif", "json", "github", "junit"}) {
      SECTION(input.filename().string() + " " + format) {
        auto run = RunCli({"check", "-j", "1", "-f", format, relative}, kTestdata.string());
        CHECK(run.exit_code == 1);
        std::string extension = std::string(".") + (std::string(format) == "junit" ? "junit.xml" : format);
        if (std::string(format) == "text") extension = ".txt";
        CompareGolden(base.string() + extension, Normalize(run.out));
      }
    }
  }
}

TEST_CASE("err/ inputs match their goldens", "[golden]") {
  for (const fs::path& input : YamlFiles(kTestdata / "err")) {
    SECTION(input.filename().string()) { CheckGoldens(input); }
  }
}
