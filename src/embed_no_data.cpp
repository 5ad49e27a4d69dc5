// stacklint_embed's stand-in for the generated embedded_data.cpp: the tool runs the catalog
// loader over rules/ before any data is embedded, so it links against no built-in files.
#include "embedded_data.h"

namespace stacklint {

const std::vector<EmbeddedFile>& EmbeddedFiles() {
  static const std::vector<EmbeddedFile> none;
  return none;
}

CatalogData EmbeddedCatalog() { return {}; }

Table EmbeddedTable(std::string_view) { return {}; }

const std::vector<PatternLiterals>& EmbeddedPatternLiterals() {
  static const std::vector<PatternLiterals> none;
  return none;
}

}  // namespace stacklint
