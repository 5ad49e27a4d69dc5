#include "zenml_version.h"

#include <re2/re2.h>

namespace stacklint {

std::optional<Version> Version::Parse(std::string_view text) {
  // X.Y or X.Y.Z, then an optional pre-release or local tag (0.57.0rc1, 0.90.0.dev1).
  static const RE2 kVersion(
      R"(^v?([0-9]{1,6})\.([0-9]{1,6})(?:\.([0-9]{1,6})(?:[-.+]?[A-Za-z]\w*|[-.+][0-9]+)*|[-.+]?[A-Za-z]\w*)?$)");
  Version v;
  std::string patch;
  if (!RE2::FullMatch(text, kVersion, &v.major, &v.minor, &patch)) return std::nullopt;
  v.patch = patch.empty() ? 0 : std::stoi(patch);  // at most 6 digits: never overflows
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
