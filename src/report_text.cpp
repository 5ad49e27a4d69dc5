#include "report_text.h"

#include <algorithm>

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

// The source line with every secret on it replaced by `****` (in place, so columns before the
// first secret stay put).
std::string MaskedLine(const SourceFile& source, int line, const std::vector<Range>* secrets) {
  std::string text(source.LineText(line));
  if (secrets == nullptr) return text;
  size_t line_start = source.LineStart(line);
  std::vector<Range> on_line;
  for (const Range& secret : *secrets) {
    if (secret.begin.line <= line && secret.end.line >= line) on_line.push_back(secret);
  }
  std::sort(on_line.begin(), on_line.end(),
            [](const Range& a, const Range& b) { return a.begin_offset > b.begin_offset; });
  for (const Range& secret : on_line) {
    size_t begin = secret.begin_offset > line_start ? secret.begin_offset - line_start : 0;
    size_t end = std::min(text.size(), secret.end_offset - line_start);
    if (begin < end) text.replace(begin, end - begin, "****");
  }
  return text;
}

void WriteSnippet(const Diagnostic& d, const SourceFile& source, const std::vector<Range>* secrets,
                  const TextOptions& options, std::ostream& out) {
  int line = d.range.begin.line;
  std::string text = PrintableLine(MaskedLine(source, line, secrets));
  int width = static_cast<int>(CountCodePoints(text));
  int start = std::min(d.range.begin.column - 1, width);
  int end = d.range.end.line == line ? std::min(d.range.end.column - 1, width) : width;
  int carets = std::max(1, end - start);
  std::string number = std::to_string(line);
  std::string gutter(number.size(), ' ');
  out << ' ' << number << " | " << text << '\n';
  out << ' ' << gutter << " | " << std::string(start, ' ');
  if (options.color) out << SeverityColor(d.severity);
  out << std::string(carets, '^');
  if (options.color) out << kReset;
  if (d.fix) out << " fix: " << d.fix->title;
  out << '\n';
}

std::string Plural(size_t n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

}  // namespace

void WriteText(const LintResults& results, const TextOptions& options, std::ostream& out) {
  size_t counts[3] = {0, 0, 0}, fixable = 0, unsafe = 0;
  for (const Diagnostic& d : results.diagnostics) {
    if (d.suppressed) continue;
    ++counts[static_cast<int>(d.severity)];
    if (d.fix) ++(d.fix->safe ? fixable : unsafe);
    if (options.color) out << kBold;
    out << d.path << ':' << d.range.begin.line << ':' << d.range.begin.column << ':';
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
  if (!options.summary) return;
  size_t total = counts[0] + counts[1] + counts[2];
  std::string files = Plural(results.files_checked, "file");
  if (total == 0) {
    out << "no problems found in " << files << '\n';
    return;
  }
  out << '\n' << Plural(counts[2], "error") << ", " << Plural(counts[1], "warning");
  if (counts[0]) out << ", " << Plural(counts[0], "note");
  out << " in " << files;
  if (options.fix_hint && fixable > 0) out << "; " << fixable << " fixable with --fix";
  if (options.fix_hint && unsafe > 0) out << " (" << unsafe << " more with --unsafe-fixes)";
  out << '\n';
}

}  // namespace stacklint
