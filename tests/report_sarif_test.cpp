// The SARIF report's helpers.
#include "report_sarif.h"

#include <catch2/catch.hpp>

#include "test_util.h"

using namespace stacklint;

TEST_CASE("PathToUri percent-encodes all but unreserved characters and '/'", "[sarif]") {
  CHECK(PathToUri("stacks/prod.yaml") == "stacks/prod.yaml");
  CHECK(PathToUri("odd name,100%.yaml") == "odd%20name%2C100%25.yaml");
  CHECK(PathToUri("caf\xc3\xa9") == "caf%C3%A9");
}
