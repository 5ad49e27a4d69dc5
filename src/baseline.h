// Baselines let a team adopt stacklint on hundreds of existing stacks: --write-baseline FILE
// records today's findings by path, rule and YAML path (not line, so edits above a finding keep
// it matched); --baseline FILE hides those, and reports entries that match nothing any more.
#ifndef STACKLINT_BASELINE_H_
#define STACKLINT_BASELINE_H_

#include <string>
#include <vector>

#include "diagnostic.h"

namespace stacklint {

struct BaselineEntry {
  std::string path;
  std::string rule;
  std::string yaml_path;
  int line = 0;  ///< where the entry is written in the baseline file
};

/// The baseline file for `diagnostics` (unsuppressed ones): JSON, one finding per line.
std::string BaselineText(const std::vector<Diagnostic>& diagnostics);

/// Parses a baseline file; false and a reason when it is not one.
bool ParseBaseline(const std::string& text, std::vector<BaselineEntry>* entries,
                   std::string* error);

/// Marks the diagnostics the baseline holds as suppressed (each entry hides one finding) and
/// returns the entries that matched none.
std::vector<BaselineEntry> ApplyBaseline(const std::vector<BaselineEntry>& entries,
                                         const std::string& baseline_path,
                                         std::vector<Diagnostic>* diagnostics);

}  // namespace stacklint

#endif  // STACKLINT_BASELINE_H_
