#include "config.h"

#include <filesystem>

#include "check.h"
#include "config_toml.h"
#include "file_walker.h"
#include "glob.h"
#include "source_file.h"
#include "text_util.h"
#include "yaml_tree.h"

namespace stacklint {
namespace fs = std::filesystem;
namespace {

constexpr size_t kMaxConfigBytes = 1024 * 1024;

class ConfigReader {
 public:
  ConfigReader(const SourceFile& source, std::vector<std::string>* errors,
               const std::vector<Position>* line_map)
      : source_(source), errors_(errors), line_map_(line_map) {}

  std::string Where(const Node* node) const {
    Position p = node ? node->range.begin : Position{1, 1};
    if (line_map_ && p.line >= 1 && static_cast<size_t>(p.line) <= line_map_->size())
      p = (*line_map_)[p.line - 1];
    return source_.path() + ":" + std::to_string(p.line) + ":" + std::to_string(p.column);
  }
  void Error(const Node* node, const std::string& message) {
    errors_->push_back(Where(node) + ": " + message);
  }

  std::optional<std::string> String(const Node& value, const std::string& key) {
    if (value.IsString()) return value.value;
    Error(&value, "`" + key + "` must be a string");
    return std::nullopt;
  }

  std::vector<ConfigValue> List(const Node& value, const std::string& key) {
    std::vector<ConfigValue> out;
    if (value.IsScalar() && value.IsString()) {  // `select: CR104` reads as a one-item list
      out.push_back({value.value, Where(&value)});
      return out;
    }
    if (!value.IsSequence()) {
      Error(&value, "`" + key + "` must be a list of strings");
      return out;
    }
    for (const Node* item : value.items) {
      if (item->IsString())
        out.push_back({item->value, Where(item)});
      else
        Error(item, "`" + key + "` must hold strings only");
    }
    return out;
  }

 private:
  const SourceFile& source_;
  std::vector<std::string>* errors_;
  const std::vector<Position>* line_map_;
};

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
  std::unique_ptr<YamlTree> tree = LoadYaml(source, LoadLimits{});
  ConfigReader reader(source, errors, line_map);
  if (tree->error) {
    Position at = tree->error->range.begin;
    errors->push_back(path + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) +
                      ": " + tree->error->message);
    return config;
  }
  if (tree->documents.empty()) return config;  // an empty config changes nothing
  for (const DuplicateKey& duplicate : tree->duplicates) {  // which one would win is a guess
    reader.Error(duplicate.second, "duplicate key `" + SanitizeForDisplay(duplicate.second->value) +
                                       "` (first on line " +
                                       std::to_string(duplicate.first->range.begin.line) + ")");
  }
  const Node& root = *tree->documents.front().root;
  if (!root.IsMapping()) {
    reader.Error(&root, "the config must be a mapping of settings");
    return config;
  }
  for (const MapEntry& entry : root.entries) {
    const std::string& key = entry.key->value;
    const Node& value = *entry.value;
    if (key == "select") {
      config.select = reader.List(value, key);
    } else if (key == "ignore") {
      config.ignore = reader.List(value, key);
    } else if (key == "exclude") {
      config.exclude = reader.List(value, key);
      for (const ConfigValue& glob : config.exclude) {
        if (auto problem = GlobError(glob.value)) errors->push_back(glob.where + ": " + *problem);
      }
    } else if (key == "rules") {
      for (const ConfigValue& file : reader.List(value, key)) {
        config.rules.push_back((fs::path(config.dir) / file.value).lexically_normal().string());
      }
    } else if (key == "fail-on") {
      auto level = reader.String(value, key);
      if (level && (ParseSeverity(*level) || *level == "never"))
        config.fail_on = level;
      else if (level)
        reader.Error(&value, "`fail-on` must be error, warning, note or never");
    } else if (key == "zenml-version") {
      if (value.IsScalar() && Version::Parse(value.value))
        config.zenml_version = value.value;
      else
        reader.Error(&value, "`zenml-version` must be a version such as 0.74.0");
    } else if (key == "severity") {
      if (!value.IsMapping()) {
        reader.Error(&value, "`severity` must map rule IDs to error, warning or note");
        continue;
      }
      for (const MapEntry& rule : value.entries) {
        auto level = rule.value->IsScalar() ? ParseSeverity(rule.value->value) : std::nullopt;
        if (!level)
          reader.Error(rule.value, "severity must be error, warning or note");
        else
          config.severity.push_back({{rule.key->value, reader.Where(rule.key)}, *level});
      }
    } else if (key == "per-file-ignores") {
      if (!value.IsMapping()) {
        reader.Error(&value, "`per-file-ignores` must map globs to lists of rules");
        continue;
      }
      for (const MapEntry& glob : value.entries) {
        ConfigValue pattern{glob.key->value, reader.Where(glob.key)};
        if (auto problem = GlobError(pattern.value))
          errors->push_back(pattern.where + ": " + *problem);
        config.per_file_ignores.push_back({pattern, reader.List(*glob.value, pattern.value)});
      }
    } else {
      std::vector<std::string> keys = {"select", "ignore",  "severity",         "fail-on",
                                       "rules",  "exclude", "per-file-ignores", "zenml-version"};
      std::string closest = ClosestMatch(key, keys, 3);
      reader.Error(entry.key, "unknown setting `" + SanitizeForDisplay(key) + "`" +
                                  (closest.empty() ? "; expected one of: " + Join(keys, ", ")
                                                   : "; did you mean `" + closest + "`?"));
    }
  }
  return config;
}

Config LoadConfigFile(const std::string& path, std::vector<std::string>* errors) {
  std::string text, error;
  std::string shown = DisplayPath(path);
  if (!ReadFile(path, kMaxConfigBytes, &text, &error)) {
    errors->push_back(shown + ": " + error);
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
  std::error_code error;
  std::string config_path =
      ConfigPathFor(fs::absolute(path, error).lexically_normal().parent_path());
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
  for (const ConfigValue& entry : config.select) check(entry);
  for (const ConfigValue& entry : config.ignore) check(entry);
  for (const auto& [rule, level] : config.severity) check(rule);
  for (const auto& [glob, rules] : config.per_file_ignores) {
    for (const ConfigValue& entry : rules) check(entry);
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

}  // namespace stacklint
