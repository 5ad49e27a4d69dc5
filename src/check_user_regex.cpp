#include "check_user_regex.h"

#include <re2/re2.h>

#include <algorithm>

#include "check_registry_uri.h"

namespace stacklint {

void UserRegexCheck::Run(const StackDocument& doc, LintContext& ctx) const {
  for (const RuleInfo& rule : ctx.catalog().rules()) {
    if (!rule.regex) continue;
    const RegexCheck& check = *rule.regex;
    for (const Component& component : doc.components) {
      if (component.type != check.component_type) continue;
      const auto& flavors = check.flavors;
      if (!flavors.empty() &&
          std::find(flavors.begin(), flavors.end(), component.FlavorName()) == flavors.end())
        continue;
      const Node* value = component.Config(check.field);
      if (value == nullptr || !value->IsScalar() || IsPlaceholder(value->value)) continue;
      auto matches = [&](const Regex& regex) {
        return regex.MayMatch(value->value) && RE2::PartialMatch(value->value, *regex);
      };
      bool bad =
          (check.require && !matches(check.require)) || (check.forbid && matches(check.forbid));
      if (!bad) continue;
      ctx.Report(rule.id, value->range,
                 {{"value", RedactUserInfo(value->value)},
                  {"field", check.field},
                  {"flavor", component.FlavorName()},
                  {"type", component.type}});
    }
  }
}

}  // namespace stacklint
