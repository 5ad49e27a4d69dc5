// The files of rules/ and the flavor schemas of schemas/, checked and compiled into the binary
// by stacklint_embed (src/embed_main.cpp; the editor schema zenml-stack.schema.json is checked
// but not embedded). The catalog they give is embedded as C++ that builds it (catalog_cpp.h), so
// start-up neither parses nor checks any data; their JSON text is kept for the test that the
// two agree.
#ifndef STACKLINT_EMBEDDED_DATA_H_
#define STACKLINT_EMBEDDED_DATA_H_

#include <string_view>
#include <vector>

#include "rule_catalog.h"

namespace stacklint {

struct EmbeddedFile {
  std::string_view path;  ///< relative to the repository root, e.g. "rules/flavors/aws.yaml"
  std::string_view text;  ///< JSON: a schema, or a rule file's documents as an array
};

/// All embedded files, sorted by path.
const std::vector<EmbeddedFile>& EmbeddedFiles();

/// The built-in catalog: RuleCatalog::LoadEmbeddedJson(EmbeddedFiles()), built by generated code.
CatalogData EmbeddedCatalog();
/// One built-in table by name (e.g. "component_types"); an empty Table if there is none.
Table EmbeddedTable(std::string_view name);

/// A built-in regex with the literals RE2's FilteredRE2 finds in it at build time: every match
/// contains at least one of them (lower-case ASCII). literal_filter.h uses them.
struct PatternLiterals {
  std::string_view pattern;  ///< the regex, as written in rules/
  std::vector<std::string_view> literals;
};

/// Every built-in regex that has such literals, sorted by pattern.
const std::vector<PatternLiterals>& EmbeddedPatternLiterals();

}  // namespace stacklint

#endif  // STACKLINT_EMBEDDED_DATA_H_
