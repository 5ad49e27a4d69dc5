// The fixer: quoting as PyYAML reads it, fixes through aliases, merge keys and block scalars, and
// the verification that keeps only fixes that leave the file better.
#include "fixer.h"

#include <catch2/catch.hpp>

#include "engine.h"
#include "test_util.h"

using namespace stacklint;
using stacklint::testing::LintText;
using stacklint::testing::RegistryStack;

namespace {

const Diagnostic* Find(const std::vector<Diagnostic>& findings, const std::string& rule) {
  for (const Diagnostic& d : findings) {
    if (d.rule_id == rule) return &d;
  }
  return nullptr;
}

std::string Fixed(const std::string& text) { return ApplyFixes(text, LintText(text), true).text; }

}  // namespace

TEST_CASE("plain text is kept only where PyYAML reads it back as that string", "[fixer]") {
  for (const char* plain : {"github", "my-repo/images", "acme_team.v2", "user@host"}) {
    INFO(plain);
    CHECK(PlainReadsAsString(plain));
    CHECK(YamlScalarText(plain) == plain);
  }
  for (const char* quoted :
       {"",    "123", "0x1f", "017", "1_000", "1:20", "2024-01-01", "null", "Null", "~",
        "yes", "No",  "ON",   "off", "true",  "y",    ".inf",       "-x",   "*a",   "&a",
        "!t",  "%x",  "@x",   "`x",  "a: b",  "a #b", "a b",        "{x}",  "[x]",  "a,b",
        "<<",  "=",   "'x",   "\"x", "|",     ">",    "? x",        "x:"}) {
    INFO(quoted);
    CHECK_FALSE(PlainReadsAsString(quoted));
  }
  CHECK(YamlScalarText("123") == "\"123\"");
  CHECK(YamlScalarText("") == "\"\"");
  CHECK(YamlScalarText("say \"hi\"\\") == "\"say \\\"hi\\\"\\\\\"");
  CHECK(YamlScalarText("tab\there\n") == "\"tab\\there\\n\"");
  CHECK(YamlScalarText("\x01\x7f") == "\"\\x01\\x7f\"");
  CHECK(YamlScalarText("a\xE2\x80\xA8"
                       "b") == "\"a\\Lb\"");
  CHECK(YamlScalarText("it's", '\'') == "'it''s'");
  CHECK(YamlScalarText("github", '"') == "\"github\"");
  CHECK(YamlScalarText("caf\xC3\xA9", '\'') == "\"caf\xC3\xA9\"");  // not ASCII: double quotes
}

TEST_CASE("a flavor written as an alias is fixed at the use site only", "[fixer]") {
  std::string text =
      "zenml_version: 0.74.0\nstack_name: s\ncomponents:\n  orchestrator:\n"
      "    name: &def default\n    flavor: local\n    configuration: {}\n"
      "  container_registry:\n    name: r\n    flavor: *def\n    configuration:\n"
      "      uri: ghcr.io/acme\n";
  auto findings = LintText(text);
  const Diagnostic* cr104 = Find(findings, "CR104");
  REQUIRE(cr104 != nullptr);
  CHECK(cr104->range.begin == Position{5, 16});  // where the value is written
  REQUIRE(cr104->fix);
  CHECK(cr104->fix->edits.at(0).range.begin == Position{10, 13});  // the `*def`
  std::string fixed = Fixed(text);
  CHECK(fixed.find("name: &def default\n") != std::string::npos);
  CHECK(fixed.find("flavor: github\n") != std::string::npos);
}

TEST_CASE("a value an alias repeats elsewhere is not fixed where it is written", "[fixer]") {
  std::string text =
      "zenml_version: 0.74.0\nstack_name: s\ncomponents:\n  container_registry:\n"
      "    name: r\n    flavor: &f default\n    configuration:\n      uri: ghcr.io/acme\n"
      "  orchestrator:\n    name: *f\n    flavor: local\n    configuration: {}\n";
  auto findings = LintText(text);
  const Diagnostic* cr104 = Find(findings, "CR104");
  REQUIRE(cr104 != nullptr);
  CHECK_FALSE(cr104->fix);
  CHECK(cr104->fix_note.find("an alias or merge key repeats") != std::string::npos);
  CHECK(Fixed(text) == text);
}

TEST_CASE("a value reached through a merge key is not fixed in the shared map", "[fixer]") {
  std::string text =
      "zenml_version: 0.74.0\nstack_name: s\nbase: &base\n  flavor: default\n"
      "components:\n  container_registry:\n    <<: *base\n    name: r\n    configuration:\n"
      "      uri: ghcr.io/acme\n";
  auto findings = LintText(text);
  const Diagnostic* cr104 = Find(findings, "CR104");
  REQUIRE(cr104 != nullptr);
  CHECK_FALSE(cr104->fix);
  CHECK(Fixed(text) == text);
}

TEST_CASE("a block scalar is replaced whole", "[fixer]") {
  std::string text = RegistryStack(">-\n      default", "ghcr.io/acme");
  auto findings = LintText(text);
  const Diagnostic* cr104 = Find(findings, "CR104");
  REQUIRE(cr104 != nullptr);
  CHECK(cr104->range.begin.line == 6);
  CHECK(cr104->range.end.line == 7);
  CHECK(Fixed(text) == RegistryStack("github", "ghcr.io/acme"));
}

TEST_CASE("a fix that would bring a new error is withdrawn, with the reason", "[fixer]") {
  // `ghcr.io` alone is GitHub's host, but `github` needs `ghcr.io/<org>`: setting the flavor
  // would turn this warning into a CR103 error.
  std::string text = RegistryStack("default", "ghcr.io");
  auto findings = LintText(text);
  const Diagnostic* cr104 = Find(findings, "CR104");
  REQUIRE(cr104 != nullptr);
  CHECK_FALSE(cr104->fix);
  if (!cr104->fix_note.empty())
    CHECK(cr104->fix_note == "the fixed file would have a new CR103 finding");
  CHECK(Fixed(text) == text);
}

TEST_CASE("a fix whose result would not parse is withdrawn", "[fixer]") {
  // In a flow mapping the CR105 fix's new line would break the YAML.
  std::string text =
      "zenml_version: 0.74.0\nstack_name: s\ncomponents:\n  container_registry: {name: r, "
      "flavor: aws, configuration: {uri: 715803424592.dkr.ecr.us-east-1.amazonaws.com/team}}\n";
  auto findings = LintText(text);
  const Diagnostic* cr105 = Find(findings, "CR105");
  REQUIRE(cr105 != nullptr);
  if (!cr105->fix) CHECK_FALSE(cr105->fix_note.empty());
  std::string fixed = Fixed(text);
  for (const Diagnostic& d : LintText(fixed)) CHECK(d.rule_id != "SL001");
}

TEST_CASE("the inserted default_repository is quoted when PyYAML would not read a string",
          "[fixer]") {
  std::string text = RegistryStack("aws", "715803424592.dkr.ecr.us-east-1.amazonaws.com/0x1f");
  auto findings = LintText(text);
  const Diagnostic* cr105 = Find(findings, "CR105");
  REQUIRE(cr105 != nullptr);
  REQUIRE(cr105->fix);
  CHECK_FALSE(cr105->fix->safe);
  CHECK(Fixed(text).find("default_repository: \"0x1f\"\n") != std::string::npos);
}

TEST_CASE("NewProblem counts errors and warnings by rule and YAML path", "[fixer]") {
  auto finding = [](std::string rule, std::string path, Severity severity) {
    Diagnostic d;
    d.rule_id = std::move(rule);
    d.yaml_path = std::move(path);
    d.severity = severity;
    return d;
  };
  std::vector<Diagnostic> before = {finding("CR104", "a.flavor", Severity::kWarning)};
  CHECK(NewProblem(before, {}).empty());
  CHECK(NewProblem(before, before).empty());
  CHECK(NewProblem(before, {finding("CR107", "a.uri", Severity::kNote)}).empty());  // notes
  CHECK(NewProblem(before, {finding("CR103", "a.uri", Severity::kError)}) == "CR103");
  CHECK(NewProblem(before, {before[0], before[0]}) == "CR104");  // one more of the same
  Diagnostic suppressed = finding("SL002", "a", Severity::kError);
  suppressed.suppressed = "on purpose";
  CHECK(NewProblem(before, {suppressed}).empty());
}

namespace {

// The fix pass with the built-in engine as its relint, counting the calls.
struct FixPass {
  int relints = 0;
  LintAgain relint = [this](std::shared_ptr<const SourceFile> source) {
    ++relints;
    return Lint(std::move(source));
  };

  static FileLint Lint(std::shared_ptr<const SourceFile> source) {
    static const Engine engine(stacklint::testing::BuiltinCatalog(), EngineOptions{});
    FileLint file;
    file.diagnostics = engine.Lint(*source, FileContext{true, {}}, &file.secrets);
    file.source = std::move(source);
    return file;
  }
  FileLint Linted(const std::string& text) {
    return Lint(std::make_shared<const SourceFile>("stack.yaml", text));
  }
};

}  // namespace

TEST_CASE("the fix pass relints through its one explicit call, round by round", "[fixer]") {
  FixPass pass;
  FileLint file = pass.Linted(RegistryStack("default", "https://ghcr.io/acme/"));
  FileFixes fixes = FixFile("-", FixMode{true, false, false}, pass.relint, &file);
  CHECK(fixes.applied >= 2);  // scheme, trailing slash, then the flavor the bare URI shows
  CHECK(pass.relints >= 1);
  REQUIRE(fixes.fixed_stdin.has_value());
  CHECK(*fixes.fixed_stdin == RegistryStack("github", "ghcr.io/acme"));
  CHECK(file.source->text() == *fixes.fixed_stdin);
  CHECK(Find(file.diagnostics, "CR106") == nullptr);
  CHECK_FALSE(fixes.problem.has_value());
}

TEST_CASE("the fix pass drops a round that the relint shows broke the file", "[fixer]") {
  FixPass pass;
  FileLint file = pass.Linted(RegistryStack("default", "https://ghcr.io/acme"));
  std::string before = file.source->text();
  LintAgain breaks = [](std::shared_ptr<const SourceFile> source) {
    FileLint next;
    Diagnostic syntax;
    syntax.rule_id = "SL001";
    syntax.severity = Severity::kError;
    next.diagnostics = {syntax};
    next.source = std::move(source);
    return next;
  };
  FileFixes fixes = FixFile("-", FixMode{false, true, false}, breaks, &file);
  CHECK(fixes.applied == 0);
  CHECK(fixes.diff.empty());
  CHECK(file.source->text() == before);
}

TEST_CASE("the fix pass in --diff mode shows the fixes, masks secrets, writes nothing", "[fixer]") {
  FixPass pass;
  stacklint::testing::TempDir dir("fix-pass-diff");
  std::string text = RegistryStack("default", "https://bot:hunter2-secret@ghcr.io/acme");
  std::string path = dir.Write("stack.yaml", text);
  FileLint file = pass.Linted(text);
  FileFixes fixes = FixFile(path, FixMode{false, true, false}, pass.relint, &file);
  CHECK(fixes.applied > 0);
  CHECK(fixes.diff.find("--- a/stack.yaml") != std::string::npos);
  CHECK(fixes.diff.find("hunter2-secret") == std::string::npos);
  CHECK(stacklint::testing::ReadFileText(path) == text);
  CHECK_FALSE(fixes.fixed_stdin.has_value());
}

TEST_CASE("fixes that can't be written are an output problem, the file's lint unchanged",
          "[fixer]") {
  FixPass pass;
  stacklint::testing::TempDir dir("fix-pass-unwritable");
  FileLint file = pass.Linted(RegistryStack("default", "https://ghcr.io/acme"));
  std::vector<Diagnostic> before = file.diagnostics;
  std::string missing_folder = (dir.path / "no" / "stack.yaml").string();
  FileFixes fixes = FixFile(missing_folder, FixMode{true, false, false}, pass.relint, &file);
  REQUIRE(fixes.problem.has_value());
  CHECK(fixes.problem->kind == ProblemKind::kOutput);
  CHECK(fixes.problem->message.rfind("cannot write fixes: ", 0) == 0);
  CHECK(fixes.applied == 0);
  CHECK(file.diagnostics.size() == before.size());
  CHECK(file.source->text() == RegistryStack("default", "https://ghcr.io/acme"));
}
