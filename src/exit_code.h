// The exit codes of a run (SPEC §1); only main() exits with them.
#ifndef STACKLINT_EXIT_CODE_H_
#define STACKLINT_EXIT_CODE_H_

namespace stacklint {

enum ExitCode { kExitClean = 0, kExitFindings = 1, kExitUsage = 2, kExitInternal = 3 };

}  // namespace stacklint

#endif  // STACKLINT_EXIT_CODE_H_
