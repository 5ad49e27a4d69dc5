#include "data_check.h"

#include <algorithm>
#include <memory>
#include <optional>
#include <set>

#include "rule_catalog.h"
#include "source_file.h"
#include "text_util.h"
#include "yaml_tree.h"

namespace stacklint {
namespace {

constexpr std::string_view kStackSchema = "schemas/zenml-stack.schema.json";

using Names = std::set<std::string>;

// Compares the editor schema (read with the YAML loader, so every node has its position) with
// the tables it must agree with.
class StackSchemaCheck {
 public:
  StackSchemaCheck(const SourceFile& source, const RuleCatalog& catalog,
                   std::vector<std::string>* errors)
      : source_(source), catalog_(catalog), errors_(errors) {}

  void Run(const Node& root) {
    const TableRow* stack = Keys("stack");
    const TableRow* component = Keys("component");
    const Table* types = catalog_.FindTable("component_types");
    if (!stack || !component || !types) {
      Error(root, "rules/tables/stack-keys.yaml or component-types.yaml is missing");
      return;
    }
    CheckObject(root, *stack, "the stack");
    const Node* components = Path(root, {"properties", "components", "properties"});
    if (components == nullptr) {
      Error(root, "`properties.components.properties` is missing");
      return;
    }
    Names expected;
    for (const TableRow& row : types->rows) {
      if (row.group == "types" && row.versions.Holds(std::nullopt)) expected.insert(row.name);
    }
    Names found;
    for (const MapEntry& entry : components->entries) {
      found.insert(entry.key->value);
      if (!expected.count(entry.key->value)) {
        Error(*entry.key, "component type `" + entry.key->value +
                              "` is not a current type of rules/tables/component-types.yaml");
        continue;
      }
      CheckObject(*entry.value, *component, "component `" + entry.key->value + "`");
    }
    for (const std::string& type : expected) {
      if (!found.count(type))
        Error(*components,
              "component type `" + type + "` of rules/tables/component-types.yaml is missing here");
    }
  }

 private:
  const TableRow* Keys(std::string_view what) const {
    return catalog_.FindFact("stack_keys", "keys", what, std::nullopt);
  }

  static const Node* Path(const Node& from, std::initializer_list<std::string_view> keys) {
    const Node* node = &from;
    for (std::string_view key : keys) {
      node = node->IsMapping() ? node->Find(key) : nullptr;
      if (node == nullptr) return nullptr;
    }
    return node;
  }

  // `object`'s `required` and `properties` against the row's `required` and `optional` keys.
  void CheckObject(const Node& object, const TableRow& row, const std::string& what) {
    const auto& required = row.List("required");
    const auto& optional = row.List("optional");
    Names want_required(required.begin(), required.end());
    Names want_all = want_required;
    want_all.insert(optional.begin(), optional.end());
    const Node* required_node = Path(object, {"required"});
    Names got_required;
    if (required_node != nullptr) {
      for (const Node* item : required_node->items) got_required.insert(item->value);
    }
    if (got_required != want_required) {
      Error(required_node ? *required_node : object, "`required` of " + what + " must be [" +
                                                         Join(required, ", ") +
                                                         "] (rules/tables/stack-keys.yaml)");
    }
    const Node* properties = Path(object, {"properties"});
    Names got_all;
    if (properties != nullptr) {
      for (const MapEntry& entry : properties->entries) got_all.insert(entry.key->value);
    }
    if (got_all != want_all) {
      Error(properties ? *properties : object,
            "the properties of " + what + " must be " +
                Join(std::vector<std::string>(want_all.begin(), want_all.end()), ", ") +
                " (rules/tables/stack-keys.yaml)");
    }
  }

  void Error(const Node& at, const std::string& message) {
    Position p = at.range.begin;
    errors_->push_back(source_.path() + ":" + std::to_string(p.line) + ":" +
                       std::to_string(p.column) + ": " + message);
  }

  const SourceFile& source_;
  const RuleCatalog& catalog_;
  std::vector<std::string>* errors_;
};

}  // namespace

std::vector<std::string> CheckBuiltinData(
    const std::vector<std::pair<std::string, std::string>>& files) {
  std::vector<Problem> problems;
  RuleCatalog catalog = RuleCatalog::LoadBuiltinSources(files, &problems);
  std::vector<std::string> errors;
  for (const Problem& problem : problems) errors.push_back(problem.Text());
  for (const auto& [path, text] : files) {
    if (path != kStackSchema) continue;
    SourceFile source(path, text);
    std::unique_ptr<YamlTree> tree = LoadYaml(source, LoadLimits{});
    if (tree->error || tree->documents.empty()) {
      Position p = tree->error ? tree->error->range.begin : Position{1, 1};
      errors.push_back(path + ":" + std::to_string(p.line) + ":" + std::to_string(p.column) + ": " +
                       (tree->error ? tree->error->message : "empty schema"));
      continue;
    }
    StackSchemaCheck(source, catalog, &errors).Run(*tree->documents.front().root);
  }
  return errors;
}

}  // namespace stacklint
