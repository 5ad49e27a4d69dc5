#include "check_mlstacks.h"

#include <algorithm>

#include "text_util.h"

namespace stacklint {

bool MlstacksCheck::CheckEnum(const Node& root, const std::string& key, LintContext& ctx) const {
  const Node* value = root.Find(key);
  const TableRow* row = table_->Find("enum", key);
  if (value == nullptr || row == nullptr || !value->IsString() || IsPlaceholder(value->value))
    return false;  // absent (SL004), or not a string (the type check's finding)
  const auto& allowed = row->List("values");
  if (std::find(allowed.begin(), allowed.end(), value->value) != allowed.end()) return true;
  ctx.Report("MS401", value->range,
             {{"key", key}, {"value", value->value}, {"allowed", Join(allowed, ", ")}}, "enum");
  return false;
}

namespace {

// The value at a dotted key ("metadata.config"), or nullptr.
const Node* FindDotted(const Node& root, const std::string& dotted) {
  const Node* node = &root;
  size_t start = 0;
  while (node != nullptr) {
    size_t dot = dotted.find('.', start);
    std::string key = dotted.substr(start, dot == std::string::npos ? dot : dot - start);
    node = node->IsMapping() ? node->Find(key) : nullptr;
    if (dot == std::string::npos) return node;
    start = dot + 1;
  }
  return nullptr;
}

std::string TypeWord(const Node& node) {
  if (node.IsMapping()) return "a mapping";
  if (node.IsSequence()) return "a list";
  switch (node.kind == NodeKind::kNull ? ScalarType::kNull : node.Type()) {
    case ScalarType::kNull:
      return "null";
    case ScalarType::kBool:
      return "a boolean";
    case ScalarType::kInt:
    case ScalarType::kFloat:
      return "a number";
    case ScalarType::kTimestamp:
      return "a date";
    case ScalarType::kString:
      break;
  }
  return "a string";
}

// Whether `node` is of one of the types (a row of the stack_types/component_types tables); when
// a string map holds a value of another type, `*bad` is that entry.
bool HasType(const Node& node, const std::vector<std::string>& types, const MapEntry** bad) {
  bool is_null =
      node.kind == NodeKind::kNull || (node.IsScalar() && node.Type() == ScalarType::kNull);
  for (const std::string& type : types) {
    if ((type == "null" && is_null) || (type == "string" && node.IsString()) ||
        (type == "list" && node.IsSequence()) || (type == "mapping" && node.IsMapping()))
      return true;
    if (type == "string_map" && node.IsMapping()) {
      for (const MapEntry& entry : node.entries) {
        if (!entry.value->IsString()) {
          *bad = &entry;
          return false;
        }
      }
      return true;
    }
  }
  return false;
}

}  // namespace

void MlstacksCheck::CheckTypes(const Node& root, const std::string& group, LintContext& ctx) const {
  for (const TableRow& row : table_->rows) {
    if (row.group != group) continue;
    const Node* value = FindDotted(root, row.name);
    if (value == nullptr || (value->IsScalar() && IsPlaceholder(value->value))) continue;
    const MapEntry* bad = nullptr;
    const auto& types = row.List("values");
    if (HasType(*value, types, &bad)) continue;
    std::vector<std::string> words;
    for (const std::string& type : types) {
      words.push_back(type == "string_map" ? "a mapping of strings"
                      : type == "null"     ? "empty"
                                           : (type == "string" ? "a string" : "a " + type));
    }
    const Node& at = bad ? *bad->value : *value;
    std::string key = bad ? row.name + "." + bad->key->value : row.name;
    ctx.Report("MS401", at.range,
               {{"key", key}, {"expected", Join(words, " or ")}, {"actual", TypeWord(at)}},
               bad ? "map_value" : "type");
  }
}

void MlstacksCheck::Run(const StackDocument& doc, LintContext& ctx) const {
  if (table_ == nullptr || doc.kind == DocumentKind::kStackExport) return;
  const Node& root = *doc.root;
  bool component = doc.kind == DocumentKind::kMlstacksComponent;
  const TableRow* required = table_->Find("required", component ? "component" : "stack");
  std::string where = component ? "mlstacks component spec" : "mlstacks stack spec";
  for (const std::string& key : required ? required->List("values") : std::vector<std::string>{}) {
    if (root.Find(key) == nullptr) {
      ctx.Report("SL004", root.entries.empty() ? root.range : root.entries.front().key->range,
                 {{"key", key}, {"where", where}});
    }
  }
  CheckTypes(root, component ? "component_types" : "stack_types", ctx);
  bool provider_ok = CheckEnum(root, "provider", ctx);
  if (!component) {
    CheckEnum(root, "deployment_method", ctx);
    return;
  }
  bool type_ok = CheckEnum(root, "component_type", ctx);
  bool flavor_ok = CheckEnum(root, "component_flavor", ctx);
  if (!provider_ok || !type_ok || !flavor_ok) return;
  if (root.Find("component_type")->value != "container_registry") return;

  const std::string& provider = root.Find("provider")->value;
  const Node& flavor = *root.Find("component_flavor");
  const TableRow* row = table_->Find("container_registry_flavor_by_provider", provider);
  if (row == nullptr) return;
  const auto& allowed = row->List("values");
  if (std::find(allowed.begin(), allowed.end(), flavor.value) != allowed.end()) return;
  ctx.Report("MS401", flavor.range,
             {{"provider", provider},
              {"value", flavor.value},
              {"allowed", allowed.empty() ? "none" : Join(allowed, ", ")}},
             allowed.empty() ? "registry_none" : "registry");
}

}  // namespace stacklint
