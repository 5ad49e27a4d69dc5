#include "source_file.h"

#include <algorithm>

#include "text_util.h"

namespace stacklint {

SourceFile::SourceFile(std::string path, std::string text)
    : path_(std::move(path)), text_(std::move(text)) {
  line_starts_.push_back(0);
  for (size_t i = 0; i < text_.size(); ++i) {
    // "\r\n" and "\n" end a line; a lone "\r" does too, as YAML says.
    if (text_[i] == '\n' || (text_[i] == '\r' && (i + 1 == text_.size() || text_[i + 1] != '\n')))
      line_starts_.push_back(i + 1);
  }
}

Position SourceFile::PositionAt(size_t offset) const {
  offset = std::min(offset, text_.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  size_t line_index = static_cast<size_t>(it - line_starts_.begin()) - 1;
  size_t start = line_starts_[line_index];
  std::string_view prefix(text_.data() + start, offset - start);
  return Position{static_cast<int>(line_index) + 1, static_cast<int>(CountCodePoints(prefix)) + 1};
}

Range SourceFile::RangeOf(size_t begin, size_t end) const {
  end = std::max(begin, end);
  return Range{PositionAt(begin), PositionAt(end), std::min(begin, text_.size()),
               std::min(end, text_.size())};
}

size_t SourceFile::LineStart(int line) const {
  if (line < 1) return 0;
  if (line > line_count()) return text_.size();
  return line_starts_[line - 1];
}

std::string_view SourceFile::LineText(int line) const {
  if (line < 1 || line > line_count()) return {};
  size_t start = line_starts_[line - 1];
  size_t end = line < line_count() ? line_starts_[line] : text_.size();
  while (end > start && (text_[end - 1] == '\n' || text_[end - 1] == '\r')) --end;
  return std::string_view(text_).substr(start, end - start);
}

}  // namespace stacklint
