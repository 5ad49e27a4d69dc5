// The lint stage: each planned file read and linted by its scope's engine, on any number of
// threads with the same results; a file that can't be read is a kInput problem.
#include "lint_files.h"

#include <catch2/catch.hpp>
#include <sstream>

#include "test_util.h"

using namespace stacklint;
using stacklint::testing::RegistryStack;
using stacklint::testing::TempDir;

namespace {

struct Planned {
  Options options;
  std::unique_ptr<Scopes> scopes;
  Inputs inputs;
};

Planned Plan(const std::vector<std::string>& paths, const std::string& stdin_text = "") {
  Planned plan;
  plan.options.no_config = true;
  plan.options.paths = paths;
  plan.scopes =
      std::make_unique<Scopes>(plan.options, Config{}, stacklint::testing::BuiltinCatalog());
  std::istringstream in(stdin_text);
  std::vector<Problem> problems;
  plan.inputs = GatherInputs(plan.options, plan.scopes.get(), in, &problems);
  REQUIRE(problems.empty());
  return plan;
}

std::string Summary(std::vector<LintedFile> files, const Inputs& inputs) {
  LintResults results = CollectResults(files, inputs);
  std::string out;
  for (const Diagnostic& d : results.diagnostics)
    out += d.path + ":" + std::to_string(d.range.begin.line) + " " + d.rule_id + "\n";
  return out + std::to_string(results.files_checked) + " checked";
}

}  // namespace

TEST_CASE("results do not depend on the number of threads", "[lint_files]") {
  TempDir dir("lint-files-jobs");
  std::vector<std::string> paths;
  for (int i = 0; i < 12; ++i) {
    paths.push_back(dir.Write("s" + std::to_string(i) + ".yaml",
                              RegistryStack(i % 2 ? "default" : "aws", "ghcr.io/acme")));
  }
  Planned plan = Plan(paths);
  std::string one =
      Summary(LintInputs(plan.scopes->scopes(), plan.inputs, 1 << 20, 1), plan.inputs);
  std::string four =
      Summary(LintInputs(plan.scopes->scopes(), plan.inputs, 1 << 20, 4), plan.inputs);
  CHECK(one == four);
  CHECK(one.find("CR104") != std::string::npos);
  CHECK(one.find("CR103") != std::string::npos);
  CHECK(one.find("12 checked") != std::string::npos);
}

TEST_CASE("a file that goes away after planning is an input problem", "[lint_files]") {
  TempDir dir("lint-files-gone");
  std::string gone = dir.Write("gone.yaml", RegistryStack("default", "ghcr.io/acme"));
  std::string kept = dir.Write("kept.yaml", RegistryStack("default", "ghcr.io/acme"));
  Planned plan = Plan({gone, kept});
  std::filesystem::remove(gone);
  std::vector<LintedFile> files = LintInputs(plan.scopes->scopes(), plan.inputs, 1 << 20, 2);
  REQUIRE(files[0].problem.has_value());
  CHECK(files[0].problem->kind == ProblemKind::kInput);
  CHECK_FALSE(files[1].problem.has_value());
  LintResults results = CollectResults(files, plan.inputs);
  CHECK(results.input_problems.size() == 1);
  CHECK(results.files_checked == 1);
  REQUIRE(results.diagnostics.size() == 1);
  CHECK(results.diagnostics[0].rule_id == "CR104");
  // Only files with findings keep their text, for snippets
  CHECK(results.sources.size() == 1);
}

TEST_CASE("a clean file keeps no source, standard input keeps its own", "[lint_files]") {
  TempDir dir("lint-files-sources");
  std::string clean = dir.Write("clean.yaml", RegistryStack("github", "ghcr.io/acme"));
  Planned plan = Plan({clean, "-"}, RegistryStack("github", "ghcr.io/acme"));
  std::vector<LintedFile> files = LintInputs(plan.scopes->scopes(), plan.inputs, 1 << 20, 1);
  REQUIRE(files.size() == 2);
  CHECK(files[0].lint.diagnostics.empty());
  CHECK(files[0].lint.source == nullptr);
  REQUIRE(files[1].lint.source != nullptr);  // --fix echoes it back
  CHECK(files[1].lint.source->path() == "-");
}
