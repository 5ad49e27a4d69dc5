// The explicit list of built-in code checks, and the context they report through.
#include <re2/re2.h>

#include "check.h"
#include "check_flavor.h"
#include "check_mlstacks.h"
#include "check_registry_uri.h"
#include "check_schema.h"
#include "check_secrets.h"
#include "check_stack.h"
#include "check_structure.h"
#include "check_user_regex.h"

namespace stacklint {

std::vector<std::unique_ptr<Check>> BuiltinChecks(const RuleCatalog& catalog) {
  std::vector<std::unique_ptr<Check>> checks;
  checks.push_back(std::make_unique<StructureCheck>());           // SL004 SL005 SL006
  checks.push_back(std::make_unique<FlavorCheck>());              // CR101
  checks.push_back(std::make_unique<SchemaCheck>(catalog));       // CR102
  checks.push_back(std::make_unique<RegistryUriCheck>(catalog));  // CR103 - CR113
  checks.push_back(std::make_unique<StackCheck>(catalog));        // ST201 - ST204
  checks.push_back(std::make_unique<SecretCheck>(catalog));       // SEC301
  checks.push_back(std::make_unique<MlstacksCheck>(catalog));     // MS401
  checks.push_back(std::make_unique<UserRegexCheck>());           // the user's `kind: rule` files
  return checks;
}

std::optional<Version> LintContext::ZenmlVersion(const StackDocument& doc) const {
  if (zenml_version_) return zenml_version_;
  const Node* version = doc.root->Find("zenml_version");
  if (version == nullptr || !version->IsScalar()) return std::nullopt;
  return Version::Parse(version->value);
}

void LintContext::Report(std::string_view rule_id, const Range& range, const TemplateArgs& args,
                         std::string_view variant, std::vector<Edit> fix_edits) {
  const RuleInfo* rule = catalog_.FindRule(rule_id);
  if (rule == nullptr) return;  // a catalog test guarantees every ID used here exists
  auto message = rule->messages.find(std::string(variant));
  if (message == rule->messages.end()) message = rule->messages.find("");
  Diagnostic d;
  d.rule_id = rule->id;
  d.rule_name = rule->name;
  d.severity = rule->SeverityOf(variant);
  TemplateArgs safe_args = args;  // no message may echo a credential, whatever the rule
  for (auto& [name, value] : safe_args)
    value = Abbreviate(RedactSecrets(catalog_, std::move(value)));
  d.message =
      message == rule->messages.end() ? rule->summary : RenderTemplate(message->second, safe_args);
  d.path = source_.path();
  d.range = range;
  // A fix whose new text would show a credential (JSON and SARIF print edits) is not offered.
  bool edits_hold_secret = std::any_of(fix_edits.begin(), fix_edits.end(), [&](const Edit& e) {
    return RedactSecrets(catalog_, e.replacement) != e.replacement;
  });
  if (!fix_edits.empty() && rule->fixable() && !edits_hold_secret) {
    d.fix =
        Fix{RenderTemplate(rule->fix_title, safe_args), std::move(fix_edits), !rule->unsafe_fix};
  }
  out_->push_back(std::move(d));
}

Edit LintContext::ReplaceScalar(const Node& node, const std::string& text) const {
  size_t begin = node.range.begin_offset, end = node.range.end_offset;
  if (node.style == ScalarStyle::kQuoted && end - begin >= 2) ++begin, --end;
  return Edit{source_.RangeOf(begin, end), text};
}

std::string Abbreviate(std::string text) {
  constexpr size_t kMaxBytes = 160;  // a message stays one readable line
  if (text.size() <= kMaxBytes) return text;
  size_t cut = kMaxBytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
    --cut;  // whole code points
  return text.substr(0, cut) + "...";
}

std::string RedactSecrets(const RuleCatalog& catalog, std::string text) {
  for (const char* name : {"secret:aws_access_key_id", "secret:github_token",
                           "secret:dockerhub_token", "secret:private_key"}) {
    const Regex* pattern = catalog.FindPattern(name);
    if (pattern && *pattern) RE2::GlobalReplace(&text, **pattern, "****");
  }
  // A URI's userinfo password, under any rule: `https://bot:****@host`.
  const Regex* userinfo = catalog.FindPattern("secret:uri_userinfo");
  if (userinfo && *userinfo) RE2::GlobalReplace(&text, **userinfo, "\\1****@");
  const Regex* bare_userinfo = catalog.FindPattern("secret:userinfo_no_scheme");
  if (bare_userinfo && *bare_userinfo) RE2::Replace(&text, **bare_userinfo, "\\1****@\\3");
  return text;
}

bool IsPlaceholder(std::string_view value) {
  static const RE2 kWhole(R"(^\$[A-Za-z_][A-Za-z0-9_]*$)");
  static const RE2 kExpression(R"(\$\{[^{}]*\})");
  return RE2::FullMatch(value, kWhole) || RE2::PartialMatch(value, kExpression);
}

}  // namespace stacklint
