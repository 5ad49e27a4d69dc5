// The bytes of one input file with its display path, and the mapping from byte offsets to
// line/column positions that every finding goes through.
#ifndef STACKLINT_SOURCE_FILE_H_
#define STACKLINT_SOURCE_FILE_H_

#include <cstdint>
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
  /// UTF-8 continuation bytes in text_[0, offset): with it a column is a subtraction, so very
  /// long lines (minified YAML) cost no more than short ones.
  size_t ContinuationBytesBefore(size_t offset) const;

  std::string path_;
  std::string text_;
  std::vector<size_t> line_starts_;
  std::vector<uint32_t> continuation_checkpoints_;  ///< the count before every 64-byte block
  bool has_continuations_ = false;                  ///< false: ASCII, a column is a byte count
};

}  // namespace stacklint

#endif  // STACKLINT_SOURCE_FILE_H_
