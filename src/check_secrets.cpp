#include "check_secrets.h"

#include <re2/re2.h>

#include <algorithm>
#include <unordered_set>

#include "text_util.h"

namespace stacklint {
namespace {

// A `{{secret.key}}` reference or a `${VAR}` placeholder is where a credential should come from.
bool IsIndirect(std::string_view value) {
  return IsPlaceholder(Trim(value)) || IsSecretReference(value);
}

bool EndsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

}  // namespace

bool IsSecretReference(std::string_view value) {
  constexpr std::string_view kBlank = " \t\n\f\r";  // RE2's \s
  size_t begin = value.find_first_not_of(kBlank);
  if (begin == std::string_view::npos) return false;
  std::string_view reference = value.substr(begin, value.find_last_not_of(kBlank) - begin + 1);
  if (reference.size() < 5 || reference.substr(0, 2) != "{{" ||
      reference.substr(reference.size() - 2) != "}}")
    return false;
  std::string_view inside = reference.substr(2, reference.size() - 4);
  if (inside.find_first_of("{}") != std::string_view::npos) return false;
  // RE2's `[^{}]` takes whole UTF-8 characters: leave any non-ASCII text to the regex itself.
  if (std::all_of(inside.begin(), inside.end(),
                  [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
    return true;
  static const RE2 kSecretReference(R"(^\s*\{\{[^{}]+\}\}\s*$)");
  return RE2::FullMatch(value, kSecretReference);
}

std::string NormalizeKey(std::string_view key) {
  std::string out;
  out.reserve(key.size() + 4);
  for (size_t i = 0; i < key.size(); ++i) {
    char c = key[i];
    if (c == '-' || c == '.' || c == ' ') c = '_';
    // A hump starts at an upper-case letter after a lower-case one or a digit (`secretKey`), or
    // at the last capital of a run followed by lower case (`APIKey`).
    bool hump = IsAsciiUpper(c) && i > 0 &&
                (IsAsciiLowerOrDigit(key[i - 1]) ||
                 (IsAsciiUpper(key[i - 1]) && i + 1 < key.size() && IsAsciiLower(key[i + 1])));
    if (hump && !out.empty() && out.back() != '_') out += '_';
    out += ToLowerAscii(c);
  }
  return out;
}

bool SecretCheck::IsCredentialKey(std::string_view key) const {
  std::string normal = NormalizeKey(key);
  if (std::find(not_exact_.begin(), not_exact_.end(), normal) != not_exact_.end()) return false;
  for (const std::string& suffix : not_suffixes_) {
    if (EndsWith(normal, suffix)) return false;
  }
  return std::any_of(
      credential_words_.begin(), credential_words_.end(),
      [&](const std::string& word) { return normal.find(word) != std::string::npos; });
}

struct SecretCheck::Walk {
  const SecretCheck& check;
  LintContext& ctx;
  std::unordered_set<const Node*> seen;      // an aliased value is reported once, where written
  std::unordered_set<const Node*> reported;  // one finding per value

  static bool IsLiteral(const Node& node) {
    return node.IsString() && !Trim(node.value).empty() && !IsIndirect(node.value);
  }

  // `flavor_keys`: the keys that hold a credential in this component flavor's configuration.
  void Visit(const Node& node, const std::string& key,
             const std::vector<std::string>* flavor_keys) {
    if (!seen.insert(node.alias_of ? node.alias_of : &node).second) return;
    for (const Node* item : node.items) Visit(*item, key, nullptr);
    for (const MapEntry& entry : node.entries) {
      Visit(*entry.value, entry.key->IsScalar() ? entry.key->value : "", flavor_keys);
    }
    if (node.IsMapping()) VisitEnvEntry(node);
    if (!IsLiteral(node)) return;
    if (int first = check.FirstValuePattern(node.value); first >= 0) {
      Report(node, node.range, {{"key", key}}, check.value_patterns_[first].first);
      return;
    }
    bool flavor_key = flavor_keys && std::find(flavor_keys->begin(), flavor_keys->end(), key) !=
                                         flavor_keys->end();
    if (flavor_key || check.IsCredentialKey(key)) {
      Report(node, node.range, {{"key", key}}, "key");
      return;
    }
    if (node.value.find('@') == std::string::npos) return;  // both userinfo patterns need one
    for (const Regex& userinfo : check.userinfo_) {
      std::string password;
      if (userinfo.MayMatch(node.value) &&
          RE2::PartialMatch(node.value, *userinfo, nullptr, &password) && !IsIndirect(password)) {
        Report(node, PasswordRange(node, password), {{"key", key}}, "userinfo");
        return;
      }
    }
  }

  // `- name: AWS_SECRET_ACCESS_KEY` / `value: <literal>`: Kubernetes-style environment lists.
  void VisitEnvEntry(const Node& entry) {
    const Node* name = entry.Find("name");
    const Node* value = entry.Find("value");
    if (name == nullptr || value == nullptr || !name->IsString() || !IsLiteral(*value)) return;
    if (!check.IsCredentialKey(name->value)) return;
    Report(*value, value->range, {{"key", "value"}, {"name", name->value}}, "env");
  }

  // Where the password is written, to mask it alone (`https://bot:****@host`); the whole value
  // when it can't be found as written (escapes in a quoted scalar).
  Range PasswordRange(const Node& node, const std::string& password) const {
    size_t begin = node.range.begin_offset, end = node.range.end_offset;
    std::string_view written = std::string_view(ctx.source().text()).substr(begin, end - begin);
    size_t at = written.find(":" + password + "@");
    if (at == std::string_view::npos) return node.range;
    return ctx.source().RangeOf(begin + at + 1, begin + at + 1 + password.size());
  }

  void Report(const Node& node, const Range& secret, const TemplateArgs& args,
              const std::string& variant) {
    if (!reported.insert(&node).second) return;
    ctx.MarkSecret(secret);
    ctx.Report("SEC301", node.range, args, variant);
  }
};

SecretCheck::SecretCheck(const RuleCatalog& catalog) {
  credential_keys_ = catalog.FindTable("credential_keys");
  if (const Table* table = credential_keys_) {
    if (const TableRow* row = table->Find("keys", "credential"))
      credential_words_ = row->List("contains");
    if (const TableRow* row = table->Find("keys", "not_credential")) {
      not_exact_ = row->List("exact");
      not_suffixes_ = row->List("suffix");
    }
  }
  for (const char* name : {"uri_userinfo", "userinfo_no_scheme"}) {
    if (const Regex* regex = catalog.FindPattern(name); regex && *regex)
      userinfo_.push_back(*regex);
  }
  // A pattern's finding has the message variant of its name; a user's pattern without one (the
  // rule's messages are built-in) gets the plain `key` message.
  const RuleInfo* rule = catalog.FindRule("SEC301");
  for (auto& [name, regex] : catalog.PatternsWithPrefix("secret:")) {
    bool own_message = rule != nullptr && rule->messages.count(name) > 0;
    value_patterns_.emplace_back(own_message ? name : "key", std::move(regex));
  }
  // The built-in patterns' literals (literal_filter.h); a user's pattern turns the shortcut off.
  std::vector<const LiteralFilter*> filters;
  for (const auto& [variant, regex] : value_patterns_) filters.push_back(&regex.literals());
  value_literals_ = LiteralFilter::Union(filters);
}

bool SecretCheck::MayMatchValuePattern(std::string_view value) const {
  return value_literals_.MayMatch(value);
}

int SecretCheck::FirstValuePattern(const std::string& value) const {
  if (!MayMatchValuePattern(value)) return -1;
  std::call_once(value_set_once_, [this] {
    RE2::Options options;
    options.set_log_errors(false);
    auto set = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
    for (const auto& [variant, pattern] : value_patterns_) {
      if (!pattern || set->Add(pattern.pattern(), nullptr) < 0) return;
    }
    if (set->Compile()) value_set_ = std::move(set);
  });
  if (value_set_ != nullptr) {
    std::vector<int> matched;
    RE2::Set::ErrorInfo error;
    if (value_set_->Match(value, &matched, &error))
      return *std::min_element(matched.begin(), matched.end());  // the first, as in the list
    if (error.kind == RE2::Set::kNoError) return -1;
  }
  for (size_t i = 0; i < value_patterns_.size(); ++i) {
    const Regex& pattern = value_patterns_[i].second;
    if (pattern && RE2::PartialMatch(value, *pattern)) return static_cast<int>(i);
  }
  return -1;
}

void SecretCheck::Run(const StackDocument& doc, LintContext& ctx) const {
  Walk walk{*this, ctx, {}, {}};
  // Flavors whose credential keys say nothing by name (S3 artifact stores: `key`, `secret`).
  for (const Component& component : doc.components) {
    const TableRow* row = credential_keys_ && component.configuration != nullptr
                              ? credential_keys_->Find(component.type, component.FlavorName())
                              : nullptr;
    if (row != nullptr) walk.Visit(*component.configuration, "configuration", &row->List("exact"));
  }
  walk.Visit(*doc.root, "", nullptr);
}

}  // namespace stacklint
