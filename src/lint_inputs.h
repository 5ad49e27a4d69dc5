// The second stage of `stacklint check`: the files to lint, each with its scope (lint_settings.h),
// and standard input's text when `-` is among the paths.
#ifndef STACKLINT_LINT_INPUTS_H_
#define STACKLINT_LINT_INPUTS_H_

#include <iosfwd>
#include <string>
#include <vector>

#include "file_walker.h"
#include "lint_settings.h"
#include "problem.h"

namespace stacklint {

struct PlannedInput {
  InputFile file;
  size_t scope = 0;  ///< index into Scopes::scopes()
};

struct Inputs {
  std::vector<PlannedInput> files;  ///< by display path; standard input (path "-") last
  std::string stdin_text;
};

/// Walks `options.paths` (default "."), reads `in` when one is "-", gives each file its scope and
/// leaves out the files their config excludes. A path that can't be used, or an empty standard
/// input, is a kInput problem and the rest are still planned; a config mistake is a kConfig (or
/// other) problem and the plan is then incomplete.
Inputs GatherInputs(const Options& options, Scopes* scopes, std::istream& in,
                    std::vector<Problem>* problems);

}  // namespace stacklint

#endif  // STACKLINT_LINT_INPUTS_H_
