#include "suppression.h"

#include <re2/re2.h>

#include "text_util.h"

namespace stacklint {

std::vector<Suppression> FindSuppressions(const SourceFile& source) {
  static const RE2 kComment(R"(#\s*stacklint:\s*(ignore|ignore-file)\[([^\]]*)\]\s*(.*))");
  std::vector<Suppression> out;
  const std::string& text = source.text();
  if (text.find("stacklint:") == std::string::npos) return out;  // the common case, fast
  for (int line = 1; line <= source.line_count(); ++line) {
    std::string_view line_text = source.LineText(line);
    size_t hash = line_text.find('#');
    while (hash != std::string_view::npos && hash > 0 && line_text[hash - 1] != ' ' &&
           line_text[hash - 1] != '\t') {
      hash = line_text.find('#', hash + 1);  // a '#' inside a word is no comment
    }
    if (hash == std::string_view::npos) continue;
    std::string_view comment = line_text.substr(hash);
    re2::StringPiece kind_piece, list_piece, reason_piece;
    if (!RE2::FullMatch(comment, kComment, &kind_piece, &list_piece, &reason_piece)) continue;
    std::string_view kind(kind_piece.data(), kind_piece.size());
    std::string_view list(list_piece.data(), list_piece.size());
    std::string_view reason(reason_piece.data(), reason_piece.size());

    size_t line_start = source.LineStart(line);
    Suppression s;
    s.line = line;
    s.whole_file = kind == "ignore-file";
    s.own_line = Trim(line_text.substr(0, hash)).empty();
    s.reason = std::string(Trim(reason));
    for (size_t start = 0; start <= list.size();) {
      size_t comma = list.find(',', start);
      std::string_view entry =
          Trim(list.substr(start, comma == std::string_view::npos ? comma : comma - start));
      if (!entry.empty()) s.rules.emplace_back(entry);
      if (comma == std::string_view::npos) break;
      start = comma + 1;
    }
    size_t comment_begin = line_start + hash;
    size_t list_begin = static_cast<size_t>(list.data() - line_text.data()) + line_start;
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

}  // namespace stacklint
