#include "check_flavor.h"

#include <algorithm>

#include "text_util.h"

namespace stacklint {
namespace {

struct Suggestion {
  std::string flavor;
  bool certain = false;  ///< a known alias or a case slip: safe to fix
};

Suggestion Suggest(const std::string& written, const std::vector<const Flavor*>& flavors) {
  std::string lower = ToLower(Trim(written));
  std::vector<std::string> names;
  for (const Flavor* flavor : flavors) {
    if (flavor->name == lower) return {flavor->name, true};
    const auto& aliases = flavor->aliases;
    if (std::find(aliases.begin(), aliases.end(), lower) != aliases.end())
      return {flavor->name, true};
    names.push_back(flavor->name);
  }
  return {ClosestMatch(lower, names, 2), false};
}

}  // namespace

void FlavorCheck::Run(const StackDocument& doc, LintContext& ctx) const {
  const Component* registry = doc.FindComponent("container_registry");
  if (registry == nullptr || registry->flavor == nullptr || !registry->flavor->IsString()) return;
  const std::string& written = registry->flavor->value;
  if (IsPlaceholder(written)) return;
  const std::optional<Version> version = ctx.ZenmlVersion(doc);
  if (const Flavor* known = ctx.catalog().FindFlavor("container_registry", written)) {
    if (known->versions.Holds(version)) return;
    bool early = known->versions.Before(version);
    ctx.Report("CR101", registry->flavor->range,
               {{"flavor", written},
                {"since", known->versions.since},
                {"until", known->versions.until},
                {"version", version ? "ZenML " + version->ToString() : "the newest ZenML release"}},
               early ? "too_new" : "removed");
    return;
  }

  std::vector<const Flavor*> flavors = ctx.catalog().FlavorsAt("container_registry", version);
  std::vector<std::string> names;
  for (const Flavor* flavor : flavors) names.push_back(flavor->name);
  Suggestion suggestion = Suggest(written, flavors);
  TemplateArgs args = {
      {"flavor", written}, {"suggestion", suggestion.flavor}, {"known", Join(names, ", ")}};
  if (suggestion.flavor.empty()) {
    ctx.Report("CR101", registry->flavor->range, args);
    return;
  }
  std::vector<Edit> edits;
  if (suggestion.certain) edits.push_back(ctx.ReplaceScalar(*registry->flavor, suggestion.flavor));
  ctx.Report("CR101", registry->flavor->range, args, "suggestion", std::move(edits));
}

}  // namespace stacklint
