// Where a finding sits in the document, as a path of keys ("components.container_registry.
// configuration.uri"): stable when lines move, so it keys SARIF fingerprints and baselines.
#ifndef STACKLINT_YAML_PATH_H_
#define STACKLINT_YAML_PATH_H_

#include <string>
#include <unordered_map>

#include "yaml_tree.h"

namespace stacklint {

/// Maps the begin offset of every key and value node to its path. Documents after the first
/// are prefixed with their index ("[2].components..."); an aliased node keeps the path where it
/// is written.
std::unordered_map<size_t, std::string> IndexYamlPaths(const YamlTree& tree);

/// A stable 64-bit FNV-1a hash, as 16 hex digits.
std::string StableHash(std::string_view text);

}  // namespace stacklint

#endif  // STACKLINT_YAML_PATH_H_
