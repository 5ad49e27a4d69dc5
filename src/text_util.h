// Small string helpers shared by the loader, the rules and the reporters.
#ifndef STACKLINT_TEXT_UTIL_H_
#define STACKLINT_TEXT_UTIL_H_

#include <string>
#include <string_view>
#include <vector>

namespace stacklint {

/// Code points in UTF-8 text (a byte that does not start a sequence counts as one).
size_t CountCodePoints(std::string_view text);
/// Terminal columns of printable UTF-8 text: 2 for East Asian wide characters, 0 for combining
/// marks, else 1. Caret lines under snippets use it.
size_t DisplayWidth(std::string_view text);
/// The text with invalid UTF-8 replaced by U+FFFD and control characters escaped (\t, \x1b, ...),
/// safe to print in any report.
std::string SanitizeForDisplay(std::string_view text);
/// The text with each code point kept printable and one column wide: a tab becomes a space, other
/// control characters '?', invalid UTF-8 U+FFFD. For source snippets under a caret line.
std::string PrintableLine(std::string_view text);
/// Levenshtein distance, for "did you mean" suggestions.
size_t EditDistance(std::string_view a, std::string_view b);
/// The candidate closest to `word` within `max_distance` edits, or "" (ties: the first).
std::string ClosestMatch(std::string_view word, const std::vector<std::string>& candidates,
                         size_t max_distance);
/// ASCII character classes and case, whatever the locale (bytes >= 0x80 are none of them).
inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
inline bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
inline bool IsAsciiLetter(char c) { return IsAsciiUpper(c) || IsAsciiLower(c); }
inline bool IsAsciiLowerOrDigit(char c) { return IsAsciiLower(c) || IsAsciiDigit(c); }
/// `[A-Za-z0-9_]`, a regex's `\w` in ASCII.
inline bool IsWordByte(char c) { return IsAsciiLetter(c) || IsAsciiDigit(c) || c == '_'; }
inline char ToLowerAscii(char c) { return IsAsciiUpper(c) ? static_cast<char>(c - 'A' + 'a') : c; }
/// Whether `text` holds `lower` (lower-case ASCII) at byte `at`, reading A-Z as a-z.
inline bool HasFoldedAt(std::string_view text, size_t at, std::string_view lower) {
  if (at > text.size() || lower.size() > text.size() - at) return false;
  for (size_t k = 0; k < lower.size(); ++k) {
    if (ToLowerAscii(text[at + k]) != lower[k]) return false;
  }
  return true;
}
/// `text` with A-Z as a-z (ASCII only).
std::string ToLower(std::string_view text);
std::string_view Trim(std::string_view text);
bool StartsWith(std::string_view text, std::string_view prefix);
/// "1 file", "2 files": `count` and `word`, with an "s" unless the count is one.
std::string Plural(size_t count, std::string_view word);
std::string Join(const std::vector<std::string>& parts, std::string_view separator);

}  // namespace stacklint

#endif  // STACKLINT_TEXT_UTIL_H_
