#include <algorithm>

#include "reporter.h"
#include "text_util.h"

namespace stacklint {
namespace {

const char* kReset = "\x1b[0m";
const char* kBold = "\x1b[1m";

const char* SeverityColor(Severity severity) {
  switch (severity) {
    case Severity::kError:
      return "\x1b[1;31m";
    case Severity::kWarning:
      return "\x1b[1;33m";
    case Severity::kNote:
      return "\x1b[1;36m";
  }
  return "";
}

bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Bytes [from, to) of `line`, printable, with every secret in them shown as `****`.
std::string Shown(const SourceFile& source, int line, size_t from, size_t to,
                  const std::vector<Range>* secrets) {
  size_t line_start = source.LineStart(line);
  std::string text(source.LineText(line).substr(from, to - from));
  std::vector<std::pair<size_t, size_t>> hidden;  // relative to `from`
  for (const Range& secret : secrets ? *secrets : std::vector<Range>{}) {
    size_t begin = std::max(secret.begin_offset, line_start + from);
    size_t end = std::min(secret.end_offset, line_start + to);
    if (begin < end) hidden.emplace_back(begin - line_start - from, end - line_start - from);
  }
  std::sort(hidden.rbegin(), hidden.rend());
  for (const auto& [begin, end] : hidden) text.replace(begin, end - begin, "****");
  return PrintableLine(text);
}

void WriteSnippet(const Diagnostic& d, const SourceFile& source, const std::vector<Range>* secrets,
                  const ReportSettings& options, std::ostream& out) {
  int line = d.range.begin.line;
  size_t line_start = source.LineStart(line);
  std::string_view full = source.LineText(line);
  size_t begin =
      std::min(d.range.begin_offset - std::min(d.range.begin_offset, line_start), full.size());
  size_t end = d.range.end.line == line ? std::min(d.range.end_offset - line_start, full.size())
                                        : full.size();
  // A very long line (minified YAML, a huge scalar) shows only a window around the finding.
  constexpr size_t kWindow = 240;
  size_t from = 0, to = full.size();
  if (full.size() > 4 * kWindow) {
    from = begin > kWindow ? begin - kWindow : 0;
    while (from > 0 && IsContinuation(full[from])) --from;
    to = std::min(full.size(), std::max(end, begin + 1) + kWindow);
    while (to < full.size() && IsContinuation(full[to])) ++to;
    end = std::min(end, to);
  }
  std::string before = Shown(source, line, from, begin, secrets);
  std::string flagged = Shown(source, line, begin, end, secrets);
  std::string after = Shown(source, line, end, to, secrets);
  std::string lead = from > 0 ? "..." : "";
  size_t start = DisplayWidth(lead) + DisplayWidth(before);
  size_t carets = std::max<size_t>(1, DisplayWidth(flagged));
  std::string number = std::to_string(line);
  std::string gutter(number.size(), ' ');
  out << ' ' << number << " | " << lead << before << flagged << after
      << (to < full.size() ? "..." : "") << '\n';
  out << ' ' << gutter << " | " << std::string(start, ' ');
  if (options.color) out << SeverityColor(d.severity);
  out << std::string(carets, '^');
  if (options.color) out << kReset;
  if (d.fix) out << " fix: " << d.fix->title;
  if (d.fix && !d.fix_note.empty()) out << " (" << d.fix_note << ')';
  if (!d.fix && !d.fix_note.empty()) out << " no fix: " << d.fix_note;
  out << '\n';
}

}  // namespace

// Declared beside its row in report_formats.cpp.
void WriteText(const ReportInput& input, std::ostream& out) {
  const LintResults& results = input.results;
  const ReportSettings& options = input.settings;
  size_t counts[3] = {0, 0, 0}, fixable = 0, unsafe = 0;
  for (const Diagnostic& d : results.diagnostics) {
    if (d.suppressed) continue;
    ++counts[static_cast<int>(d.severity)];
    if (d.fix) ++(d.fix->safe ? fixable : unsafe);
    if (options.color) out << kBold;
    out << SanitizeForDisplay(d.path) << ':' << d.range.begin.line << ':' << d.range.begin.column
        << ':';
    if (options.color)
      out << kReset << ' ' << SeverityColor(d.severity) << SeverityName(d.severity) << kReset;
    else
      out << ' ' << SeverityName(d.severity);
    out << ": " << d.message << " [" << d.rule_id << "]\n";
    auto source = results.sources.find(d.path);
    if (options.snippets && source != results.sources.end() && d.range.valid()) {
      auto secrets = results.secrets.find(d.path);
      WriteSnippet(d, *source->second,
                   secrets == results.secrets.end() ? nullptr : &secrets->second, options, out);
    }
  }
  // Inputs that could not be read (missing, unreadable, a FIFO): exit 2, in the report too.
  for (const InputProblem& problem : results.input_problems) {
    out << SanitizeForDisplay(problem.path) << ": error: " << problem.message << '\n';
  }
  if (!options.summary) return;
  size_t total = counts[0] + counts[1] + counts[2];
  std::string files = Plural(results.files_checked, "file");
  std::string unread = results.input_problems.empty()
                           ? ""
                           : "; " + Plural(results.input_problems.size(), "input") + " not read";
  if (total == 0) {
    out << "no problems found in " << files << unread << '\n';
    return;
  }
  out << '\n' << Plural(counts[2], "error") << ", " << Plural(counts[1], "warning");
  if (counts[0]) out << ", " << Plural(counts[0], "note");
  out << " in " << files << unread;
  if (options.fix_hint && fixable > 0) out << "; " << fixable << " fixable with --fix";
  if (options.fix_hint && unsafe > 0) out << " (" << unsafe << " more with --unsafe-fixes)";
  out << '\n';
}

}  // namespace stacklint
