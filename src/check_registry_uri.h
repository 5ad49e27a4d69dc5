// CR103-CR113: a container registry's `uri` against its flavor, in the order of SPEC §4 "one
// cause, one finding": secret reference and emptiness, scheme and trailing slashes, Docker's
// reference grammar, which registry the host is (CR103/CR104), then the flavor's full URI regex
// with flavor-specific reasons. The flavors' regexes are data in rules/flavors/; Docker's grammar
// is docker_reference.h.
#ifndef STACKLINT_CHECK_REGISTRY_URI_H_
#define STACKLINT_CHECK_REGISTRY_URI_H_

#include <string>
#include <string_view>

#include "check.h"

namespace stacklint {

struct UriWalk;  // check_registry_uri.cpp: one URI on its way through the steps

class RegistryUriCheck : public Check {
 public:
  void Run(const StackDocument& doc, LintContext& ctx) const override;

  /// Why `uri` (scheme and trailing slashes removed) is not a valid image repository prefix by
  /// Docker's grammar: "host", "digest", "tag", "empty_component", "upper", "chars", "too_long"
  /// (the path after the host passes 255 characters), or "" when it is valid. The most specific
  /// cause comes first: an `@` inside a bracketed host is a "host" problem.
  std::string InvalidReferenceReason(std::string_view uri) const;

 private:
  std::string InvalidHostReason(std::string_view host, bool alone) const;
  void CheckDefaultRepository(UriWalk& walk) const;
  std::vector<Edit> MovePathToDefaultRepository(UriWalk& walk) const;
};

/// Docker's host rule (distribution/reference's splitDockerDomain): a first path component is a
/// registry host if it has a '.' or ':', is "localhost", or has an upper-case letter.
bool IsRegistryHost(std::string_view first_component);

/// The registry a URI pushes to by Docker's rule: its first path component if IsRegistryHost,
/// else "docker.io". Lower-cased.
std::string RegistryHost(std::string_view uri);

/// The length of the path after the registry host (the whole URI on Docker Hub): Docker allows
/// at most 255 characters.
size_t PathLength(std::string_view uri);

/// The schemes a registry `uri` may be written with that an image name can't hold (CR106), in
/// lower case: rules/tables/uri-schemes.yaml.
const std::vector<std::string>& RegistryUriSchemes(const RuleCatalog& catalog);

/// The URI with any "user:password@" part replaced by "****@", safe to print.
std::string RedactUserInfo(std::string_view uri);

}  // namespace stacklint

#endif  // STACKLINT_CHECK_REGISTRY_URI_H_
