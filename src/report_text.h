// The text report: `path:line:col: severity: message [ID]` (GCC-style, for editors' matchers),
// the source line with a caret underline, and a closing summary.
#ifndef STACKLINT_REPORT_TEXT_H_
#define STACKLINT_REPORT_TEXT_H_

#include <ostream>

#include "lint_results.h"

namespace stacklint {

struct TextOptions {
  bool color = false;
  bool snippets = true;  ///< false with --quiet
  bool summary = true;   ///< false with --quiet
  bool fix_hint = true;  ///< say how many findings --fix would fix
};

void WriteText(const LintResults& results, const TextOptions& options, std::ostream& out);

}  // namespace stacklint

#endif  // STACKLINT_REPORT_TEXT_H_
