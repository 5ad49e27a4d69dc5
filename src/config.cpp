#include "config.h"

#include <filesystem>

#include "check.h"
#include "config_toml.h"
#include "file_walker.h"
#include "glob.h"
#include "mapping_reader.h"
#include "source_file.h"
#include "text_util.h"
#include "yaml_tree.h"

namespace stacklint {
namespace fs = std::filesystem;
namespace {

constexpr size_t kMaxConfigBytes = 1024 * 1024;

// Where a node of the config is written: its YAML position, or for [tool.stacklint] (read as
// generated YAML) the TOML position of the generated line.
class ConfigPlacer {
 public:
  ConfigPlacer(std::string path, const std::vector<Position>* line_map)
      : path_(std::move(path)), line_map_(line_map) {}

  Position At(Position p) const {
    if (line_map_ && p.line >= 1 && static_cast<size_t>(p.line) <= line_map_->size())
      return (*line_map_)[p.line - 1];
    return p;
  }
  std::string Where(const Node& node) const {
    Position p = At(node.range.begin);
    return path_ + ":" + std::to_string(p.line) + ":" + std::to_string(p.column);
  }
  ConfigValue Value(const Node& node) const { return {node.value, Where(node)}; }
  void Report(const Range& at, const std::string& message, std::vector<std::string>* errors) const {
    errors->push_back(MistakeText(path_, At(at.begin), message));
  }

 private:
  std::string path_;
  const std::vector<Position>* line_map_;
};

std::vector<ConfigValue> Values(MappingReader& reader, const ConfigPlacer& placer,
                                const Node& value, std::string_view key) {
  std::vector<ConfigValue> out;
  for (const Node* item : reader.StringNodes(value, key)) out.push_back(placer.Value(*item));
  return out;
}

void CheckGlob(const ConfigValue& glob, std::vector<std::string>* errors) {
  if (auto problem = GlobError(glob.value)) errors->push_back(glob.where + ": " + *problem);
}

// Reads the value of one setting into `config`, as its row's type says.
void ReadSetting(const ConfigKey& row, const Node& value, MappingReader& reader,
                 const ConfigPlacer& placer, Config* config, std::vector<std::string>* errors) {
  const std::string key(row.key);
  switch (row.type) {
    case ConfigType::kRuleList:
      config->*std::get<std::vector<ConfigValue> Config::*>(row.field) =
          Values(reader, placer, value, key);
      return;
    case ConfigType::kGlobList: {
      auto& globs = config->*std::get<std::vector<ConfigValue> Config::*>(row.field);
      globs = Values(reader, placer, value, key);
      for (const ConfigValue& glob : globs) CheckGlob(glob, errors);
      return;
    }
    case ConfigType::kPathList: {
      auto& paths = config->*std::get<std::vector<std::string> Config::*>(row.field);
      for (const Node* file : reader.StringNodes(value, key))
        paths.push_back((fs::path(config->dir) / file->value).lexically_normal().string());
      return;
    }
    case ConfigType::kSeverityMap: {
      if (!reader.RequireMap(&value, key, "rule IDs to error, warning or note")) return;
      auto& levels = config->*std::get<SeverityList Config::*>(row.field);
      for (const MapEntry& rule : value.entries) {
        if (auto level = reader.SeverityOf(*rule.value, key))
          levels.push_back({placer.Value(*rule.key), *level});
      }
      return;
    }
    case ConfigType::kGlobRuleMap: {
      if (!reader.RequireMap(&value, key, "globs to lists of rules")) return;
      auto& globs = config->*std::get<GlobRules Config::*>(row.field);
      for (const MapEntry& glob : value.entries) {
        ConfigValue pattern = placer.Value(*glob.key);
        CheckGlob(pattern, errors);
        globs.push_back({pattern, Values(reader, placer, *glob.value, pattern.value)});
      }
      return;
    }
    case ConfigType::kFailOn: {
      auto level = reader.StringOf(value, key);
      if (level && (ParseSeverity(*level) || *level == "never"))
        config->*std::get<std::optional<std::string> Config::*>(row.field) = level;
      else if (level)
        reader.Error(&value, "`" + key + "` must be error, warning, note or never");
      return;
    }
    case ConfigType::kVersion: {
      std::string version = reader.VersionOf(&value, key);
      if (!version.empty())
        config->*std::get<std::optional<std::string> Config::*>(row.field) = version;
      return;
    }
  }
}

std::string RelativeToConfig(const Config& config, const std::string& display_path) {
  std::error_code error;
  fs::path absolute = fs::absolute(display_path, error).lexically_normal();
  return absolute.lexically_relative(config.dir).generic_string();
}

// The config file in `dir` itself, or "".
std::string ConfigFileIn(const fs::path& dir) {
  std::error_code error;
  for (const char* name : {".stacklint.yaml", ".stacklint.yml"}) {
    if (fs::is_regular_file(dir / name, error)) return (dir / name).string();
  }
  fs::path pyproject = dir / "pyproject.toml";
  std::string text, read_error, toml_error;
  if (fs::is_regular_file(pyproject, error) &&
      ReadFile(pyproject.string(), kMaxConfigBytes, &text, &read_error) &&
      ReadTomlConfig(text, &toml_error))
    return pyproject.string();
  return "";
}

}  // namespace

std::string FindConfigFile(const std::string& start) {
  std::error_code error;
  for (fs::path dir = fs::absolute(start, error); !dir.empty(); dir = dir.parent_path()) {
    if (std::string found = ConfigFileIn(dir); !found.empty()) return found;
    if (dir == dir.root_path()) break;
  }
  return "";
}

Config ParseConfig(const std::string& path, const std::string& text,
                   std::vector<std::string>* errors, const std::vector<Position>* line_map) {
  Config config;
  config.path = path;
  std::error_code fs_error;
  config.dir = fs::absolute(path, fs_error).lexically_normal().parent_path().string();
  SourceFile source(path, text);
  ConfigPlacer placer(path, line_map);
  auto report = [&](const Range& at, const std::string& message) {
    placer.Report(at, message, errors);
  };
  std::unique_ptr<YamlTree> tree = LoadSettingsYaml(source, report);
  if (!tree || tree->documents.empty()) return config;  // an empty config changes nothing
  MappingReader reader(*tree->documents.front().root, report);
  if (!reader.map().IsMapping()) {
    reader.Error(nullptr, "the config must be a mapping of settings");
    return config;
  }
  std::vector<std::string> keys;
  for (const ConfigKey& row : kConfigKeys) keys.emplace_back(row.key);
  reader.RejectUnknownKeys(keys);
  for (const MapEntry& entry : reader.map().entries) {
    for (const ConfigKey& row : kConfigKeys) {
      if (row.key == entry.key->value)
        ReadSetting(row, *entry.value, reader, placer, &config, errors);
    }
  }
  return config;
}

Config LoadConfigFile(const std::string& path, std::vector<std::string>* errors) {
  std::string text, error;
  std::string shown = DisplayPath(path);
  if (!ReadFile(path, kMaxConfigBytes, &text, &error)) {
    errors->push_back("config file " + shown + ": " + error);  // as a rule file's: app.cpp
    return Config{};
  }
  if (fs::path(path).filename() != "pyproject.toml") return ParseConfig(shown, text, errors);
  std::optional<TomlConfig> toml = ReadTomlConfig(text, &error);
  if (!error.empty()) {
    errors->push_back(shown + ":" + error);
    return Config{};
  }
  if (!toml) {
    errors->push_back(shown + ": has no [tool.stacklint] table");
    return Config{};
  }
  return ParseConfig(shown, toml->yaml, errors, &toml->lines);
}

std::shared_ptr<const Config> ConfigFinder::For(const std::string& path,
                                                std::vector<std::string>* errors) {
  size_t slash = path.rfind('/');
  std::string_view written_folder(path.data(), slash == std::string::npos ? 0 : slash + 1);
  auto known = config_of_written_folder_.find(written_folder);
  if (known == config_of_written_folder_.end()) {
    std::error_code error;
    known = config_of_written_folder_
                .emplace(std::string(written_folder),
                         ConfigPathFor(fs::absolute(path, error).lexically_normal().parent_path()))
                .first;
  }
  const std::string& config_path = known->second;
  auto& config = loaded_[config_path];
  if (!config) {
    config = config_path.empty()
                 ? std::make_shared<const Config>()
                 : std::make_shared<const Config>(LoadConfigFile(config_path, errors));
  }
  return config;
}

std::string ConfigFinder::ConfigPathFor(const std::filesystem::path& folder) {
  auto known = config_of_folder_.find(folder.string());
  if (known != config_of_folder_.end()) return known->second;
  std::string found = ConfigFileIn(folder);  // else the parent's, asked once per folder
  if (found.empty() && folder != folder.root_path() && !folder.empty())
    found = ConfigPathFor(folder.parent_path());
  return config_of_folder_[folder.string()] = found;
}

bool NamesRule(const RuleCatalog& catalog, const std::string& entry) {
  for (const RuleInfo& rule : catalog.rules()) {
    if (rule.MatchedBy(entry)) return true;
  }
  return false;
}

void ValidateConfigRules(const Config& config, const RuleCatalog& catalog,
                         std::vector<std::string>* errors) {
  auto check = [&](const ConfigValue& entry) {
    if (!NamesRule(catalog, entry.value)) {
      errors->push_back(entry.where + ": `" + SanitizeForDisplay(entry.value) +
                        "` names no rule (see `stacklint rules`)");
    }
  };
  for (const ConfigKey& row : kConfigKeys) {  // every setting that names rules
    if (row.type == ConfigType::kRuleList) {
      for (const ConfigValue& entry :
           config.*std::get<std::vector<ConfigValue> Config::*>(row.field))
        check(entry);
    } else if (row.type == ConfigType::kSeverityMap) {
      for (const auto& [rule, level] : config.*std::get<SeverityList Config::*>(row.field))
        check(rule);
    } else if (row.type == ConfigType::kGlobRuleMap) {
      for (const auto& [glob, rules] : config.*std::get<GlobRules Config::*>(row.field)) {
        for (const ConfigValue& entry : rules) check(entry);
      }
    }
  }
}

bool IsExcluded(const Config& config, const std::string& display_path) {
  if (config.exclude.empty()) return false;
  std::string relative = RelativeToConfig(config, display_path);
  for (const ConfigValue& glob : config.exclude) {
    if (GlobMatchesPath(glob.value, relative)) return true;
  }
  return false;
}

std::vector<std::string> PerFileIgnores(const Config& config, const std::string& display_path) {
  std::vector<std::string> out;
  if (config.per_file_ignores.empty()) return out;
  std::string relative = RelativeToConfig(config, display_path);
  for (const auto& [glob, rules] : config.per_file_ignores) {
    if (!GlobMatchesPath(glob.value, relative)) continue;
    for (const ConfigValue& rule : rules) out.push_back(rule.value);
  }
  return out;
}

namespace {

// Applies one flag to the setting of its row (nothing when the flag was not given).
void ApplyFlag(const ConfigKey& row, const Options& options, Config* config) {
  if (auto* strings = std::get_if<std::vector<std::string> Options::*>(&row.option)) {
    const std::vector<std::string>& given = options.**strings;
    if (given.empty()) return;
    if (auto* values = std::get_if<std::vector<ConfigValue> Config::*>(&row.field)) {
      std::vector<ConfigValue>& target = config->**values;
      if (row.merge == ConfigMerge::kReplace) target.clear();
      for (const std::string& value : given) target.push_back({value, std::string(row.flag)});
    } else if (auto* paths = std::get_if<std::vector<std::string> Config::*>(&row.field)) {
      std::vector<std::string>& target = config->**paths;
      if (row.merge == ConfigMerge::kReplace) target.clear();
      target.insert(target.end(), given.begin(), given.end());
    }
  } else if (auto* text = std::get_if<std::string Options::*>(&row.option)) {
    auto* value = std::get_if<std::optional<std::string> Config::*>(&row.field);
    if (value && !(options.**text).empty()) config->** value = options.**text;
  }
}

}  // namespace

Config WithCommandLine(const Config& config, const Options& options) {
  Config merged = config;
  for (const ConfigKey& row : kConfigKeys) {
    if (row.merge != ConfigMerge::kNone) ApplyFlag(row, options, &merged);
    auto* value = std::get_if<std::optional<std::string> Config::*>(&row.field);
    if (value && !(merged.**value) && !row.fallback.empty())
      merged.** value = std::string(row.fallback);
  }
  return merged;
}

std::string ConfigKeysMarkdown() {
  static constexpr std::string_view kTypes[] = {"list of rules",
                                                "list of globs",
                                                "list of files",
                                                "map: rule -> level",
                                                "map: glob -> list of rules",
                                                "`error`, `warning`, `note` or `never`",
                                                "version"};
  std::string out = "| key | type | default | flag | meaning |\n| --- | --- | --- | --- | --- |\n";
  for (const ConfigKey& row : kConfigKeys) {
    auto code = [](std::string_view text) {
      return text.empty() ? std::string("") : "`" + std::string(text) + "`";
    };
    std::string flag = code(row.flag);
    if (row.merge == ConfigMerge::kAdd) flag += " (adds)";
    out += "| " + code(row.key) + " | " + std::string(kTypes[static_cast<int>(row.type)]) + " | " +
           (row.fallback.empty() ? "none" : code(row.fallback)) + " | " + flag + " | " +
           std::string(row.doc) + " |\n";
  }
  return out;
}

}  // namespace stacklint
