// The exit-code stage: computed from problem kinds and finding severities, never from text.
#include "exit_code.h"

#include <catch2/catch.hpp>

#include "test_util.h"

using namespace stacklint;

namespace {

Problem Of(ProblemKind kind, const std::string& message = "m") {
  return Problem{"p.yaml", message, kind, "", std::nullopt};
}

Diagnostic Finding(const std::string& path, Severity severity) {
  Diagnostic d;
  d.rule_id = "CR104";
  d.path = path;
  d.severity = severity;
  return d;
}

}  // namespace

TEST_CASE("a broken built-in file is exit 3, any other problem exit 2", "[exit_code]") {
  CHECK(ExitCodeOf({}) == kExitClean);
  for (ProblemKind kind : {ProblemKind::kInput, ProblemKind::kUsage, ProblemKind::kConfig,
                           ProblemKind::kUserRules, ProblemKind::kOutput}) {
    INFO(Catch::StringMaker<ProblemKind>::convert(kind));
    CHECK(ExitCodeOf({Of(kind)}) == kExitUsage);
  }
  CHECK(ExitCodeOf({Of(ProblemKind::kBuiltinData)}) == kExitInternal);
  CHECK(ExitCodeOf({Of(ProblemKind::kUserRules), Of(ProblemKind::kBuiltinData)}) == kExitInternal);
  // The text plays no part: a user's problem whose message looks like a built-in path.
  CHECK(ExitCodeOf({Of(ProblemKind::kUserRules, "rules/mine.yaml:1:1: bad")}) == kExitUsage);
}

TEST_CASE("findings fail the run at or above their file's --fail-on", "[exit_code]") {
  auto warning_for_a_never_for_b = [](const std::string& path) -> std::optional<Severity> {
    if (path == "a.yaml") return Severity::kWarning;
    return std::nullopt;
  };
  CHECK(ExitCodeFor({}, {Finding("a.yaml", Severity::kNote)}, warning_for_a_never_for_b) ==
        kExitClean);
  CHECK(ExitCodeFor({}, {Finding("a.yaml", Severity::kWarning)}, warning_for_a_never_for_b) ==
        kExitFindings);
  CHECK(ExitCodeFor({}, {Finding("b.yaml", Severity::kError)}, warning_for_a_never_for_b) ==
        kExitClean);
  Diagnostic suppressed = Finding("a.yaml", Severity::kError);
  suppressed.suppressed = "reason";
  CHECK(ExitCodeFor({}, {suppressed}, warning_for_a_never_for_b) == kExitClean);
  // An input problem outranks findings: exit 2 even with errors elsewhere.
  CHECK(ExitCodeFor({Of(ProblemKind::kInput)}, {Finding("a.yaml", Severity::kError)},
                    warning_for_a_never_for_b) == kExitUsage);
}

TEST_CASE("a problem's text names what it is about and where", "[exit_code]") {
  Range range;
  range.begin = {4, 6};
  CHECK(Problem{"r.yaml", "bad regex", ProblemKind::kUserRules, "", range}.Text() ==
        "r.yaml:4:6: bad regex");
  CHECK(Problem{"r.yaml", "Permission denied", ProblemKind::kUserRules, "rule file", std::nullopt}
            .Text() == "rule file r.yaml: Permission denied");
  CHECK(Problem{"", "`x` is not a version like 0.74.0", ProblemKind::kUsage, "--zenml-version",
                std::nullopt}
            .Text() == "--zenml-version: `x` is not a version like 0.74.0");
  CHECK(Problem{"", "c.yaml:1:2: oops", ProblemKind::kConfig, "", std::nullopt}.Text() ==
        "c.yaml:1:2: oops");
  // A path is shown printable, whatever bytes it holds.
  CHECK(Problem{"a\x1b[31m.yaml", "missing", ProblemKind::kInput, "", std::nullopt}.Text().find(
            '\x1b') == std::string::npos);
}
