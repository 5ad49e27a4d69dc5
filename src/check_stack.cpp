#include "check_stack.h"

#include <re2/re2.h>

#include "check_registry_uri.h"
#include "pyyaml_scalar.h"
#include "text_util.h"

namespace stacklint {
namespace {

// A table's `true`/`false` is compared as pydantic reads a bool field from what PyYAML loaded
// (`local: yes` and `local: "on"` are true); any other value as lower-case text.
bool ConfigEquals(const Component& component, const std::string& key, const std::string& value) {
  const Node* node = component.Config(key);
  if (node == nullptr || !node->IsScalar()) return false;
  if (value == "true" || value == "false") {
    PyYamlType type = node->IsPlainScalar() ? ResolvePlainScalar(node->value) : PyYamlType::kString;
    std::optional<bool> flag = PydanticBool(type, node->value);
    return flag.has_value() && *flag == (value == "true");
  }
  return ToLower(node->value) == value;
}

// The row naming `component` if it holds at `version` and its conditions apply, else nullptr.
const TableRow* RowFor(const Table* table, const Component& component,
                       const std::optional<Version>& version) {
  const TableRow* row = table ? table->Find(component.type, component.FlavorName()) : nullptr;
  return row && row->versions.Holds(version) && RowApplies(*row, component) ? row : nullptr;
}

// The first component of the stack that the table's rows name, or nullptr.
const Component* FirstListed(const Table* table, const StackDocument& doc,
                             const std::optional<Version>& version) {
  for (const Component& component : doc.components) {
    if (RowFor(table, component, version)) return &component;
  }
  return nullptr;
}

TemplateArgs ComponentArgs(const Component& component) {
  std::string name = component.name && component.name->IsScalar() ? component.name->value : "";
  return {{"type", component.type}, {"component", name}, {"flavor", component.FlavorName()}};
}

// The registry URI as ZenML keeps it: trimmed, trailing slashes stripped; nullopt when there is
// no literal URI to judge.
std::optional<std::string> RegistryUri(const Component& registry) {
  const Node* uri = registry.Config("uri");
  if (uri == nullptr || !uri->IsString() || IsPlaceholder(Trim(uri->value))) return std::nullopt;
  std::string value(Trim(uri->value));
  while (!value.empty() && value.back() == '/') value.pop_back();
  return value;
}

}  // namespace

bool RowApplies(const TableRow& row, const Component& component) {
  for (const auto& [key, value] : row.if_all) {
    if (!ConfigEquals(component, key, value)) return false;
  }
  for (const auto& [key, value] : row.unless_any) {
    if (ConfigEquals(component, key, value)) return false;
  }
  return true;
}

StackCheck::StackCheck(const RuleCatalog& catalog)
    : needs_registry_(catalog.FindTable("needs_container_registry")),
      rejects_local_(catalog.FindTable("rejects_local_registry")),
      schemes_(catalog.FindTable("artifact_store_schemes")) {
  if (const Regex* regex = catalog.FindPattern("zenml_local_registry")) zenml_local_ = *regex;
  if (const Regex* regex = catalog.FindPattern("loopback_registry")) loopback_ = *regex;
}

void StackCheck::Run(const StackDocument& doc, LintContext& ctx) const {
  if (doc.kind != DocumentKind::kStackExport) return;
  const std::optional<Version> version = ctx.ZenmlVersion(doc);
  const Component* registry = doc.FindComponent("container_registry");

  if (registry == nullptr) {
    for (const Component& component : doc.components) {
      if (RowFor(needs_registry_, component, version) && component.flavor) {
        ctx.Report("ST201", component.flavor->range, ComponentArgs(component));
      }
    }
  }
  // A remote component for ST203: one that needs a registry and, if it has a local-registry
  // check, has not switched it off (`local: true`, `skip_local_validations: true`).
  const Component* remote = nullptr;
  for (const Component& component : doc.components) {
    if (!RowFor(needs_registry_, component, version)) continue;
    const TableRow* rejects =
        rejects_local_ ? rejects_local_->Find(component.type, component.FlavorName()) : nullptr;
    if (rejects && !RowApplies(*rejects, component)) continue;
    remote = &component;
    break;
  }

  std::optional<std::string> uri = registry ? RegistryUri(*registry) : std::nullopt;
  if (uri) {
    const Node& uri_node = *registry->Config("uri");
    bool zenml_local =
        zenml_local_ && zenml_local_.MayMatch(*uri) && RE2::FullMatch(*uri, *zenml_local_);
    std::string without_scheme = *uri;
    for (const std::string& scheme : RegistryUriSchemes(ctx.catalog())) {
      if (StartsWith(ToLower(without_scheme), scheme)) without_scheme.erase(0, scheme.size());
    }
    const Component* rejecting = zenml_local ? FirstListed(rejects_local_, doc, version) : nullptr;
    if (rejecting != nullptr) {
      TemplateArgs args = ComponentArgs(*rejecting);
      args.emplace_back("uri", *uri);
      ctx.Report("ST202", uri_node.range, args);
    } else if (!zenml_local && remote && loopback_ && loopback_.MayMatch(without_scheme) &&
               RE2::PartialMatch(without_scheme, *loopback_)) {
      TemplateArgs args = ComponentArgs(*remote);
      args.emplace_back("uri", *uri);
      ctx.Report("ST203", uri_node.range, args);
    }
  }

  for (const Component& component : doc.components) {
    const TableRow* row = RowFor(schemes_, component, version);
    const Node* path = component.Config("path");
    if (row == nullptr || path == nullptr || !path->IsString() || IsPlaceholder(path->value))
      continue;
    std::string value = ToLower(Trim(path->value));
    const auto& required = row->List("require");
    const auto& forbidden = row->List("forbid");
    auto starts = [&](const std::string& scheme) { return StartsWith(value, scheme); };
    TemplateArgs args = ComponentArgs(component);
    if (!required.empty() && std::none_of(required.begin(), required.end(), starts)) {
      args.emplace_back("schemes", Join(required, " or "));
      ctx.Report("ST204", path->range, args, "require");
    } else if (auto it = std::find_if(forbidden.begin(), forbidden.end(), starts);
               it != forbidden.end()) {
      args.emplace_back("scheme", *it);
      ctx.Report("ST204", path->range, args, "forbid");
    }
  }
}

}  // namespace stacklint
