// The first stage of `stacklint check`: the settings each linted file gets, the command line over
// its config (the closest one above it, as ruff finds it) over the defaults. Mistakes become
// Problems; nothing is printed here.
#ifndef STACKLINT_LINT_SETTINGS_H_
#define STACKLINT_LINT_SETTINGS_H_

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "config.h"
#include "engine.h"
#include "options.h"
#include "problem.h"
#include "rule_catalog.h"

namespace stacklint {

/// The built-in rules plus `config`'s and `rule_files`' rules. A user's file that can't be read
/// or holds a mistake is a kUserRules problem; a broken built-in file is kBuiltinData; rules the
/// config names that exist in none of them are kConfig problems.
RuleCatalog LoadCatalog(const std::vector<std::string>& rule_files, const Config& config,
                        std::vector<Problem>* problems);

/// What applies to the files under one config: its catalog (the config may add rule files),
/// engine and --fail-on level.
struct Scope {
  std::shared_ptr<const Config> config;
  std::unique_ptr<RuleCatalog> own_catalog;  ///< only when the config adds rule files
  const RuleCatalog* catalog = nullptr;
  std::unique_ptr<Engine> engine;
  std::optional<Severity> fail_on;  ///< nullopt: never
};

/// Settles a scope for `scope->config`: its catalog, engine and --fail-on. False after a mistake
/// (appended to `problems`).
bool BuildScope(const Options& options, const RuleCatalog& base, Scope* scope,
                std::vector<Problem>* problems);

/// The scopes of a run and which one each input belongs to.
class Scopes {
 public:
  /// `config` is the one config of --config (or the empty one of --no-config); without either
  /// each file gets the closest config above it. `catalog` is what LoadCatalog gave for it.
  Scopes(const Options& options, const Config& config, const RuleCatalog& catalog);

  /// The scope index for the file at `path`, or nullopt after a config mistake (appended to
  /// `problems`).
  std::optional<size_t> For(const std::string& path, std::vector<Problem>* problems);
  const std::vector<Scope>& scopes() const { return scopes_; }

  /// A catalog describing every rule any scope can report: the base one, or one that also holds
  /// the rule files the scopes' configs add (nullopt: the base one is enough).
  std::optional<RuleCatalog> ReportCatalog(std::vector<Problem>* problems) const;

 private:
  const Options& options_;
  bool fixed_;  ///< --config or --no-config: one config for every file
  std::shared_ptr<const Config> config_;
  const RuleCatalog& catalog_;
  ConfigFinder finder_;
  std::vector<Scope> scopes_;
  std::map<const Config*, size_t> index_;
};

}  // namespace stacklint

#endif  // STACKLINT_LINT_SETTINGS_H_
