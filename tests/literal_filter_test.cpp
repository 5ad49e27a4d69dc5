#include "literal_filter.h"

#include <re2/re2.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <map>

#include "embedded_data.h"
#include "source_file.h"
#include "test_util.h"
#include "yaml_tree.h"

using namespace stacklint;
namespace fs = std::filesystem;

namespace {

void AddScalars(const Node& node, std::vector<std::string>* out) {
  if (node.IsScalar()) out->push_back(node.value);
  for (const Node* item : node.items) AddScalars(*item, out);
  for (const MapEntry& entry : node.entries) {
    AddScalars(*entry.key, out);
    AddScalars(*entry.value, out);
  }
}

// Texts the built-in regexes meet: every scalar and every line of testdata/ and examples/, the
// rules' examples, each also upper-cased, plus tokens SEC301 looks for.
std::vector<std::string> SampleTexts() {
  std::vector<std::string> texts = {"AKIAIOSFODNN7EXAMPLE",
                                    "ghp_0123456789abcdefghijABCDEFGHIJ0123",
                                    "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz",
                                    "dckr_pat_0123456789abcdefghijKLM",
                                    "-----BEGIN RSA PRIVATE KEY-----",
                                    "https://bot:hunter2@ghcr.io/acme",
                                    "LocalHost:5000",
                                    "127.0.0.1:5000/x",
                                    "[::1]:5000",
                                    "registry.LOCALHOST/x",
                                    "\xc3\xa9.localhost"};
  std::vector<std::string> lines;
  for (const char* folder : {"testdata", "examples"}) {
    for (const auto& entry :
         fs::recursive_directory_iterator(fs::path(STACKLINT_SOURCE_DIR) / folder)) {
      std::string name = entry.path().filename().string();
      if (!entry.is_regular_file() || entry.file_size() > (1 << 20)) continue;
      if (name.find(".yaml") == std::string::npos && name.find(".yml") == std::string::npos)
        continue;
      std::string text = stacklint::testing::ReadFileText(entry.path().string());
      SourceFile source(entry.path().string(), text);
      std::unique_ptr<YamlTree> tree = LoadYaml(source, LoadLimits{});
      for (const YamlDocument& doc : tree->documents) AddScalars(*doc.root, &texts);
      for (int line = 1; line <= source.line_count(); ++line)
        lines.emplace_back(source.LineText(line));
    }
  }
  for (const RuleInfo& rule : stacklint::testing::BuiltinCatalog().rules()) {
    for (const std::string* example : {&rule.bad_example, &rule.good_example}) {
      SourceFile source("example.yaml", *example);
      for (int line = 1; line <= source.line_count(); ++line)
        lines.emplace_back(source.LineText(line));
    }
  }
  texts.insert(texts.end(), lines.begin(), lines.end());
  size_t original = texts.size();
  for (size_t i = 0; i < original; ++i) {
    std::string upper = texts[i];
    for (char& c : upper) c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    texts.push_back(upper);
  }
  return texts;
}

}  // namespace

TEST_CASE("a built-in regex's literals never turn away a text it matches", "[literals]") {
  const std::vector<PatternLiterals>& table = EmbeddedPatternLiterals();
  REQUIRE(table.size() > 15);
  std::vector<std::string> texts = SampleTexts();
  REQUIRE(texts.size() > 2000);
  std::map<std::string_view, size_t> matches;
  for (const PatternLiterals& entry : table) {
    RE2 regex{re2::StringPiece(entry.pattern.data(), entry.pattern.size())};
    REQUIRE(regex.ok());
    LiteralFilter filter = BuiltinLiteralFilter(entry.pattern);
    REQUIRE(filter.known());
    for (const std::string& text : texts) {
      if (!RE2::PartialMatch(text, regex)) continue;
      ++matches[entry.pattern];
      INFO(entry.pattern << " on " << text);
      CHECK(filter.MayMatch(text));
    }
  }
  CHECK(matches.size() > 15);  // the samples reach most patterns
}

TEST_CASE("the literal table is sorted and every built-in regex finds its entry", "[literals]") {
  const std::vector<PatternLiterals>& table = EmbeddedPatternLiterals();
  CHECK(std::is_sorted(table.begin(), table.end(),
                       [](const auto& a, const auto& b) { return a.pattern < b.pattern; }));
  size_t known = 0;
  for (const std::string& pattern : stacklint::testing::BuiltinCatalog().PatternTexts())
    known += BuiltinLiteralFilter(pattern).known();
  CHECK(known == table.size());
  CHECK_FALSE(BuiltinLiteralFilter("^acme-[a-z]+$").known());  // not built-in: always runs
}

TEST_CASE("LiteralFilter says no only when no literal is there", "[literals]") {
  LiteralFilter filter({"gcr.io", ".dkr.ecr."});
  CHECK(filter.MayMatch("eu.gcr.io/acme"));
  CHECK(filter.MayMatch("EU.GCR.IO"));  // ASCII letters fold
  CHECK(filter.MayMatch("123.dkr.ecr.eu-west-1"));
  CHECK(filter.MayMatch("gcr.i\xc3\xb6"));  // non-ASCII: may match (RE2 folds Unicode case)
  CHECK_FALSE(filter.MayMatch("ghcr.io/acme"));
  CHECK_FALSE(filter.MayMatch("gcr.i"));
  CHECK_FALSE(filter.MayMatch(""));
  CHECK(LiteralFilter().MayMatch("anything"));
  CHECK_FALSE(LiteralFilter::Union({&filter, &filter}).MayMatch("docker.io"));
  LiteralFilter none;
  CHECK(LiteralFilter::Union({&filter, &none}).MayMatch("docker.io"));
}
