// A failure that is not a finding: a bad option, config or rule file, a broken built-in data
// file, an input or output that can't be used. Its kind, set where it is found, alone decides
// the exit code (SPEC §1); its text is only shown.
#ifndef STACKLINT_PROBLEM_H_
#define STACKLINT_PROBLEM_H_

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "position.h"

namespace stacklint {

enum class ProblemKind {
  kInput,        ///< an input path that can't be linted: the other inputs still are (exit 2)
  kUsage,        ///< a bad option value (exit 2)
  kConfig,       ///< a mistake in a config file (exit 2)
  kUserRules,    ///< a mistake in a user's rule file or schema (exit 2)
  kBuiltinData,  ///< a mistake in the rules/ or schemas/ compiled in: a bug (exit 3)
  kOutput,       ///< a report, baseline or fixed file that can't be written (exit 2)
};

struct Problem {
  std::string path;  ///< the file it is about ("" when none), as reports show paths
  std::string message;
  ProblemKind kind = ProblemKind::kInput;
  std::string label = "";  ///< what `path` is, shown before it: "rule file", "--baseline"
  std::optional<Range> range = std::nullopt;  ///< where in `path`, when known

  /// `label path:line:col: message`, leaving out the parts it has not.
  std::string Text() const;
};

/// Writes each problem on its own line of `err` as `stacklint: ` + Text(): the one place that
/// shows problems outside a report.
void PrintProblems(const std::vector<Problem>& problems, std::ostream& err);

}  // namespace stacklint

#endif  // STACKLINT_PROBLEM_H_
