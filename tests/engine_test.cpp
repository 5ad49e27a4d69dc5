#include "engine.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "app.h"
#include "cli.h"
#include "report_formats.h"
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
  const std::string secrets[] = {"AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI", "hunter2",
                                 "ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789",
                                 "dckr_pat_2b3e36beeb386dfdaacb9b46004ccb7c", "b3BlbnNzaC1rZXkt",
                                 // bad-keys.yaml: key names, env lists, URI userinfo
                                 "mlflow-pass-1", "k8s-env-secret-value", "annotation-api-key-1",
                                 "registry-pass-2"};
  const std::string testdata = std::string(STACKLINT_SOURCE_DIR) + "/testdata";
  const std::string summary_path =
      (std::filesystem::temp_directory_path() / "stacklint-secrets-summary.md").string();
  for (const char* input : {"rules/SEC301-plaintext-credential/bad.yaml",
                            "rules/SEC301-plaintext-credential/bad-keys.yaml"}) {
    for (const stacklint::ReportFormat& format : stacklint::ReportFormats()) {
      std::filesystem::remove(summary_path);
      // As main() does for -f github: the step summary is a report format of its own.
      std::string name(format.name);
      std::vector<const char*> argv = {"stacklint", "check", "-f", name.c_str(), input};
      Options options;
      std::ostringstream out, err;
      std::istringstream in;
      REQUIRE(!ParseCommandLine(static_cast<int>(argv.size()), argv.data(), &options, out, err));
      options.github_step_summary = summary_path;
      auto previous = std::filesystem::current_path();
      std::filesystem::current_path(testdata);
      int exit_code = Run(options, in, out, err);
      std::filesystem::current_path(previous);
      std::ifstream summary_file(summary_path);
      std::string summary((std::istreambuf_iterator<char>(summary_file)), {});
      INFO(input << " " << name);
      CHECK(exit_code == 1);
      CHECK(out.str().find("SEC301") != std::string::npos);
      if (format.step_summary) CHECK(summary.find("SEC301") != std::string::npos);
      for (const std::string& secret : secrets) {
        INFO(secret);
        CHECK(out.str().find(secret) == std::string::npos);
        CHECK(err.str().find(secret) == std::string::npos);
        CHECK(summary.find(secret) == std::string::npos);
      }
    }
  }
  std::filesystem::remove(summary_path);
  // --diff prints source lines: the changed ones and their context
  auto diff = stacklint::testing::RunCli(
      {"check", "--diff", "rules/SEC301-plaintext-credential/bad-keys.yaml"}, testdata);
  CHECK(diff.out.find("+      uri: bot:****@ghcr.io/acme") != std::string::npos);
  for (const std::string& secret : secrets) {
    INFO(secret);
    CHECK(diff.out.find(secret) == std::string::npos);
  }
}

TEST_CASE("a fix whose new text would show a credential is not offered", "[engine][secrets]") {
  // CR108's fix rewrites the whole trimmed value, which would print the password in JSON/SARIF.
  auto findings = LintText(RegistryStack("github", "' https://bot:s3cretpw@ghcr.io/acme '"));
  bool cr108 = false;
  for (const Diagnostic& d : findings) {
    INFO(d.rule_id << ": " << d.message);
    CHECK(d.message.find("s3cretpw") == std::string::npos);
    if (d.fix) {
      for (const Edit& edit : d.fix->edits)
        CHECK(edit.replacement.find("s3cretpw") == std::string::npos);
    }
    if (d.rule_id != "CR108") continue;
    cr108 = true;
    CHECK(!d.fix);
  }
  CHECK(cr108);
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

TEST_CASE("a fingerprint does not hash text that holds a secret", "[engine][secrets]") {
  // The same finding with two passwords: a fingerprint over the text would tell them apart, and
  // a short password's hash can be reversed.
  auto first = LintText(RegistryStack("github", "https://bot:first-pass@ghcr.io/acme"));
  auto second = LintText(RegistryStack("github", "https://bot:other-pass@ghcr.io/acme"));
  REQUIRE(first.size() == second.size());
  REQUIRE(!first.empty());
  for (size_t i = 0; i < first.size(); ++i) {
    INFO(first[i].rule_id);
    CHECK(first[i].fingerprint == second[i].fingerprint);
  }
  auto plain = LintText(RegistryStack("github", "https://ghcr.io/acme"));
  auto other = LintText(RegistryStack("github", "https://ghcr.io/other"));
  CHECK(plain.at(0).fingerprint != other.at(0).fingerprint);  // no secret: the text counts
}

TEST_CASE("`local` reads as pydantic reads what PyYAML loaded", "[engine]") {
  auto stack = [](const std::string& local) {
    return RegistryStack("default", "localhost:5000") +
           "  orchestrator:\n    name: k8s\n    flavor: kubernetes\n    configuration:\n"
           "      local: " +
           local + "\n";
  };
  for (const char* on : {"yes", "Yes", "true", "on", "'on'", "\"y\"", "1"}) {
    INFO(on);
    CHECK(RuleIds(stack(on)).empty());
  }
  for (const char* off : {"no", "off", "false", "'false'", "0", "~", "maybe"}) {
    INFO(off);
    CHECK(RuleIds(stack(off)) == Ids{"ST202"});
  }
}

TEST_CASE("suppression-shaped text in a file that does not load is not judged", "[engine]") {
  // A NUL byte stops loading, so the scalars are unknown: `#` inside a string must not become an
  // unused suppression (SL010), whose fix would cut the string (found by the fuzzer).
  std::string text =
      "zenml_version: 0.74.0\nstack_name: \"prod # stacklint: ignore-file[CR104]\"\n";
  text += std::string(1, '\0') + "\n";
  CHECK(RuleIds(text) == Ids{"SL001"});
}

TEST_CASE("a duplicate key in a document cut short by an error is still reported", "[engine]") {
  // Documents are checked one by one as they are read; the broken last one keeps its SL002.
  CHECK(RuleIds("stack_name: a\ncomponents: {}\n---\nx: 1\nx: 2\ny: [\n") ==
        Ids{"SL004", "SL002", "SL001"});
}

TEST_CASE("documents checked one by one keep paths, alias-safe fixes and suppressions",
          "[engine]") {
  std::string first = RegistryStack("default", "ghcr.io/acme");
  std::string second =
      "registry: &reg\n  name: r\n  flavor: default\n  configuration:\n    uri: ghcr.io/acme\n"
      "zenml_version: 0.74.0\nstack_name: prod\ncomponents:\n"
      "  container_registry: *reg  # stacklint: ignore[CR104] reached through the alias\n";
  int offset = static_cast<int>(std::count(first.begin(), first.end(), '\n')) + 1;
  auto findings = LintText(first + "---\n" + second);
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].yaml_path == "components.container_registry.flavor");
  CHECK(!findings[0].suppressed);
  CHECK(findings[0].fix);
  CHECK(findings[1].rule_id == "CR104");
  CHECK(findings[1].range.begin == Position{offset + 3, 11});
  CHECK(findings[1].yaml_path == "[2].registry.flavor");
  CHECK(findings[1].suppressed);
  // Without the suppression, its fix would edit the anchored mapping the alias repeats.
  std::string unsuppressed = second.substr(0, second.find("  # stacklint")) + "\n";
  findings = LintText(first + "---\n" + unsuppressed);
  REQUIRE(findings.size() == 2);
  CHECK(!findings[1].suppressed);
  CHECK(!findings[1].fix);
  CHECK(findings[1].fix_note.rfind("line " + std::to_string(offset + 2) + " holds", 0) == 0);
}
