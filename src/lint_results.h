// What one run produced, as every reporter reads it: sorted findings, inputs that could not be
// read, and the source text of the files with findings (for snippets).
#ifndef STACKLINT_LINT_RESULTS_H_
#define STACKLINT_LINT_RESULTS_H_

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "diagnostic.h"
#include "problem.h"
#include "source_file.h"

namespace stacklint {

/// An input that could not be linted (missing, unreadable) or fixed file that could not be
/// written: exit code 2, the rest still linted. Reports list them beside the findings.
using InputProblem = Problem;

/// One file as the lint stage leaves it and the fix pass may change it.
struct FileLint {
  std::shared_ptr<const SourceFile> source;  ///< null when the file was not read
  std::vector<Diagnostic> diagnostics;       ///< sorted by DiagnosticLess
  std::vector<Range> secrets;                ///< ranges of `source` that hold secrets
};

struct LintResults {
  std::vector<Diagnostic> diagnostics;  ///< sorted by DiagnosticLess
  std::vector<InputProblem> input_problems;
  std::map<std::string, std::shared_ptr<const SourceFile>> sources;  ///< by display path
  std::map<std::string, std::vector<Range>> secrets;  ///< by display path: text never to show
  std::vector<std::string> files;  ///< display paths of every file linted, sorted
  size_t files_checked = 0;
  std::string root_uri;  ///< file:// URI of the folder paths are relative to (SARIF %SRCROOT%)
};

}  // namespace stacklint

#endif  // STACKLINT_LINT_RESULTS_H_
