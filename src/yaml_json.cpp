#include "yaml_json.h"

#include <cmath>
#include <cstdlib>

#include "pyyaml_scalar.h"

namespace stacklint {
namespace {

// Values as PyYAML's safe_load builds them. JSON has no NaN, infinity or date, and safe_load
// raises on an int such as `0x_`: those keep their text, so the value stays visible.
nlohmann::json ScalarToJson(const Node& node) {
  const std::string& v = node.value;
  switch (node.Type()) {
    case ScalarType::kNull:
      return nullptr;
    case ScalarType::kBool:
      return ConstructPyYamlBool(v);
    case ScalarType::kInt: {
      if (std::optional<long long> value = ConstructPyYamlInt(v)) return *value;
      return v;
    }
    case ScalarType::kFloat: {
      double value = ConstructPyYamlFloat(v);
      if (!std::isfinite(value)) return v;
      return value;
    }
    case ScalarType::kTimestamp:
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
    node.kind = NodeKind::kScalar;  // numbers and booleans, tagged so they keep their type
    node.value = json.dump();
    node.tag = json.is_boolean()          ? "tag:yaml.org,2002:bool"
               : json.is_number_integer() ? "tag:yaml.org,2002:int"
                                          : "tag:yaml.org,2002:float";
  }
  return &node;
}

}  // namespace

void AppendJsonDocument(const nlohmann::json& json, YamlTree* tree) {
  tree->documents.push_back(YamlDocument{FromJson(json, tree)});
}

}  // namespace stacklint
