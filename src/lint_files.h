// The third stage of `stacklint check`: each planned file read and linted by its scope's engine
// (load, model, checks, filters, suppressions), on several threads.
#ifndef STACKLINT_LINT_FILES_H_
#define STACKLINT_LINT_FILES_H_

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "lint_inputs.h"
#include "lint_results.h"
#include "problem.h"

namespace stacklint {

struct LintedFile {
  FileLint lint;  ///< `source` kept only when there are findings, or for standard input
  std::optional<Problem> problem;  ///< the file could not be read
};

/// Lints `source` (the text of `input`) with `scope`'s engine: also how the fix pass lints a
/// fixed text again.
FileLint LintSource(const Scope& scope, const InputFile& input,
                    std::shared_ptr<const SourceFile> source);

/// Reads and lints one planned file (`stdin_text` for path "-"); a walked file that cannot hold a
/// stack is skipped unread by the engine.
LintedFile LintInput(const Scope& scope, const InputFile& input, const std::string& stdin_text,
                     size_t max_file_size);

/// Every planned file on `jobs` threads, in the order of `inputs.files`.
std::vector<LintedFile> LintInputs(const std::vector<Scope>& scopes, const Inputs& inputs,
                                   size_t max_file_size, int jobs);

/// The results every reporter reads: findings sorted, sources and secrets of the files with
/// findings, and the problems of the files that could not be read.
LintResults CollectResults(std::vector<LintedFile>& files, const Inputs& inputs);

}  // namespace stacklint

#endif  // STACKLINT_LINT_FILES_H_
