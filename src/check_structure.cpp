#include "check_structure.h"

#include "text_util.h"

namespace stacklint {
namespace {

std::string_view KindName(const Node& node) {
  switch (node.kind) {
    case NodeKind::kNull:
      return "null";
    case NodeKind::kSequence:
      return "a list";
    case NodeKind::kMapping:
      return "a mapping";
    case NodeKind::kScalar:
      break;
  }
  switch (node.Type()) {
    case ScalarType::kNull:
      return "null";
    case ScalarType::kBool:
      return "a boolean";
    case ScalarType::kInt:
      return "an integer";
    case ScalarType::kFloat:
      return "a number";
    case ScalarType::kTimestamp:
      return "a date";
    case ScalarType::kString:
      return "a string";
  }
  return "a value";
}

// Where a finding about a whole mapping points: its first key, or the mapping itself.
Range HeadOf(const Node& map) {
  return map.entries.empty() ? map.range : map.entries.front().key->range;
}

void ExpectString(const Node* value, std::string_view key, LintContext& ctx) {
  if (value == nullptr || value->IsString() || IsPlaceholder(value->value)) return;
  if (value->IsScalar() && value->Type() != ScalarType::kNull) {  // `name: yes`, `flavor: 1e-3`
    ctx.Report("SL006", value->range,
               {{"key", std::string(key)},
                {"value", value->value},
                {"actual",
                 value->Type() == ScalarType::kFloat ? "a float" : std::string(KindName(*value))}},
               "pyyaml");
    return;
  }
  ctx.Report("SL006", value->range,
             {{"key", std::string(key)},
              {"expected", "a string"},
              {"actual", std::string(KindName(*value))}});
}

void ExpectMapping(const Node* value, std::string_view key, LintContext& ctx) {
  if (value == nullptr || value->IsMapping()) return;
  ctx.Report("SL006", value->range,
             {{"key", std::string(key)},
              {"expected", "a mapping"},
              {"actual", std::string(KindName(*value))}});
}

void CheckComponent(const Component& component, LintContext& ctx) {
  const std::string& type = component.type;
  const Table* removed = ctx.catalog().FindTable("removed_component_types");
  if (const TableRow* row = removed ? removed->Find("removed", type) : nullptr) {
    const auto& since = row->List("since");
    ctx.Report("SL005", component.type_key->range,
               {{"type", type},
                {"since", since.empty() ? "" : " in " + since.front()},
                {"instead", Join(row->List("instead"), "; ")}},
               "removed");
    return;
  }
  if (!IsComponentType(type)) {
    std::string closest = ClosestMatch(type, ComponentTypes(), 4);
    ctx.Report("SL005", component.type_key->range, {{"type", type}, {"closest", closest}},
               closest.empty() ? "" : "closest");
    return;
  }
  if (!component.body->IsMapping()) {
    ExpectMapping(component.body, "components." + type, ctx);
    return;
  }
  for (std::string_view field : {"name", "flavor", "configuration"}) {
    if (component.body->Find(field) != nullptr) continue;
    TemplateArgs args = {{"key", std::string(field)}, {"where", "component `" + type + "`"}};
    std::vector<std::string> settings;  // ZenML before 0.20 wrote them beside name and flavor
    for (const MapEntry& entry : component.body->entries) {
      const std::string& key = entry.key->value;
      if (!IsComponentOwnKey(key)) settings.push_back(key);
    }
    bool legacy = field == "configuration" && !settings.empty();
    if (legacy) args.emplace_back("settings", Join(settings, "`, `"));
    ctx.Report("SL004", component.type_key->range, args, legacy ? "legacy" : "");
  }
  ExpectString(component.name, "name", ctx);
  ExpectString(component.flavor, "flavor", ctx);
  ExpectMapping(component.configuration, "configuration", ctx);
}

}  // namespace

void StructureCheck::Run(const StackDocument& doc, LintContext& ctx) const {
  if (doc.kind != DocumentKind::kStackExport) return;
  const Node& root = *doc.root;
  for (std::string_view field : {"stack_name", "components", "zenml_version"}) {
    if (root.Find(field) == nullptr) {
      ctx.Report("SL004", HeadOf(root), {{"key", std::string(field)}, {"where", "stack"}});
    }
  }
  ExpectString(root.Find("stack_name"), "stack_name", ctx);
  // zenml_version: only a scalar PyYAML reads as another type (`0.80` is a float, which never
  // equals ZenML's version string); other shapes are the version check's business.
  if (const Node* version = root.Find("zenml_version");
      version != nullptr && version->IsScalar() && version->Type() != ScalarType::kNull) {
    ExpectString(version, "zenml_version", ctx);
  }
  const Node* components = root.Find("components");
  ExpectMapping(components, "components", ctx);
  for (const Component& component : doc.components) CheckComponent(component, ctx);
}

}  // namespace stacklint
