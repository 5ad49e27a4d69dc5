// The inputs stage: paths walked, standard input read, each file given its scope, excluded files
// left out; unusable inputs are kInput problems and the rest are still planned.
#include "lint_inputs.h"

#include <catch2/catch.hpp>
#include <sstream>

#include "test_util.h"

using namespace stacklint;
using stacklint::testing::TempDir;

namespace {

std::vector<std::string> Planned(const Inputs& inputs) {
  std::vector<std::string> out;
  for (const PlannedInput& input : inputs.files) out.push_back(input.file.display_path);
  return out;
}

}  // namespace

TEST_CASE("a missing path and an empty standard input are input problems", "[inputs]") {
  TempDir dir("inputs-problems");
  std::string stack = dir.Write("a.yaml", "x: 1\n");
  Options options;
  options.no_config = true;
  options.paths = {stack, (dir.path / "missing.yaml").string(), "-"};
  options.stdin_filename = "piped.yaml";
  Scopes scopes(options, Config{}, stacklint::testing::BuiltinCatalog());
  std::istringstream empty;
  std::vector<Problem> problems;
  Inputs inputs = GatherInputs(options, &scopes, empty, &problems);
  REQUIRE(problems.size() == 2);
  for (const Problem& problem : problems) CHECK(problem.kind == ProblemKind::kInput);
  CHECK(problems[1].Text() == "piped.yaml: standard input is empty or closed: nothing to lint");
  REQUIRE(inputs.files.size() == 1);
  CHECK(inputs.files[0].file.path == stack);
  CHECK(inputs.files[0].file.named);
}

TEST_CASE("standard input comes last, under its --stdin-filename", "[inputs]") {
  TempDir dir("inputs-stdin");
  std::string stack = dir.Write("a.yaml", "x: 1\n");
  Options options;
  options.no_config = true;
  options.paths = {"-", stack};
  options.stdin_filename = "z/piped.yaml";
  options.only_stacks = true;
  Scopes scopes(options, Config{}, stacklint::testing::BuiltinCatalog());
  std::istringstream in("components: {}\n");
  std::vector<Problem> problems;
  Inputs inputs = GatherInputs(options, &scopes, in, &problems);
  CHECK(problems.empty());
  REQUIRE(inputs.files.size() == 2);
  CHECK(inputs.files[1].file.path == "-");
  CHECK(inputs.files[1].file.display_path == "z/piped.yaml");
  CHECK(inputs.stdin_text == "components: {}\n");
  // --only-stacks judges named files as walked ones
  CHECK_FALSE(inputs.files[0].file.named);
  CHECK_FALSE(inputs.files[1].file.named);
}

TEST_CASE("each file gets its own config's scope, and its excludes", "[inputs]") {
  TempDir dir("inputs-scopes");
  dir.Write("a.yaml", "x: 1\n");
  std::filesystem::create_directories(dir.path / "sub");
  dir.Write("sub/.stacklint.yaml", "exclude: [skip.yaml]\nfail-on: error\n");
  dir.Write("sub/b.yaml", "x: 1\n");
  dir.Write("sub/skip.yaml", "x: 1\n");
  Options options;
  options.paths = {"."};
  auto previous = std::filesystem::current_path();
  std::filesystem::current_path(dir.path);
  Scopes scopes(options, Config{}, stacklint::testing::BuiltinCatalog());
  std::istringstream in;
  std::vector<Problem> problems;
  Inputs inputs = GatherInputs(options, &scopes, in, &problems);
  std::filesystem::current_path(previous);
  CHECK(problems.empty());
  // (a walked config file is planned too: the lint stage skips it, as it holds no stack)
  REQUIRE(Planned(inputs) ==
          std::vector<std::string>{"a.yaml", "sub/.stacklint.yaml", "sub/b.yaml"});
  CHECK(inputs.files[0].scope != inputs.files[2].scope);
  CHECK(inputs.files[1].scope == inputs.files[2].scope);
  CHECK(scopes.scopes()[inputs.files[2].scope].fail_on == Severity::kError);
  CHECK(scopes.scopes()[inputs.files[0].scope].fail_on == Severity::kWarning);
}

TEST_CASE("a config mistake stops the plan with a config problem", "[inputs]") {
  TempDir dir("inputs-bad-config");
  dir.Write(".stacklint.yaml", "fail-on: sometimes\n");
  std::string stack = dir.Write("a.yaml", "x: 1\n");
  Options options;
  options.paths = {stack};
  Scopes scopes(options, Config{}, stacklint::testing::BuiltinCatalog());
  std::istringstream in;
  std::vector<Problem> problems;
  Inputs inputs = GatherInputs(options, &scopes, in, &problems);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].kind == ProblemKind::kConfig);
  CHECK(inputs.files.empty());
}
