// The container registry URI pipeline (SPEC §4 "one cause, one finding"), case by case.
#include "check_registry_uri.h"

#include <catch2/catch.hpp>

#include "test_util.h"

using namespace stacklint;
using stacklint::testing::BuiltinCatalog;
using stacklint::testing::RegistryStack;
using stacklint::testing::RuleIds;

using Ids = std::vector<std::string>;

TEST_CASE("each documented example URI is clean under its flavor", "[uri]") {
  for (const Flavor* flavor : BuiltinCatalog().Flavors("container_registry")) {
    for (const std::string& example : flavor->examples) {
      INFO(flavor->name << " " << example);
      std::string stack = RegistryStack(flavor->name, example);
      if (!flavor->versions.since.empty())  // judged at a release that ships the flavor
        stack.replace(stack.find("0.74.0"), 6, flavor->versions.since);
      CHECK(RuleIds(stack).empty());
    }
  }
}

TEST_CASE("Docker's host rule decides which registry a URI is", "[uri]") {
  CHECK(RegistryHost("myteam") == "docker.io");
  CHECK(RegistryHost("myteam/images") == "docker.io");
  CHECK(RegistryHost("localhost/images") == "localhost");
  CHECK(RegistryHost("localhost:5000") == "localhost:5000");
  CHECK(RegistryHost("GHCR.io/acme") == "ghcr.io");
}

TEST_CASE("the URI findings, one cause each", "[uri]") {
  struct Case {
    const char* flavor;
    const char* uri;
    Ids ids;
  };
  const Case cases[] = {
      {"default", "europe-west1-docker.pkg.dev/acme/images", {"CR104"}},
      {"default", "myteam", {"CR104"}},
      {"default", "docker.io/myteam", {"CR104"}},
      {"default", "gcr.io/acme", {"CR104", "CR111"}},
      {"default", "localhost:5000", {}},
      {"default", "localhost:5000/team", {}},
      {"default", "registry.gitlab.com/group/project", {}},
      {"aws", "715803424592.dkr.ecr.us-east-1.amazonaws.com/zenml", {"CR105"}},
      {"aws", "ghcr.io/acme/x", {"CR103"}},  // a non-ECR host: CR103 alone, not CR105
      {"aws", "12345.dkr.ecr.us-east-1.amazonaws.com", {"CR113"}},
      {"aws", "https://715803424592.dkr.ecr.us-east-1.amazonaws.com/", {"CR106", "CR107"}},
      {"gcp", "europe-west1-docker.pkg.dev/acme", {"CR112"}},
      {"gcp", "us.gcr.io/acme", {"CR111"}},
      {"gcp", "gcr.io", {"CR103", "CR111"}},
      {"github", "ghcr.io/Acme", {"CR109"}},
      {"github", "\"{{reg.uri}}\"", {"CR110"}},
      {"github", "\" https://ghcr.io/acme \"", {"CR106", "CR108"}},
      {"github", "\"\"", {"CR108"}},
      {"github", "${GHCR_URI}", {}},
      {"dockerhub", "zenml", {}},
      {"dockerhub", "index.docker.io/zenml", {}},
      {"dockerhub", "ghcr.io/zenml", {"CR103"}},
      {"azure", "zenmlregistry.azurecr.io/team", {}},
      {"azure", "zenml_registry.azurecr.io", {"CR109"}},
  };
  for (const Case& c : cases) {
    INFO(c.flavor << " " << c.uri);
    CHECK(RuleIds(RegistryStack(c.flavor, c.uri)) == c.ids);
  }
}

TEST_CASE("Docker reference grammar reasons", "[uri]") {
  RegistryUriCheck check(BuiltinCatalog());
  CHECK(check.InvalidReferenceReason("ghcr.io/acme") == "");
  CHECK(check.InvalidReferenceReason("Registry.ACME.com:8443/a__b/c.d-e") == "");
  CHECK(check.InvalidReferenceReason("[::1]:5000/x") == "");
  CHECK(check.InvalidReferenceReason("10.0.0.1:5000") == "");
  CHECK(check.InvalidReferenceReason("ghcr.io/Acme") == "upper");
  CHECK(check.InvalidReferenceReason("acme:latest") == "tag");
  CHECK(check.InvalidReferenceReason("ghcr.io/acme/img:1.0") == "tag");
  CHECK(check.InvalidReferenceReason("ghcr.io/acme@sha256:abc") == "digest");
  CHECK(check.InvalidReferenceReason("ghcr.io/a..b") == "chars");
  CHECK(check.InvalidReferenceReason("ghcr.io/a-") == "chars");
  CHECK(check.InvalidReferenceReason("ghcr.io//a") == "empty_component");
  CHECK(check.InvalidReferenceReason("-bad.io/a") == "host");
  CHECK(check.InvalidReferenceReason("host.io:port/a") == "host");
}

TEST_CASE("credentials in a URI are never printed", "[uri]") {
  CHECK(RedactUserInfo("https://bot:s3cret@ghcr.io/acme") == "https://****@ghcr.io/acme");
  CHECK(RedactUserInfo("bot:s3cret@ghcr.io") == "****@ghcr.io");
  CHECK(RedactUserInfo("ghcr.io/acme") == "ghcr.io/acme");
  auto findings =
      stacklint::testing::LintText(RegistryStack("github", "https://bot:s3cret@ghcr.io/acme"));
  REQUIRE(!findings.empty());
  for (const Diagnostic& d : findings) CHECK(d.message.find("s3cret") == std::string::npos);
}
