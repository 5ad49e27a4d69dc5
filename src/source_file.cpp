#include "source_file.h"

#include <algorithm>

#include "text_util.h"

namespace stacklint {
namespace {

constexpr size_t kCheckpointBytes = 64;

size_t CountContinuations(std::string_view text) {
  size_t count = 0;
  for (char c : text) count += (static_cast<unsigned char>(c) & 0xC0) == 0x80;
  return count;
}

}  // namespace

SourceFile::SourceFile(std::string path, std::string text)
    : path_(std::move(path)), text_(std::move(text)) {
  line_starts_.push_back(0);
  continuation_checkpoints_.reserve(text_.size() / kCheckpointBytes + 1);
  uint32_t continuations = 0;
  for (size_t i = 0; i < text_.size(); ++i) {
    if (i % kCheckpointBytes == 0) continuation_checkpoints_.push_back(continuations);
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) == 0x80) ++continuations;
    // "\r\n" and "\n" end a line; a lone "\r" does too, as YAML says.
    if (text_[i] == '\n' || (text_[i] == '\r' && (i + 1 == text_.size() || text_[i + 1] != '\n')))
      line_starts_.push_back(i + 1);
  }
  if (text_.size() % kCheckpointBytes == 0) continuation_checkpoints_.push_back(continuations);
  has_continuations_ = continuations > 0;
}

Position SourceFile::PositionAt(size_t offset) const {
  offset = std::min(offset, text_.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  size_t line_index = static_cast<size_t>(it - line_starts_.begin()) - 1;
  size_t start = line_starts_[line_index];
  size_t code_points =
      (offset - start) - (ContinuationBytesBefore(offset) - ContinuationBytesBefore(start));
  return Position{static_cast<int>(line_index) + 1, static_cast<int>(code_points) + 1};
}

size_t SourceFile::ContinuationBytesBefore(size_t offset) const {
  if (!has_continuations_) return 0;
  size_t block = offset / kCheckpointBytes;
  if (block >= continuation_checkpoints_.size()) {
    return CountContinuations(std::string_view(text_).substr(0, offset));  // past the last block
  }
  size_t block_start = block * kCheckpointBytes;
  return continuation_checkpoints_[block] +
         CountContinuations(std::string_view(text_).substr(block_start, offset - block_start));
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
