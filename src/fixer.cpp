#include "fixer.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>

#include "text_util.h"
#include "yaml_tree.h"

namespace stacklint {
namespace {

std::vector<std::string_view> SplitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    end = end == std::string_view::npos ? text.size() : end + 1;
    lines.push_back(text.substr(start, end - start));
    start = end;
  }
  return lines;
}

void AppendLine(std::string* out, char sign, std::string_view line) {
  out->push_back(sign);
  out->append(line);
  if (line.empty() || line.back() != '\n') out->append("\n\\ No newline at end of file\n");
}

bool IsPlainSafe(char c) {
  return IsWordByte(c) || c == '.' || c == '-' || c == '/' || c == '@' || c == '+' || c == '=' ||
         c == '%';
}

}  // namespace

bool PlainReadsAsString(std::string_view text) {
  // PyYAML's YAML 1.1 resolvers only claim text that starts with a digit, a sign, a dot, `~`,
  // `<`, `=` or one of the bool/null words; indicators and `: `/` #` change how it parses.
  if (text.empty()) return false;
  char first = text[0];
  if (!IsAsciiLetter(first)) return false;
  if (!std::all_of(text.begin(), text.end(), IsPlainSafe)) return false;
  std::string lower = ToLower(text);
  for (const char* word : {"yes", "no", "true", "false", "on", "off", "null", "y", "n"}) {
    if (lower == word) return false;
  }
  return true;
}

std::string YamlScalarText(std::string_view text, char quote) {
  if (quote == 0 && PlainReadsAsString(text)) return std::string(text);
  if (quote == '\'') {
    bool ascii_printable = std::all_of(text.begin(), text.end(), [](char c) {
      return static_cast<unsigned char>(c) >= 0x20 && static_cast<unsigned char>(c) < 0x7f;
    });
    if (ascii_printable) {
      std::string out = "'";
      for (char c : text) out += c == '\'' ? std::string("''") : std::string(1, c);
      return out + "'";
    }
  }
  std::string out = "\"";
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    std::string_view rest = text.substr(i);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20 || c == 0x7f) {
      char escape[8];
      std::snprintf(escape, sizeof escape, "\\x%02x", c);
      out += escape;
    } else if (rest.substr(0, 3) == "\xE2\x80\xA8" || rest.substr(0, 3) == "\xE2\x80\xA9") {
      out += rest[2] == '\xA8' ? "\\L" : "\\P";  // line and paragraph separators fold
      i += 2;
    } else if (c == 0xC2 && rest.size() > 1 && static_cast<unsigned char>(rest[1]) >= 0x80 &&
               static_cast<unsigned char>(rest[1]) <= 0x9f) {
      char escape[8];  // C1 controls are not printable to PyYAML (U+0085 is a line break)
      std::snprintf(escape, sizeof escape, "\\x%02x", static_cast<unsigned char>(rest[1]));
      out += escape;
      i += 1;
    } else if (rest.substr(0, 3) == "\xEF\xBB\xBF") {
      out += "\\uFEFF";
      i += 2;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

FixResult ApplyFixes(const std::string& text, const std::vector<Diagnostic>& diagnostics,
                     bool unsafe) {
  // Whole fixes in report order; a fix that overlaps one taken already waits for the next round.
  std::vector<const Edit*> taken;
  FixResult result;
  for (const Diagnostic& d : diagnostics) {
    if (!d.fix || d.suppressed || (!d.fix->safe && !unsafe)) continue;
    bool overlaps = false;
    for (const Edit& edit : d.fix->edits) {
      for (const Edit* other : taken) {
        bool disjoint = edit.range.end_offset <= other->range.begin_offset ||
                        other->range.end_offset <= edit.range.begin_offset;
        bool same_point = edit.range.begin_offset == edit.range.end_offset &&
                          other->range.begin_offset == other->range.end_offset &&
                          edit.range.begin_offset == other->range.begin_offset;
        if (!disjoint || same_point) overlaps = true;
      }
    }
    if (overlaps) continue;
    for (const Edit& edit : d.fix->edits) taken.push_back(&edit);
    ++result.applied;
  }
  std::sort(taken.begin(), taken.end(), [](const Edit* a, const Edit* b) {
    return a->range.begin_offset > b->range.begin_offset;
  });
  result.text = text;
  for (const Edit* edit : taken) {
    result.text.replace(edit->range.begin_offset, edit->range.end_offset - edit->range.begin_offset,
                        edit->replacement);
  }
  return result;
}

std::string NewProblem(const std::vector<Diagnostic>& before,
                       const std::vector<Diagnostic>& after) {
  std::map<std::pair<std::string, std::string>, int> counts;
  for (const Diagnostic& d : before) {
    if (!d.suppressed && d.severity >= Severity::kWarning) ++counts[{d.rule_id, d.yaml_path}];
  }
  for (const Diagnostic& d : after) {
    if (d.suppressed || d.severity < Severity::kWarning) continue;
    if (--counts[{d.rule_id, d.yaml_path}] < 0) return d.rule_id;
  }
  return "";
}

std::string UnifiedDiff(const std::string& path, const std::string& before,
                        const std::string& after) {
  if (before == after) return "";
  std::vector<std::string_view> a = SplitLines(before), b = SplitLines(after);
  // Fixes touch few lines: strip the common head and tail, then diff the middle by LCS.
  size_t head = 0;
  while (head < a.size() && head < b.size() && a[head] == b[head]) ++head;
  size_t tail = 0;
  while (tail < a.size() - head && tail < b.size() - head &&
         a[a.size() - 1 - tail] == b[b.size() - 1 - tail])
    ++tail;
  size_t n = a.size() - head - tail, m = b.size() - head - tail;
  std::vector<char> ops;  // ' ', '-', '+' over the middle
  if (n * m <= 4'000'000) {
    std::vector<std::vector<unsigned>> lcs(n + 1, std::vector<unsigned>(m + 1, 0));
    for (size_t i = n; i-- > 0;)
      for (size_t j = m; j-- > 0;)
        lcs[i][j] = a[head + i] == b[head + j] ? lcs[i + 1][j + 1] + 1
                                               : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    size_t i = 0, j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a[head + i] == b[head + j])
        ops.push_back(' '), ++i, ++j;
      else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1]))
        ops.push_back('-'), ++i;
      else
        ops.push_back('+'), ++j;
    }
  } else {
    ops.insert(ops.end(), n, '-');
    ops.insert(ops.end(), m, '+');
  }
  // Whole script with the common head and tail as context, then cut into hunks.
  std::vector<char> script(head, ' ');
  script.insert(script.end(), ops.begin(), ops.end());
  script.insert(script.end(), tail, ' ');
  std::string out = "--- a/" + path + "\n+++ b/" + path + "\n";
  const size_t kContext = 3;
  size_t k = 0;
  while (k < script.size()) {
    size_t change = k;
    while (change < script.size() && script[change] == ' ') ++change;
    if (change == script.size()) break;
    size_t start = change > kContext ? change - kContext : 0;
    size_t end = change, quiet = 0;
    while (end < script.size() && quiet <= 2 * kContext) {
      quiet = script[end] == ' ' ? quiet + 1 : 0;
      ++end;
    }
    if (quiet > kContext) end -= quiet - kContext;
    size_t ai = 0, bi = 0;  // line numbers at `start`
    for (size_t x = 0; x < start; ++x) {
      if (script[x] != '+') ++ai;
      if (script[x] != '-') ++bi;
    }
    size_t a_count = 0, b_count = 0;
    std::string body;
    for (size_t x = start; x < end; ++x) {
      if (script[x] == ' ')
        AppendLine(&body, ' ', a[ai + a_count]), ++a_count, ++b_count;
      else if (script[x] == '-')
        AppendLine(&body, '-', a[ai + a_count]), ++a_count;
      else
        AppendLine(&body, '+', b[bi + b_count]), ++b_count;
    }
    out += "@@ -" + std::to_string(a_count ? ai + 1 : ai) + "," + std::to_string(a_count) + " +" +
           std::to_string(b_count ? bi + 1 : bi) + "," + std::to_string(b_count) + " @@\n" + body;
    k = end;
  }
  return out;
}

namespace {

std::string WriteAll(int fd, const std::string& text) {
  size_t written = 0;
  while (written < text.size()) {
    ssize_t n = write(fd, text.data() + written, text.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return std::strerror(errno);
    written += static_cast<size_t>(n);
  }
  return "";
}

// Rewrites the file itself (same inode: its links, owner and mode stay).
std::string WriteInPlace(const std::string& path, const std::string& text) {
  int fd = open(path.c_str(), O_WRONLY | O_TRUNC);
  if (fd < 0) return std::strerror(errno);
  std::string error = WriteAll(fd, text);
  if (error.empty() && fsync(fd) != 0) error = std::strerror(errno);
  if (close(fd) != 0 && error.empty()) error = std::strerror(errno);
  return error;
}

}  // namespace

std::string WriteFileAtomically(const std::string& path, const std::string& text) {
  // A symlink is followed: its target is written and the link stays a link.
  char* resolved = realpath(path.c_str(), nullptr);
  if (resolved == nullptr) return std::strerror(errno);
  std::string target(resolved);
  std::free(resolved);
  struct stat info;
  if (stat(target.c_str(), &info) != 0) return std::strerror(errno);
  if (access(target.c_str(), W_OK) != 0)
    return "the file is not writable (" + std::string(std::strerror(errno)) + ")";
  // A rename would split a hard link from its other names, or give the file to us: write the
  // file itself instead (not atomic, but nothing else changes).
  if (info.st_nlink > 1 || info.st_uid != geteuid()) return WriteInPlace(target, text);
  size_t slash = target.rfind('/');
  std::string temp =
      target.substr(0, slash + 1) + "." + target.substr(slash + 1) + ".stacklint-XXXXXX";
  int fd = mkstemp(temp.data());
  if (fd < 0 && (errno == EACCES || errno == EPERM || errno == EROFS)) {
    return WriteInPlace(target, text);  // the folder is not writable, the file is
  }
  if (fd < 0) return std::strerror(errno);
  if (fchown(fd, info.st_uid, info.st_gid) != 0) {  // we could not keep its group
    close(fd);
    unlink(temp.c_str());
    return WriteInPlace(target, text);
  }
  std::string error = WriteAll(fd, text);
  if (error.empty() && fchmod(fd, info.st_mode & 07777) != 0) error = std::strerror(errno);
  if (error.empty() && fsync(fd) != 0) error = std::strerror(errno);
  if (close(fd) != 0 && error.empty()) error = std::strerror(errno);
  if (error.empty() && rename(temp.c_str(), target.c_str()) != 0) error = std::strerror(errno);
  if (!error.empty()) unlink(temp.c_str());
  return error;
}

namespace {

constexpr int kMaxFixRounds = 10;

bool HasSyntaxError(const std::vector<Diagnostic>& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& d) {
    return d.rule_id == "SL001" || d.rule_id == "SL007";
  });
}

// The text of each secret range, to mask wherever it shows up again (a --diff shows source lines).
void CollectSecretTexts(const FileLint& file, std::vector<std::string>* texts) {
  for (const Range& secret : file.secrets) {
    if (secret.end_offset <= secret.begin_offset) continue;
    texts->push_back(
        file.source->text().substr(secret.begin_offset, secret.end_offset - secret.begin_offset));
  }
}

std::string MaskSecretTexts(std::string text, const std::vector<std::string>& secrets) {
  for (const std::string& secret : secrets) {
    for (size_t at = text.find(secret); at != std::string::npos; at = text.find(secret, at + 4))
      text.replace(at, secret.size(), "****");
  }
  return text;
}

}  // namespace

FileFixes FixFile(const std::string& path, const FixMode& mode, const LintAgain& relint,
                  FileLint* file) {
  FileFixes fixes;
  if (!mode.active() || !file->source) return fixes;
  FileLint original = *file;
  for (int round = 0; round < kMaxFixRounds; ++round) {
    FixResult fixed = ApplyFixes(file->source->text(), file->diagnostics, mode.unsafe);
    if (fixed.applied == 0) break;
    FileLint next =
        relint(std::make_shared<const SourceFile>(file->source->path(), std::move(fixed.text)));
    if (HasSyntaxError(next.diagnostics) && !HasSyntaxError(file->diagnostics)) break;
    if (!NewProblem(file->diagnostics, next.diagnostics).empty()) break;  // fixes that clash
    fixes.applied += fixed.applied;
    *file = std::move(next);
  }
  if (mode.diff) {
    std::vector<std::string> secret_texts;
    CollectSecretTexts(original, &secret_texts);
    CollectSecretTexts(*file, &secret_texts);
    fixes.diff = MaskSecretTexts(
        UnifiedDiff(file->source->path(), original.source->text(), file->source->text()),
        secret_texts);
  }
  if (!mode.write) return fixes;
  if (path == "-") {
    fixes.fixed_stdin = file->source->text();
  } else if (fixes.applied > 0) {
    std::string error = WriteFileAtomically(path, file->source->text());
    if (!error.empty()) {  // the file is as it was: report what it holds
      fixes.problem = Problem{file->source->path(), "cannot write fixes: " + error,
                              ProblemKind::kOutput, "", std::nullopt};
      fixes.applied = 0;
      *file = std::move(original);
    }
  }
  return fixes;
}

namespace {

using FindingKey = std::pair<std::string, std::string>;  // rule ID, YAML path

std::map<FindingKey, int> CountFindings(const std::vector<Diagnostic>& findings) {
  std::map<FindingKey, int> counts;
  for (const Diagnostic& d : findings) {
    if (!d.suppressed) ++counts[{d.rule_id, d.yaml_path}];
  }
  return counts;
}

// Verifying re-lints the file once per fix; past this many fixes in one file they are withdrawn.
constexpr size_t kMaxVerifiedFixes = 64;

// Whether applying every candidate fix at once leaves the file better: all of them apply (no
// overlap), no new problem appears, and each fixed finding is gone. Then each fix alone is taken
// to be as good (fixes target different findings), and one lint replaces one per fix.
bool AllFixesHelp(const SourceFile& source, const LintFixed& lint,
                  const std::vector<Diagnostic*>& candidates,
                  const std::vector<Diagnostic>& before) {
  std::vector<Diagnostic> fixes;
  std::map<FindingKey, int> fixed_per_key;
  for (const Diagnostic* d : candidates) {
    fixes.push_back(*d);
    fixes.back().fix->safe = true;
    ++fixed_per_key[{d->rule_id, d->yaml_path}];
  }
  FixResult all = ApplyFixes(source.text(), fixes, false);
  if (all.applied != fixes.size()) return false;
  SourceFile after(source.path(), std::move(all.text));
  std::vector<Diagnostic> again = lint(after);
  if (!NewProblem(before, again).empty()) return false;
  std::map<FindingKey, int> counts_before = CountFindings(before);
  std::map<FindingKey, int> counts_after = CountFindings(again);
  for (const auto& [key, fixed] : fixed_per_key) {
    if (counts_after[key] > counts_before[key] - fixed) return false;
  }
  return true;
}

}  // namespace

void VerifyFixes(const SourceFile& source, const std::vector<AliasUse>* aliases,
                 const LintFixed& lint, std::vector<Diagnostic>* out) {
  std::vector<Diagnostic*> candidates;
  for (Diagnostic& d : *out) {
    if (!d.fix || d.suppressed) continue;
    const AliasUse* shared = nullptr;
    for (const Edit& edit : d.fix->edits) {
      if (aliases == nullptr || shared != nullptr) break;
      shared = FindSharedValue(*aliases, edit.range.begin_offset, edit.range.end_offset);
    }
    if (shared != nullptr) {
      d.fix.reset();
      d.fix_note = "line " + std::to_string(shared->target.begin.line) +
                   " holds an anchored value that an alias or merge key repeats; editing it "
                   "would change every use";
      continue;
    }
    candidates.push_back(&d);
  }
  if (candidates.empty() || AllFixesHelp(source, lint, candidates, *out)) return;
  // Some fix does harm: find which, one lint per fix.
  std::map<FindingKey, int> all_before = CountFindings(*out);
  size_t verified = 0;
  for (Diagnostic* candidate : candidates) {
    Diagnostic& d = *candidate;
    if (++verified > kMaxVerifiedFixes) {
      d.fix.reset();
      d.fix_note = "too many fixes in one file to verify each";
      continue;
    }
    Diagnostic alone = d;
    alone.fix->safe = true;
    SourceFile after(source.path(), ApplyFixes(source.text(), {alone}, false).text);
    std::vector<Diagnostic> again = lint(after);
    std::string added = NewProblem(*out, again);
    if (!added.empty()) {
      d.fix.reset();
      d.fix_note = added == "SL001" ? "the fixed file would not be valid YAML"
                                    : "the fixed file would have a new " + added + " finding";
      continue;
    }
    std::map<FindingKey, int> all_after = CountFindings(again);
    FindingKey self{d.rule_id, d.yaml_path};
    if (all_after[self] >= all_before[self] && d.fix->safe) {
      d.fix->safe = false;
      d.fix_note = "unsafe: the finding remains after it";
    }
  }
}

}  // namespace stacklint
