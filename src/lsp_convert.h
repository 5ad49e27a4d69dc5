// LSP positions (0-based line, character offset in the negotiated encoding) to and from byte
// offsets of a UTF-8 document. LSP lines end at "\n", "\r\n" or "\r".
#ifndef STACKLINT_LSP_CONVERT_H_
#define STACKLINT_LSP_CONVERT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace stacklint {

/// What a `character` counts: UTF-8 bytes, UTF-16 code units (LSP's default) or code points.
enum class PositionEncoding { kUtf8, kUtf16, kUtf32 };

std::string_view EncodingName(PositionEncoding encoding);

struct LspPosition {
  int64_t line = 0;
  int64_t character = 0;
};

/// An index over one version of a document's text; the text must outlive it.
class TextIndex {
 public:
  TextIndex(std::string_view text, PositionEncoding encoding);

  /// The position of byte `offset` (clamped to the text).
  LspPosition PositionAt(size_t offset) const;
  /// The byte offset of `position`; past the end of a line means its end, past the last line the
  /// end of the text, negative values 0 (LSP's rules for out-of-range positions). A character in
  /// the middle of a code point rounds down to its start.
  size_t OffsetAt(LspPosition position) const;
  /// The byte offset where 0-based `line` starts (the text's size past the last line).
  size_t LineStart(int64_t line) const;
  /// The byte offset where 0-based `line`'s text ends (before its line break).
  size_t LineEnd(int64_t line) const;
  int64_t line_count() const { return static_cast<int64_t>(line_starts_.size()); }

 private:
  /// Code units in text_[0, offset): a sum over 64-byte blocks kept in checkpoints_, so a
  /// position on a very long line costs no more than on a short one.
  size_t UnitsBefore(size_t offset) const;

  std::string_view text_;
  PositionEncoding encoding_;
  std::vector<size_t> line_starts_;
  std::vector<uint64_t> checkpoints_;  ///< units before every 64-byte block (not for UTF-8)
};

/// The local path of a `file://` URI, percent-decoded; "" for other schemes.
std::string FileUriToPath(std::string_view uri);

/// Code units that the UTF-8 lead byte `byte` starts (0 for continuation bytes).
int UnitsOfLeadByte(unsigned char byte, PositionEncoding encoding);

}  // namespace stacklint

#endif  // STACKLINT_LSP_CONVERT_H_
