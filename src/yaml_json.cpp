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

}  // namespace stacklint
