#include "exit_code.h"

#include <algorithm>

namespace stacklint {

ExitCode ExitCodeOf(const std::vector<Problem>& problems) {
  if (problems.empty()) return kExitClean;
  bool bug = std::any_of(problems.begin(), problems.end(), [](const Problem& problem) {
    return problem.kind == ProblemKind::kBuiltinData;
  });
  return bug ? kExitInternal : kExitUsage;
}

ExitCode ExitCodeFor(const std::vector<Problem>& problems,
                     const std::vector<Diagnostic>& diagnostics, const FailOnOf& fail_on) {
  if (!problems.empty()) return ExitCodeOf(problems);
  for (const Diagnostic& d : diagnostics) {
    if (d.suppressed) continue;
    std::optional<Severity> level = fail_on(d.path);
    if (level && d.severity >= *level) return kExitFindings;
  }
  return kExitClean;
}

}  // namespace stacklint
