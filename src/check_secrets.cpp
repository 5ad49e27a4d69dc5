#include "check_secrets.h"

#include <re2/re2.h>

#include <unordered_set>

#include "text_util.h"

namespace stacklint {
namespace {

// A `{{secret.key}}` reference or a `${VAR}` placeholder is where a credential should come from.
bool IsIndirect(std::string_view value) {
  static const RE2 kSecretReference(R"(^\s*\{\{[^{}]+\}\}\s*$)");
  return IsPlaceholder(Trim(value)) || RE2::FullMatch(value, kSecretReference);
}

}  // namespace

struct SecretCheck::Walk {
  const SecretCheck& check;
  LintContext& ctx;
  std::unordered_set<const Node*> seen;  // an aliased value is reported once, where it is written

  void Visit(const Node& node, const std::string& key, bool in_s3_config) {
    if (!seen.insert(node.alias_of ? node.alias_of : &node).second) return;
    for (const Node* item : node.items) Visit(*item, key, false);
    for (const MapEntry& entry : node.entries) {
      Visit(*entry.value, entry.key->IsScalar() ? entry.key->value : "", in_s3_config);
    }
    if (!node.IsString() || Trim(node.value).empty() || IsIndirect(node.value)) return;
    for (const auto& [variant, pattern] : check.value_patterns_) {
      if (pattern && RE2::PartialMatch(node.value, *pattern)) {
        Report(node, key, variant);
        return;
      }
    }
    bool credential_key = check.credential_key_ && RE2::FullMatch(key, *check.credential_key_);
    bool s3_key =
        in_s3_config && check.s3_credential_key_ && RE2::FullMatch(key, *check.s3_credential_key_);
    if (credential_key || s3_key) Report(node, key, "key");
  }

  void Report(const Node& node, const std::string& key, const std::string& variant) {
    ctx.MarkSecret(node.range);
    ctx.Report("SEC301", node.range, {{"key", key}}, variant);
  }
};

SecretCheck::SecretCheck(const RuleCatalog& catalog) {
  if (const Regex* regex = catalog.FindPattern("credential_key")) credential_key_ = *regex;
  if (const Regex* regex = catalog.FindPattern("s3_credential_key")) s3_credential_key_ = *regex;
  for (const char* variant :
       {"aws_access_key_id", "github_token", "dockerhub_token", "private_key"}) {
    if (const Regex* regex = catalog.FindPattern(std::string("secret:") + variant)) {
      value_patterns_.emplace_back(variant, *regex);
    }
  }
}

void SecretCheck::Run(const StackDocument& doc, LintContext& ctx) const {
  Walk walk{*this, ctx, {}};
  // S3 artifact stores name their credentials `key`, `secret` and `token`.
  for (const Component& component : doc.components) {
    if (component.type == "artifact_store" && component.FlavorName() == "s3" &&
        component.configuration != nullptr) {
      walk.Visit(*component.configuration, "configuration", true);
    }
  }
  walk.Visit(*doc.root, "", false);
}

}  // namespace stacklint
