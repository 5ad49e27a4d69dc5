#include "zenml_version.h"

#include "text_util.h"

namespace stacklint {

namespace {

bool IsSeparator(char c) { return c == '-' || c == '.' || c == '+'; }

// Reads 1 to 6 digits at `at` into `out`; false when there are none or more than 6.
bool ReadNumber(std::string_view text, size_t* at, int* out) {
  size_t begin = *at;
  int value = 0;
  while (*at < text.size() && IsAsciiDigit(text[*at]) && *at - begin < 6)
    value = value * 10 + (text[(*at)++] - '0');
  *out = value;
  return *at > begin && (*at == text.size() || !IsAsciiDigit(text[*at]));
}

// A tag after the version: `[-.+]?[A-Za-z]\w*`, or `[-.+][0-9]+` when `numbers` (after X.Y.Z).
// False when none starts at `at`.
bool ReadTag(std::string_view text, size_t* at, bool numbers) {
  size_t i = *at;
  bool separator = i < text.size() && IsSeparator(text[i]);
  if (separator) ++i;
  if (i < text.size() && IsAsciiLetter(text[i])) {
    while (i < text.size() && IsWordByte(text[i])) ++i;
  } else if (numbers && separator && i < text.size() && IsAsciiDigit(text[i])) {
    while (i < text.size() && IsAsciiDigit(text[i])) ++i;
  } else {
    return false;
  }
  *at = i;
  return true;
}

}  // namespace

// X.Y or X.Y.Z, then an optional pre-release or local tag (0.57.0rc1, 0.90.0.dev1), by hand for
// start-up's sake; the grammar as a regex:
//   ^v?([0-9]{1,6})\.([0-9]{1,6})(?:\.([0-9]{1,6})(?:[-.+]?[A-Za-z]\w*|[-.+][0-9]+)*
//                                  |[-.+]?[A-Za-z]\w*)?$
std::optional<Version> Version::Parse(std::string_view text) {
  Version v;
  size_t at = !text.empty() && text[0] == 'v' ? 1 : 0;
  if (!ReadNumber(text, &at, &v.major) || at == text.size() || text[at++] != '.' ||
      !ReadNumber(text, &at, &v.minor))
    return std::nullopt;
  if (at + 1 < text.size() && text[at] == '.' && IsAsciiDigit(text[at + 1])) {
    ++at;
    if (!ReadNumber(text, &at, &v.patch)) return std::nullopt;
    while (at < text.size()) {
      if (!ReadTag(text, &at, true)) return std::nullopt;
    }
    return v;
  }
  if (at < text.size() && (!ReadTag(text, &at, false) || at != text.size())) return std::nullopt;
  return v;
}

std::string Version::ToString() const {
  return std::to_string(major) + "." + std::to_string(minor) + "." + std::to_string(patch);
}

bool VersionRange::Before(const std::optional<Version>& version) const {
  if (!version || since.empty()) return false;
  std::optional<Version> first = Version::Parse(since);
  return first && *version < *first;
}

bool VersionRange::Holds(const std::optional<Version>& version) const {
  if (Before(version)) return false;
  if (until.empty()) return true;
  if (!version) return false;  // unknown: the newest release, which no longer has it
  std::optional<Version> gone = Version::Parse(until);
  return !gone || *version < *gone;
}

}  // namespace stacklint
