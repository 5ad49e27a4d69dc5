#include "rule_catalog.h"

#include <re2/re2.h>

#include <catch2/catch.hpp>

#include "test_util.h"

using namespace stacklint;
using stacklint::testing::BuiltinCatalog;
using stacklint::testing::RuleIds;

TEST_CASE("the built-in catalog loads and every rule is complete", "[catalog]") {
  const RuleCatalog& catalog = BuiltinCatalog();
  REQUIRE(catalog.rules().size() >= 20);
  for (const RuleInfo& rule : catalog.rules()) {
    INFO(rule.id);
    CHECK(!rule.name.empty());
    CHECK(!rule.summary.empty());
    CHECK(!rule.messages.empty());
    CHECK(!rule.why.empty());
    CHECK(!rule.bad_example.empty());
    CHECK(!rule.good_example.empty());
    CHECK(rule.origin == "rules/" + rule.id + "-" + rule.name + ".yaml");
  }
  CHECK(catalog.FindRule("CR104") == catalog.FindRule("default-flavor-specific-uri"));
}

TEST_CASE("each rule's bad example fires it and its good example is clean", "[catalog]") {
  for (const RuleInfo& rule : BuiltinCatalog().rules()) {
    INFO(rule.id << "\n" << rule.bad_example);
    std::vector<std::string> bad = RuleIds(rule.bad_example);
    if (rule.example_context.empty()) {  // e.g. SL011 needs a baseline: its golden test has one
      CHECK(std::find(bad.begin(), bad.end(), rule.id) != bad.end());
    }
    INFO(rule.good_example);
    CHECK(RuleIds(rule.good_example).empty());
  }
}

TEST_CASE("the six flavors are data with examples and docs", "[catalog]") {
  const RuleCatalog& catalog = BuiltinCatalog();
  for (const char* name : {"default", "dockerhub", "gcp", "azure", "github", "aws"}) {
    const Flavor* flavor = catalog.FindFlavor("container_registry", name);
    REQUIRE(flavor != nullptr);
    CHECK(!flavor->examples.empty());
    CHECK(flavor->docs_url ==
          std::string("https://docs.zenml.io/stack-components/container-registries/") + name);
    CHECK(catalog.schemas().count(flavor->schema) == 1);
  }
}

TEST_CASE("ZenML's own service-connector regexes agree with the flavor data", "[catalog]") {
  // From SPEC §3: each documented example matches the connector pattern of its cloud.
  struct Case {
    const char* flavor;
    const char* connector;
  };
  const Case cases[] = {
      {"aws", R"(^(http[s]?://)?\d{12}\.dkr\.ecr\.[a-z0-9-]+\.amazonaws\.com(/.+)*$)"},
      {"gcp", R"(^(https://)?(([a-z0-9-]+)-docker\.pkg\.dev/([a-z0-9-]+)/([a-z0-9-.]+))(/.+)*$)"},
      {"azure", R"(^(https?://)?[a-zA-Z0-9]+\.azurecr\.io(/.+)*$)"},
      {"dockerhub", R"(^(https?://)?[a-zA-Z0-9-]+(\.[a-zA-Z0-9-]+)*(:[0-9]+)?(/.+)*$)"},
  };
  for (const Case& c : cases) {
    const Flavor* flavor = BuiltinCatalog().FindFlavor("container_registry", c.flavor);
    RE2 connector(c.connector);
    for (const std::string& example : flavor->examples) {
      INFO(c.flavor << " " << example);
      CHECK(RE2::FullMatch(example, connector));
    }
  }
}

TEST_CASE("a user's rule file adds flavors and regex rules", "[catalog]") {
  std::vector<std::string> errors;
  RuleCatalog catalog = RuleCatalog::Load(
      {{"my-rules.yaml",
        "kind: flavor\nname: harbor\ncomponent_type: container_registry\nhost: "
        "'^harbor\\.acme\\.com$'\n"
        "uri: '^harbor\\.acme\\.com/[a-z0-9-]+$'\nschema: container_registry.schema.json\n"
        "---\nkind: rule\nid: ACME001\nname: registry-outside-acme\nseverity: warning\n"
        "summary: Registries live in the acme org.\nmessage: \"uri `{value}` is outside "
        "ghcr.io/acme\"\n"
        "flavors: [github]\nrequire: '^ghcr\\.io/acme(/|$)'\n"}},
      &errors);
  INFO((errors.empty() ? "" : errors.front()));
  REQUIRE(errors.empty());
  CHECK(catalog.FindFlavor("container_registry", "harbor") != nullptr);
  REQUIRE(catalog.FindRule("ACME001") != nullptr);
  CHECK(catalog.FindRule("registry-outside-acme")->regex.has_value());
}

TEST_CASE("mistakes in a user's rule file are reported with file:line:col", "[catalog]") {
  auto errors_for = [](const std::string& text) {
    std::vector<std::string> errors;
    RuleCatalog::Load({{"r.yaml", text}}, &errors);
    return errors;
  };
  auto bad_regex =
      errors_for("kind: flavor\nname: x\ncomponent_type: container_registry\nuri: '^(unclosed'\n");
  REQUIRE(bad_regex.size() == 1);
  CHECK(bad_regex[0].rfind("r.yaml:4:6: invalid regular expression in `uri`", 0) == 0);

  auto bad_yaml = errors_for("kind: rule\nid: [\n");
  REQUIRE(bad_yaml.size() == 1);
  CHECK(bad_yaml[0].rfind("r.yaml:3:1: ", 0) == 0);

  auto unknown_key =
      errors_for("kind: flavor\nname: x\ncomponent_type: container_registry\nuri: x\nhots: y\n");
  REQUIRE(unknown_key.size() == 1);
  CHECK(unknown_key[0].rfind("r.yaml:5:1: unknown key `hots`", 0) == 0);

  auto builtin_id = errors_for(
      "kind: rule\nid: CR104\nname: mine\nseverity: error\nsummary: s\nmessage: m\nrequire: x\n");
  REQUIRE(!builtin_id.empty());
  CHECK(builtin_id[0].rfind("r.yaml:2:5: rule `CR104` is already defined", 0) == 0);

  auto std_regex = errors_for(
      "kind: flavor\nname: x\ncomponent_type: container_registry\nuri: x\n"
      "schema:\n  type: object\n  properties:\n    uri: {type: string, pattern: '^a'}\n");
  REQUIRE(std_regex.size() == 1);
  CHECK(std_regex[0].rfind("r.yaml:8:25: schema keyword `pattern` is not supported", 0) == 0);
}

TEST_CASE("templates fill placeholders and sanitize values", "[catalog]") {
  CHECK(RenderTemplate("uri `{uri}` is {what}", {{"uri", "a\x1b"}}) == "uri `a\\x1b` is {what}");
}

TEST_CASE("no built-in rule keeps scripts/new-rule's TODO text", "[catalog]") {
  for (const RuleInfo& rule : BuiltinCatalog().rules()) {
    INFO(rule.origin << " still holds TODO text from scripts/new-rule");
    std::string text =
        rule.summary + rule.why + rule.bad_example + rule.good_example + rule.fix_title;
    for (const auto& [variant, message] : rule.messages) text += message;
    CHECK(text.find("TODO") == std::string::npos);
  }
}
