#include "stack_sniff.h"

#include <string.h>  // memchr

#include <cstdint>

#include "text_util.h"

namespace stacklint {
namespace {

// The keys the classifier (stack_model.cpp) needs at a document's root, plus `zenml_version`,
// which makes a broken walked file worth an SL001 (engine.cpp's MentionsStackKeys).
constexpr std::string_view kKeys[] = {"stack_name", "components", "spec_type", "zenml_version"};
constexpr size_t kLongestKey = 13;

bool IsSpaceByte(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

// The first `needle` at or after `from`, found by its byte at `rare`, which seldom occurs in YAML
// (the `k` of "stacklint"): memchr for that byte, then a compare, is several times faster than
// memmem's general search.
size_t FindByRareByte(std::string_view text, std::string_view needle, size_t rare, size_t from) {
  const char* end = text.data() + text.size();
  for (const char* p = text.data() + from + rare; p < end; ++p) {
    p = static_cast<const char*>(memchr(p, needle[rare], static_cast<size_t>(end - p)));
    if (p == nullptr) break;
    size_t start = static_cast<size_t>(p - text.data()) - rare;
    if (text.compare(start, needle.size(), needle) == 0) return start;
  }
  return std::string_view::npos;
}

// Whether the name ending at `end` is used as a key: after an optional closing quote and any
// white space (a flow key's `:` may follow on another line) comes `:`, or `,` / `}` (a flow
// mapping key without a value), or a comment (to be safe), or the end of the text.
bool FollowedLikeAKey(std::string_view text, size_t end) {
  if (end < text.size() && (text[end] == '"' || text[end] == '\'')) ++end;
  while (end < text.size() && IsSpaceByte(text[end])) ++end;
  if (end == text.size()) return true;
  char c = text[end];
  return c == ':' || c == ',' || c == '}' || c == '#';
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Decodes a double-quoted scalar starting after its opening quote at `i`, as far as it can still
// spell a key name: plain bytes, \x \u \U escapes and escaped line breaks (which vanish with the
// next line's leading blanks). Any other escape or an unescaped line break yields a character no
// key has. True when the closing quote ends a key name.
bool DecodesToKey(std::string_view text, size_t i) {
  char decoded[kLongestKey];
  size_t length = 0;
  while (i < text.size()) {
    char c = text[i];
    if (c == '"') {
      std::string_view value(decoded, length);
      for (std::string_view key : kKeys) {
        if (value == key) return true;
      }
      return false;
    }
    if (length == kLongestKey) return false;
    if (c != '\\') {
      decoded[length++] = c;
      ++i;
      continue;
    }
    if (i + 1 >= text.size()) return false;
    char kind = text[i + 1];
    if (kind == '\n' || kind == '\r') {
      i += 2;
      if (kind == '\r' && i < text.size() && text[i] == '\n') ++i;
      while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
      continue;
    }
    int digits = kind == 'x' ? 2 : kind == 'u' ? 4 : kind == 'U' ? 8 : 0;
    if (digits == 0 || i + 2 + digits > text.size()) return false;
    uint32_t code_point = 0;
    for (int d = 0; d < digits; ++d) {
      int value = HexValue(text[i + 2 + d]);
      if (value < 0) return false;
      code_point = code_point * 16 + static_cast<uint32_t>(value);
    }
    if (code_point == 0 || code_point > 0x7F) return false;  // keys are ASCII
    decoded[length++] = static_cast<char>(code_point);
    i += 2 + digits;
  }
  return false;
}

// Whether some double-quoted scalar with escapes spells a key name.
bool EscapedKeyName(std::string_view text) {
  for (size_t quote = text.find('"'); quote != std::string_view::npos;
       quote = text.find('"', quote + 1)) {
    if (DecodesToKey(text, quote + 1)) return true;
  }
  return false;
}

}  // namespace

bool MayHoldStack(std::string_view text) {
  if (text.empty()) return false;
  // UTF-16/32 (yaml-cpp decodes them by their BOM or NUL bytes): the engine decides.
  if (StartsWith(text, "\xFF\xFE") || StartsWith(text, "\xFE\xFF") ||
      text.find('\0') != std::string_view::npos)
    return true;
  // An inline comment; its `k` and the `m` of "components" are rare bytes in YAML (0.5% and 1.8%
  // of the bench's mixed repository).
  if (FindByRareByte(text, "stacklint", 4, 0) != std::string_view::npos) return true;
  // Each occurrence of a key name that stands as a token of its own: true when it is used as a
  // key; `name_written` remembers the others. The three names with an underscore are found
  // from their '_' (one fast memchr pass instead of one search per name).
  bool name_written = false;
  auto consider = [&](size_t at, size_t length) {
    if (at > 0 && IsWordByte(text[at - 1])) return false;  // part of a longer word
    if (FollowedLikeAKey(text, at + length)) return true;
    name_written = true;
    return false;
  };
  constexpr std::string_view kComponents = kKeys[1];
  for (size_t at = FindByRareByte(text, kComponents, 2, 0); at != std::string_view::npos;
       at = FindByRareByte(text, kComponents, 2, at + 1)) {
    if (consider(at, kComponents.size())) return true;
  }
  for (const char* p = text.data();
       (p = static_cast<const char*>(memchr(p, '_', text.data() + text.size() - p))) != nullptr;
       ++p) {
    size_t underscore = static_cast<size_t>(p - text.data());
    for (std::string_view key : {kKeys[0], kKeys[2], kKeys[3]}) {
      size_t before = key.find('_');
      if (underscore < before || text.compare(underscore - before, key.size(), key) != 0) continue;
      if (consider(underscore - before, key.size())) return true;
    }
  }
  // A written name becomes a key through an alias (`*name : x`) or an explicit key (`? name`).
  if (name_written &&
      (text.find('*') != std::string_view::npos || text.find('?') != std::string_view::npos))
    return true;
  return text.find('\\') != std::string_view::npos && EscapedKeyName(text);
}

}  // namespace stacklint
