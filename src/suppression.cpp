#include "suppression.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>

#include "text_util.h"
#include "yaml_tree.h"

namespace stacklint {
namespace {

bool InsideScalar(const std::vector<Range>& scalars, size_t offset) {
  auto after = std::upper_bound(scalars.begin(), scalars.end(), offset,
                                [](size_t at, const Range& r) { return at < r.begin_offset; });
  return after != scalars.begin() && offset < std::prev(after)->end_offset;
}

// Where the line's comment starts: the first `#` at its start or after a blank that is not
// inside a scalar; npos if there is none.
size_t CommentStart(std::string_view line_text, size_t line_start,
                    const std::vector<Range>& scalars) {
  for (size_t hash = line_text.find('#'); hash != std::string_view::npos;
       hash = line_text.find('#', hash + 1)) {
    if (hash > 0 && line_text[hash - 1] != ' ' && line_text[hash - 1] != '\t') continue;
    if (!InsideScalar(scalars, line_start + hash)) return hash;
  }
  return std::string_view::npos;
}

std::vector<std::string> SplitList(std::string_view list) {
  std::vector<std::string> rules;
  for (size_t start = 0; start <= list.size();) {
    size_t comma = list.find(',', start);
    std::string_view entry =
        Trim(list.substr(start, comma == std::string_view::npos ? comma : comma - start));
    if (!entry.empty()) rules.emplace_back(entry);
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  return rules;
}

}  // namespace

bool MayHoldSuppression(std::string_view text) {
  // ASCII case folding inline, with no copy: this runs over every byte of every file.
  for (size_t i = 0; i < text.size(); ++i) {
    if (ToLowerAscii(text[i]) == 's' && HasFoldedAt(text, i, "stacklint")) return true;
  }
  return false;
}

std::vector<Suppression> FindSuppressions(const SourceFile& source,
                                          const std::vector<Range>& scalars) {
  std::vector<Suppression> out;
  const std::string& text = source.text();
  if (!MayHoldSuppression(text)) return out;  // the common case, fast (no regex compiled)
  static const RE2 kMarker(R"((?i)#\s*stacklint\s*:\s*(.*))");
  static const RE2 kDirective(R"(([A-Za-z_-]*)\s*(?:(\[)([^\]]*)\])?\s*(.*))");
  for (int line = 1; line <= source.line_count(); ++line) {
    std::string_view line_text = source.LineText(line);
    size_t line_start = source.LineStart(line);
    size_t hash = CommentStart(line_text, line_start, scalars);
    if (hash == std::string_view::npos) continue;
    std::string_view comment = line_text.substr(hash);
    re2::StringPiece rest_piece, kind_piece, bracket, list_piece, reason_piece;
    if (!RE2::FullMatch(comment, kMarker, &rest_piece)) continue;
    RE2::FullMatch(rest_piece, kDirective, &kind_piece, &bracket, &list_piece, &reason_piece);
    std::string_view list(list_piece.data(), list_piece.size());

    Suppression s;
    s.line = line;
    s.kind = std::string(kind_piece.data(), kind_piece.size());
    std::string kind = ToLower(s.kind);
    s.whole_file = kind == "ignore-file";
    s.own_line = Trim(line_text.substr(0, hash)).empty();
    s.reason = std::string(Trim(std::string_view(reason_piece.data(), reason_piece.size())));
    s.rules = SplitList(list);
    if (kind != "ignore" && kind != "ignore-file")
      s.problem = "unknown_kind";
    else if (s.rules.empty())
      s.problem = "no_ids";
    size_t comment_begin = line_start + hash;
    size_t list_begin = list_piece.data() != nullptr
                            ? static_cast<size_t>(list.data() - line_text.data()) + line_start
                            : line_start + line_text.size();
    s.comment = source.RangeOf(comment_begin, line_start + line_text.size());
    s.list = source.RangeOf(list_begin, list_begin + list.size());
    if (s.own_line) {
      s.removal = source.RangeOf(line_start, source.LineStart(line + 1));
    } else {
      size_t before = hash;
      while (before > 0 && (line_text[before - 1] == ' ' || line_text[before - 1] == '\t'))
        --before;
      s.removal = source.RangeOf(line_start + before, line_start + line_text.size());
    }
    out.push_back(std::move(s));
  }
  return out;
}

std::vector<Suppression> FindSuppressions(const SourceFile& source) {
  return FindSuppressions(source, LoadYaml(source, LoadLimits{})->ScalarRanges(source));
}

}  // namespace stacklint
