#include "yaml_json.h"

#include <cmath>
#include <cstdlib>

namespace stacklint {
namespace {

nlohmann::json ScalarToJson(const Node& node) {
  const std::string& v = node.value;
  switch (node.Type()) {
    case ScalarType::kNull:
      return nullptr;
    case ScalarType::kBool:
      return v[0] == 't' || v[0] == 'T';
    case ScalarType::kInt: {
      int base = v.find("0x") == 0 ? 16 : v.find("0o") == 0 ? 8 : 10;
      const char* digits = v.c_str() + (base == 10 ? 0 : 2);
      errno = 0;
      long long value = std::strtoll(digits, nullptr, base);
      if (errno == ERANGE) return std::strtod(v.c_str(), nullptr);
      return value;
    }
    case ScalarType::kFloat: {
      if (v.find("nan") != std::string::npos || v.find("NaN") != std::string::npos ||
          v.find("NAN") != std::string::npos || v.find("inf") != std::string::npos ||
          v.find("Inf") != std::string::npos || v.find("INF") != std::string::npos)
        return v;  // JSON has no NaN or infinity; a string keeps the value visible
      return std::strtod(v.c_str(), nullptr);
    }
    case ScalarType::kString:
      return v;
  }
  return v;
}

}  // namespace

nlohmann::json ToJson(const Node& node) {
  switch (node.kind) {
    case NodeKind::kNull:
      return nullptr;
    case NodeKind::kScalar:
      return ScalarToJson(node);
    case NodeKind::kSequence: {
      nlohmann::json array = nlohmann::json::array();
      for (const Node* item : node.items) array.push_back(ToJson(*item));
      return array;
    }
    case NodeKind::kMapping: {
      nlohmann::json object = nlohmann::json::object();
      for (const MapEntry& entry : node.entries) {
        std::string key = entry.key->IsScalar() ? entry.key->value : "<complex key>";
        object[key] = ToJson(*entry.value);  // the last duplicate wins, as in ZenML
      }
      return object;
    }
  }
  return nullptr;
}

namespace {

const Node* FromJson(const nlohmann::json& json, YamlTree* tree) {
  tree->nodes.emplace_back();
  Node& node = tree->nodes.back();
  if (json.is_null()) {
    node.kind = NodeKind::kNull;
  } else if (json.is_string()) {
    node.kind = NodeKind::kScalar;
    node.style = ScalarStyle::kQuoted;
    node.value = json.get<std::string>();
  } else if (json.is_array()) {
    node.kind = NodeKind::kSequence;
    for (const auto& item : json) node.items.push_back(FromJson(item, tree));
  } else if (json.is_object()) {
    node.kind = NodeKind::kMapping;
    for (const auto& [key, value] : json.items()) {
      const Node* key_node = FromJson(key, tree);
      node.entries.push_back(MapEntry{key_node, FromJson(value, tree)});
    }
  } else {
    node.kind = NodeKind::kScalar;  // numbers and booleans, as plain YAML would have them
    node.value = json.dump();
  }
  return &node;
}

}  // namespace

void AppendJsonDocument(const nlohmann::json& json, YamlTree* tree) {
  tree->documents.push_back(YamlDocument{FromJson(json, tree)});
}

}  // namespace stacklint
