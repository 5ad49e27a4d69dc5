// The user's config: `.stacklint.yaml` (or `.yml`), or `[tool.stacklint]` in pyproject.toml.
// Each linted file gets the closest one in its folder or above (as ruff does), unless --config
// names one for all. Paths and globs in it are relative to its folder. Mistakes are exit 2 with
// the file's line and column: a typo must never silently disable a check.
#ifndef STACKLINT_CONFIG_H_
#define STACKLINT_CONFIG_H_

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "diagnostic.h"
#include "position.h"
#include "rule_catalog.h"

namespace stacklint {

/// A value from the config file with where it is written, for error messages.
struct ConfigValue {
  std::string value;
  std::string where;  ///< "path:line:col"
};

struct Config {
  std::string path;  ///< "" when there is none
  std::string dir;   ///< the folder paths and globs are relative to
  std::vector<ConfigValue> select, ignore;
  std::vector<std::pair<ConfigValue, Severity>> severity;  ///< rule -> level
  std::optional<std::string> fail_on;
  std::vector<std::string> rules;  ///< rule files, resolved against `dir`
  std::vector<ConfigValue> exclude;
  std::vector<std::pair<ConfigValue, std::vector<ConfigValue>>> per_file_ignores;
  std::optional<std::string> zenml_version;
};

/// The nearest config in folder `start` or a parent, or "": in each folder `.stacklint.yaml`,
/// `.stacklint.yml`, then a pyproject.toml that has a [tool.stacklint] table.
std::string FindConfigFile(const std::string& start);

/// Parses a config file's text; appends "path:line:col: message" for each mistake. With
/// `line_map` (config from TOML), generated line i + 1 is reported at `(*line_map)[i]`.
Config ParseConfig(const std::string& path, const std::string& text,
                   std::vector<std::string>* errors,
                   const std::vector<Position>* line_map = nullptr);

/// Reads and parses the config file at `path` (YAML, or pyproject.toml's [tool.stacklint]).
Config LoadConfigFile(const std::string& path, std::vector<std::string>* errors);

/// The config that applies to each linted file, found and parsed once per folder.
class ConfigFinder {
 public:
  /// The config for the file at `path` (an empty Config when there is none); mistakes in it are
  /// appended to `errors` the first time it is loaded.
  std::shared_ptr<const Config> For(const std::string& path, std::vector<std::string>* errors);

 private:
  /// The config that applies in absolute `folder`: its own, else its parent's.
  std::string ConfigPathFor(const std::filesystem::path& folder);

  std::map<std::string, std::string> config_of_folder_;          ///< absolute folder -> config path
  std::map<std::string, std::shared_ptr<const Config>> loaded_;  ///< by config path
};

/// Checks that every rule the config names exists in `catalog` (after its `rules` files loaded).
void ValidateConfigRules(const Config& config, const RuleCatalog& catalog,
                         std::vector<std::string>* errors);

/// Whether `display_path` (relative to the working directory) is excluded by the config.
bool IsExcluded(const Config& config, const std::string& display_path);
/// The per-file-ignores entries that apply to `display_path`.
std::vector<std::string> PerFileIgnores(const Config& config, const std::string& display_path);

/// True if `entry` (a rule ID, ID prefix or name) names at least one rule.
bool NamesRule(const RuleCatalog& catalog, const std::string& entry);

}  // namespace stacklint

#endif  // STACKLINT_CONFIG_H_
