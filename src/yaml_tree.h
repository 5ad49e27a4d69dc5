// Loads YAML text into a tree in which every node knows where it is written. Built on yaml-cpp's
// event API: duplicate keys are recorded, merge keys (`<<`) are resolved, aliases share their
// anchored node (never copied), and depth, expanded size and document count are bounded.
//
//   SourceFile source("stack.yaml", text);
//   std::unique_ptr<YamlTree> tree = LoadYaml(source, LoadLimits{});
//   for (const YamlDocument& doc : tree->documents) Use(doc.root->Find("stack_name"));
#ifndef STACKLINT_YAML_TREE_H_
#define STACKLINT_YAML_TREE_H_

#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "position.h"
#include "source_file.h"

namespace stacklint {

enum class NodeKind { kNull, kScalar, kSequence, kMapping };
/// How a scalar was written: only plain scalars resolve to null, bool or number.
enum class ScalarStyle { kPlain, kQuoted, kBlock };
/// The type a scalar resolves to as ZenML's loader (PyYAML safe_load, YAML 1.1) reads it.
enum class ScalarType { kNull, kBool, kInt, kFloat, kTimestamp, kString };

struct Node;

struct MapEntry {
  const Node* key;
  const Node* value;
  bool merged = false;  ///< brought in by a `<<` merge key; positions are where it is written
};

struct Node {
  NodeKind kind = NodeKind::kNull;
  ScalarStyle style = ScalarStyle::kPlain;
  std::string value;  ///< scalar text, after unquoting
  std::string tag;    ///< explicit tag (e.g. "tag:yaml.org,2002:str"), "" if none
  /// Where the value is written (anchors and tags excluded); a block scalar's or multi-line
  /// scalar's range is the whole value, from its header or first line to its last line.
  Range range;
  /// A scalar written as an alias (`*name`) is a copy of the anchored node (same value and
  /// range, so findings point where the value is written) that knows where the alias stands.
  const Node* alias_of = nullptr;
  Range use_range;  ///< for alias_of: the `*name` text
  size_t uses = 0;  ///< how often an alias (merge keys included) repeats this node elsewhere
  std::vector<const Node*> items;  ///< sequence items
  std::vector<MapEntry> entries;   ///< mapping entries: explicit ones in order, then merged ones
  size_t expanded_size = 1;        ///< nodes counted with every alias expanded

  bool IsMapping() const { return kind == NodeKind::kMapping; }
  bool IsSequence() const { return kind == NodeKind::kSequence; }
  bool IsScalar() const { return kind == NodeKind::kScalar; }
  /// The value for `key` (the last one written, as ZenML's loader keeps), or nullptr.
  const Node* Find(std::string_view key) const;
  /// The key node of the entry for `key`, or nullptr.
  const Node* FindKey(std::string_view key) const;
  ScalarType Type() const;
  /// A plain, untagged scalar: the only kind whose type PyYAML's resolver decides.
  bool IsPlainScalar() const {
    return kind == NodeKind::kScalar && style == ScalarStyle::kPlain && tag.empty();
  }
  /// A scalar that resolves to a string (quoted, block, or plain but not null/bool/number/date).
  bool IsString() const { return kind == NodeKind::kScalar && Type() == ScalarType::kString; }
};

struct YamlDocument {
  const Node* root = nullptr;
};

struct DuplicateKey {
  const Node* first;
  const Node* second;
};

/// One `*name` in the text and where the anchored value it repeats is written (values, not
/// pointers: they outlive the nodes of their document when documents are streamed).
struct AliasUse {
  Range range;            ///< the `*name` text
  Range target;           ///< the anchored value
  bool target_is_scalar;  ///< an insertion at its end: outside a scalar, inside a collection
};

/// The alias use whose anchored value [begin, end) touches (editing there would change the
/// other uses too), or nullptr.
const AliasUse* FindSharedValue(const std::vector<AliasUse>& aliases, size_t begin, size_t end);

struct LoadLimits {
  size_t max_depth = 100;              ///< nested collections; yaml-cpp's own guard is ~500
  size_t max_expanded_nodes = 250000;  ///< per document, with aliases and merges expanded
  size_t max_documents = 1000;
};

/// Why loading stopped early.
struct LoadError {
  enum class Kind { kSyntax, kLimit };
  Kind kind;
  std::string message;
  Range range;
};

struct YamlTree {
  std::deque<Node> nodes;               ///< owns every node; a deque keeps their addresses stable
  std::vector<YamlDocument> documents;  ///< complete documents (those before an error)
  std::vector<DuplicateKey> duplicates;
  /// Well-formed YAML that PyYAML's safe_load refuses (a `<<` merging a scalar, a plain `=`):
  /// ZenML cannot load the file. Loading goes on.
  std::vector<LoadError> unloadable;
  std::vector<AliasUse> aliases;  ///< in text order
  std::optional<LoadError> error;

  /// The ranges of every scalar as written (keys included), sorted: text inside them is no comment.
  /// A block scalar's header line is left out after its indicator (it may end with a comment).
  std::vector<Range> ScalarRanges(const SourceFile& source) const;
};

/// Called after each complete document that holds something, with the tree in which it is the
/// only one of `documents` (its duplicate keys, unloadable values and aliases beside it). With a
/// sink the loader drops each document once the sink returns, so memory is that of the largest
/// document, not of the file; what a document cut short by an error had begun stays in the tree.
using DocumentSink = std::function<void(const YamlTree&)>;

std::unique_ptr<YamlTree> LoadYaml(const SourceFile& source, const LoadLimits& limits,
                                   const DocumentSink& sink = nullptr);

}  // namespace stacklint

#endif  // STACKLINT_YAML_TREE_H_
