#include "check_mlstacks.h"

#include <algorithm>

#include "text_util.h"

namespace stacklint {

bool MlstacksCheck::CheckEnum(const Node& root, const std::string& key, LintContext& ctx) const {
  const Node* value = root.Find(key);
  const TableRow* row = table_->Find("enum", key);
  if (value == nullptr || row == nullptr || !value->IsScalar() || IsPlaceholder(value->value))
    return false;
  const auto& allowed = row->List("values");
  if (std::find(allowed.begin(), allowed.end(), value->value) != allowed.end()) return true;
  ctx.Report("MS401", value->range,
             {{"key", key}, {"value", value->value}, {"allowed", Join(allowed, ", ")}}, "enum");
  return false;
}

void MlstacksCheck::Run(const StackDocument& doc, LintContext& ctx) const {
  if (table_ == nullptr || doc.kind == DocumentKind::kStackExport) return;
  const Node& root = *doc.root;
  bool component = doc.kind == DocumentKind::kMlstacksComponent;
  std::vector<std::string> required = {"name", "provider"};
  if (component) required.insert(required.end(), {"component_type", "component_flavor"});
  std::string where = component ? "mlstacks component spec" : "mlstacks stack spec";
  for (const std::string& key : required) {
    if (root.Find(key) == nullptr) {
      ctx.Report("SL004", root.entries.empty() ? root.range : root.entries.front().key->range,
                 {{"key", key}, {"where", where}});
    }
  }
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
