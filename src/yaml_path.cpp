#include "yaml_path.h"

#include <cstdint>
#include <cstdio>
#include <unordered_set>

namespace stacklint {
namespace {

class PathIndexer {
 public:
  explicit PathIndexer(std::unordered_map<size_t, std::string>* paths) : paths_(paths) {}

  void Visit(const Node& node, const std::string& path) {
    if (!visited_.insert(&node).second) return;  // shared through an alias: indexed once
    paths_->emplace(node.range.begin_offset, path);
    for (size_t i = 0; i < node.items.size(); ++i) {
      Visit(*node.items[i], path + "[" + std::to_string(i) + "]");
    }
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

}  // namespace

std::unordered_map<size_t, std::string> IndexYamlPaths(const YamlTree& tree) {
  std::unordered_map<size_t, std::string> paths;
  PathIndexer indexer(&paths);
  for (size_t i = 0; i < tree.documents.size(); ++i) {
    indexer.Visit(*tree.documents[i].root, i == 0 ? "" : "[" + std::to_string(i + 1) + "]");
  }
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
