// FindYamlPaths names the nodes asked for exactly as a walk that spells every node's path does.
#include "yaml_path.h"

#include <catch2/catch.hpp>
#include <filesystem>

#include "source_file.h"
#include "test_util.h"
#include "yaml_tree.h"

using namespace stacklint;

namespace {

// The reference: every key and value node's path, spelled as the walk goes (what the engine
// built for each file before it built paths only for findings).
class PathIndexer {
 public:
  explicit PathIndexer(std::unordered_map<size_t, std::string>* paths) : paths_(paths) {}

  void Visit(const Node& node, const std::string& path) {
    if (!visited_.insert(&node).second) return;
    paths_->emplace(node.range.begin_offset, path);
    for (size_t i = 0; i < node.items.size(); ++i)
      Visit(*node.items[i], path + "[" + std::to_string(i) + "]");
    for (const MapEntry& entry : node.entries) {
      std::string key = entry.key->IsScalar() ? entry.key->value : "?";
      std::string child = path.empty() ? key : path + "." + key;
      paths_->emplace(entry.key->range.begin_offset, child);
      Visit(*entry.value, child);
    }
  }

 private:
  std::unordered_map<size_t, std::string>* paths_;
  std::unordered_set<const Node*> visited_;
};

void RequireSamePaths(const std::string& text, const std::string& what) {
  INFO(what);
  SourceFile source("f.yaml", text);
  std::unique_ptr<YamlTree> tree = LoadYaml(source, LoadLimits{});
  std::unordered_map<size_t, std::string> index;
  PathIndexer indexer(&index);
  for (size_t i = 0; i < tree->documents.size(); ++i)
    indexer.Visit(*tree->documents[i].root, i == 0 ? "" : "[" + std::to_string(i + 1) + "]");
  std::unordered_set<size_t> offsets;
  for (const auto& [offset, path] : index) offsets.insert(offset);
  std::unordered_map<size_t, std::string> found;
  for (size_t i = 0; i < tree->documents.size(); ++i) {
    for (auto& [offset, path] : FindYamlPaths(*tree->documents[i].root, i, offsets))
      found.emplace(offset, path);
  }
  CHECK(found == index);
  // Asked for a few offsets only, it names just those.
  std::unordered_set<size_t> some;
  for (const auto& [offset, path] : index) {
    if (some.size() < 3) some.insert(offset);
  }
  if (tree->documents.size() == 1) {
    auto few = FindYamlPaths(*tree->documents[0].root, 0, some);
    CHECK(few.size() == some.size());
    for (const auto& [offset, path] : few) CHECK(index.at(offset) == path);
  }
}

}  // namespace

TEST_CASE("paths of selected nodes match the full walk", "[yaml_path]") {
  RequireSamePaths("a: 1\nb: [x, {c: 2}]\n", "simple");
  RequireSamePaths("base: &b {k: v, l: [1, 2]}\nx:\n  <<: *b\n  m: *b\n", "aliases and merges");
  RequireSamePaths("- a: 1\n- b: 2\n---\nc: {d: e}\n---\n- 1\n", "documents");
  RequireSamePaths("? [a, b]\n: c\n", "complex key");
  size_t files = 0;
  for (const char* folder : {"/testdata", "/examples"}) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(
             std::string(STACKLINT_SOURCE_DIR) + folder)) {
      if (entry.path().extension() != ".yaml") continue;
      RequireSamePaths(testing::ReadFileText(entry.path().string()), entry.path().string());
      ++files;
    }
  }
  CHECK(files > 50);
}
