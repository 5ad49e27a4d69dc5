// The last stage of a run: its exit code (SPEC §1), computed from the types of what the run met
// (problems by kind, findings by severity), never from a message's text.
#ifndef STACKLINT_EXIT_CODE_H_
#define STACKLINT_EXIT_CODE_H_

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "diagnostic.h"
#include "problem.h"

namespace stacklint {

enum ExitCode { kExitClean = 0, kExitFindings = 1, kExitUsage = 2, kExitInternal = 3 };

/// 3 if a problem is a bug (broken built-in data), else 2 if there is any, else 0.
ExitCode ExitCodeOf(const std::vector<Problem>& problems);

/// The --fail-on level that applies to the file at a display path; nullopt: never fail.
using FailOnOf = std::function<std::optional<Severity>(const std::string& path)>;

/// ExitCodeOf(problems) when there are any, else 1 when an unsuppressed finding is at or above
/// its file's --fail-on level, else 0.
ExitCode ExitCodeFor(const std::vector<Problem>& problems,
                     const std::vector<Diagnostic>& diagnostics, const FailOnOf& fail_on);

}  // namespace stacklint

#endif  // STACKLINT_EXIT_CODE_H_
