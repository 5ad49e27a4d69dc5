// Where a finding sits in the document, as a path of keys ("components.container_registry.
// configuration.uri"): stable when lines move, so it keys SARIF fingerprints and baselines.
#ifndef STACKLINT_YAML_PATH_H_
#define STACKLINT_YAML_PATH_H_

#include <string>
#include <unordered_map>
#include <unordered_set>

#include "yaml_tree.h"

namespace stacklint {

/// The paths of the key and value nodes of one document (the `document`th, from 0, of those that
/// hold something) that begin at one of `offsets`; no path is built for the others. Documents
/// after the first are prefixed with their number ("[2].components..."); an aliased node keeps
/// the path where it is written (the first one met, keys before their values).
std::unordered_map<size_t, std::string> FindYamlPaths(const Node& root, size_t document,
                                                      const std::unordered_set<size_t>& offsets);

/// A stable 64-bit FNV-1a hash, as 16 hex digits.
std::string StableHash(std::string_view text);

}  // namespace stacklint

#endif  // STACKLINT_YAML_PATH_H_
