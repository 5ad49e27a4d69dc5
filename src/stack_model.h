// A typed view of the ZenML documents in a YAML file: stack exports (`zenml stack export`),
// mlstacks stack specs and mlstacks component specs. Nodes point into the YamlTree.
#ifndef STACKLINT_STACK_MODEL_H_
#define STACKLINT_STACK_MODEL_H_

#include <string>
#include <string_view>
#include <vector>

#include "yaml_tree.h"

namespace stacklint {

enum class DocumentKind { kStackExport, kMlstacksStack, kMlstacksComponent };

/// One entry under a stack export's `components`.
struct Component {
  std::string type;                ///< the key, e.g. "container_registry"
  const Node* type_key = nullptr;  ///< the key node
  const Node* body = nullptr;      ///< its value (a mapping when well-formed)
  const Node* name = nullptr;      ///< these three are nullptr when absent
  const Node* flavor = nullptr;
  const Node* configuration = nullptr;

  /// The flavor name when `flavor` is a string, else "".
  std::string FlavorName() const;
  /// `configuration[key]` when configuration is a mapping; for an old export without
  /// `configuration`, the key beside `name` and `flavor`; else nullptr.
  const Node* Config(std::string_view key) const;
};

struct StackDocument {
  DocumentKind kind;
  const Node* root;
  std::vector<Component> components;  ///< stack exports only

  const Component* FindComponent(std::string_view type) const;
};

/// A component's own keys (`name`, `flavor`, `type`, `id`), as opposed to its settings.
bool IsComponentOwnKey(std::string_view key);

/// ZenML's component types (StackComponentType) in the newest release, sorted: the current rows
/// of rules/tables/component-types.yaml.
const std::vector<std::string>& ComponentTypes();
bool IsComponentType(std::string_view type);

/// The documents of `tree` that are ZenML stack documents, in file order; others are left out.
std::vector<StackDocument> FindStackDocuments(const YamlTree& tree);

}  // namespace stacklint

#endif  // STACKLINT_STACK_MODEL_H_
