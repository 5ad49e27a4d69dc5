// The files of rules/ and schemas/, compiled into the binary by the build-time tool stacklint_embed
// (src/embed_main.cpp): YAML files already parsed, as JSON text; JSON files minified.
#ifndef STACKLINT_EMBEDDED_DATA_H_
#define STACKLINT_EMBEDDED_DATA_H_

#include <string_view>
#include <vector>

namespace stacklint {

struct EmbeddedFile {
  std::string_view path;  ///< relative to the repository root, e.g. "rules/flavors/aws.yaml"
  std::string_view text;  ///< JSON: a YAML file's documents as an array, a JSON file as is
};

/// All embedded files, sorted by path.
const std::vector<EmbeddedFile>& EmbeddedFiles();

}  // namespace stacklint

#endif  // STACKLINT_EMBEDDED_DATA_H_
