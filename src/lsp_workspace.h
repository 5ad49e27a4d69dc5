// What the language server lints with: for each document the `.stacklint.yaml` closest to it,
// its rule files, and an Engine built from them, cached until a file they came from changes.
// Used from one thread (the server's lint worker).
#ifndef STACKLINT_LSP_WORKSPACE_H_
#define STACKLINT_LSP_WORKSPACE_H_

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "config.h"
#include "diagnostic.h"
#include "engine.h"
#include "rule_catalog.h"
#include "source_file.h"

namespace stacklint {

/// One lint of one version of a document.
struct LintOutcome {
  std::shared_ptr<const SourceFile> source;
  std::vector<Diagnostic> diagnostics;         ///< suppressed ones included (marked), sorted
  std::vector<Range> secrets;                  ///< text never to show
  std::shared_ptr<const RuleCatalog> catalog;  ///< the rules it was linted with
  bool excluded = false;                       ///< the config's `exclude` covers the file
};

/// A config, the catalog its rule files give and an engine, as one unit.
struct LintSetup {
  Config config;
  std::unique_ptr<RuleCatalog> catalog;
  std::unique_ptr<Engine> engine;
  std::vector<std::string> errors;  ///< problems with the config or rule files
  /// The files it was read from with their modification times: a change means a reload.
  std::vector<std::pair<std::string, std::filesystem::file_time_type>> stamps;
};

class LspWorkspace {
 public:
  explicit LspWorkspace(EngineOptions defaults) : defaults_(std::move(defaults)) {}

  /// Lints `text` as the file at absolute `path` ("" for an unsaved buffer: the config is then
  /// looked for from `fallback_dir`). New config errors are appended to `errors`.
  LintOutcome Lint(const std::string& path, const std::string& fallback_dir,
                   const std::string& text, std::vector<std::string>* errors);

  /// Forgets every cached setup (a config or rule file changed).
  void Invalidate() { setups_.clear(); }

 private:
  std::shared_ptr<const LintSetup> SetupFor(const std::string& config_path,
                                            std::vector<std::string>* errors);
  std::shared_ptr<LintSetup> Load(const std::string& config_path) const;

  EngineOptions defaults_;
  /// By config path ("" for none); shared so that a lint's catalog outlives a reload.
  std::map<std::string, std::shared_ptr<const LintSetup>> setups_;
};

}  // namespace stacklint

#endif  // STACKLINT_LSP_WORKSPACE_H_
