#include "lazy_regex.h"

#include <re2/re2.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "source_file.h"
#include "test_util.h"
#include "yaml_tree.h"

using namespace stacklint;

namespace {

void RequireCompiles(const Regex& regex, const std::string& what) {
  if (!regex) return;
  INFO(what);
  CHECK(regex->ok());
}

}  // namespace

TEST_CASE("a lazy regex compiles on first use, once, shared by its copies", "[regex]") {
  Regex empty = nullptr;
  CHECK_FALSE(empty);
  Regex host = Regex::Lazy("(^|\\.)ghcr\\.io$");
  Regex copy = host;
  REQUIRE(host);
  CHECK(RE2::PartialMatch("ghcr.io", *copy));
  CHECK(&*host == &*copy);
  CHECK(host->pattern() == "(^|\\.)ghcr\\.io$");
  CHECK_FALSE((*Regex::Lazy("(unclosed")).ok());  // reported by the catalog tests, not thrown
}

TEST_CASE("threads racing to the first use of a lazy regex all get one compiled pattern",
          "[regex]") {
  Regex regex = Regex::Lazy("^[a-z]+$");
  std::vector<const re2::RE2*> seen(8);
  std::vector<std::thread> threads;
  for (size_t i = 0; i < seen.size(); ++i) threads.emplace_back([&, i] { seen[i] = &*regex; });
  for (std::thread& thread : threads) thread.join();
  for (const re2::RE2* compiled : seen) CHECK(compiled == seen[0]);
}

TEST_CASE("every built-in pattern compiles (they are compiled lazily at run time)", "[regex]") {
  const RuleCatalog& catalog = testing::BuiltinCatalog();
  REQUIRE_FALSE(catalog.flavors().empty());
  for (const Flavor& flavor : catalog.flavors()) {
    RequireCompiles(flavor.host, flavor.origin + " host");
    RequireCompiles(flavor.uri, flavor.origin + " uri");
    for (const PatternRule& rule : flavor.diagnoses) RequireCompiles(rule.pattern, flavor.origin);
    for (const PatternRule& rule : flavor.host_notices)
      RequireCompiles(rule.pattern, flavor.origin);
  }
  // Named patterns: every `kind: patterns` document under rules/.
  size_t named = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(
           std::string(STACKLINT_SOURCE_DIR) + "/rules")) {
    if (entry.path().extension() != ".yaml") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    SourceFile source(entry.path().string(), text.str());
    auto tree = LoadYaml(source, LoadLimits{});
    for (const YamlDocument& doc : tree->documents) {
      const Node* kind = doc.root->Find("kind");
      const Node* patterns = doc.root->Find("patterns");
      if (!kind || kind->value != "patterns" || !patterns) continue;
      for (const MapEntry& pattern : patterns->entries) {
        const Regex* regex = catalog.FindPattern(pattern.key->value);
        INFO(pattern.key->value);
        REQUIRE(regex != nullptr);
        RequireCompiles(*regex, entry.path().string() + " " + pattern.key->value);
        ++named;
      }
    }
  }
  CHECK(named > 0);
}
