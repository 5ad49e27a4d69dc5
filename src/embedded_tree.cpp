// Builds YamlTrees from the node tables of embedded_data.h.
#include <string>

#include "embedded_data.h"
#include "yaml_tree.h"

namespace stacklint {

void AppendEmbeddedDocuments(const EmbeddedFile& file, YamlTree* tree) {
  struct Open {
    Node* node;
    const Node* pending_key;
  };
  std::vector<Open> open;
  for (size_t i = 0; i < file.node_count; ++i) {
    const EmbeddedNode& flat = file.nodes[i];
    tree->nodes.emplace_back();
    Node& node = tree->nodes.back();
    switch (flat.kind) {
      case EmbeddedNode::kNull:
        node.kind = NodeKind::kNull;
        break;
      case EmbeddedNode::kString:
        node.kind = NodeKind::kScalar;
        node.style = ScalarStyle::kQuoted;
        break;
      case EmbeddedNode::kPlain:
        node.kind = NodeKind::kScalar;
        break;
      case EmbeddedNode::kSequence:
        node.kind = NodeKind::kSequence;
        break;
      case EmbeddedNode::kMapping:
        node.kind = NodeKind::kMapping;
        break;
    }
    node.value.assign(file.strings + flat.offset, flat.length);
    open.resize(std::min<size_t>(open.size(), flat.depth));
    if (open.empty()) {
      tree->documents.push_back(YamlDocument{&node});
    } else if (Open& parent = open.back(); parent.node->IsSequence()) {
      parent.node->items.push_back(&node);
    } else if (parent.pending_key == nullptr) {
      parent.pending_key = &node;
    } else {
      parent.node->entries.push_back(MapEntry{parent.pending_key, &node});
      parent.pending_key = nullptr;
    }
    if (node.IsSequence() || node.IsMapping()) open.push_back(Open{&node, nullptr});
  }
}

}  // namespace stacklint
