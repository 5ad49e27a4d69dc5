// A finding: which rule, how severe, where, what it says, and how to fix it if it can be fixed.
#ifndef STACKLINT_DIAGNOSTIC_H_
#define STACKLINT_DIAGNOSTIC_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "position.h"

namespace stacklint {

enum class Severity { kNote = 0, kWarning = 1, kError = 2 };

std::string_view SeverityName(Severity severity);
std::optional<Severity> ParseSeverity(std::string_view name);

/// Replace the bytes of `range` in the original text with `replacement`.
struct Edit {
  Range range;
  std::string replacement;
};

struct Fix {
  std::string title;  ///< imperative, e.g. "set flavor to `gcp`"
  std::vector<Edit> edits;
  bool safe = true;
};

struct Diagnostic {
  std::string rule_id;
  std::string rule_name;
  Severity severity = Severity::kError;
  std::string message;  ///< one line, never holds a secret
  std::string path;     ///< display path, '/' separated
  Range range;
  std::optional<Fix> fix;
  /// Why no fix is offered though the rule has one, or why the fix offered is unsafe ("" if
  /// neither); shown in the text report.
  std::string fix_note;
  std::string yaml_path;    ///< e.g. "components.container_registry.configuration.uri"
  std::string fingerprint;  ///< stable across line moves: rule, path, YAML path, value
  /// Set when an inline comment or the baseline silences it: why (the comment's reason).
  std::optional<std::string> suppressed;
  bool suppressed_in_source = true;  ///< false: by the baseline
};

/// The report order: path, line, column, rule ID (then message, for a total order).
bool DiagnosticLess(const Diagnostic& a, const Diagnostic& b);

}  // namespace stacklint

#endif  // STACKLINT_DIAGNOSTIC_H_
