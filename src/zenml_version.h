// ZenML release numbers and the ranges of releases a fact holds for (`since`, `until` in
// rules/), so every check judges a stack by the facts of its own release.
//
//   VersionRange docr{"0.96.2", ""};
//   docr.Holds(Version::Parse("0.74.0"));  // false: the flavor came later
#ifndef STACKLINT_ZENML_VERSION_H_
#define STACKLINT_ZENML_VERSION_H_

#include <optional>
#include <string>
#include <string_view>

namespace stacklint {

/// A ZenML version such as 0.74.0, compared numerically (pre-release tags are ignored).
struct Version {
  int major = 0, minor = 0, patch = 0;
  auto operator<=>(const Version&) const = default;
  static std::optional<Version> Parse(std::string_view text);
  std::string ToString() const;
};

/// The ZenML releases a fact holds for: from `since` (inclusive) up to `until` (exclusive, the
/// first release without it); empty means unbounded. Facts are judged at a stack's version; an
/// unknown version means the newest release, so only `until` counts then.
struct VersionRange {
  std::string since;
  std::string until;

  bool Holds(const std::optional<Version>& version) const;
  /// Before `since` (false when the version is unknown).
  bool Before(const std::optional<Version>& version) const;
  bool empty() const { return since.empty() && until.empty(); }
};

}  // namespace stacklint

#endif  // STACKLINT_ZENML_VERSION_H_
