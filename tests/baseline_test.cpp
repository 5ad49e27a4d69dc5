// The baseline pass: --write-baseline and --baseline over a run's results, as typed problems
// when their files can't be used.
#include "baseline.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>

#include "file_walker.h"
#include "test_util.h"

using namespace stacklint;
using stacklint::testing::TempDir;

namespace {

Diagnostic Finding(const std::string& path, int line, const std::string& rule,
                   const std::string& yaml_path) {
  Diagnostic d;
  d.path = path;
  d.rule_id = rule;
  d.yaml_path = yaml_path;
  d.range.begin = {line, 1};
  d.range.end = {line, 2};
  return d;
}

}  // namespace

TEST_CASE("a baseline hides what it holds and flags entries that match nothing", "[baseline]") {
  TempDir dir("baseline-pass");
  auto previous = std::filesystem::current_path();
  std::filesystem::current_path(dir.path);  // paths in reports are relative to it
  std::vector<Diagnostic> old = {Finding("a.yaml", 3, "CR104", "components.container_registry"),
                                 Finding("z.yaml", 1, "CR106", "components.x")};
  std::optional<Problem> written = WriteBaselineFile("base.json", old);

  LintResults results;
  results.diagnostics = {Finding("a.yaml", 5, "CR104", "components.container_registry"),
                         Finding("b.yaml", 2, "CR107", "components.y")};
  std::optional<Problem> used =
      UseBaseline("base.json", stacklint::testing::BuiltinCatalog(), &results);
  std::filesystem::current_path(previous);
  REQUIRE_FALSE(written.has_value());
  REQUIRE_FALSE(used.has_value());
  REQUIRE(results.diagnostics.size() == 3);
  // In report order: a.yaml (hidden: the line moved, the YAML path did not), b.yaml, then the
  // baseline's own SL011 for the z.yaml entry that matched nothing.
  CHECK(results.diagnostics[0].path == "a.yaml");
  CHECK(results.diagnostics[0].suppressed.has_value());
  CHECK_FALSE(results.diagnostics[1].suppressed.has_value());
  const Diagnostic& stale = results.diagnostics[2];
  CHECK(stale.rule_id == "SL011");
  CHECK(stale.path == "base.json");
  CHECK(stale.range.begin.line == 3);
  CHECK(stale.message.find("z.yaml") != std::string::npos);
  CHECK(results.sources.count("base.json") == 1);
}

TEST_CASE("a baseline that can't be used is a typed problem", "[baseline]") {
  TempDir dir("baseline-problems");
  LintResults results;
  auto missing = UseBaseline((dir.path / "none.json").string(),
                             stacklint::testing::BuiltinCatalog(), &results);
  REQUIRE(missing.has_value());
  CHECK(missing->kind == ProblemKind::kUsage);
  CHECK(missing->label == "--baseline");
  auto not_one =
      UseBaseline(dir.Write("x.json", "[1, 2]"), stacklint::testing::BuiltinCatalog(), &results);
  REQUIRE(not_one.has_value());
  CHECK(not_one->kind == ProblemKind::kUsage);
  auto unwritable = WriteBaselineFile((dir.path / "no" / "such" / "base.json").string(), {});
  REQUIRE(unwritable.has_value());
  CHECK(unwritable->kind == ProblemKind::kOutput);
  CHECK(unwritable->Text().rfind("--write-baseline ", 0) == 0);
}
