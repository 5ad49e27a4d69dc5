#include "stack_model.h"

#include <algorithm>

#include "embedded_data.h"

namespace stacklint {
namespace {

// A stack export is recognised by `stack_name`, or by a `components` mapping that names a ZenML
// component type or holds a component with a `flavor` (so a stack that lacks `stack_name` is
// still checked, while other files with a `components` key, such as OpenAPI specs, are not).
bool LooksLikeStackExport(const Node& root) {
  if (root.Find("stack_name")) return true;
  const Node* components = root.Find("components");
  if (components == nullptr || !components->IsMapping()) return false;
  for (const MapEntry& entry : components->entries) {
    if (IsComponentType(entry.key->value)) return true;
    if (entry.value->IsMapping() && entry.value->Find("flavor")) return true;
  }
  return false;
}

std::vector<Component> ReadComponents(const Node& root) {
  std::vector<Component> out;
  const Node* components = root.Find("components");
  if (components == nullptr || !components->IsMapping()) return out;
  for (const MapEntry& entry : components->entries) {
    Component component;
    component.type = entry.key->IsScalar() ? entry.key->value : "";
    component.type_key = entry.key;
    component.body = entry.value;
    if (entry.value->IsMapping()) {
      component.name = entry.value->Find("name");
      component.flavor = entry.value->Find("flavor");
      component.configuration = entry.value->Find("configuration");
    }
    out.push_back(component);
  }
  return out;
}

// The `types` rows of rules/tables/component-types.yaml that no release removed (no `until`),
// sorted: from the embedded table, as the catalog is not at hand where documents are classified.
std::vector<std::string> CurrentComponentTypes() {
  std::vector<std::string> out;
  for (const TableRow& row : EmbeddedTable("component_types").rows) {
    if (row.group == "types" && row.versions.until.empty()) out.push_back(row.name);
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

std::string Component::FlavorName() const {
  return flavor != nullptr && flavor->IsScalar() ? flavor->value : "";
}

const Node* Component::Config(std::string_view key) const {
  if (configuration != nullptr)
    return configuration->IsMapping() ? configuration->Find(key) : nullptr;
  // Exports of ZenML before 0.20 wrote the configuration keys beside name and flavor (SL004 says
  // `configuration` is missing; the values are still checked where they are).
  return body != nullptr && body->IsMapping() && !IsComponentOwnKey(key) ? body->Find(key)
                                                                         : nullptr;
}

const Component* StackDocument::FindComponent(std::string_view type) const {
  for (const Component& component : components) {
    if (component.type == type) return &component;
  }
  return nullptr;
}

bool IsComponentOwnKey(std::string_view key) {
  return key == "name" || key == "flavor" || key == "type" || key == "id";
}

const std::vector<std::string>& ComponentTypes() {
  static const std::vector<std::string> types = CurrentComponentTypes();
  return types;
}

bool IsComponentType(std::string_view type) {
  const auto& types = ComponentTypes();
  return std::find(types.begin(), types.end(), type) != types.end();
}

std::vector<StackDocument> FindStackDocuments(const YamlTree& tree) {
  std::vector<StackDocument> out;
  for (const YamlDocument& doc : tree.documents) {
    const Node& root = *doc.root;
    if (!root.IsMapping()) continue;
    const Node* spec_type = root.Find("spec_type");
    if (spec_type && spec_type->IsScalar() && spec_type->value == "stack") {
      out.push_back(StackDocument{DocumentKind::kMlstacksStack, &root, {}});
    } else if (spec_type && spec_type->IsScalar() && spec_type->value == "component") {
      out.push_back(StackDocument{DocumentKind::kMlstacksComponent, &root, {}});
    } else if (LooksLikeStackExport(root)) {
      out.push_back(StackDocument{DocumentKind::kStackExport, &root, ReadComponents(root)});
    }
  }
  return out;
}

}  // namespace stacklint
