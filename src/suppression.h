// Inline suppressions: `# stacklint: ignore[ID,...] reason` on a finding's line or alone on the
// line above, `# stacklint: ignore-file[ID,...] reason` anywhere. Entries are rule IDs, ID
// prefixes or names. A suppression that silences nothing is itself a finding (SL010).
#ifndef STACKLINT_SUPPRESSION_H_
#define STACKLINT_SUPPRESSION_H_

#include <string>
#include <vector>

#include "position.h"
#include "source_file.h"

namespace stacklint {

struct Suppression {
  int line = 0;             ///< where the comment is
  bool whole_file = false;  ///< ignore-file
  bool own_line = false;    ///< alone on its line: it covers the next line
  std::vector<std::string> rules;
  std::string reason;
  Range comment;  ///< `# stacklint: ...` to the end of the line
  Range list;     ///< the text between the brackets
  Range removal;  ///< what deleting the comment removes (the whole line when it is alone)

  /// The line whose findings it silences (0 for a whole-file suppression).
  int TargetLine() const { return whole_file ? 0 : own_line ? line + 1 : line; }
};

std::vector<Suppression> FindSuppressions(const SourceFile& source);

}  // namespace stacklint

#endif  // STACKLINT_SUPPRESSION_H_
