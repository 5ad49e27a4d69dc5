#include "lint_settings.h"

#include <algorithm>

#include "file_walker.h"
#include "text_util.h"

namespace stacklint {
namespace {

// config.cpp reports its mistakes as "path:line:col: message" text: each is a kConfig problem.
void AddConfigErrors(const std::vector<std::string>& errors, std::vector<Problem>* problems) {
  for (const std::string& error : errors)
    problems->push_back(Problem{"", error, ProblemKind::kConfig, "", std::nullopt});
}

Problem UsageProblem(const std::string& label, const std::string& message) {
  return Problem{"", message, ProblemKind::kUsage, label, std::nullopt};
}

}  // namespace

RuleCatalog LoadCatalog(const std::vector<std::string>& rule_files, const Config& config,
                        std::vector<Problem>* problems) {
  std::vector<std::pair<std::string, std::string>> user_files;
  Options rules_only;
  rules_only.rule_files = rule_files;
  std::vector<std::string> paths =
      WithCommandLine(config, rules_only).rules;  // config's, then --rules
  for (const std::string& path : paths) {
    std::string text, error;
    if (!ReadFile(path, 10 * 1024 * 1024, &text, &error)) {
      problems->push_back(
          Problem{DisplayPath(path), error, ProblemKind::kUserRules, "rule file", std::nullopt});
      continue;
    }
    user_files.emplace_back(DisplayPath(path), std::move(text));
  }
  RuleCatalog catalog = RuleCatalog::Load(user_files, problems);
  std::vector<std::string> config_errors;
  ValidateConfigRules(config, catalog, &config_errors);
  AddConfigErrors(config_errors, problems);
  return catalog;
}

bool BuildScope(const Options& options, const RuleCatalog& base, Scope* scope,
                std::vector<Problem>* problems) {
  const Config& config = *scope->config;
  size_t before = problems->size();
  scope->catalog = &base;
  if (!config.path.empty() && options.config.empty() && !config.rules.empty()) {
    scope->own_catalog =
        std::make_unique<RuleCatalog>(LoadCatalog(options.rule_files, config, problems));
    if (problems->size() > before) return false;
    scope->catalog = scope->own_catalog.get();
  } else if (!config.path.empty() && options.config.empty()) {
    std::vector<std::string> errors;
    ValidateConfigRules(config, base, &errors);
    AddConfigErrors(errors, problems);
    if (!errors.empty()) return false;
  }
  const RuleCatalog& catalog = *scope->catalog;
  EngineOptions engine_options;
  engine_options.max_file_size = options.max_file_size;
  engine_options.limits = LoadLimits{options.max_depth, options.max_nodes, options.max_documents};
  const Config settings = WithCommandLine(config, options);  // as config.h's kConfigKeys say
  std::string version = settings.zenml_version.value_or("");
  if (!version.empty()) {
    engine_options.zenml_version = Version::Parse(version);
    if (!engine_options.zenml_version) {
      problems->push_back(
          UsageProblem("--zenml-version", "`" + version + "` is not a version like 0.74.0"));
      return false;
    }
  }
  scope->fail_on = ParseSeverity(settings.fail_on.value_or(""));  // nullopt for "never"
  RuleFilter& filter = engine_options.rules;
  for (const ConfigValue& entry : settings.select) filter.select.push_back(entry.value);
  for (const ConfigValue& entry : settings.ignore) filter.ignore.push_back(entry.value);
  for (const std::string& unknown : filter.Unknown(catalog)) {
    problems->push_back(UsageProblem("--select/--ignore", "`" + SanitizeForDisplay(unknown) +
                                                              "` names no rule (see `stacklint "
                                                              "rules`)"));
    return false;
  }
  for (const auto& [rule, level] : config.severity) {
    for (const RuleInfo& info : catalog.rules()) {
      if (info.MatchedBy(rule.value)) engine_options.severity[info.id] = level;
    }
  }
  scope->engine = std::make_unique<Engine>(catalog, engine_options);
  const std::vector<Problem>& setup = scope->engine->setup_problems();
  problems->insert(problems->end(), setup.begin(), setup.end());
  return setup.empty();
}

Scopes::Scopes(const Options& options, const Config& config, const RuleCatalog& catalog)
    : options_(options),
      fixed_(options.no_config || !options.config.empty()),
      config_(std::make_shared<const Config>(config)),
      catalog_(catalog) {}

std::optional<size_t> Scopes::For(const std::string& path, std::vector<Problem>* problems) {
  std::vector<std::string> errors;
  std::shared_ptr<const Config> config = fixed_ ? config_ : finder_.For(path, &errors);
  AddConfigErrors(errors, problems);
  if (!errors.empty()) return std::nullopt;
  auto known = index_.find(config.get());
  if (known != index_.end()) return known->second;
  Scope scope;
  scope.config = config;
  if (!BuildScope(options_, catalog_, &scope, problems)) return std::nullopt;
  scopes_.push_back(std::move(scope));
  return index_[config.get()] = scopes_.size() - 1;
}

std::optional<RuleCatalog> Scopes::ReportCatalog(std::vector<Problem>* problems) const {
  Config all_rules;
  for (const Scope& scope : scopes_) {
    if (!scope.own_catalog) continue;
    for (const std::string& file : scope.config->rules) {
      if (std::find(all_rules.rules.begin(), all_rules.rules.end(), file) == all_rules.rules.end())
        all_rules.rules.push_back(file);
    }
  }
  if (all_rules.rules.empty()) return std::nullopt;
  return LoadCatalog(options_.rule_files, all_rules, problems);
}

}  // namespace stacklint
