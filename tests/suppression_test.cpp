// Inline suppressions: only real comments count, aliases carry them, malformed ones are reported.
#include "suppression.h"

#include <catch2/catch.hpp>

#include "fixer.h"
#include "test_util.h"
#include "yaml_tree.h"

using namespace stacklint;
using stacklint::testing::LintText;
using stacklint::testing::RegistryStack;
using stacklint::testing::RuleIds;

using Ids = std::vector<std::string>;

namespace {

std::vector<Suppression> Suppressions(const std::string& text) {
  SourceFile source("t.yaml", text);
  auto tree = LoadYaml(source, LoadLimits{});
  return FindSuppressions(source, tree->ScalarRanges(source));
}

}  // namespace

TEST_CASE("suppression-shaped text inside any scalar is no comment", "[suppression]") {
  std::string text =
      "a: \"x # stacklint: ignore-file[CR104] double\"\n"
      "b: 'x # stacklint: ignore-file[CR104] single'\n"
      "c: |\n  x\n  # stacklint: ignore-file[CR104] literal\n"
      "d: >-\n  x\n  # stacklint: ignore-file[CR104] folded\n"
      "e: x\n  # stacklint: ignore-file[CR104] plain continuation? no: a comment ends it\n"
      "f: \"multi\n  # stacklint: ignore-file[CR104] in a quoted line\"\n"
      "g: x#stacklint:ignore-file[CR104]\n";
  std::vector<Suppression> found = Suppressions(text);
  REQUIRE(found.size() == 1);  // only the comment line after `e: x`
  CHECK(found[0].line == 10);
}

TEST_CASE("a comment after a block scalar's header is a comment", "[suppression]") {
  std::vector<Suppression> found =
      Suppressions("a: |-  # stacklint: ignore[CR104] header\n  # stacklint: ignore[CR104] text\n");
  REQUIRE(found.size() == 1);
  CHECK(found[0].line == 1);
}

TEST_CASE("a quoted ignore-file does not silence the file", "[suppression]") {
  std::string text = RegistryStack("default", "ghcr.io/acme",
                                   "  alerter:\n    name: slack\n    flavor: slack\n"
                                   "    configuration:\n      default_slack_channel_id: "
                                   "\"C123 # stacklint: ignore-file[CR104] x\"\n");
  CHECK(RuleIds(text) == Ids{"CR104"});
}

TEST_CASE("a '#' in a block scalar is no suppression and SL010 never edits it", "[suppression]") {
  std::string text = RegistryStack("gcp", "europe-west1-docker.pkg.dev/acme/images",
                                   "  alerter:\n    name: a\n    flavor: slack\n"
                                   "    configuration:\n      note: |\n"
                                   "        # stacklint: ignore[CR104] text\n");
  CHECK(RuleIds(text).empty());
  CHECK(ApplyFixes(text, LintText(text), true).text == text);
}

TEST_CASE("marker, directive and IDs are case-insensitive", "[suppression]") {
  CHECK(
      RuleIds(RegistryStack("default  # StackLint: IGNORE[cr104] cache", "ghcr.io/acme")).empty());
  CHECK(RuleIds(RegistryStack("default  # stacklint: ignore[Default-Flavor-Specific-URI] x",
                              "ghcr.io/acme"))
            .empty());
}

TEST_CASE("malformed suppressions are warnings that say what is wrong", "[suppression]") {
  auto messages = [](const std::string& comment) {
    std::vector<std::string> out;
    for (const Diagnostic& d : LintText(RegistryStack("default  " + comment, "ghcr.io/acme"))) {
      if (d.rule_id == "SL010") out.push_back(d.message);
      if (d.rule_id == "SL010") CHECK_FALSE(d.fix);
      if (d.rule_id == "SL010") CHECK(d.severity == Severity::kWarning);
    }
    return out;
  };
  CHECK(messages("# stacklint: ignore cache") ==
        std::vector<std::string>{
            "`# stacklint: ignore` names no rule: write `ignore[ID,...] reason`"});
  CHECK(messages("# stacklint: ignore[] cache") ==
        std::vector<std::string>{
            "`# stacklint: ignore` names no rule: write `ignore[ID,...] reason`"});
  CHECK(
      messages("# stacklint: ignroe[CR104] cache") ==
      std::vector<std::string>{"`# stacklint: ignroe` is not a suppression: write `ignore[ID,...]` "
                               "or `ignore-file[ID,...]`"});
  CHECK(messages("# stacklint: ignore[CR1O4] cache") ==
        std::vector<std::string>{"`CR1O4` in this `# stacklint: ignore[...]` names no rule (see "
                                 "`stacklint rules`)"});
}

TEST_CASE("a suppression where an alias is used covers findings reached through it",
          "[suppression]") {
  std::string text =
      "zenml_version: 0.74.0\nstack_name: s\nshared: &def default\ncomponents:\n"
      "  container_registry:\n    name: r\n    flavor: *def  # stacklint: ignore[CR104] cache\n"
      "    configuration:\n      uri: ghcr.io/acme\n";
  CHECK(RuleIds(text).empty());
}

TEST_CASE("MayHoldSuppression finds the name in any ASCII case, anywhere", "[suppression]") {
  CHECK(MayHoldSuppression("uri: x  # stacklint: ignore[CR101]"));
  CHECK(MayHoldSuppression("# StackLint: ignore-file[CR104]"));
  CHECK(MayHoldSuppression("STACKLINT"));
  CHECK(MayHoldSuppression("sstacklint"));
  CHECK(MayHoldSuppression("a: b\n#stacklint"));
  CHECK_FALSE(MayHoldSuppression(""));
  CHECK_FALSE(MayHoldSuppression("stacklin"));
  CHECK_FALSE(MayHoldSuppression("stack lint"));
  CHECK_FALSE(MayHoldSuppression("s\x94\x81\x83klint"));  // `| 0x20` folds letters only
  CHECK_FALSE(MayHoldSuppression("3TACKLINT"));
}
