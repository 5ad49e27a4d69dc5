#include "engine.h"

#include <catch2/catch.hpp>

#include "test_util.h"

using namespace stacklint;
using stacklint::testing::LintText;
using stacklint::testing::RegistryStack;
using stacklint::testing::RuleIds;

using Ids = std::vector<std::string>;

TEST_CASE("CR104 points at the flavor value and its fix replaces it", "[engine]") {
  auto findings = LintText(RegistryStack("default", "ghcr.io/acme"));
  REQUIRE(findings.size() == 1);
  const Diagnostic& d = findings[0];
  CHECK(d.rule_id == "CR104");
  CHECK(d.severity == Severity::kWarning);
  CHECK(d.range.begin == Position{6, 13});
  CHECK(d.range.end == Position{6, 20});
  CHECK(d.message ==
        "flavor `default` is used for `ghcr.io/acme`, a registry that flavor `github` serves");
  REQUIRE(d.fix);
  CHECK(d.fix->title == "set flavor to `github`");
  REQUIRE(d.fix->edits.size() == 1);
  CHECK(d.fix->edits[0].replacement == "github");
  CHECK(d.fix->edits[0].range.begin == Position{6, 13});
}

TEST_CASE("a quoted flavor's fix keeps its quotes", "[engine]") {
  auto findings = LintText(RegistryStack("'default'", "ghcr.io/acme"));
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].fix->edits[0].range.begin == Position{6, 13});
  CHECK(findings[0].fix->edits[0].range.end == Position{6, 22});
  CHECK(findings[0].fix->edits[0].replacement == "'github'");
}

TEST_CASE("old exports with id and type keys, and anchors, are understood", "[engine]") {
  std::string old_export =
      "zenml_version: 0.40.3\nstack_name: legacy\ncomponents:\n  container_registry:\n"
      "    id: 7b4c1a36-5d0e-4a5f-9c53-1f0c5b1f3b55\n    type: container_registry\n"
      "    name: ecr\n    flavor: aws\n    configuration:\n"
      "      uri: 715803424592.dkr.ecr.us-east-1.amazonaws.com\n";
  CHECK(RuleIds(old_export).empty());
}

TEST_CASE("a finding inside an aliased value points where the value is written", "[engine]") {
  std::string text =
      "registry: &reg\n  uri: ghcr.io/Acme\nzenml_version: 0.74.0\nstack_name: prod\ncomponents:\n"
      "  container_registry:\n    name: r\n    flavor: github\n    configuration: *reg\n";
  auto findings = LintText(text);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].rule_id == "CR109");
  CHECK(findings[0].range.begin == Position{2, 8});
}

TEST_CASE("a secret repeated by a scalar alias is reported once, where it is written",
          "[engine][secrets]") {
  std::string text = RegistryStack("github", "ghcr.io/acme",
                                   "  artifact_store:\n    name: a\n    flavor: s3\n"
                                   "    configuration:\n      path: s3://x\n"
                                   "      secret: &p hunter2hunter2\n      token: *p\n");
  auto findings = LintText(text);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].rule_id == "SEC301");
  CHECK(findings[0].range.begin == Position{14, 18});
}

TEST_CASE("files that hold no stack: SL003 when named, nothing when walked", "[engine]") {
  Engine engine(stacklint::testing::BuiltinCatalog(), EngineOptions{});
  SourceFile k8s("deploy.yaml", "apiVersion: v1\nkind: Service\n");
  CHECK(engine.Lint(k8s, true).at(0).rule_id == "SL003");
  CHECK(engine.Lint(k8s, false).empty());
  SourceFile helm("templates/x.yaml", "a: {{ .Values.x }\n");
  CHECK(engine.Lint(helm, false).empty());  // broken YAML that is no stack file
  SourceFile broken("s.yaml", "stack_name: [\n");
  CHECK(engine.Lint(broken, false).at(0).rule_id == "SL001");
}

TEST_CASE("the zenml-version option overrides the file's version", "[engine]") {
  std::string stack = RegistryStack("aws", "715803424592.dkr.ecr.us-east-1.amazonaws.com",
                                    "      default_repository: zenml\n");
  CHECK(RuleIds(stack).empty());
  EngineOptions old;
  old.zenml_version = Version::Parse("0.58.2");
  Engine engine(stacklint::testing::BuiltinCatalog(), old);
  auto findings = engine.Lint(SourceFile("s.yaml", stack), true);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].rule_id == "CR102");
  CHECK(findings[0].message ==
        "configuration key `default_repository` needs ZenML 0.61.0 or later; this stack is for "
        "ZenML 0.58.2");
}

TEST_CASE("NUL bytes and oversized files are findings, not crashes", "[engine]") {
  CHECK(RuleIds(std::string("stack_name: a\0b\n", 16)) == Ids{"SL001"});
  EngineOptions tiny;
  tiny.max_file_size = 10;
  Engine engine(stacklint::testing::BuiltinCatalog(), tiny);
  CHECK(engine.Lint(SourceFile("big.yaml", "stack_name: abcdefghijk\n"), true).at(0).rule_id ==
        "SL007");
}

TEST_CASE("version parsing", "[engine]") {
  CHECK(Version::Parse("0.74.0") == Version{0, 74, 0});
  CHECK(Version::Parse("0.61") == Version{0, 61, 0});
  CHECK(Version::Parse("0.60.0rc1") == Version{0, 60, 0});
  CHECK(!Version::Parse("latest"));
}

TEST_CASE("secrets never appear in any report format", "[engine][secrets]") {
  const std::string secrets[] = {"AKIAIOSFODNN7EXAMPLE",
                                 "wJalrXUtnFEMI",
                                 "hunter2",
                                 "ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789",
                                 "dckr_pat_2b3e36beeb386dfdaacb9b46004ccb7c",
                                 "b3BlbnNzaC1rZXkt"};
  const std::string input = "rules/SEC301-plaintext-credential/bad.yaml";
  const std::string testdata = std::string(STACKLINT_SOURCE_DIR) + "/testdata";
  for (const char* format : {"text", "sarif", "json", "github", "junit"}) {
    auto run = stacklint::testing::RunCli({"check", "-f", format, input}, testdata);
    INFO(format);
    CHECK(run.exit_code == 1);
    CHECK(run.out.find("SEC301") != std::string::npos);
    for (const std::string& secret : secrets) {
      INFO(secret);
      CHECK(run.out.find(secret) == std::string::npos);
      CHECK(run.err.find(secret) == std::string::npos);
    }
  }
}

TEST_CASE("a token in a value another rule quotes is masked too", "[engine][secrets]") {
  auto findings = LintText(RegistryStack("dockerhub", "ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789"));
  REQUIRE(!findings.empty());
  for (const Diagnostic& d : findings) {
    INFO(d.message);
    CHECK(d.message.find("aBcDeFgHiJ") == std::string::npos);
  }
}

TEST_CASE("fingerprints survive lines inserted above a finding", "[engine]") {
  std::string stack = RegistryStack("default", "ghcr.io/acme");
  std::string moved = "# a comment\n\n# another\n" + stack;
  auto before = LintText(stack);
  auto after = LintText(moved);
  REQUIRE(before.size() == 1);
  REQUIRE(after.size() == 1);
  CHECK(before[0].range.begin.line + 3 == after[0].range.begin.line);
  CHECK(before[0].yaml_path == "components.container_registry.flavor");
  CHECK(before[0].fingerprint == after[0].fingerprint);
  auto other = LintText(RegistryStack("default", "ghcr.io/other"), "other.yaml");
  CHECK(other[0].fingerprint != before[0].fingerprint);  // another file
}

TEST_CASE("documents before a bound is passed are still checked", "[engine]") {
  std::string doc = RegistryStack("default", "ghcr.io/acme");
  EngineOptions options;
  options.limits.max_documents = 2;
  Engine engine(stacklint::testing::BuiltinCatalog(), options);
  auto findings = engine.Lint(SourceFile("s.yaml", doc + "---\n" + doc + "---\n" + doc), true);
  std::vector<std::string> ids;
  for (const Diagnostic& d : findings) ids.push_back(d.rule_id);
  CHECK(ids == Ids{"CR104", "CR104", "SL007"});
}
