// stacklint reads YAML as ZenML's loader (PyYAML safe_load) does: checked against tables whose
// expected columns tests/pyyaml_table.py re-verifies with PyYAML itself (ctest `pyyaml_table`).
#include "pyyaml_scalar.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "yaml_json.h"
#include "yaml_tree.h"

using namespace stacklint;

namespace {

// The rows of a testdata/pyyaml table: tab-separated fields, `#` lines left out.
std::vector<std::vector<std::string>> ReadTable(const std::string& name) {
  std::ifstream in(std::string(STACKLINT_SOURCE_DIR) + "/testdata/pyyaml/" + name);
  REQUIRE(in);
  std::vector<std::vector<std::string>> rows;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields;
    std::stringstream stream(line);
    for (std::string field; std::getline(stream, field, '\t');) fields.push_back(field);
    if (line.back() == '\t') fields.emplace_back();
    rows.push_back(fields);
  }
  return rows;
}

std::string Unescape(std::string text) {
  for (size_t at = text.find("\\n"); at != std::string::npos; at = text.find("\\n", at + 1))
    text.replace(at, 2, "\n");
  return text;
}

// What stacklint makes of a YAML text: its JSON, or "!error" where ZenML could not load it.
std::string Reading(const std::string& text, const Node** root = nullptr) {
  static std::deque<SourceFile> sources;  // the tree points into its source
  sources.emplace_back("t.yaml", text);
  static std::deque<std::unique_ptr<YamlTree>> trees;
  trees.push_back(LoadYaml(sources.back(), LoadLimits{}));
  const YamlTree& tree = *trees.back();
  if (tree.error) return "syntax error: " + tree.error->message;
  if (!tree.unloadable.empty()) return "!error";
  if (tree.documents.empty()) return "null";
  if (root) *root = tree.documents[0].root;
  return ToJson(*tree.documents[0].root).dump();
}

}  // namespace

TEST_CASE("plain scalars resolve and convert as PyYAML's safe_load (testdata/pyyaml/scalars.tsv)",
          "[pyyaml]") {
  auto rows = ReadTable("scalars.tsv");
  CHECK(rows.size() > 100);
  for (const auto& row : rows) {
    REQUIRE(row.size() == 3);
    const std::string& text = row[0];
    INFO("scalar `" << text << "`");
    CHECK(PyYamlTypeName(ResolvePlainScalar(text)) == row[1]);
    const Node* root = nullptr;
    std::string json = Reading("k: " + text + "\n", &root);
    if (root != nullptr && ResolvePlainScalar(text) == PyYamlType::kInt &&
        !ConstructPyYamlInt(text))
      json = "!error";  // PyYAML raises; stacklint keeps the text
    if (json != "!error") json = json.substr(5, json.size() - 6);  // {"k":...}
    CHECK(json == row[2]);
  }
}

TEST_CASE("merge keys resolve as PyYAML's safe_load (testdata/pyyaml/merge.tsv)", "[pyyaml]") {
  auto rows = ReadTable("merge.tsv");
  CHECK(rows.size() > 10);
  for (const auto& row : rows) {
    REQUIRE(row.size() == 2);
    INFO("document `" << row[0] << "`");
    CHECK(Reading(Unescape(row[0]) + "\n") == row[1]);
  }
}

TEST_CASE("bool fields read as pydantic reads what PyYAML loaded", "[pyyaml]") {
  CHECK(PydanticBool(PyYamlType::kBool, "yes") == true);
  CHECK(PydanticBool(PyYamlType::kBool, "Off") == false);
  CHECK(PydanticBool(PyYamlType::kString, "YES") == true);  // quoted: pydantic's lax str -> bool
  CHECK(PydanticBool(PyYamlType::kString, "f") == false);
  CHECK(PydanticBool(PyYamlType::kInt, "1") == true);
  CHECK(PydanticBool(PyYamlType::kInt, "0b0") == false);
  CHECK(!PydanticBool(PyYamlType::kInt, "2"));
  CHECK(!PydanticBool(PyYamlType::kString, "maybe"));
  CHECK(!PydanticBool(PyYamlType::kNull, ""));
}
