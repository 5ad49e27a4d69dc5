// The user's config: `.stacklint.yaml` (or `.yml`), or `[tool.stacklint]` in pyproject.toml.
// Each linted file gets the closest one in its folder or above (as ruff does), unless --config
// names one for all. Paths and globs in it are relative to its folder. Mistakes are exit 2 with
// the file's line and column: a typo must never silently disable a check. Every setting is a row
// of kConfigKeys below.
#ifndef STACKLINT_CONFIG_H_
#define STACKLINT_CONFIG_H_

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "diagnostic.h"
#include "options.h"
#include "position.h"
#include "rule_catalog.h"

namespace stacklint {

/// A value from the config file with where it is written, for error messages.
struct ConfigValue {
  std::string value;
  std::string where;  ///< "path:line:col", or the flag ("--select") for a command-line value
};

using SeverityList = std::vector<std::pair<ConfigValue, Severity>>;               ///< rule -> level
using GlobRules = std::vector<std::pair<ConfigValue, std::vector<ConfigValue>>>;  ///< glob -> rules

struct Config {
  std::string path;  ///< "" when there is none
  std::string dir;   ///< the folder paths and globs are relative to
  std::vector<ConfigValue> select, ignore;
  SeverityList severity;
  std::optional<std::string> fail_on;
  std::vector<std::string> rules;  ///< rule files, resolved against `dir`
  std::vector<ConfigValue> exclude;
  GlobRules per_file_ignores;
  std::optional<std::string> zenml_version;
};

/// What a setting's value is; it decides how the value is read and checked.
enum class ConfigType {
  kRuleList,     ///< rule IDs, ID prefixes or names (checked against the catalog)
  kGlobList,     ///< globs relative to the config's folder
  kPathList,     ///< files relative to the config's folder
  kSeverityMap,  ///< rule -> error | warning | note
  kGlobRuleMap,  ///< glob -> rules
  kFailOn,       ///< error | warning | note | never
  kVersion,      ///< a ZenML version such as 0.74.0
};

/// How a command-line flag combines with the config's value.
enum class ConfigMerge {
  kNone,     ///< no flag sets this key
  kReplace,  ///< the flag's value, when given, replaces the config's
  kAdd,      ///< the flag's values come after the config's
};

/// One setting: the one place its key, type, default, flag and docs line are written. A new
/// setting is a row in kConfigKeys (plus a Config field and its use); config.cpp reads it, the
/// command line merges by it, and a test holds README.md's table of settings to it.
struct ConfigKey {
  std::string_view key;
  ConfigType type;
  std::string_view fallback;  ///< the value in effect when neither config nor flag sets it
  std::string_view flag;      ///< "" when the command line has none
  ConfigMerge merge;
  std::string_view doc;  ///< one line for the README, markdown
  std::variant<std::vector<ConfigValue> Config::*, std::vector<std::string> Config::*,
               SeverityList Config::*, GlobRules Config::*, std::optional<std::string> Config::*>
      field;
  std::variant<std::monostate, std::vector<std::string> Options::*, std::string Options::*> option =
      std::monostate{};
};

inline constexpr ConfigKey kConfigKeys[] = {
    {"select", ConfigType::kRuleList, "", "--select", ConfigMerge::kReplace,
     "only these rules: IDs, ID prefixes or names (none given: all)", &Config::select,
     &Options::select},
    {"ignore", ConfigType::kRuleList, "", "--ignore", ConfigMerge::kAdd, "skip these rules",
     &Config::ignore, &Options::ignore},
    {"severity", ConfigType::kSeverityMap, "", "", ConfigMerge::kNone,
     "change rules' severities: `{CR104: error}`", &Config::severity},
    {"fail-on", ConfigType::kFailOn, "warning", "--fail-on", ConfigMerge::kReplace,
     "lowest severity that makes the exit code 1", &Config::fail_on, &Options::fail_on},
    {"rules", ConfigType::kPathList, "", "--rules", ConfigMerge::kAdd,
     "extra rule and flavor files (see below)", &Config::rules, &Options::rule_files},
    {"exclude", ConfigType::kGlobList, "", "", ConfigMerge::kNone,
     "files and folders never linted, named ones too", &Config::exclude},
    {"per-file-ignores", ConfigType::kGlobRuleMap, "", "", ConfigMerge::kNone,
     "rules skipped in the files a glob matches: `{\"stacks/legacy/*.yaml\": [CR111]}`",
     &Config::per_file_ignores},
    {"zenml-version", ConfigType::kVersion, "", "--zenml-version", ConfigMerge::kReplace,
     "the ZenML version for files that carry no `zenml_version`", &Config::zenml_version,
     &Options::zenml_version},
};

/// `config` with the command line applied as each key's row says, and each unset key with a
/// fallback set to it: the settings in effect. Command-line values are placed at their flag.
Config WithCommandLine(const Config& config, const Options& options);

/// The README's table of settings, made from kConfigKeys.
std::string ConfigKeysMarkdown();

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

  std::map<std::string, std::string> config_of_folder_;  ///< absolute folder -> config path
  /// A path's folder as written (the text before its last '/') -> config path: the files of one
  /// folder pay for absolute() and lexically_normal() once.
  std::map<std::string, std::string, std::less<>> config_of_written_folder_;
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
