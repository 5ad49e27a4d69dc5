#include "text_util.h"

#include <algorithm>
#include <cstdio>

namespace stacklint {
namespace {

// Length of the valid UTF-8 sequence at `i`, or 0 if the bytes there are not one.
size_t Utf8SequenceLength(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  size_t length = c < 0x80           ? 1
                  : (c >> 5) == 0x6  ? 2
                  : (c >> 4) == 0xE  ? 3
                  : (c >> 3) == 0x1E ? 4
                                     : 0;
  if (length == 0 || i + length > s.size()) return 0;
  for (size_t k = 1; k < length; ++k) {
    if ((static_cast<unsigned char>(s[i + k]) >> 6) != 0x2) return 0;
  }
  if (length == 2 && c < 0xC2) return 0;  // overlong
  return length;
}

}  // namespace

size_t CountCodePoints(std::string_view text) {
  size_t count = 0;
  for (char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
  }
  return count;
}

namespace {

// Copies valid UTF-8, replacing invalid bytes with U+FFFD and control characters via `control`.
template <typename ControlFn>
std::string MapCodePoints(std::string_view text, ControlFn control) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    size_t length = Utf8SequenceLength(text, i);
    if (length == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
    } else if (c < 0x20 || c == 0x7F) {
      out += control(c);
      ++i;
    } else {
      out.append(text.substr(i, length));
      i += length;
    }
  }
  return out;
}

}  // namespace

std::string Plural(size_t count, std::string_view word) {
  bool sibilant = word.ends_with('s') || word.ends_with('x') || word.ends_with("ch") ||
                  word.ends_with("sh");  // fix -> fixes
  return std::to_string(count) + " " + std::string(word) +
         (count == 1 ? ""
          : sibilant ? "es"
                     : "s");
}

size_t DisplayWidth(std::string_view text) {
  // East Asian Wide and Fullwidth blocks (UAX #11) and emoji take two terminal columns;
  // combining marks and zero-width characters take none.
  static constexpr std::pair<char32_t, char32_t> kWide[] = {
      {0x1100, 0x115F},   {0x2E80, 0x303E},   {0x3041, 0x33FF},  {0x3400, 0x4DBF},
      {0x4E00, 0x9FFF},   {0xA000, 0xA4CF},   {0xAC00, 0xD7A3},  {0xF900, 0xFAFF},
      {0xFE30, 0xFE4F},   {0xFF00, 0xFF60},   {0xFFE0, 0xFFE6},  {0x1F300, 0x1F64F},
      {0x1F900, 0x1F9FF}, {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD}};
  static constexpr std::pair<char32_t, char32_t> kZero[] = {
      {0x0300, 0x036F}, {0x200B, 0x200F}, {0x20D0, 0x20FF}, {0xFE00, 0xFE0F}, {0xFE20, 0xFE2F}};
  auto in = [](char32_t c, const auto& table) {
    for (const auto& [low, high] : table) {
      if (c >= low && c <= high) return true;
    }
    return false;
  };
  size_t width = 0;
  for (size_t i = 0; i < text.size();) {
    size_t length = Utf8SequenceLength(text, i);
    if (length == 0) length = 1;
    char32_t c = static_cast<unsigned char>(text[i]);
    if (length > 1) {
      c &= 0xFF >> (length + 1);
      for (size_t k = 1; k < length; ++k)
        c = (c << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    }
    i += length;
    width += in(c, kZero) ? 0 : in(c, kWide) ? 2 : 1;
  }
  return width;
}

std::string PrintableLine(std::string_view text) {
  return MapCodePoints(text, [](unsigned char c) { return std::string(c == '\t' ? " " : "?"); });
}

std::string SanitizeForDisplay(std::string_view text) {
  return MapCodePoints(text, [](unsigned char c) {
    if (c == '\t') return std::string("\\t");
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "\\x%02x", c);
    return std::string(buffer);
  });
}

size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string ClosestMatch(std::string_view word, const std::vector<std::string>& candidates,
                         size_t max_distance) {
  std::string best;
  size_t best_distance = max_distance + 1;
  for (const std::string& candidate : candidates) {
    size_t distance = EditDistance(ToLower(word), candidate);
    if (distance < best_distance) {
      best_distance = distance;
      best = candidate;
    }
  }
  return best;
}

std::string ToLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = ToLowerAscii(c);
  return out;
}

std::string_view Trim(std::string_view text) {
  size_t begin = text.find_first_not_of(" \t\r\n");
  if (begin == std::string_view::npos) return {};
  size_t end = text.find_last_not_of(" \t\r\n");
  return text.substr(begin, end - begin + 1);
}

bool StartsWith(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

std::string Join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i) out += separator;
    out += parts[i];
  }
  return out;
}

}  // namespace stacklint
