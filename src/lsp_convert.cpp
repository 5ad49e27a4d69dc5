#include "lsp_convert.h"

#include <algorithm>

namespace stacklint {
namespace {

constexpr size_t kBlock = 64;

}  // namespace

std::string_view EncodingName(PositionEncoding encoding) {
  switch (encoding) {
    case PositionEncoding::kUtf8:
      return "utf-8";
    case PositionEncoding::kUtf16:
      return "utf-16";
    case PositionEncoding::kUtf32:
      return "utf-32";
  }
  return "utf-16";
}

int UnitsOfLeadByte(unsigned char byte, PositionEncoding encoding) {
  if (encoding == PositionEncoding::kUtf8) return 1;
  if ((byte & 0xC0) == 0x80) return 0;  // continuation byte
  // A code point past U+FFFF (4-byte UTF-8) is a surrogate pair in UTF-16. Stray bytes (invalid
  // UTF-8 cannot come through JSON, but be safe) count as one unit, as U+FFFD would.
  return encoding == PositionEncoding::kUtf16 && byte >= 0xF0 && byte <= 0xF7 ? 2 : 1;
}

TextIndex::TextIndex(std::string_view text, PositionEncoding encoding)
    : text_(text), encoding_(encoding) {
  line_starts_.push_back(0);
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
    if (text[i] == '\n' || text[i] == '\r') line_starts_.push_back(i + 1);
  }
  if (encoding == PositionEncoding::kUtf8) return;
  checkpoints_.reserve(text.size() / kBlock + 1);
  uint64_t units = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (i % kBlock == 0) checkpoints_.push_back(units);
    units += UnitsOfLeadByte(static_cast<unsigned char>(text[i]), encoding);
  }
}

size_t TextIndex::UnitsBefore(size_t offset) const {
  if (encoding_ == PositionEncoding::kUtf8) return offset;
  size_t block = offset / kBlock;
  if (block >= checkpoints_.size()) block = checkpoints_.empty() ? 0 : checkpoints_.size() - 1;
  size_t units = checkpoints_.empty() ? 0 : checkpoints_[block];
  for (size_t i = block * kBlock; i < offset; ++i)
    units += UnitsOfLeadByte(static_cast<unsigned char>(text_[i]), encoding_);
  return units;
}

size_t TextIndex::LineStart(int64_t line) const {
  if (line < 0) return 0;
  if (line >= line_count()) return text_.size();
  return line_starts_[static_cast<size_t>(line)];
}

size_t TextIndex::LineEnd(int64_t line) const {
  if (line < 0) return 0;
  if (line + 1 >= line_count()) return text_.size();
  size_t end = line_starts_[static_cast<size_t>(line) + 1];
  if (end > 0 && text_[end - 1] == '\n') --end;
  if (end > 0 && text_[end - 1] == '\r') --end;
  return end;
}

LspPosition TextIndex::PositionAt(size_t offset) const {
  offset = std::min(offset, text_.size());
  auto after = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  size_t line = static_cast<size_t>(after - line_starts_.begin()) - 1;
  size_t start = line_starts_[line];
  return LspPosition{static_cast<int64_t>(line),
                     static_cast<int64_t>(UnitsBefore(offset) - UnitsBefore(start))};
}

size_t TextIndex::OffsetAt(LspPosition position) const {
  if (position.line < 0) return 0;
  if (position.line >= line_count()) return text_.size();
  size_t offset = LineStart(position.line), end = LineEnd(position.line);
  int64_t left = std::max<int64_t>(position.character, 0);
  while (offset < end && left > 0) {
    size_t next = offset + 1;  // the whole code point
    while (next < end && (static_cast<unsigned char>(text_[next]) & 0xC0) == 0x80) ++next;
    int units = encoding_ == PositionEncoding::kUtf8
                    ? static_cast<int>(next - offset)
                    : UnitsOfLeadByte(static_cast<unsigned char>(text_[offset]), encoding_);
    if (units > left) break;  // inside this code point: round down to its start
    left -= units;
    offset = next;
  }
  return offset;
}

std::string FileUriToPath(std::string_view uri) {
  constexpr std::string_view kScheme = "file://";
  if (uri.substr(0, kScheme.size()) != kScheme) return "";
  std::string_view rest = uri.substr(kScheme.size());
  size_t slash = rest.find('/');  // skip the authority ("localhost" or empty)
  if (slash == std::string_view::npos) return "";
  rest = rest.substr(slash);
  rest = rest.substr(0, rest.find_first_of("?#"));
  std::string path;
  for (size_t i = 0; i < rest.size(); ++i) {
    auto hex = [](char c) {
      if (c >= '0' && c <= '9') return c - '0';
      if (c >= 'a' && c <= 'f') return c - 'a' + 10;
      if (c >= 'A' && c <= 'F') return c - 'A' + 10;
      return -1;
    };
    if (rest[i] == '%' && i + 2 < rest.size() && hex(rest[i + 1]) >= 0 && hex(rest[i + 2]) >= 0) {
      path.push_back(static_cast<char>(hex(rest[i + 1]) * 16 + hex(rest[i + 2])));
      i += 2;
    } else {
      path.push_back(rest[i]);
    }
  }
  if (path.find('\0') != std::string::npos) return "";
  return path;
}

}  // namespace stacklint
