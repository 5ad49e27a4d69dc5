#include "yaml_path.h"

#include <cstdint>
#include <cstdio>
#include <unordered_set>
#include <vector>

namespace stacklint {
namespace {

// Walks a document depth first, keeping the path as a list of steps, spelled out only at the
// offsets asked for.
class PathFinder {
 public:
  PathFinder(std::string root, const std::unordered_set<size_t>& offsets,
             std::unordered_map<size_t, std::string>* paths)
      : root_(std::move(root)), offsets_(offsets), paths_(paths) {}

  void Visit(const Node& node) {
    if (paths_->size() == offsets_.size()) return;  // every offset found: the first path wins
    if (!visited_.insert(&node).second) return;     // shared through an alias: visited once
    Record(node.range.begin_offset);
    for (size_t i = 0; i < node.items.size(); ++i) {
      steps_.push_back(Step{nullptr, i});
      Visit(*node.items[i]);
      steps_.pop_back();
    }
    for (const MapEntry& entry : node.entries) {
      steps_.push_back(Step{entry.key, 0});
      Record(entry.key->range.begin_offset);
      Visit(*entry.value);
      steps_.pop_back();
    }
  }

 private:
  struct Step {
    const Node* key;  ///< nullptr: a sequence item
    size_t index;
  };

  void Record(size_t offset) {
    if (offsets_.count(offset) && !paths_->count(offset)) paths_->emplace(offset, Spell());
  }

  std::string Spell() const {
    std::string path = root_;
    for (const Step& step : steps_) {
      if (step.key == nullptr) {
        path += "[" + std::to_string(step.index) + "]";
        continue;
      }
      std::string key = step.key->IsScalar() ? step.key->value : "?";
      path = path.empty() ? key : path + "." + key;
    }
    return path;
  }

  std::string root_;
  const std::unordered_set<size_t>& offsets_;
  std::unordered_map<size_t, std::string>* paths_;
  std::vector<Step> steps_;
  std::unordered_set<const Node*> visited_;
};

}  // namespace

std::unordered_map<size_t, std::string> FindYamlPaths(const Node& root, size_t document,
                                                      const std::unordered_set<size_t>& offsets) {
  std::unordered_map<size_t, std::string> paths;
  if (offsets.empty()) return paths;
  PathFinder finder(document == 0 ? "" : "[" + std::to_string(document + 1) + "]", offsets, &paths);
  finder.Visit(root);
  return paths;
}

std::string StableHash(std::string_view text) {
  uint64_t hash = 1469598103934665603ULL;
  for (unsigned char c : text) {
    hash ^= c;
    hash *= 1099511628211ULL;
  }
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(hash));
  return buffer;
}

}  // namespace stacklint
