// The settings stage: the catalog with the user's rule files, each scope's engine, and every
// mistake as a typed Problem (built-in or user decided by where a rule file came from).
#include "lint_settings.h"

#include <catch2/catch.hpp>
#include <filesystem>

#include "exit_code.h"
#include "file_walker.h"
#include "test_util.h"

using namespace stacklint;
using stacklint::testing::TempDir;
namespace fs = std::filesystem;

namespace {

const char* kBadRegexFlavor =
    "kind: flavor\nname: x\ncomponent_type: container_registry\nuri: '^(unclosed'\n";
const char* kUserRule =
    "kind: rule\nid: ACME001\nname: acme-only\nseverity: warning\nsummary: s\nmessage: m\n"
    "require: '^ghcr\\.io/acme'\n";

}  // namespace

TEST_CASE("a user's rule file in a rules/ folder is the user's, not built-in", "[settings]") {
  TempDir dir("settings-origin");
  for (const char* where : {"rules/mine.yaml", "mine.yaml"}) {
    INFO(where);
    std::string path = dir.Write(where, kBadRegexFlavor);
    std::vector<Problem> problems;
    LoadCatalog({path}, Config{}, &problems);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].kind == ProblemKind::kUserRules);
    CHECK(problems[0].path == DisplayPath(path));
    REQUIRE(problems[0].range.has_value());
    CHECK(problems[0].range->begin == Position{4, 6});
    CHECK(ExitCodeOf(problems) == kExitUsage);
  }
}

TEST_CASE("a bad regex in rules/mine.yaml given to --rules is exit 2, as in mine.yaml",
          "[settings]") {
  TempDir dir("settings-cli-origin");
  dir.Write("rules/mine.yaml", kBadRegexFlavor);
  dir.Write("mine.yaml", kBadRegexFlavor);
  dir.Write("stack.yaml", stacklint::testing::RegistryStack("github", "ghcr.io/acme"));
  for (const char* where : {"rules/mine.yaml", "mine.yaml"}) {
    INFO(where);
    auto run =
        stacklint::testing::RunCli({"check", "--rules", where, "stack.yaml"}, dir.path.string());
    CHECK(run.exit_code == 2);
    CHECK(run.err == "stacklint: " + std::string(where) +
                         ":4:6: invalid regular expression in `uri`: missing ): ^(unclosed\n");
  }
}

TEST_CASE("only built-in rules link to this project's docs", "[settings]") {
  TempDir dir("settings-help-uri");
  std::string path = dir.Write("rules/ACME001-acme-only.yaml", kUserRule);
  std::vector<Problem> problems;
  RuleCatalog catalog = LoadCatalog({path}, Config{}, &problems);
  REQUIRE(problems.empty());
  REQUIRE(catalog.FindRule("ACME001") != nullptr);
  CHECK(catalog.FindRule("ACME001")->from == DataOrigin::kUser);
  CHECK(catalog.FindRule("ACME001")->HelpUri().empty());
  REQUIRE(catalog.FindRule("CR104") != nullptr);
  CHECK(catalog.FindRule("CR104")->from == DataOrigin::kBuiltin);
  CHECK(catalog.FindRule("CR104")->HelpUri() ==
        "https://github.com/stacklint/stacklint/blob/main/docs/rules/CR104.md");
  // As `stacklint rule` shows it, run from the folder that holds rules/.
  auto run = stacklint::testing::RunCli(
      {"rule", "--rules", "rules/ACME001-acme-only.yaml", "--format", "json", "ACME001"},
      dir.path.string());
  CHECK(run.exit_code == 0);
  CHECK(run.out.find("\"help_uri\": \"\"") != std::string::npos);
}

TEST_CASE("an unreadable rule file and a broken user schema are the user's problems",
          "[settings]") {
  TempDir dir("settings-problems");
  std::vector<Problem> problems;
  LoadCatalog({(dir.path / "rules" / "missing.yaml").string()}, Config{}, &problems);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].kind == ProblemKind::kUserRules);
  CHECK(problems[0].label == "rule file");
  CHECK_FALSE(problems[0].range.has_value());

  // A schema valijson can't compile: found by the engine's setup, no dynamic_cast.
  std::string path = dir.Write("rules/schema.yaml",
                               "kind: flavor\nname: odd\ncomponent_type: container_registry\n"
                               "uri: '.*'\nschema:\n  type: 5\n");
  problems.clear();
  RuleCatalog catalog = LoadCatalog({path}, Config{}, &problems);
  REQUIRE(problems.empty());
  CHECK(catalog.SchemaOrigin(catalog.FindFlavor("container_registry", "odd")->schema) ==
        DataOrigin::kUser);
  CHECK(catalog.SchemaOrigin("container_registry.schema.json") == DataOrigin::kBuiltin);
  Engine engine(catalog, EngineOptions{});
  REQUIRE(engine.setup_problems().size() == 1);
  CHECK(engine.setup_problems()[0].kind == ProblemKind::kUserRules);
  CHECK(Engine(stacklint::testing::BuiltinCatalog(), EngineOptions{}).setup_problems().empty());
}

TEST_CASE("a scope's bad option values are usage problems", "[settings]") {
  const RuleCatalog& catalog = stacklint::testing::BuiltinCatalog();
  auto problems_for = [&](Options options) {
    options.no_config = true;
    Scope scope;
    scope.config = std::make_shared<const Config>();
    std::vector<Problem> problems;
    bool built = BuildScope(options, catalog, &scope, &problems);
    CHECK(built == problems.empty());
    return problems;
  };
  Options good;
  good.fail_on = "error";
  good.select = {"CR1"};
  CHECK(problems_for(good).empty());

  Options version;
  version.zenml_version = "latest";
  auto bad_version = problems_for(version);
  REQUIRE(bad_version.size() == 1);
  CHECK(bad_version[0].kind == ProblemKind::kUsage);
  CHECK(bad_version[0].Text() == "--zenml-version: `latest` is not a version like 0.74.0");

  Options select;
  select.select = {"CR999"};
  auto unknown = problems_for(select);
  REQUIRE(unknown.size() == 1);
  CHECK(unknown[0].kind == ProblemKind::kUsage);
  CHECK(unknown[0].Text() == "--select/--ignore: `CR999` names no rule (see `stacklint rules`)");
}

TEST_CASE("a config's mistakes are config problems and stop the scope", "[settings]") {
  TempDir dir("settings-config");
  dir.Write(".stacklint.yaml", "select: [CR9999]\n");
  std::string stack = dir.Write("stack.yaml", "x: 1\n");
  Options options;
  Scopes scopes(options, Config{}, stacklint::testing::BuiltinCatalog());
  std::vector<Problem> problems;
  CHECK_FALSE(scopes.For(stack, &problems).has_value());
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].kind == ProblemKind::kConfig);
  INFO(problems[0].Text());
  CHECK(problems[0].Text().find(".stacklint.yaml:1:10: `CR9999` names no rule") !=
        std::string::npos);
}
