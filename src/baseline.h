// Baselines let a team adopt stacklint on hundreds of existing stacks: --write-baseline FILE
// records today's findings by path, rule and YAML path (not line, so edits above a finding keep
// it matched); --baseline FILE hides those, and reports entries that match nothing any more.
// Paths in it are relative to the baseline file's folder (version 2), so it works from any
// working directory; version 1 files (paths relative to the working directory) are still read.
#ifndef STACKLINT_BASELINE_H_
#define STACKLINT_BASELINE_H_

#include <optional>
#include <string>
#include <vector>

#include "diagnostic.h"
#include "lint_results.h"
#include "problem.h"
#include "rule_catalog.h"

namespace stacklint {

constexpr int kBaselineVersion = 2;

struct BaselineEntry {
  std::string path;  ///< as reports show it: relative to the working directory
  std::string rule;
  std::string yaml_path;
  int line = 0;  ///< where the entry is written in the baseline file
};

/// The baseline file at `baseline_path` for `diagnostics` (unsuppressed ones): JSON, one finding
/// per line, paths relative to the baseline's folder.
std::string BaselineText(const std::vector<Diagnostic>& diagnostics,
                         const std::string& baseline_path);

/// Parses the baseline file at `baseline_path`; false and a reason when it is not one or has a
/// version this stacklint does not read.
bool ParseBaseline(const std::string& text, const std::string& baseline_path,
                   std::vector<BaselineEntry>* entries, std::string* error);

/// Marks the diagnostics the baseline holds as suppressed (each entry hides one finding) and
/// returns the entries that matched none.
std::vector<BaselineEntry> ApplyBaseline(const std::vector<BaselineEntry>& entries,
                                         const std::string& baseline_path,
                                         std::vector<Diagnostic>* diagnostics);

/// --write-baseline FILE: writes BaselineText to `path`; a kOutput problem when it can't.
std::optional<Problem> WriteBaselineFile(const std::string& path,
                                         const std::vector<Diagnostic>& diagnostics);

/// --baseline FILE, the baseline pass over a run's results: hides the findings the baseline at
/// `path` holds; an entry that matches none becomes an SL011 finding on its line of the baseline
/// (whose text joins `results->sources`), merged in order. A kUsage problem (and `results`
/// unchanged) when the file can't be read or is not a baseline.
std::optional<Problem> UseBaseline(const std::string& path, const RuleCatalog& catalog,
                                   LintResults* results);

}  // namespace stacklint

#endif  // STACKLINT_BASELINE_H_
