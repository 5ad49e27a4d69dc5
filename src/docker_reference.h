// Docker's image reference grammar (distribution/reference, regexp.go) for the two pieces CR109
// judges, written out by hand: every stack's registry URI goes through them, and compiling their
// regexes cost more than the rest of the URI check. tests/docker_reference_test.cpp holds them
// to those regexes on every short string.
#ifndef STACKLINT_DOCKER_REFERENCE_H_
#define STACKLINT_DOCKER_REFERENCE_H_

#include <string_view>

namespace stacklint {

/// A registry host with an optional port: dot-separated labels of letters, digits and inner
/// dashes, or a bracketed IPv6 address; then `:<digits>`. Docker's `domainAndPort`.
bool IsReferenceHost(std::string_view host);

/// One path component: lower-case letters and digits in runs joined by `.`, `_`, `__` or any
/// number of dashes. Docker's `pathComponent`.
bool IsReferencePathComponent(std::string_view component);

}  // namespace stacklint

#endif  // STACKLINT_DOCKER_REFERENCE_H_
