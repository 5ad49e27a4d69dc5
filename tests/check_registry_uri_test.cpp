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
  RegistryUriCheck check;
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

TEST_CASE("Docker's current host rule: `.`, `:`, localhost, or any upper-case letter", "[uri]") {
  CHECK(IsRegistryHost("ghcr.io"));
  CHECK(IsRegistryHost("localhost"));
  CHECK(IsRegistryHost("registry:5000"));
  CHECK(IsRegistryHost("LOCALDOMAIN"));
  CHECK(IsRegistryHost("Docker"));
  CHECK_FALSE(IsRegistryHost("docker"));
  CHECK_FALSE(IsRegistryHost("my-team"));
  CHECK(RegistryHost("Docker/docker") == "docker");
  CHECK(RegistryHost("docker/Docker") == "docker.io");
  CHECK(RegistryHost("MyTeam") == "myteam");  // ZenML appends `/<image>`: the first is a host
}

TEST_CASE("the path after the host is what Docker's 255-character limit counts", "[uri]") {
  CHECK(PathLength("ghcr.io") == 0);
  CHECK(PathLength("ghcr.io/acme") == 4);
  CHECK(PathLength("acme/images") == 11);  // Docker Hub: no host in the text
  RegistryUriCheck check;
  std::string a255(255, 'a');
  CHECK(check.InvalidReferenceReason("example.com/" + a255) == "");
  CHECK(check.InvalidReferenceReason("example.com/" + a255 + "a") == "too_long");
  CHECK(check.InvalidReferenceReason(std::string(253, 'a') + "/b/c") == "too_long");
  // a uri must leave room for `/<image>`; with default_repository ZenML appends only `:<tag>`
  std::string host = "registry.acme.com/";
  CHECK(RuleIds(RegistryStack("default", host + std::string(253, 'a'))).empty());
  CHECK(RuleIds(RegistryStack("default", host + std::string(254, 'a'))) == Ids{"CR109"});
  CHECK(RuleIds(RegistryStack("default", host + std::string(250, 'a'),
                              "      default_repository: team\n"))
            .empty());  // 255
  CHECK(RuleIds(RegistryStack("default", host + std::string(250, 'a'),
                              "      default_repository: teams\n")) == Ids{"CR109"});  // 256
}

TEST_CASE("the most specific cause first: an @ in a bracketed host is a host problem", "[uri]") {
  RegistryUriCheck check;
  CHECK(check.InvalidReferenceReason("[fe80::1%@zone]:5000/repo") == "host");
  CHECK(check.InvalidReferenceReason("[fe80::1%eth0]:5000/repo") == "host");
  CHECK(check.InvalidReferenceReason("localhost:5000@sha256:abc") == "digest");
  CHECK(check.InvalidReferenceReason("Docker/docker") == "");
  CHECK(check.InvalidReferenceReason("docker/Docker") == "upper");
  CHECK(check.InvalidReferenceReason("[2001:db8::1]:5000") == "");
  CHECK(RedactUserInfo("[fe80::1%@zone]:5000/repo") == "[fe80::1%@zone]:5000/repo");
}

TEST_CASE("uri and default_repository are judged as one image path", "[uri]") {
  struct Case {
    const char* flavor;
    const char* uri;
    const char* repository;
    Ids ids;
  };
  const Case cases[] = {
      {"github", "ghcr.io", "acme-ml", {}},
      {"github", "ghcr.io", "acme.ml", {"CR103"}},
      {"github", "GHCR.IO/acme", "", {}},
      {"github", "GHCR.IO", "acme", {}},
      {"gcp", "us-central1-docker.pkg.dev/proj", "repo", {}},
      {"gcp", "us-central1-docker.pkg.dev", "proj/repo", {}},
      {"gcp", "us-central1-docker.pkg.dev", "proj", {"CR112"}},
      {"gcp", "us-central1-docker.pkg.dev/proj", "", {"CR112"}},
      {"dockerhub", "docker.io", "", {"CR103"}},  // no account anywhere: official images only
      {"dockerhub", "docker.io", "acme", {}},
      {"dockerhub", "zenml", "pipelines", {}},
      {"dockerhub", "MyTeam", "", {"CR103"}},  // a host to Docker, not an account
      {"aws", "715803424592.dkr.ecr.us-east-1.amazonaws.com", "zenml/ml", {}},
      {"aws", "715803424592.dkr.ecr.us-east-1.amazonaws.com/x", "zenml", {"CR105"}},
      {"aws", "71580342459.dkr.ecr.us-east-1.amazonaws.com", "zenml", {"CR113"}},
      {"default", "ghcr.io", "Acme", {"CR104", "CR109"}},
  };
  for (const Case& c : cases) {
    INFO(c.flavor << " " << c.uri << " + " << c.repository);
    std::string extra =
        *c.repository ? std::string("      default_repository: ") + c.repository + "\n" : "";
    CHECK(RuleIds(RegistryStack(c.flavor, c.uri, extra)) == c.ids);
  }
}

TEST_CASE("a finding about the path points at the part that holds it", "[uri]") {
  auto at = [](const std::string& flavor, const std::string& uri, const std::string& repo) {
    auto findings = stacklint::testing::LintText(
        RegistryStack(flavor, uri, "      default_repository: " + repo + "\n"));
    REQUIRE(findings.size() == 1);
    return std::pair{findings[0].range.begin.line, findings[0].range.begin.column};
  };
  // line 8 holds `uri: ` (value at column 12), line 9 `default_repository: ` (column 27)
  CHECK(at("gcp", "us-central1-docker.pkg.dev", "proj") == std::pair{9, 27});
  CHECK(at("github", "ghcr.io", "acme.ml") == std::pair{9, 27});
  CHECK(at("github", "ghcr.io/a.b", "ml") == std::pair{8, 12});  // the uri holds the owner
  CHECK(at("aws", "12345.dkr.ecr.us-east-1.amazonaws.com", "ml") == std::pair{8, 12});
}

TEST_CASE("templates are judged on their literal parts", "[uri]") {
  struct Case {
    const char* flavor;
    const char* uri;
    Ids ids;
  };
  const Case cases[] = {
      {"default", "ghcr.io/${ORG}", {"CR104"}},  // the host is literal
      {"default", "gcr.io/${PROJECT}", {"CR104", "CR111"}},
      {"default", "${REGION}-docker.pkg.dev/proj/repo", {}},  // the host is templated
      {"gcp", "${REGION}-docker.pkg.dev/proj", {}},
      {"github", "ghcr.io/${ORG}", {}},
      {"aws", "ghcr.io/${ORG}", {"CR103"}},
      {"dockerhub", "docker.io/${ACCOUNT}", {}},
      {"dockerhub", "$ACCOUNT", {}},
      {"default", "$ACCOUNT/images", {}},
      {"github", "ghcr.io/${ORG}/", {"CR107"}},  // literal slashes are still literal
  };
  for (const Case& c : cases) {
    INFO(c.flavor << " " << c.uri);
    CHECK(RuleIds(RegistryStack(c.flavor, c.uri)) == c.ids);
  }
  auto findings = stacklint::testing::LintText(RegistryStack("default", "ghcr.io/${ORG}"));
  REQUIRE(findings.size() == 1);
  CHECK_FALSE(findings[0].fix);  // whether the filled-in URI fits github is not known
}

TEST_CASE("a flavor change is offered only when the URI fits that flavor", "[uri]") {
  auto only = [](const std::string& flavor, const std::string& uri, const std::string& extra) {
    auto findings = stacklint::testing::LintText(RegistryStack(flavor, uri, extra));
    REQUIRE(findings.size() == 1);
    return findings[0];
  };
  Diagnostic fits = only("default", "ghcr.io/acme", "");
  CHECK(fits.rule_id == "CR104");
  REQUIRE(fits.fix);
  CHECK(fits.fix->edits.at(0).replacement == "github");
  Diagnostic ecr_path = only("default", "715803424592.dkr.ecr.us-east-1.amazonaws.com/zenml", "");
  CHECK(ecr_path.rule_id == "CR104");
  CHECK_FALSE(ecr_path.fix);
  CHECK(ecr_path.message.find("does not fit that flavor") != std::string::npos);
  CHECK(ecr_path.message.find("`aws`") != std::string::npos);
  CHECK_FALSE(only("default", "ghcr.io", "").fix);
  CHECK(only("default", "ghcr.io", "      default_repository: acme\n").fix);
  CHECK_FALSE(only("aws", "ghcr.io", "").fix);  // CR103 other_flavor, the same rule
  CHECK(only("aws", "ghcr.io/acme", "").fix);
}

TEST_CASE("an upper-case first component is called a host only where an account was meant",
          "[uri]") {
  auto message = [](const std::string& flavor, const std::string& uri) {
    auto findings = stacklint::testing::LintText(RegistryStack(flavor, uri));
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].rule_id == "CR103");
    return findings[0].message;
  };
  CHECK(message("dockerhub", "MyTeam").find("upper-case") != std::string::npos);
  CHECK(message("github", "MyTeam").find("upper-case") == std::string::npos);
  CHECK(RuleIds(RegistryStack("default", "MyTeam")).empty());  // a host no flavor serves
  // host names compare case-insensitively in the flavor-specific reasons too
  CHECK(RuleIds(RegistryStack("aws", "71580342459.DKR.ECR.US-EAST-1.AMAZONAWS.COM")) ==
        Ids{"CR113"});
}
