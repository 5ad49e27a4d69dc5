#include "mapping_reader.h"

#include <algorithm>

#include "text_util.h"
#include "zenml_version.h"

namespace stacklint {

std::unique_ptr<YamlTree> LoadSettingsYaml(const SourceFile& source, const ReportMistake& report) {
  std::unique_ptr<YamlTree> tree = LoadYaml(source, LoadLimits{});
  if (tree->error) {
    report(tree->error->range, tree->error->message);
    return nullptr;
  }
  for (const DuplicateKey& duplicate : tree->duplicates) {
    report(duplicate.second->range,
           "duplicate key `" + SanitizeForDisplay(duplicate.second->value) + "` (first on line " +
               std::to_string(duplicate.first->range.begin.line) + ")");
  }
  return tree;
}

std::string MistakeText(const std::string& path, const Position& at, const std::string& message) {
  return path + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) + ": " + message;
}

void MappingReader::Error(const Node* at, const std::string& message) {
  ok_ = false;
  report_(at ? at->range : map_.range, message);
}

std::string MappingReader::String(std::string_view key, bool required) {
  const Node* node = map_.Find(key);
  if (node == nullptr || node->kind == NodeKind::kNull) {
    if (required) Error(nullptr, "missing required key `" + std::string(key) + "`");
    return "";
  }
  return StringOf(*node, key).value_or("");
}

std::optional<std::string> MappingReader::StringOf(const Node& node, std::string_view key) {
  if (node.IsString()) return node.value;
  Error(&node, "`" + std::string(key) + "` must be a string");
  return std::nullopt;
}

bool MappingReader::Bool(std::string_view key) {
  const Node* node = map_.Find(key);
  if (node == nullptr) return false;
  if (node->IsScalar() && node->Type() == ScalarType::kBool) {
    std::string value = ToLower(node->value);  // YAML 1.1: true, yes, on and their negations
    return value == "true" || value == "yes" || value == "on";
  }
  Error(node, "`" + std::string(key) + "` must be true or false");
  return false;
}

std::vector<const Node*> MappingReader::StringNodes(const Node& node, std::string_view key) {
  if (node.IsString()) return {&node};  // `select: CR104` reads as a one-item list
  std::vector<const Node*> out;
  if (!node.IsSequence()) {
    Error(&node, "`" + std::string(key) + "` must be a list of strings");
    return out;
  }
  for (const Node* item : node.items) {
    if (item->IsString())
      out.push_back(item);
    else
      Error(item, "`" + std::string(key) + "` must hold strings only");
  }
  return out;
}

std::vector<std::string> MappingReader::StringList(std::string_view key) {
  std::vector<std::string> out;
  const Node* node = map_.Find(key);
  if (node == nullptr) return out;
  for (const Node* item : StringNodes(*node, key)) out.push_back(item->value);
  return out;
}

std::optional<Severity> MappingReader::SeverityOf(const Node& node, std::string_view key) {
  std::optional<Severity> level = node.IsString() ? ParseSeverity(node.value) : std::nullopt;
  if (!level) Error(&node, "`" + std::string(key) + "` must be error, warning or note");
  return level;
}

std::string MappingReader::VersionOf(const Node* node, std::string_view key) {
  if (node == nullptr) return "";
  if (!node->IsScalar() || !Version::Parse(node->value)) {
    Error(node, "`" + std::string(key) + "` must be a ZenML version such as 0.74.0");
    return "";
  }
  return node->value;
}

bool MappingReader::RequireMap(const Node* node, std::string_view key, std::string_view what) {
  if (node != nullptr && node->IsMapping()) return true;
  Error(node, "`" + std::string(key) + "` must map " + std::string(what));
  return false;
}

void MappingReader::RejectUnknownKeys(const std::vector<std::string>& known) {
  for (const MapEntry& entry : map_.entries) {
    const std::string& key = entry.key->value;
    if (std::find(known.begin(), known.end(), key) != known.end()) continue;
    std::string closest = ClosestMatch(key, known, 3);
    Error(entry.key, "unknown key `" + SanitizeForDisplay(key) + "`" +
                         (closest.empty() ? "; expected one of: " + Join(known, ", ")
                                          : "; did you mean `" + closest + "`?"));
  }
}

}  // namespace stacklint
