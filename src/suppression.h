// Inline suppressions: `# stacklint: ignore[ID,...] reason` on a finding's line or alone on the
// line above, `# stacklint: ignore-file[ID,...] reason` anywhere. Entries are rule IDs, ID
// prefixes or names, in any case. Only real YAML comments count: text inside a quoted, plain or
// block scalar never does. A suppression that silences nothing is itself a finding (SL010), and
// so is a malformed one (no IDs, an unknown directive).
#ifndef STACKLINT_SUPPRESSION_H_
#define STACKLINT_SUPPRESSION_H_

#include <string>
#include <string_view>
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
  std::string kind;  ///< the directive as written (`ignore`, `ignore-file`, or a typo)
  /// Why it is malformed ("no_ids" or "unknown_kind"), "" when it is well-formed.
  std::string problem;
  Range comment;  ///< `# stacklint: ...` to the end of the line
  Range list;     ///< the text between the brackets
  Range removal;  ///< what deleting the comment removes (the whole line when it is alone)

  /// The line whose findings it silences (0 for a whole-file suppression).
  int TargetLine() const { return whole_file ? 0 : own_line ? line + 1 : line; }
};

/// Whether `text` may hold a suppression (it names stacklint, in any case); when it does not,
/// FindSuppressions finds none whatever scalar ranges it is given.
bool MayHoldSuppression(std::string_view text);

/// The suppressions in `source`'s comments; `scalars` (sorted, from YamlTree::ScalarRanges) are
/// where a `#` is text, not a comment.
std::vector<Suppression> FindSuppressions(const SourceFile& source,
                                          const std::vector<Range>& scalars);
/// The same, loading `source` to learn where its scalars are.
std::vector<Suppression> FindSuppressions(const SourceFile& source);

}  // namespace stacklint

#endif  // STACKLINT_SUPPRESSION_H_
