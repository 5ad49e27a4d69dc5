#include "stack_sniff.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "engine.h"
#include "stack_model.h"
#include "test_util.h"
#include "yaml_tree.h"

using namespace stacklint;
namespace fs = std::filesystem;
using stacklint::testing::ReadFileText;

namespace {

// The full classifier: some document of `text` is a stack or mlstacks document.
bool ClassifierSaysStack(const std::string& text) {
  SourceFile source("f.yaml", text);
  std::unique_ptr<YamlTree> tree = LoadYaml(source, LoadLimits{});
  return !FindStackDocuments(*tree).empty();
}

// What the CLI reports for `text` found by walking a folder.
std::vector<Diagnostic> LintWalked(const std::string& text) {
  static const Engine engine(testing::BuiltinCatalog(), EngineOptions{});
  SourceFile source("f.yaml", text);
  return engine.Lint(source, false);
}

// Every regular, readable YAML file below `root` (every file when `any_name`: a fuzz corpus'
// files have hash names).
void Collect(const fs::path& root, bool any_name, std::vector<fs::path>* out) {
  std::error_code error;
  if (!fs::is_directory(root, error)) return;
  for (auto it = fs::recursive_directory_iterator(root, error); it != fs::end(it);
       it.increment(error)) {
    if (error) break;
    const fs::path& path = it->path();
    if (!it->is_regular_file(error) || it->is_symlink(error)) continue;
    std::string ext = path.extension().string();
    if (!any_name && ext != ".yaml" && ext != ".yml") continue;
    if (!std::ifstream(path).good()) continue;  // unreadable on purpose (hostile corpus)
    out->push_back(path);
  }
}

std::vector<fs::path> CorpusFiles() {
  fs::path source = STACKLINT_SOURCE_DIR;
  std::vector<fs::path> files;
  Collect(source / "testdata", false, &files);
  Collect(source / "examples", false, &files);
  Collect(source / "build-fuzz" / "corpus", true, &files);  // scripts/fuzz.sh's, when present
  // tests/stack_sniff_corpus_test.sh adds the hostile corpus (scripts/gen-hostile.py).
  if (const char* extra = std::getenv("STACKLINT_SNIFF_DIRS")) {
    std::stringstream dirs(extra);
    for (std::string dir; std::getline(dirs, dir, ':');) Collect(dir, true, &files);
  }
  return files;
}

// "The scan says no" must imply "the classifier says no" and "walked, it gets no finding".
void RequireSafe(const std::string& text, const std::string& what) {
  if (MayHoldStack(text)) return;
  INFO(what);
  REQUIRE_FALSE(ClassifierSaysStack(text));
  REQUIRE(LintWalked(text).empty());
}

}  // namespace

TEST_CASE("the scan rejects ordinary non-stack YAML", "[sniff]") {
  CHECK_FALSE(
      MayHoldStack("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n"
                   "spec:\n  replicas: 2\n  template:\n    spec:\n      containers:\n"
                   "        - name: web\n          image: ghcr.io/acme/web:1.2\n"));
  CHECK_FALSE(
      MayHoldStack("name: ci\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n"
                   "    steps:\n      - run: make test \\\n          -j2\n"));
  CHECK_FALSE(MayHoldStack("image:\n  repository: nginx\n  tag: \"1.25\"\n"));
  CHECK_FALSE(MayHoldStack("my_components: 3\nstack_names: [a]\ncomponents_x: 1\n"));
  CHECK_FALSE(MayHoldStack("description: the stack_name of a ZenML stack\n"));  // not a key
  CHECK_FALSE(MayHoldStack(""));
  // A key in a comment counts (a byte scan can't tell a comment from a quoted `#`): parsed.
  CHECK(MayHoldStack("image: nginx\n# components: none\n"));
  CHECK_FALSE(MayHoldStack("path: \"C:\\\\users\\\\x\"\nq: \"\\x41\"\n"));
}

TEST_CASE("the scan accepts every way of writing a stack key", "[sniff]") {
  const char* stacks[] = {
      "stack_name: prod\n",
      "zenml_version: 0.74.0\nstack_name: prod\ncomponents: {}\n",
      "\xEF\xBB\xBFstack_name: prod\n",                     // UTF-8 BOM
      "stack_name: prod\r\ncomponents: {}\r\n",             // CRLF
      "\"stack_name\": prod\n",                             // quoted keys
      "'stack_name' : prod\n",                              //
      "{\"stack_name\":\"prod\",\"components\":{}}",        // minified JSON
      "{stack_name, components: {}}\n",                     // flow key without value
      "{ \"stack_name\"\n  : prod }\n",                     // flow key, `:` below
      "\"stack\\x5fname\": prod\n",                         // escapes
      "\"\\u0073tack_name\": prod\n",                       //
      "\"stack_\\\n    name\": prod\n",                     // escaped line break
      "a: &k stack_name\n*k : prod\n",                      // alias as a key
      "? stack_name\n: prod\n",                             // explicit key
      "? |-\n  stack_name\n: prod\n",                       //
      "spec_type: stack\nprovider: aws\n",                  // mlstacks
      "components:\n  orchestrator:\n    flavor: local\n",  //
      "!!str stack_name: prod\n",                           // tagged key
      "base: &b {stack_name: prod}\nstack:\n  <<: *b\n",    // merge key
      "---\nkind: Deployment\n---\nstack_name: prod\n",     // second document
  };
  for (const char* text : stacks) {
    INFO(text);
    CHECK(MayHoldStack(text));
  }
  // The tricky ones are real stacks for the classifier too (so the cases above are no fiction).
  for (const char* text :
       {"\"stack\\x5fname\": prod\n", "a: &k stack_name\n*k : prod\n", "? stack_name\n: prod\n",
        "{stack_name, components: {}}\n", "\"\\u0073tack_name\": prod\n"}) {
    INFO(text);
    CHECK(ClassifierSaysStack(text));
  }
}

TEST_CASE("the scan leaves UTF-16, NUL bytes and suppression comments to the engine", "[sniff]") {
  CHECK(MayHoldStack(std::string("\xFF\xFEs\0t\0", 6)));
  CHECK(MayHoldStack(std::string("s\0t\0a\0", 6)));
  CHECK(MayHoldStack("kind: Service  # stacklint: ignore[CR101]\n"));
  // ... and a walked file with an unused suppression does get SL010 through it.
  auto findings = LintWalked("kind: Service  # stacklint: ignore[CR101]\n");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].rule_id == "SL010");
}

TEST_CASE("a walked broken file that mentions stack keys is still reported", "[sniff]") {
  std::string broken = "zenml_version: 0.74.0\nstack_name: [prod\n";
  REQUIRE(MayHoldStack(broken));
  auto findings = LintWalked(broken);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].rule_id == "SL001");
  CHECK(LintWalked("kind: [Service\n").empty());  // skipped unparsed, as before: no SL001
}

TEST_CASE("scan says no => classifier says no, over every corpus file", "[sniff][corpus]") {
  std::vector<fs::path> files = CorpusFiles();
  REQUIRE(files.size() > 80);
  size_t rejected = 0, stacks = 0;
  for (const fs::path& path : files) {
    std::string text = ReadFileText(path.string());
    bool maybe = MayHoldStack(text);
    rejected += !maybe;
    if (text.size() < (1 << 20)) stacks += ClassifierSaysStack(text);
    RequireSafe(text, path.string());
  }
  std::string summary = std::to_string(files.size()) + " files, " + std::to_string(rejected) +
                        " rejected by the scan, " + std::to_string(stacks) + " stacks";
  WARN(summary);
  CHECK(rejected > 0);  // the corpus has non-stack YAML (rule examples, err/ cases)
  CHECK(stacks > 0);
}

TEST_CASE("scan says no => classifier says no, on mutated corpus files", "[sniff][corpus]") {
  // Edits that YAML gives meaning to: quotes, escapes, aliases, explicit keys, flow style.
  const std::string alphabet = "\"'\\?*&:,{}[]#\n -!|>xu5f";
  std::vector<std::string> variants = {"\"stack\\x5fname\"", "? stack_name",         "*k",
                                       "&k stack_name",      "\"stack_\\\n  name\"", "'components'",
                                       "{spec_type: stack}"};
  std::mt19937 random(20261203);
  size_t mutants = 0;
  for (const fs::path& path : CorpusFiles()) {
    std::string original = ReadFileText(path.string());
    if (original.empty() || original.size() > 16 * 1024) continue;
    for (int round = 0; round < 40; ++round) {
      std::string text = original;
      for (int edit = 0; edit < 3; ++edit) {
        size_t at = random() % (text.size() + 1);
        switch (random() % 4) {
          case 0:
            text.insert(at, 1, alphabet[random() % alphabet.size()]);
            break;
          case 1:
            if (at < text.size()) text.erase(at, 1);
            break;
          case 2:
            if (at < text.size()) text[at] = alphabet[random() % alphabet.size()];
            break;
          default:
            text.insert(at, variants[random() % variants.size()]);
            break;
        }
      }
      RequireSafe(text, path.string() + " mutated, round " + std::to_string(round));
      ++mutants;
    }
  }
  CHECK(mutants > 1000);
}
