// The one interface every report format implements: a writer is given the run's results, the
// catalog describing their rules and the few settings a format may need, and renders them on a
// stream. The formats themselves are rows of the table in report_formats.cpp.
#ifndef STACKLINT_REPORTER_H_
#define STACKLINT_REPORTER_H_

#include <optional>
#include <ostream>

#include "diagnostic.h"
#include "lint_results.h"
#include "rule_catalog.h"

namespace stacklint {

/// What the command line decides about a report; each format reads the fields it needs.
struct ReportSettings {
  bool color = false;    ///< ANSI colours (a terminal, no -o)
  bool snippets = true;  ///< the source line with a caret under each finding (not with --quiet)
  bool summary = true;   ///< a closing summary line (not with --quiet or --only-stacks)
  bool fix_hint = true;  ///< say how many findings --fix would fix (not after --fix)
  std::optional<Severity> fail_on = Severity::kWarning;  ///< what fails the run; nullopt: never
};

/// Everything a writer is given. `catalog` describes every rule that may appear in `results`.
struct ReportInput {
  const LintResults& results;
  const RuleCatalog& catalog;
  const ReportSettings& settings;
};

/// Renders `input` on `out`. Must never throw, and always writes valid output for its format
/// (UTF-8, JSON, XML), whatever bytes the inputs held; never shows a secret range's text.
using ReportWriter = void (*)(const ReportInput& input, std::ostream& out);

}  // namespace stacklint

#endif  // STACKLINT_REPORTER_H_
