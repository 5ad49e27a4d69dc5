#include "source_file.h"

#include <catch2/catch.hpp>

#include "catch_printers.h"
#include "text_util.h"

using namespace stacklint;

TEST_CASE("offsets map to 1-based lines and code-point columns", "[source_file]") {
  SourceFile f("x.yaml", "ab\nçd\r\nlast");
  CHECK(f.PositionAt(0) == Position{1, 1});
  CHECK(f.PositionAt(3) == Position{2, 1});
  CHECK(f.PositionAt(5) == Position{2, 2});  // ç is two bytes, one column
  CHECK(f.PositionAt(8) == Position{3, 1});
  CHECK(f.PositionAt(100) == Position{3, 5});  // clamped to the end
  CHECK(f.LineText(2) == "çd");
  CHECK(f.LineText(3) == "last");
  CHECK(f.LineText(4).empty());
  CHECK(f.line_count() == 3);
}

TEST_CASE("display text is valid UTF-8 with control characters escaped", "[text_util]") {
  CHECK(SanitizeForDisplay("a\tb\x1b[31m") == "a\\tb\\x1b[31m");
  CHECK(SanitizeForDisplay("\xff ok") == "\xEF\xBF\xBD ok");
  CHECK(PrintableLine("a\tb\x01") == "a b?");
}

TEST_CASE("closest match for suggestions", "[text_util]") {
  std::vector<std::string> names = {"aws", "gcp", "azure", "github", "dockerhub", "default"};
  CHECK(ClosestMatch("dockrhub", names, 2) == "dockerhub");
  CHECK(ClosestMatch("quay", names, 2).empty());
  CHECK(EditDistance("kitten", "sitting") == 3);
}

TEST_CASE("columns stay exact on very long lines with multi-byte characters", "[source_file]") {
  std::string line;
  for (int i = 0; i < 1000; ++i) line += "é";  // 2 bytes each
  line += "x";
  SourceFile f("x.yaml", "a\n" + line + "\n");
  CHECK(f.PositionAt(2 + 2000) == Position{2, 1001});
  CHECK(f.PositionAt(2 + 2001) == Position{2, 1002});
  CHECK(f.PositionAt(2 + 1000) == Position{2, 501});
}

TEST_CASE("failing checks print positions, ranges and severities", "[source_file]") {
  SourceFile f("x.yaml", "ab\n\u00e7d\n");
  CHECK(Catch::Detail::stringify(f.PositionAt(5)) == "2:2");
  CHECK(Catch::Detail::stringify(f.RangeOf(3, 6)) == "2:1-2:3 (bytes 3-6)");
  CHECK(Catch::Detail::stringify(Severity::kWarning) == "warning");
}
