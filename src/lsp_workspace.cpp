#include "lsp_workspace.h"

#include "file_walker.h"

namespace stacklint {
namespace fs = std::filesystem;
namespace {

fs::file_time_type Stamp(const std::string& path) {
  std::error_code error;
  fs::file_time_type time = fs::last_write_time(path, error);
  return error ? fs::file_time_type::min() : time;
}

bool Stale(const LintSetup& setup) {
  for (const auto& [path, time] : setup.stamps) {
    if (Stamp(path) != time) return true;
  }
  return false;
}

// The same precedence as `check`: the config's select/ignore/severity/zenml-version over the
// defaults (the server has no command line options for them).
EngineOptions ApplyConfig(EngineOptions options, const Config& config, const RuleCatalog& catalog,
                          std::vector<std::string>* errors) {
  for (const ConfigValue& entry : config.select) options.rules.select.push_back(entry.value);
  for (const ConfigValue& entry : config.ignore) options.rules.ignore.push_back(entry.value);
  for (const auto& [rule, level] : config.severity) {
    for (const RuleInfo& info : catalog.rules()) {
      if (info.MatchedBy(rule.value)) options.severity[info.id] = level;
    }
  }
  if (config.zenml_version) {
    options.zenml_version = Version::Parse(*config.zenml_version);
    if (!options.zenml_version)
      errors->push_back(config.path + ": zenml-version `" + *config.zenml_version +
                        "` is not a version like 0.74.0");
  }
  return options;
}

}  // namespace

std::shared_ptr<LintSetup> LspWorkspace::Load(const std::string& config_path) const {
  auto setup = std::make_shared<LintSetup>();
  std::vector<std::string>& errors = setup->errors;
  if (!config_path.empty()) {
    setup->stamps.emplace_back(config_path, Stamp(config_path));
    std::string text, error;
    if (!ReadFile(config_path, 1024 * 1024, &text, &error)) {
      errors.push_back(config_path + ": " + error);
    } else {
      std::vector<std::string> config_errors;
      Config config = ParseConfig(config_path, text, &config_errors);
      errors.insert(errors.end(), config_errors.begin(), config_errors.end());
      if (config_errors.empty()) setup->config = std::move(config);  // a broken config: defaults
    }
  }
  std::vector<std::pair<std::string, std::string>> user_files;
  for (const std::string& path : setup->config.rules) {
    setup->stamps.emplace_back(path, Stamp(path));
    std::string text, error;
    if (!ReadFile(path, 10 * 1024 * 1024, &text, &error))
      errors.push_back("rule file " + path + ": " + error);
    else
      user_files.emplace_back(path, std::move(text));
  }
  std::vector<Problem> catalog_problems;
  setup->catalog = std::make_unique<RuleCatalog>(RuleCatalog::Load(user_files, &catalog_problems));
  for (const Problem& problem : catalog_problems) errors.push_back(problem.Text());
  ValidateConfigRules(setup->config, *setup->catalog, &errors);
  EngineOptions options = ApplyConfig(defaults_, setup->config, *setup->catalog, &errors);
  for (const std::string& unknown : options.rules.Unknown(*setup->catalog))
    errors.push_back(config_path + ": `" + unknown + "` names no rule");
  setup->engine = std::make_unique<Engine>(*setup->catalog, options);
  for (const Problem& problem : setup->engine->setup_problems()) errors.push_back(problem.Text());
  return setup;
}

std::shared_ptr<const LintSetup> LspWorkspace::SetupFor(const std::string& config_path,
                                                        std::vector<std::string>* errors) {
  std::shared_ptr<const LintSetup>& slot = setups_[config_path];
  if (!slot || Stale(*slot)) {
    slot = Load(config_path);
    errors->insert(errors->end(), slot->errors.begin(), slot->errors.end());
  }
  return slot;
}

LintOutcome LspWorkspace::Lint(const std::string& path, const std::string& fallback_dir,
                               const std::string& text, std::vector<std::string>* errors) {
  std::string start = path.empty() ? fallback_dir : fs::path(path).parent_path().string();
  std::shared_ptr<const LintSetup> shared =
      SetupFor(start.empty() ? "" : FindConfigFile(start), errors);
  const LintSetup& setup = *shared;
  LintOutcome outcome;
  outcome.catalog = std::shared_ptr<const RuleCatalog>(shared, setup.catalog.get());
  outcome.source = std::make_shared<const SourceFile>(path, text);
  if (!path.empty() && IsExcluded(setup.config, path)) {
    outcome.excluded = true;
    return outcome;
  }
  // Judged as a walked file: YAML that is no stack gets no findings, not SL003 (an editor opens
  // every YAML file, not only stacks).
  FileContext context{
      false, path.empty() ? std::vector<std::string>{} : PerFileIgnores(setup.config, path)};
  outcome.diagnostics = setup.engine->Lint(*outcome.source, context, &outcome.secrets);
  return outcome;
}

}  // namespace stacklint
