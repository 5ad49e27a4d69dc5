#include "embedded_data.h"

#include <catch2/catch.hpp>

#include "catalog_cpp.h"
#include "rule_catalog.h"

using namespace stacklint;

TEST_CASE("the catalog the embedded code builds is the one its JSON gives", "[embedded]") {
  std::vector<std::pair<std::string, std::string>> files;
  for (const EmbeddedFile& file : EmbeddedFiles()) files.emplace_back(file.path, file.text);
  std::vector<Problem> problems;
  RuleCatalog from_json = RuleCatalog::LoadEmbeddedJson(files, &problems);
  RuleCatalog from_code = RuleCatalog::Load({}, &problems);
  CHECK(problems.empty());
  CHECK(from_json.rules().size() > 20);
  CHECK(from_json.flavors().size() > 5);
  CHECK(from_json.tables().size() >= 9);
  // Every field of every rule, flavor, table row, schema and pattern, in order: the C++ each
  // catalog would be embedded as.
  CHECK(CatalogAsCpp(from_code) == CatalogAsCpp(from_json));
  // And a few fields read directly, so the comparison does not rest on CatalogAsCpp alone.
  for (const RuleInfo& rule : from_json.rules()) {
    INFO(rule.id);
    const RuleInfo* same = from_code.FindRule(rule.id);
    REQUIRE(same != nullptr);
    CHECK(same->name == rule.name);
    CHECK(same->severity == rule.severity);
    CHECK(same->messages == rule.messages);
    CHECK(same->why == rule.why);
    CHECK(same->bad_example == rule.bad_example);
    CHECK(same->good_example == rule.good_example);
    CHECK(same->tags == rule.tags);
    CHECK(same->from == DataOrigin::kBuiltin);
  }
  for (const Flavor& flavor : from_json.flavors()) {
    INFO(flavor.name);
    const Flavor* same = from_code.FindFlavor(flavor.component_type, flavor.name);
    REQUIRE(same != nullptr);
    CHECK(same->uri.pattern() == flavor.uri.pattern());
    CHECK(same->diagnoses.size() == flavor.diagnoses.size());
    CHECK(same->versions.since == flavor.versions.since);
  }
  CHECK(from_code.schemas() == from_json.schemas());
}

TEST_CASE("EmbeddedTable gives one built-in table by name", "[embedded]") {
  Table types = EmbeddedTable("component_types");
  CHECK(types.name == "component_types");
  CHECK(types.Find("types", "container_registry") != nullptr);
  CHECK(EmbeddedTable("no_such_table").rows.empty());
}

TEST_CASE("CppLiteral escapes every byte a C++ literal could misread", "[embedded]") {
  CHECK(CppLiteral("ab_9 x") == "\"ab_9 x\"");
  CHECK(CppLiteral(std::string_view("\"\\\n\0?\xc3\xa9", 7)) ==
        "\"\\042\\134\\012\\000\\077\\303\\251\"");
}

TEST_CASE("CatalogAsCpp refuses what it cannot write rather than dropping it", "[embedded]") {
  std::vector<Problem> problems;
  RuleCatalog with_user_rule = RuleCatalog::Load(
      {{"mine.yaml",
        "kind: rule\nid: X001\nname: no-latest\nseverity: error\nsummary: s\nmessage: m\n"
        "forbid: latest\n"}},
      &problems);
  REQUIRE(problems.empty());
  CHECK_THROWS_AS(CatalogAsCpp(with_user_rule), std::invalid_argument);
}

TEST_CASE("the editor schema is not embedded: nothing in the binary reads it", "[embedded]") {
  bool flavor_schema = false;
  for (const EmbeddedFile& file : EmbeddedFiles()) {
    CHECK(file.path != "schemas/zenml-stack.schema.json");
    flavor_schema = flavor_schema || file.path == "schemas/container_registry.schema.json";
  }
  CHECK(flavor_schema);
}
