#include "lint_text.h"

#include <re2/re2.h>

namespace stacklint {

std::string Abbreviate(std::string text) {
  constexpr size_t kMaxBytes = 160;  // a message stays one readable line
  if (text.size() <= kMaxBytes) return text;
  size_t cut = kMaxBytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
    --cut;  // whole code points
  return text.substr(0, cut) + "...";
}

std::string RedactSecrets(const RuleCatalog& catalog, std::string text) {
  // Patterns run only on a text that holds their literals (most report texts hold none).
  for (const auto& [name, pattern] : catalog.PatternsWithPrefix("secret:")) {
    if (pattern && pattern.MayMatch(text)) RE2::GlobalReplace(&text, *pattern, "****");
  }
  // A URI's userinfo password, under any rule: `https://bot:****@host`.
  const Regex* userinfo = catalog.FindPattern("uri_userinfo");
  if (userinfo && *userinfo && userinfo->MayMatch(text))
    RE2::GlobalReplace(&text, **userinfo, "\\1****@");
  const Regex* bare_userinfo = catalog.FindPattern("userinfo_no_scheme");
  if (bare_userinfo && *bare_userinfo && bare_userinfo->MayMatch(text))
    RE2::Replace(&text, **bare_userinfo, "\\1****@\\3");
  return text;
}

bool IsPlaceholder(std::string_view value) {
  if (value.find('$') == std::string_view::npos) return false;  // most values: no regex run
  static const RE2 kWhole(R"(^\$[A-Za-z_][A-Za-z0-9_]*$)");
  static const RE2 kExpression(R"(\$\{[^{}]*\})");
  return RE2::FullMatch(value, kWhole) || RE2::PartialMatch(value, kExpression);
}

}  // namespace stacklint
