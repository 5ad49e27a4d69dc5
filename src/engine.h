// Lints one file: skips a walked file that cannot hold a stack unparsed (stack_sniff.h), else
// reads it into a YAML tree, runs every check over its stack documents, applies --select/--ignore,
// per-file ignores, severity overrides and inline suppressions, keeps the fixes that verify, and
// returns its findings sorted. No I/O: the caller gives it the file's text.
#ifndef STACKLINT_ENGINE_H_
#define STACKLINT_ENGINE_H_

#include <map>
#include <memory>
#include <optional>
#include <vector>

#include "check.h"
#include "diagnostic.h"
#include "rule_catalog.h"
#include "source_file.h"
#include "yaml_tree.h"

namespace stacklint {

/// Which rules run: --select / --ignore entries are rule IDs, ID prefixes ("CR1", "SEC") or
/// rule names.
struct RuleFilter {
  std::vector<std::string> select;  ///< empty: every rule
  std::vector<std::string> ignore;

  bool Enabled(const RuleInfo& rule) const;
  /// Entries that name no rule of `catalog` (a typo must not silently disable a check).
  std::vector<std::string> Unknown(const RuleCatalog& catalog) const;
};

/// What the engine needs to know about one file beyond its text.
struct FileContext {
  bool named = false;               ///< given on the command line (SL001/SL003 even if no stack)
  std::vector<std::string> ignore;  ///< per-file-ignores that apply to it
};

struct EngineOptions {
  std::optional<Version> zenml_version;  ///< --zenml-version; else each file's own
  LoadLimits limits;
  size_t max_file_size = 10 * 1024 * 1024;
  RuleFilter rules;
  std::map<std::string, Severity> severity;  ///< the config's overrides, by rule ID
};

class Engine {
 public:
  /// Compiles every check once; `catalog` must outlive the engine.
  Engine(const RuleCatalog& catalog, EngineOptions options);

  /// `file.named` is true for a file given on the command line (it then gets SL001/SL003 even
  /// when it does not look like a stack file); walked files that hold no stack are skipped
  /// silently. Suppressed findings are returned too, marked `suppressed`.
  /// Ranges that hold secrets are appended to `secrets` (when given), for reports to mask.
  /// Fixes come verified (fixer.h's VerifyFixes, which relints through LintOnce).
  std::vector<Diagnostic> Lint(const SourceFile& source, const FileContext& file,
                               std::vector<Range>* secrets = nullptr) const;
  std::vector<Diagnostic> Lint(const SourceFile& source, bool named) const {
    return Lint(source, FileContext{named, {}});
  }

  /// What the checks met while being built, e.g. flavor JSON Schemas (built-in or user) that
  /// could not be compiled into validators.
  const std::vector<Problem>& setup_problems() const { return setup_problems_; }

 private:
  /// What linting keeps of a loaded file once its documents are dropped: enough to place
  /// suppressions and to judge fixes.
  struct LoadedFile {
    bool complete = false;          ///< loaded to its end (no syntax error, no bound)
    std::vector<AliasUse> aliases;  ///< every `*name`, in text order
    std::vector<Range> scalars;     ///< sorted; only when the text may hold a suppression
  };

  bool Enabled(const std::string& rule_id, const FileContext& file) const;
  /// Marks findings that inline comments silence and reports SL010 for comments that silence
  /// nothing (only for rules that run: a disabled rule's suppression is not "unused").
  void ApplySuppressions(const SourceFile& source, const FileContext& file,
                         const LoadedFile* loaded, LintContext& ctx,
                         std::vector<Diagnostic>* out) const;
  /// Lint without fix verification; `loaded` (when given) receives what was kept of the file
  /// (nothing when it was not parsed).
  std::vector<Diagnostic> LintOnce(const SourceFile& source, const FileContext& file,
                                   std::vector<Range>* secrets,
                                   std::optional<LoadedFile>* loaded) const;
  /// Everything but filtering and ordering, reporting through `ctx` into `findings` (the
  /// vector `ctx` writes to); returns what was kept of the file when it was parsed.
  std::optional<LoadedFile> RunChecks(const SourceFile& source, bool named, LintContext& ctx,
                                      std::vector<Diagnostic>* findings) const;

  const RuleCatalog& catalog_;
  EngineOptions options_;
  std::vector<std::unique_ptr<Check>> checks_;
  std::vector<Problem> setup_problems_;
};

}  // namespace stacklint

#endif  // STACKLINT_ENGINE_H_
