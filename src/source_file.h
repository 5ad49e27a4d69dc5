// The bytes of one input file with its display path, and the mapping from byte offsets to
// line/column positions that every finding goes through.
#ifndef STACKLINT_SOURCE_FILE_H_
#define STACKLINT_SOURCE_FILE_H_

#include <string>
#include <string_view>
#include <vector>

#include "position.h"

namespace stacklint {

class SourceFile {
 public:
  SourceFile(std::string path, std::string text);

  const std::string& path() const { return path_; }
  const std::string& text() const { return text_; }

  /// The position of a byte offset (clamped to the text).
  Position PositionAt(size_t offset) const;
  /// A range over the bytes [begin, end).
  Range RangeOf(size_t begin, size_t end) const;
  /// The text of 1-based `line` without its line break ("" when out of range).
  std::string_view LineText(int line) const;
  /// The byte offset where 1-based `line` starts.
  size_t LineStart(int line) const;
  int line_count() const { return static_cast<int>(line_starts_.size()); }

 private:
  std::string path_;
  std::string text_;
  std::vector<size_t> line_starts_;
};

}  // namespace stacklint

#endif  // STACKLINT_SOURCE_FILE_H_
