// Converts a YAML node to JSON with the types PyYAML's safe_load gives (what ZenML validates).
#ifndef STACKLINT_YAML_JSON_H_
#define STACKLINT_YAML_JSON_H_

#include <nlohmann/json.hpp>

#include "yaml_tree.h"

namespace stacklint {

/// Aliases are expanded; the loader has already bounded how large that can get. Non-scalar keys
/// become their YAML text's position-free placeholder "<complex key>".
nlohmann::json ToJson(const Node& node);

/// Appends `json` to `tree` as one more document: the way back for data that was YAML before it
/// was embedded as JSON (its nodes have no positions). Strings become quoted scalars, so they
/// stay strings.
void AppendJsonDocument(const nlohmann::json& json, YamlTree* tree);

}  // namespace stacklint

#endif  // STACKLINT_YAML_JSON_H_
