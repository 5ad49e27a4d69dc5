#include "embedded_data.h"

#include <catch2/catch.hpp>

#include "yaml_json.h"
#include "yaml_tree.h"

using namespace stacklint;

namespace {

// Kind, style, text and order of every node: what the catalog reads from a tree.
std::string Describe(const Node& node) {
  std::string out = std::to_string(static_cast<int>(node.kind)) +
                    std::to_string(static_cast<int>(node.style)) + "(" + node.value;
  for (const Node* item : node.items) out += " " + Describe(*item);
  for (const MapEntry& entry : node.entries)
    out += " " + Describe(*entry.key) + ":" + Describe(*entry.value);
  return out + ")";
}

}  // namespace

TEST_CASE("a rule file's node table gives the tree its JSON gives", "[embedded]") {
  size_t rule_files = 0;
  for (const EmbeddedFile& file : EmbeddedFiles()) {
    if (file.path.rfind("rules/", 0) != 0) {
      CHECK(file.nodes == nullptr);
      continue;
    }
    INFO(file.path);
    YamlTree from_json, from_table;
    for (const auto& document : nlohmann::json::parse(file.text))
      AppendJsonDocument(document, &from_json);
    AppendEmbeddedDocuments(file, &from_table);
    REQUIRE(from_table.documents.size() == from_json.documents.size());
    REQUIRE(from_table.nodes.size() == from_json.nodes.size());
    for (size_t i = 0; i < from_json.documents.size(); ++i) {
      CHECK(Describe(*from_table.documents[i].root) == Describe(*from_json.documents[i].root));
    }
    ++rule_files;
  }
  CHECK(rule_files > 20);
}

TEST_CASE("the editor schema is not embedded: nothing in the binary reads it", "[embedded]") {
  bool flavor_schema = false;
  for (const EmbeddedFile& file : EmbeddedFiles()) {
    CHECK(file.path != "schemas/zenml-stack.schema.json");
    flavor_schema = flavor_schema || file.path == "schemas/container_registry.schema.json";
  }
  CHECK(flavor_schema);
}
