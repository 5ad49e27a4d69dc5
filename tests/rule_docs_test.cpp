// docs/rules/ is generated from rules/*.yaml; this test fails when the committed pages are
// stale. STACKLINT_UPDATE_GOLDEN=1 (scripts/gen-rule-docs.sh) rewrites them.
#include "rule_docs.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "test_util.h"

namespace fs = std::filesystem;
using stacklint::testing::BuiltinCatalog;

namespace {

void CompareOrUpdate(const fs::path& path, const std::string& generated) {
  const char* update = std::getenv("STACKLINT_UPDATE_GOLDEN");
  if (update && std::string(update) == "1") {
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << generated;
    return;
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream committed;
  committed << in.rdbuf();
  INFO(path.string() << " is stale: run scripts/gen-rule-docs.sh");
  CHECK(committed.str() == generated);
}

}  // namespace

TEST_CASE("docs/rules/ matches the rule catalog", "[docs]") {
  const fs::path docs = fs::path(STACKLINT_SOURCE_DIR) / "docs" / "rules";
  for (const auto& rule : BuiltinCatalog().rules()) {
    CompareOrUpdate(docs / (rule.id + ".md"), stacklint::RuleMarkdown(rule));
  }
  CompareOrUpdate(docs / "README.md", stacklint::RuleIndexMarkdown(BuiltinCatalog()));
  for (const auto& entry : fs::directory_iterator(docs)) {
    std::string id = entry.path().stem().string();
    INFO(entry.path().string() << " documents no rule");
    CHECK((id == "README" || BuiltinCatalog().FindRule(id) != nullptr));
  }
}

TEST_CASE("a rule page carries its examples and messages", "[docs]") {
  std::string page = stacklint::RuleMarkdown(*BuiltinCatalog().FindRule("CR104"));
  CHECK(page.find("# default-flavor-specific-uri (CR104)") == 0);
  CHECK(page.find("Default severity: **warning**") != std::string::npos);
  CHECK(page.find("## Example\n\n```yaml\nzenml_version: 0.74.0") != std::string::npos);
  CHECK(page.find("## Use instead") != std::string::npos);
}
