// What a run of stacklint does once its options are parsed: lint (check), or print the rule and
// flavor catalog. Returns the exit code; only main() exits.
#ifndef STACKLINT_APP_H_
#define STACKLINT_APP_H_

#include <iosfwd>

#include "exit_code.h"
#include "options.h"

namespace stacklint {

/// Runs the command; findings go to `out` (or the -o file), messages about the run to `err`.
int Run(const Options& options, std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace stacklint

#endif  // STACKLINT_APP_H_
