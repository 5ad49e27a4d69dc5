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

// The keys a stack (`what` "stack") or each of its components ("component") must have:
// rules/tables/stack-keys.yaml.
const std::vector<std::string>& RequiredKeys(const RuleCatalog& catalog, std::string_view what) {
  const TableRow* row = catalog.FindFact("stack_keys", "keys", what, std::nullopt);
  static const std::vector<std::string> kNone;
  return row ? row->List("required") : kNone;
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

// An SL005 note for a type that still works at `version` but is deprecated (the row's
// `deprecated` release).
void NoteDeprecated(const Component& component, const TableRow& row,
                    const std::optional<Version>& version, LintContext& ctx) {
  const auto& deprecated = row.List("deprecated");
  if (!version || deprecated.empty() || VersionRange{deprecated.front(), ""}.Before(version))
    return;
  ctx.Report("SL005", component.type_key->range,
             {{"type", component.type},
              {"since", deprecated.front()},
              {"until", row.versions.until},
              {"instead", Join(row.List("instead"), "; ")}},
             "deprecated");
}

// SL005: the key is not a component type of the stack's ZenML release (the `component_types`
// table: unknown, added later, or removed).
bool CheckComponentType(const Component& component, const std::optional<Version>& version,
                        LintContext& ctx) {
  const std::string& type = component.type;
  const Table* types = ctx.catalog().FindTable("component_types");
  if (types == nullptr) return IsComponentType(type);
  const TableRow* row = types->Find("types", type);
  if (row && row->versions.Holds(version)) {
    NoteDeprecated(component, *row, version, ctx);
    return true;
  }
  std::string at = version ? "ZenML " + version->ToString() : "the newest ZenML release";
  if (row && row->versions.Before(version)) {
    ctx.Report("SL005", component.type_key->range,
               {{"type", type}, {"since", row->versions.since}, {"version", at}}, "too_new");
  } else if (row) {
    ctx.Report("SL005", component.type_key->range,
               {{"type", type},
                {"since", " in " + row->versions.until},
                {"instead", Join(row->List("instead"), "; ")}},
               "removed");
  } else {
    std::vector<std::string> names;
    for (const TableRow& known : types->rows) {
      if (known.versions.Holds(version)) names.push_back(known.name);
    }
    std::string closest = ClosestMatch(type, names, 4);
    ctx.Report("SL005", component.type_key->range, {{"type", type}, {"closest", closest}},
               closest.empty() ? "" : "closest");
  }
  return false;
}

void CheckComponent(const Component& component, const std::optional<Version>& version,
                    LintContext& ctx) {
  const std::string& type = component.type;
  if (!CheckComponentType(component, version, ctx)) return;
  if (!component.body->IsMapping()) {
    ExpectMapping(component.body, "components." + type, ctx);
    return;
  }
  for (const std::string& field : RequiredKeys(ctx.catalog(), "component")) {
    if (component.body->Find(field) != nullptr) continue;
    TemplateArgs args = {{"key", field}, {"where", "component `" + type + "`"}};
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

// `zenml_version` must be a release number; anything else (`latest`, empty, a list) is a note:
// ZenML only compares it with its own version on import, and stacklint judges the stack by the
// newest facts.
void CheckZenmlVersion(const Node& root, LintContext& ctx) {
  const Node* key = root.FindKey("zenml_version");
  const Node* value = root.Find("zenml_version");
  if (value == nullptr ||
      (value->IsScalar() && value->Type() != ScalarType::kNull &&
       (!value->IsString() || IsPlaceholder(value->value) || Version::Parse(value->value))))
    return;  // absent (SL004), a version, a template, or a number or boolean (SL006's business)
  bool empty = value->kind == NodeKind::kNull ||
               (value->IsScalar() && (value->Type() == ScalarType::kNull || value->value.empty()));
  std::string written = empty                ? "empty"
                        : !value->IsScalar() ? std::string(KindName(*value))
                                             : "`" + value->value + "`";
  const Node* at =
      value->kind == NodeKind::kNull && value->range.begin_offset == value->range.end_offset
          ? key
          : value;
  ctx.Report("SL006", at->range, {{"key", "zenml_version"}, {"actual", written}}, "version");
}

}  // namespace

void StructureCheck::Run(const StackDocument& doc, LintContext& ctx) const {
  if (doc.kind != DocumentKind::kStackExport) return;
  const Node& root = *doc.root;
  if (root.Find("stack_name") == nullptr) {  // `zenml stack import NAME -f FILE` names the stack
    ctx.Report("SL004", HeadOf(root), {{"key", "stack_name"}, {"file", ctx.source().path()}},
               "stack_name");
  }
  for (const std::string& field : RequiredKeys(ctx.catalog(), "stack")) {
    if (root.Find(field) == nullptr) {
      ctx.Report("SL004", HeadOf(root), {{"key", field}, {"where", "stack"}});
    }
  }
  ExpectString(root.Find("stack_name"), "stack_name", ctx);
  // zenml_version: only a scalar PyYAML reads as another type (`0.80` is a float, which never
  // equals ZenML's version string); other shapes are the version check's business.
  if (const Node* version = root.Find("zenml_version");
      version != nullptr && version->IsScalar() && version->Type() != ScalarType::kNull) {
    ExpectString(version, "zenml_version", ctx);
  }
  CheckZenmlVersion(root, ctx);
  const Node* components = root.Find("components");
  ExpectMapping(components, "components", ctx);
  const std::optional<Version> version = ctx.ZenmlVersion(doc);
  for (const Component& component : doc.components) CheckComponent(component, version, ctx);
}

}  // namespace stacklint
