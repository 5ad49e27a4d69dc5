// Applies fixes as byte edits on the original text (never re-emitted YAML: comments, quotes, key
// order and indentation stay), writes files atomically, and renders unified diffs for --diff.
#ifndef STACKLINT_FIXER_H_
#define STACKLINT_FIXER_H_

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "diagnostic.h"
#include "lint_results.h"
#include "problem.h"

namespace stacklint {

struct AliasUse;

struct FixResult {
  std::string text;
  size_t applied = 0;  ///< fixes applied (a fix whose edits overlap an earlier one waits a round)
};

/// Whether PyYAML (what ZenML loads stacks with) reads `text`, written as a plain scalar in block
/// or flow context, back as exactly that string. Conservative: false whenever in doubt. (The one
/// place that decides; it can later ask a full PyYAML resolver instead.)
bool PlainReadsAsString(std::string_view text);

/// `text` as YAML scalar source that PyYAML reads back as exactly that string: plain when
/// PlainReadsAsString, else quoted with `quote` (`'` or `"`; 0 picks `"`).
std::string YamlScalarText(std::string_view text, char quote = 0);

/// Applies the fixes of `diagnostics` (unsafe ones only if `unsafe`) to `text`, back to front.
FixResult ApplyFixes(const std::string& text, const std::vector<Diagnostic>& diagnostics,
                     bool unsafe);

/// The rule ID of an error or warning in `after` that `before` does not have (counted by rule and
/// YAML path; suppressed findings aside), or "" when there is none: a fix must not add one.
std::string NewProblem(const std::vector<Diagnostic>& before, const std::vector<Diagnostic>& after);

/// A unified diff (`--- a/path`, `+++ b/path`, 3 lines of context) of two versions of a file; ""
/// when they are equal.
std::string UnifiedDiff(const std::string& path, const std::string& before,
                        const std::string& after);

/// Replaces the file at `path` with `text`, keeping the file system as it was: a symlink is
/// followed (the target is written, the link stays); a file with other hard links, owned by
/// someone else, or in a folder we may not write is rewritten in place; otherwise a temporary
/// file in the same folder is renamed over it, with its mode and group. A file the user may not
/// write is refused. Returns "" or why it failed.
std::string WriteFileAtomically(const std::string& path, const std::string& text);

/// Lints a fixed text, fixes left unverified: how fix verification judges a fix.
using LintFixed = std::function<std::vector<Diagnostic>(const SourceFile&)>;

/// Keeps a fix of `out` (the findings in `source`) only where it is exact and leaves the file
/// better: a fix that would edit a value one of `aliases` (or a merge key) repeats elsewhere, or
/// whose result (linted by `lint`, an explicit call) no longer parses or has a new error or
/// warning, is withdrawn; one after which its finding remains becomes unsafe. Either way
/// `fix_note` says why. `aliases` is null when the file was not loaded.
void VerifyFixes(const SourceFile& source, const std::vector<AliasUse>* aliases,
                 const LintFixed& lint, std::vector<Diagnostic>* out);

/// What --fix, --diff and --unsafe-fixes ask of the fix pass.
struct FixMode {
  bool write = false;   ///< --fix: write the fixed file (standard input: hand its text back)
  bool diff = false;    ///< --diff: show what would change, write nothing
  bool unsafe = false;  ///< --unsafe-fixes
  bool active() const { return write || diff; }
};

/// Lints a fixed text again. The fix pass's one way back to the engine: it calls it after each
/// round to verify that round, and nothing else in the pass lints.
using LintAgain = std::function<FileLint(std::shared_ptr<const SourceFile>)>;

struct FileFixes {
  size_t applied = 0;                      ///< fixes kept (and, with --fix, written)
  std::string diff;                        ///< --diff: a unified diff, secrets masked as `****`
  std::optional<std::string> fixed_stdin;  ///< --fix on standard input: the fixed document
  std::optional<Problem> problem;  ///< the fixed file could not be written (a kOutput problem)
};

/// The fix pass over one linted file, at `path` ("-": standard input, never written): applies
/// fixes round by round (a fix may enable the next), relinting after each; a round whose result
/// no longer parses or has a new error or warning is dropped. `*file` becomes the lint of the
/// fixed text, or stays as it was when the fixes can't be written.
FileFixes FixFile(const std::string& path, const FixMode& mode, const LintAgain& relint,
                  FileLint* file);

}  // namespace stacklint

#endif  // STACKLINT_FIXER_H_
