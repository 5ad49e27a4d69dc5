// The files of rules/ and the flavor schemas of schemas/, checked and compiled into the binary
// by stacklint_embed (src/embed_main.cpp; the editor schema zenml-stack.schema.json is checked
// but not embedded). Rule files come as flat node tables, so start-up builds their trees without
// parsing any text; their JSON text is kept for tests.
#ifndef STACKLINT_EMBEDDED_DATA_H_
#define STACKLINT_EMBEDDED_DATA_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace stacklint {

struct YamlTree;

/// One node of a built-in YAML file, in pre-order: a document root has depth 0 and a node's
/// children follow it at depth + 1 (a mapping's keys and values alternating). The tree is the
/// one the file's JSON form gives (AppendJsonDocument): mapping keys sorted, strings quoted.
struct EmbeddedNode {
  enum Kind : uint8_t { kNull, kString, kPlain, kSequence, kMapping };
  Kind kind;
  uint16_t depth;
  uint32_t offset;  ///< its text in the file's `strings`
  uint32_t length;
};

struct EmbeddedFile {
  std::string_view path;  ///< relative to the repository root, e.g. "rules/flavors/aws.yaml"
  std::string_view text;  ///< JSON: a schema, or a rule file's documents as an array
  const EmbeddedNode* nodes = nullptr;  ///< rule files only
  size_t node_count = 0;
  const char* strings = nullptr;
};

/// All embedded files, sorted by path.
const std::vector<EmbeddedFile>& EmbeddedFiles();

/// A built-in regex with the literals RE2's FilteredRE2 finds in it at build time: every match
/// contains at least one of them (lower-case ASCII). literal_filter.h uses them.
struct PatternLiterals {
  std::string_view pattern;  ///< the regex, as written in rules/
  std::vector<std::string_view> literals;
};

/// Every built-in regex that has such literals, sorted by pattern.
const std::vector<PatternLiterals>& EmbeddedPatternLiterals();

/// Appends a rule file's documents to `tree` from its node table (positions are unknown).
void AppendEmbeddedDocuments(const EmbeddedFile& file, YamlTree* tree);

}  // namespace stacklint

#endif  // STACKLINT_EMBEDDED_DATA_H_
