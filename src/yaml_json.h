// Converts a YAML node to JSON with YAML 1.2 core schema types (what a JSON Schema validates).
#ifndef STACKLINT_YAML_JSON_H_
#define STACKLINT_YAML_JSON_H_

#include <nlohmann/json.hpp>

#include "yaml_tree.h"

namespace stacklint {

/// Aliases are expanded; the loader has already bounded how large that can get. Non-scalar keys
/// become their YAML text's position-free placeholder "<complex key>".
nlohmann::json ToJson(const Node& node);

}  // namespace stacklint

#endif  // STACKLINT_YAML_JSON_H_
