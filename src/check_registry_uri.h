// CR103-CR113: a container registry's `uri` against its flavor, in the order of SPEC §4 "one
// cause, one finding": secret reference and emptiness, scheme and trailing slashes, Docker's
// reference grammar, which registry the host is (CR103/CR104), then the flavor's full URI regex
// with flavor-specific reasons. The regexes are data in rules/flavors/ and rules/patterns.yaml.
#ifndef STACKLINT_CHECK_REGISTRY_URI_H_
#define STACKLINT_CHECK_REGISTRY_URI_H_

#include <string>
#include <string_view>

#include "check.h"

namespace stacklint {

struct UriWalk;  // check_registry_uri.cpp: one URI on its way through the steps

class RegistryUriCheck : public Check {
 public:
  explicit RegistryUriCheck(const RuleCatalog& catalog);
  void Run(const StackDocument& doc, LintContext& ctx) const override;

  /// Why `uri` (scheme and trailing slashes removed) is not a valid image repository prefix:
  /// "upper", "tag", "digest", "host", "empty_component", "chars", or "" when it is valid.
  std::string InvalidReferenceReason(std::string_view uri) const;

 private:
  void CheckDefaultRepository(UriWalk& walk) const;
  std::vector<Edit> MovePathToDefaultRepository(UriWalk& walk) const;

  Regex reference_host_;
  Regex reference_path_component_;
};

/// The registry a URI pushes to by Docker's rule: the first path component if it has a '.' or
/// ':' or is "localhost", else "docker.io". Lower-cased.
std::string RegistryHost(std::string_view uri);

/// The URI with any "user:password@" part replaced by "****@", safe to print.
std::string RedactUserInfo(std::string_view uri);

}  // namespace stacklint

#endif  // STACKLINT_CHECK_REGISTRY_URI_H_
