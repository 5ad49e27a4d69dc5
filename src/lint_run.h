// `stacklint check`, composed of one-way stages: settings (lint_settings.h) -> inputs
// (lint_inputs.h) -> lint each file (lint_files.h) -> post-passes over the results (fixes in
// fixer.h, the baseline in baseline.h) -> reporters -> exit code (exit_code.h).
#ifndef STACKLINT_LINT_RUN_H_
#define STACKLINT_LINT_RUN_H_

#include <iosfwd>

#include "config.h"
#include "options.h"
#include "rule_catalog.h"

namespace stacklint {

/// Runs the check command; findings go to `out` (or the -o file), messages about the run to
/// `err`. Returns the exit code of SPEC §1.
int RunCheck(const Options& options, const Config& config, const RuleCatalog& catalog,
             std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace stacklint

#endif  // STACKLINT_LINT_RUN_H_
