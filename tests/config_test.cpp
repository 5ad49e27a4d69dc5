#include "config.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "config_toml.h"
#include "test_util.h"
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

// A value of each type that the config accepts.
std::string SampleValue(ConfigType type) {
  switch (type) {
    case ConfigType::kRuleList:
      return "[CR104]";
    case ConfigType::kGlobList:
      return "[\"vendor/\"]";
    case ConfigType::kPathList:
      return "[extra.yaml]";
    case ConfigType::kSeverityMap:
      return "{CR104: note}";
    case ConfigType::kGlobRuleMap:
      return "{\"old/*.yaml\": [CR111]}";
    case ConfigType::kFailOn:
      return "note";
    case ConfigType::kVersion:
      return "0.74.0";
  }
  return "";
}

// Whether the field of `row` holds a value in `config`.
bool IsSet(const ConfigKey& row, const Config& config) {
  return std::visit(
      [&](auto field) {
        const auto& value = config.*field;
        if constexpr (std::is_same_v<std::decay_t<decltype(value)>, std::optional<std::string>>)
          return value.has_value();
        else
          return !value.empty();
      },
      row.field);
}

// The message of "path:line:col: message".
std::string MessageOf(const std::string& error) {
  size_t at = 0;
  for (int colons = 0; colons < 3 && at != std::string::npos; ++colons)
    at = error.find(':', at + 1);
  return at == std::string::npos ? error : error.substr(at + 2);
}

}  // namespace

TEST_CASE("every row of kConfigKeys is read into its field, in YAML and in TOML", "[config]") {
  std::string yaml, toml = "[tool.stacklint]\n";
  for (const ConfigKey& row : kConfigKeys) {
    yaml += std::string(row.key) + ": " + SampleValue(row.type) + "\n";
    std::string value = SampleValue(row.type);
    for (char& c : value) c = c == ':' ? '=' : c;  // {CR104: note} -> {CR104 = "note"} below
    if (row.type == ConfigType::kSeverityMap) value = "{CR104 = \"note\"}";
    if (row.type == ConfigType::kGlobRuleMap) value = "{\"old/*.yaml\" = [\"CR111\"]}";
    if (row.type == ConfigType::kRuleList) value = "[\"CR104\"]";
    if (row.type == ConfigType::kPathList) value = "[\"extra.yaml\"]";
    if (row.type == ConfigType::kFailOn || row.type == ConfigType::kVersion)
      value = "\"" + value + "\"";
    toml += "\"" + std::string(row.key) + "\" = " + value + "\n";
  }
  std::vector<std::string> errors;
  Config from_yaml = ParseConfig("c.yaml", yaml, &errors);
  Config from_toml = FromToml(toml, &errors);
  CHECK(errors.empty());
  for (const ConfigKey& row : kConfigKeys) {
    INFO(row.key);
    CHECK(IsSet(row, from_yaml));
    CHECK(IsSet(row, from_toml));
  }
}

TEST_CASE("the command line merges over the config as kConfigKeys says", "[config]") {
  std::vector<std::string> errors;
  Config config = ParseConfig(
      "c.yaml", "select: [CR]\nignore: [CR107]\nrules: [a.yaml]\nzenml-version: 0.60.0\n", &errors);
  REQUIRE(errors.empty());
  Options none;
  Config same = WithCommandLine(config, none);
  REQUIRE(same.select.size() == 1);
  CHECK(same.select[0].where == "c.yaml:1:10");
  CHECK(same.fail_on == "warning");  // the fallback of `fail-on`
  CHECK(same.zenml_version == "0.60.0");

  Options options;
  options.select = {"SL"};
  options.ignore = {"CR111"};
  options.rule_files = {"b.yaml"};
  options.fail_on = "never";
  options.zenml_version = "0.74.0";
  Config merged = WithCommandLine(config, options);
  REQUIRE(merged.select.size() == 1);  // --select replaces
  CHECK(merged.select[0].value == "SL");
  CHECK(merged.select[0].where == "--select");
  REQUIRE(merged.ignore.size() == 2);  // --ignore adds
  CHECK(merged.ignore[1].value == "CR111");
  REQUIRE(merged.rules.size() == 2);  // --rules adds, after the config's
  CHECK(merged.rules[1] == "b.yaml");
  CHECK(merged.fail_on == "never");
  CHECK(merged.zenml_version == "0.74.0");
}

TEST_CASE("README.md's table of settings is kConfigKeys", "[config][docs]") {
  namespace fs = std::filesystem;
  const fs::path readme = fs::path(STACKLINT_SOURCE_DIR) / "README.md";
  std::string text = stacklint::testing::ReadFileText(readme.string());
  const std::string begin = "<!-- config-keys:", end = "<!-- /config-keys -->";
  size_t from = text.find(begin), to = text.find(end);
  REQUIRE(from != std::string::npos);
  REQUIRE(to != std::string::npos);
  from = text.find('\n', from) + 1;
  const char* update = std::getenv("STACKLINT_UPDATE_GOLDEN");
  if (update && std::string(update) == "1") {
    text.replace(from, to - from, ConfigKeysMarkdown());
    std::ofstream(readme, std::ios::binary) << text;
    return;
  }
  INFO("README.md's settings table is stale: STACKLINT_UPDATE_GOLDEN=1 rewrites it");
  CHECK(text.substr(from, to - from) == ConfigKeysMarkdown());
  for (const ConfigKey& row : kConfigKeys) CHECK(row.doc.find('|') == std::string_view::npos);
}

TEST_CASE("a config and a rule file get the same words for the same mistake", "[config]") {
  auto config_errors = [](const std::string& text) {
    std::vector<std::string> errors;
    ParseConfig("c.yaml", text, &errors);
    return errors;
  };
  auto rule_errors = [](const std::string& text) {
    std::vector<Problem> problems;
    RuleCatalog::Load({{"r.yaml", text}}, &problems);
    std::vector<std::string> errors;
    for (const Problem& problem : problems) errors.push_back(problem.Text());
    return errors;
  };
  const std::string flavor = "kind: flavor\nname: x\ncomponent_type: container_registry\nuri: x\n";
  // How an error is compared with the expected text: whole, its message after "path:line:col: ",
  // or its "path:line:col: " prefix (and then the two messages with each other).
  enum Compare { kWhole, kMessage, kPrefix };
  struct Mistake {
    std::string config, rule;                    // the two files
    std::string config_expected, rule_expected;  // what Compare says
    Compare compare;
  };
  const Mistake mistakes[] = {
      {"ignore: [CR104]\nignore: [CR1]\n", flavor + "name: y\n",
       "c.yaml:2:1: duplicate key `ignore` (first on line 1)",
       "r.yaml:5:1: duplicate key `name` (first on line 2)", kWhole},
      {"exclude: [a, [b]]\n", flavor + "examples: [a, [b]]\n",
       "c.yaml:1:14: `exclude` must hold strings only",
       "r.yaml:5:15: `examples` must hold strings only", kWhole},
      {"exclude: {a: b}\n", flavor + "aliases: {a: b}\n", "`exclude` must be a list of strings",
       "`aliases` must be a list of strings", kMessage},
      {"zenml-version: latest\n", flavor + "since: latest\n",
       "c.yaml:1:16: `zenml-version` must be a ZenML version such as 0.74.0",
       "r.yaml:5:8: `since` must be a ZenML version such as 0.74.0", kWhole},
      {"severity: {CR104: high}\n",
       "kind: rule\nid: X1\nname: x\nseverity: high\nsummary: s\nmessage: m\nrequire: x\n",
       "c.yaml:1:19: `severity` must be error, warning or note",
       "r.yaml:4:11: `severity` must be error, warning or note", kWhole},
      {"selcet: [CR]\n", flavor + "exampels: [a]\n",
       "c.yaml:1:1: unknown key `selcet`; did you mean `select`?",
       "r.yaml:5:1: unknown key `exampels`; did you mean `examples`?", kWhole},
      {"fail-on: [error]\n", flavor + "form: [a]\n", "`fail-on` must be a string",
       "`form` must be a string", kMessage},
      {"select: [\n", "kind: rule\nid: [\n", "c.yaml:2:1: ", "r.yaml:3:1: ", kPrefix},
  };
  for (const Mistake& mistake : mistakes) {
    INFO(mistake.config << "\n" << mistake.rule);
    auto in_config = config_errors(mistake.config);
    auto in_rule = rule_errors(mistake.rule);
    REQUIRE(in_config.size() == 1);
    REQUIRE(in_rule.size() == 1);
    switch (mistake.compare) {
      case kWhole:
        CHECK(in_config[0] == mistake.config_expected);
        CHECK(in_rule[0] == mistake.rule_expected);
        break;
      case kMessage:
        CHECK(MessageOf(in_config[0]) == mistake.config_expected);
        CHECK(MessageOf(in_rule[0]) == mistake.rule_expected);
        break;
      case kPrefix:
        CHECK(StartsWith(in_config[0], mistake.config_expected));
        CHECK(StartsWith(in_rule[0], mistake.rule_expected));
        CHECK(MessageOf(in_config[0]) == MessageOf(in_rule[0]));
        break;
    }
  }
}

TEST_CASE("a key written twice inside a setting is an error at the second", "[config]") {
  std::vector<std::string> errors;
  ParseConfig("c.yaml", "severity:\n  CR104: error\n  CR104: note\n", &errors);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0] == "c.yaml:3:3: duplicate key `CR104` (first on line 2)");
}

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

TEST_CASE("a row has a flag exactly when the command line merges it, and `check` takes it",
          "[config]") {
  std::string help = stacklint::testing::RunCli({"check", "--help"}).out;
  for (const ConfigKey& row : kConfigKeys) {
    INFO(row.key);
    bool has_option = !std::holds_alternative<std::monostate>(row.option);
    CHECK(row.flag.empty() == !has_option);
    CHECK(row.flag.empty() == (row.merge == ConfigMerge::kNone));
    if (!row.flag.empty()) CHECK(help.find(std::string(row.flag) + " ") != std::string::npos);
  }
}

TEST_CASE("a config file that can't be read is named as a rule file is", "[config]") {
  std::vector<std::string> errors;
  LoadConfigFile("no-such-folder/.stacklint.yaml", &errors);
  REQUIRE(errors.size() == 1);
  CHECK(StartsWith(errors[0], "config file no-such-folder/.stacklint.yaml: "));
}

TEST_CASE("a key written twice in tool.stacklint is an error on its line", "[config]") {
  std::string error;
  ReadTomlConfig("[tool.stacklint]\nselect = [\"CR\"]\nselect = [\"SL\"]\n", &error);
  CHECK(StartsWith(error, "3:"));  // toml++ refuses it (TOML forbids it), at the second
  CHECK(error.find("invalid TOML") != std::string::npos);
}
