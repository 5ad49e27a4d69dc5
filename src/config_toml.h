// `[tool.stacklint]` in pyproject.toml, the Python convention for tool settings (ruff, mypy),
// read with toml++. toml++ is a heavy header, so it stays in config_toml.cpp behind this call.
#ifndef STACKLINT_CONFIG_TOML_H_
#define STACKLINT_CONFIG_TOML_H_

#include <optional>
#include <string>
#include <vector>

#include "position.h"

namespace stacklint {

/// The [tool.stacklint] table rewritten as block YAML that ParseConfig reads: every key and
/// every value on a line of its own, `lines[i]` the TOML position of generated line i + 1.
struct TomlConfig {
  std::string yaml;
  std::vector<Position> lines;
};

/// nullopt when `text` has no [tool.stacklint] table. A TOML syntax error is "line:col: reason"
/// in `error` (and a TomlConfig is returned, so the file still counts as the config).
std::optional<TomlConfig> ReadTomlConfig(const std::string& text, std::string* error);

}  // namespace stacklint

#endif  // STACKLINT_CONFIG_TOML_H_
