#include "glob.h"

#include <vector>

namespace stacklint {
namespace {

// Matches `text` against `pattern` where `*` and `?` stop at '/', and `**` crosses it.
bool Match(std::string_view pattern, std::string_view text) {
  size_t p = 0, t = 0;
  size_t star_p = std::string_view::npos, star_t = 0;
  bool star_crosses = false;
  while (t < text.size()) {
    if (p < pattern.size() && pattern[p] == '*') {
      star_crosses = p + 1 < pattern.size() && pattern[p + 1] == '*';
      p += star_crosses ? 2 : 1;
      if (star_crosses && p < pattern.size() && pattern[p] == '/') ++p;  // "**/" may match nothing
      star_p = p;
      star_t = t;
      continue;
    }
    if (p < pattern.size() && pattern[p] == '[') {
      size_t close = pattern.find(']', p + 1);
      std::string_view set = pattern.substr(p + 1, close - p - 1);
      bool negate = !set.empty() && (set[0] == '!' || set[0] == '^');
      if (negate) set.remove_prefix(1);
      bool found = false;
      for (size_t i = 0; i < set.size(); ++i) {
        if (i + 2 < set.size() && set[i + 1] == '-') {
          found = found || (text[t] >= set[i] && text[t] <= set[i + 2]);
          i += 2;
        } else {
          found = found || text[t] == set[i];
        }
      }
      if (found != negate && text[t] != '/') {
        p = close + 1;
        ++t;
        continue;
      }
    } else if (p < pattern.size() &&
               (pattern[p] == text[t] || (pattern[p] == '?' && text[t] != '/'))) {
      ++p;
      ++t;
      continue;
    }
    // Backtrack: let the last star take one more character (a single star never takes '/').
    if (star_p == std::string_view::npos || (!star_crosses && text[star_t] == '/')) return false;
    p = star_p;
    t = ++star_t;
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

}  // namespace

std::optional<std::string> GlobError(std::string_view pattern) {
  if (pattern.empty()) return "empty pattern";
  for (size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] != '[') continue;
    size_t close = pattern.find(']', i + 1);
    if (close == std::string_view::npos) return "unclosed `[` in pattern";
    if (close == i + 1) return "empty `[]` in pattern";
    i = close;
  }
  return std::nullopt;
}

bool GlobMatchesPath(std::string_view pattern, std::string_view path) {
  if (pattern.size() > 2 && pattern.substr(0, 2) == "./") pattern.remove_prefix(2);
  if (!pattern.empty() && pattern.back() == '/') pattern.remove_suffix(1);
  bool anchored = pattern.find('/') != std::string_view::npos;
  // Try the path itself and each parent folder (so "build" or "vendor/**" excludes what is below).
  for (size_t end = path.size(); end != std::string_view::npos && end > 0;
       end = path.rfind('/', end - 1)) {
    std::string_view prefix = path.substr(0, end);
    if (anchored) {
      if (Match(pattern, prefix)) return true;
    } else {
      size_t slash = prefix.rfind('/');
      if (Match(pattern, slash == std::string_view::npos ? prefix : prefix.substr(slash + 1)))
        return true;
    }
    if (end == 0) break;
  }
  return false;
}

}  // namespace stacklint
