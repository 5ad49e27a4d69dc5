#include "lsp_convert.h"

#include <catch2/catch.hpp>
#include <string>

using namespace stacklint;

namespace {

bool Same(LspPosition a, LspPosition b) { return a.line == b.line && a.character == b.character; }

}  // namespace

TEST_CASE("UTF-16 counts a code point past U+FFFF as two units", "[lsp_convert]") {
  std::string text = "a: \xF0\x9F\x98\x80\xC3\xA9x\n";  // "a: 😀éx"
  TextIndex utf16(text, PositionEncoding::kUtf16);
  CHECK(Same(utf16.PositionAt(3), {0, 3}));
  CHECK(Same(utf16.PositionAt(7), {0, 5}));  // after the emoji
  CHECK(Same(utf16.PositionAt(9), {0, 6}));  // after é
  CHECK(utf16.OffsetAt({0, 6}) == 9);
  CHECK(utf16.OffsetAt({0, 4}) == 3);  // inside the surrogate pair: its start
  TextIndex utf8(text, PositionEncoding::kUtf8);
  CHECK(Same(utf8.PositionAt(9), {0, 9}));
  CHECK(utf8.OffsetAt({0, 5}) == 3);  // inside the emoji's bytes: its start
  TextIndex utf32(text, PositionEncoding::kUtf32);
  CHECK(Same(utf32.PositionAt(9), {0, 5}));
  CHECK(utf32.OffsetAt({0, 5}) == 9);
}

TEST_CASE("LSP lines end at LF, CRLF or CR, and out-of-range positions clamp", "[lsp_convert]") {
  std::string text = "ab\r\ncd\ref\nlast";
  TextIndex index(text, PositionEncoding::kUtf16);
  CHECK(index.line_count() == 4);
  CHECK(Same(index.PositionAt(4), {1, 0}));
  CHECK(Same(index.PositionAt(7), {2, 0}));
  CHECK(Same(index.PositionAt(10), {3, 0}));
  CHECK(index.OffsetAt({0, 99}) == 2);  // past the line's end: before its CRLF
  CHECK(index.OffsetAt({1, 99}) == 6);
  CHECK(index.OffsetAt({99, 0}) == text.size());
  CHECK(index.OffsetAt({-1, -1}) == 0);
  CHECK(index.LineEnd(3) == text.size());
  CHECK(Same(index.PositionAt(1000), {3, 4}));
}

TEST_CASE("positions on a long line agree with counting from its start", "[lsp_convert]") {
  std::string line;
  for (int i = 0; i < 500; ++i)
    line += (i % 7 == 0) ? "\xF0\x9F\x98\x80" : (i % 5 ? "x" : "\xC3\xA9");
  std::string text = "k: v\n" + line;
  TextIndex index(text, PositionEncoding::kUtf16);
  int64_t units = 0;
  for (size_t offset = 5; offset <= text.size(); ++offset) {
    if (offset == text.size() || (static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80) {
      REQUIRE(Same(index.PositionAt(offset), {1, units}));
      REQUIRE(index.OffsetAt({1, units}) == offset);
    }
    if (offset < text.size())
      units += UnitsOfLeadByte(static_cast<unsigned char>(text[offset]), PositionEncoding::kUtf16);
  }
}

TEST_CASE("file URIs become paths", "[lsp_convert]") {
  CHECK(FileUriToPath("file:///home/a/my%20stack.yaml") == "/home/a/my stack.yaml");
  CHECK(FileUriToPath("file://localhost/tmp/x.yaml") == "/tmp/x.yaml");
  CHECK(FileUriToPath("untitled:Untitled-1").empty());
  CHECK(FileUriToPath("file:///a%00b").empty());
  CHECK(FileUriToPath("file:///a%zzb") == "/a%zzb");
}
