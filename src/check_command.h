// `stacklint check`: resolves the settings (command line over config over defaults), collects
// the inputs, lints them in parallel, applies the baseline and fixes, writes the report, and
// returns the exit code of SPEC §1.
#ifndef STACKLINT_CHECK_COMMAND_H_
#define STACKLINT_CHECK_COMMAND_H_

#include <iosfwd>

#include "options.h"
#include "config.h"
#include "rule_catalog.h"

namespace stacklint {

int RunCheck(const Options& options, const Config& config, const RuleCatalog& catalog,
             std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace stacklint

#endif  // STACKLINT_CHECK_COMMAND_H_
