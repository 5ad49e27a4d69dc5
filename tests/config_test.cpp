#include "config.h"

#include <algorithm>
#include <catch2/catch.hpp>

#include "config_toml.h"
#include "text_util.h"

using namespace stacklint;

namespace {

Config FromToml(const std::string& text, std::vector<std::string>* errors) {
  std::string error;
  std::optional<TomlConfig> toml = ReadTomlConfig(text, &error);
  REQUIRE(toml);
  REQUIRE(error.empty());
  return ParseConfig("pyproject.toml", toml->yaml, errors, &toml->lines);
}

}  // namespace

TEST_CASE("a key written twice in .stacklint.yaml is an error at the second", "[config]") {
  std::vector<std::string> errors;
  ParseConfig("c.yaml", "select: [CR104]\nfail-on: error\nselect: [CR1]\n", &errors);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0] == "c.yaml:3:1: duplicate key `select` (first on line 1)");
}

TEST_CASE("tool.stacklint in pyproject.toml reads as .stacklint.yaml does", "[config]") {
  std::vector<std::string> errors;
  Config config = FromToml(
      "[project]\nname = \"x\"\n\n[tool.stacklint]\nselect = [\"CR\", \"ST\"]\n"
      "severity = { CR104 = \"error\" }\nfail-on = \"note\"\n\n"
      "[tool.stacklint.per-file-ignores]\n\"stacks/old/*.yaml\" = [\"CR111\"]\n",
      &errors);
  CHECK(errors.empty());
  REQUIRE(config.select.size() == 2);
  CHECK(config.select[1].value == "ST");
  CHECK(config.select[1].where == "pyproject.toml:5:17");  // the TOML position, not the YAML one
  REQUIRE(config.severity.size() == 1);
  CHECK(config.severity[0].first.value == "CR104");
  CHECK(config.severity[0].second == Severity::kError);
  CHECK(config.fail_on == "note");
  REQUIRE(config.per_file_ignores.size() == 1);
  CHECK(config.per_file_ignores[0].first.value == "stacks/old/*.yaml");
  CHECK(config.per_file_ignores[0].second[0].value == "CR111");
}

TEST_CASE("mistakes in tool.stacklint are placed in the TOML file", "[config]") {
  std::vector<std::string> errors;
  FromToml("[tool.stacklint]\nselect = [\"CR104\", false]\nfail-on = true\nselct = []\n", &errors);
  REQUIRE(errors.size() == 3);
  std::sort(errors.begin(), errors.end());  // toml++ keeps a table's keys sorted
  CHECK(errors[0] == "pyproject.toml:2:20: `select` must hold strings only");
  CHECK(errors[1] == "pyproject.toml:3:11: `fail-on` must be a string");
  CHECK(StartsWith(errors[2], "pyproject.toml:4:1: unknown key `selct`"));
}

TEST_CASE("a pyproject.toml without tool.stacklint is no config, broken TOML is an error",
          "[config]") {
  std::string error;
  CHECK_FALSE(ReadTomlConfig("[project]\nname = \"x\"\n", &error));
  CHECK_FALSE(ReadTomlConfig("[tool.ruff]\nline-length = 100  # not stacklint's\n", &error));
  CHECK(error.empty());
  CHECK(ReadTomlConfig("[tool.stacklint\n", &error));
  CHECK(StartsWith(error, "1:"));
}

TEST_CASE("display width: East Asian wide characters take two columns", "[text_util]") {
  CHECK(DisplayWidth("abc") == 3);
  CHECK(DisplayWidth("\xe4\xb8\xad\xe6\x96\x87") == 4);  // 中文
  CHECK(DisplayWidth("e\xcc\x81") == 1);                 // e + combining acute accent
  CHECK(DisplayWidth("\xef\xbc\xa1") == 2);              // Ａ, fullwidth
  CHECK(Plural(1, "fix") == "1 fix");
  CHECK(Plural(2, "file") == "2 files");
}

TEST_CASE("rule IDs and names match in any case", "[config]") {
  RuleInfo rule;
  rule.id = "CR104";
  rule.name = "default-flavor-specific-uri";
  CHECK(rule.MatchedBy("cr104"));
  CHECK(rule.MatchedBy("cr1"));
  CHECK(rule.MatchedBy("Default-Flavor-Specific-URI"));
  CHECK_FALSE(rule.MatchedBy("cr105"));
  CHECK_FALSE(rule.MatchedBy("default-flavor"));
}
