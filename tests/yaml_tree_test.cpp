#include "yaml_tree.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>

using namespace stacklint;

namespace {

struct Loaded {
  SourceFile source;
  std::unique_ptr<YamlTree> tree;
  explicit Loaded(std::string text, LoadLimits limits = {})
      : source("t.yaml", std::move(text)), tree(LoadYaml(source, limits)) {}
  const Node& root(size_t doc = 0) const { return *tree->documents.at(doc).root; }
};

std::string At(const Range& r) {
  return std::to_string(r.begin.line) + ":" + std::to_string(r.begin.column) + "-" +
         std::to_string(r.end.line) + ":" + std::to_string(r.end.column);
}

}  // namespace

TEST_CASE("keys and values carry 1-based start and end positions", "[yaml_tree]") {
  Loaded y("a: plain value # comment\nb: \"quoted\"\nc: 'it''s'\nd:\n  - item\n");
  REQUIRE(!y.tree->error);
  const Node& root = y.root();
  CHECK(At(root.FindKey("a")->range) == "1:1-1:2");
  CHECK(At(root.Find("a")->range) == "1:4-1:15");
  CHECK(root.Find("a")->value == "plain value");
  CHECK(At(root.Find("b")->range) == "2:4-2:12");  // the quotes are part of the value's range
  CHECK(root.Find("b")->style == ScalarStyle::kQuoted);
  CHECK(root.Find("c")->value == "it's");
  CHECK(At(root.Find("c")->range) == "3:4-3:11");
  CHECK(At(root.Find("d")->items.at(0)->range) == "5:5-5:9");
}

TEST_CASE("columns count code points, not bytes", "[yaml_tree]") {
  Loaded y("é: ü\nnäme: x\n");
  CHECK(At(y.root().Find("é")->range) == "1:4-1:5");
  CHECK(At(y.root().Find("näme")->range) == "2:7-2:8");
}

TEST_CASE("flow style mappings and sequences", "[yaml_tree]") {
  Loaded y("configuration: {\"uri\": \"gcr.io/x\", k: v, n: [1, two]}\n");
  const Node& config = *y.root().Find("configuration");
  REQUIRE(config.IsMapping());
  CHECK(At(config.FindKey("uri")->range) == "1:17-1:22");
  CHECK(At(config.Find("uri")->range) == "1:24-1:34");
  CHECK(At(config.Find("k")->range) == "1:39-1:40");
  CHECK(At(config.Find("n")->items.at(1)->range) == "1:49-1:52");
}

TEST_CASE("anchors are skipped and aliases point where the value is written", "[yaml_tree]") {
  Loaded y("base: &reg ghcr.io/acme\nuse: *reg\nmap: &m\n  k: v\nagain: *m\n");
  const Node& root = y.root();
  CHECK(At(root.Find("base")->range) == "1:12-1:24");
  CHECK(root.Find("use")->alias_of == root.Find("base"));  // a scalar alias: a copy
  CHECK(At(root.Find("use")->range) == "1:12-1:24");
  CHECK(At(root.Find("use")->use_range) == "2:6-2:10");  // the `*reg` it was reached through
  CHECK(root.Find("base")->uses == 1);
  CHECK(At(root.Find("map")->range) == "4:3-4:7");
  CHECK(root.Find("again") == root.Find("map"));  // collections are shared, never copied
  CHECK(root.Find("again")->Find("k")->value == "v");
  CHECK(y.tree->aliases.size() == 2);
  const AliasUse* shared = FindSharedValue(y.tree->aliases, 14, 15);  // inside `ghcr.io/acme`
  REQUIRE(shared != nullptr);
  CHECK(At(shared->target) == "1:12-1:24");
  CHECK(At(shared->range) == "2:6-2:10");
  CHECK(FindSharedValue(y.tree->aliases, 29, 33) == nullptr);  // the `*reg` use itself
}

TEST_CASE("merge keys as PyYAML: a later `<<` wins over an earlier one, `!!merge` merges",
          "[yaml_tree]") {
  Loaded y("a: &a {x: 1}\nb: &b {x: 2, y: 2}\nc:\n  <<: *a\n  <<: *b\nd:\n  !!merge <<: *a\n");
  const Node& c = *y.root().Find("c");
  CHECK(c.Find("x")->value == "2");
  CHECK(c.Find("y")->value == "2");
  CHECK(y.root().Find("d")->Find("x")->value == "1");
  CHECK(y.root().Find("d")->entries.size() == 1);
  CHECK(y.tree->unloadable.empty());
  CHECK(y.tree->duplicates.empty());
}

TEST_CASE("a `<<` that merges no mapping, or a plain `=`, makes the file unloadable",
          "[yaml_tree]") {
  Loaded y("a:\n  <<: base\nb:\n  <<: [{x: 1}, 2]\nc: =\nd: <<\ne: '<<'\n");
  REQUIRE(!y.tree->error);
  REQUIRE(y.tree->unloadable.size() == 4);
  CHECK(At(y.tree->unloadable[0].range) == "2:7-2:11");  // at the value, not the key
  CHECK(At(y.tree->unloadable[1].range) == "4:16-4:17");
  CHECK(At(y.tree->unloadable[2].range) == "5:4-5:5");
  CHECK(At(y.tree->unloadable[3].range) == "6:4-6:6");
  CHECK(y.root().Find("b")->Find("x")->value == "1");  // the rest still loads, for other checks
}

TEST_CASE("merge keys: explicit keys win, then the earlier merged map", "[yaml_tree]") {
  Loaded y("a: &a {x: 1, y: 1}\nb: &b {y: 2, z: 2}\nc:\n  <<: [*a, *b]\n  x: 3\n");
  const Node& c = *y.root().Find("c");
  CHECK(c.Find("x")->value == "3");
  CHECK(c.Find("y")->value == "1");
  CHECK(c.Find("z")->value == "2");
  CHECK(c.Find("<<") == nullptr);
  CHECK(At(c.Find("y")->range) == "1:17-1:18");  // where the merged value is written
  CHECK(y.tree->duplicates.empty());
}

TEST_CASE("duplicate keys are kept, the last wins, and both are recorded", "[yaml_tree]") {
  Loaded y("uri: first\nname: n\nuri: second\n");
  CHECK(y.root().Find("uri")->value == "second");
  REQUIRE(y.tree->duplicates.size() == 1);
  CHECK(At(y.tree->duplicates[0].first->range) == "1:1-1:4");
  CHECK(At(y.tree->duplicates[0].second->range) == "3:1-3:4");
}

TEST_CASE("multi-document files keep file-relative lines", "[yaml_tree]") {
  Loaded y("a: 1\n---\nb: 2\n---\n# only a comment\n---\nc: 3\n");
  REQUIRE(y.tree->documents.size() == 3);
  CHECK(At(y.root(1).Find("b")->range) == "3:4-3:5");
  CHECK(At(y.root(2).Find("c")->range) == "7:4-7:5");
}

TEST_CASE("implicit nulls are placed after their key, explicit ones on the token", "[yaml_tree]") {
  Loaded y("a:\nb: ~\nc: null\n");
  const Node& root = y.root();
  CHECK(root.Find("a")->kind == NodeKind::kNull);
  CHECK(At(root.Find("a")->range) == "1:3-1:3");
  CHECK(At(root.Find("b")->range) == "2:4-2:5");
  CHECK(At(root.Find("c")->range) == "3:4-3:8");
}

TEST_CASE("block and multi-line scalars: the range is the whole value", "[yaml_tree]") {
  Loaded folded("a:\n  key: >-\n    one\n\n    two\n  # comment\n  next: x\n");
  CHECK(At(folded.root().Find("a")->Find("key")->range) == "2:8-5:8");
  Loaded seq("- |\n  text # not a comment\n- x\n");
  CHECK(At(seq.root().items.at(0)->range) == "1:3-2:23");
  Loaded plain("key: one\n  two\n\n  three # comment\nnext: x\n");
  CHECK(plain.root().Find("key")->value == "one two\nthree");
  CHECK(At(plain.root().Find("key")->range) == "1:6-4:8");
  Loaded quoted("key: \"one\n  two\"\n");
  CHECK(At(quoted.root().Find("key")->range) == "1:6-2:7");
  Loaded indicator("key: |2\n    indented\n  body\nnext: x\n");
  CHECK(At(indicator.root().Find("key")->range) == "1:6-3:7");
  CHECK(indicator.tree->ScalarRanges(indicator.source).size() == 5);
}

TEST_CASE("block scalars, BOM and CRLF", "[yaml_tree]") {
  Loaded block("key: |\n  line one\n  line two\nnext: x\n");
  CHECK(block.root().Find("key")->value == "line one\nline two\n");
  CHECK(block.root().Find("key")->style == ScalarStyle::kBlock);
  CHECK(At(block.root().Find("next")->range) == "4:7-4:8");

  Loaded bom(
      "\xEF\xBB\xBF"
      "a: x\n");
  CHECK(At(bom.root().Find("a")->range) == "1:5-1:6");  // the BOM is one code point

  Loaded crlf("a: x\r\nb: y\r\n");
  CHECK(At(crlf.root().Find("b")->range) == "2:4-2:5");
}

TEST_CASE("plain scalars resolve as PyYAML (YAML 1.1) resolves them, others are strings",
          "[yaml_tree]") {
  Loaded y(
      "a: 5000\nb: \"5000\"\nc: true\nd: yes\ne: 1.5e3\nf: ~\ng: 0x1F\nh: .inf\ni: 1.2.3\n"
      "j: 2024-01-01\nk: 017\nl: 1:20\nm: !!str yes\nn: 'on'\no: 0o17\np: !!int '7'\nq: ! yes\n");
  const Node& r = y.root();
  CHECK(r.Find("a")->Type() == ScalarType::kInt);
  CHECK(r.Find("b")->Type() == ScalarType::kString);
  CHECK(r.Find("c")->Type() == ScalarType::kBool);
  CHECK(r.Find("d")->Type() == ScalarType::kBool);    // YAML 1.1, as ZenML reads it
  CHECK(r.Find("e")->Type() == ScalarType::kString);  // PyYAML's floats need a dot
  CHECK(r.Find("f")->Type() == ScalarType::kNull);
  CHECK(r.Find("g")->Type() == ScalarType::kInt);
  CHECK(r.Find("h")->Type() == ScalarType::kFloat);
  CHECK(r.Find("i")->Type() == ScalarType::kString);
  CHECK(r.Find("j")->Type() == ScalarType::kTimestamp);
  CHECK(r.Find("k")->Type() == ScalarType::kInt);  // octal
  CHECK(r.Find("l")->Type() == ScalarType::kInt);  // base 60
  CHECK(r.Find("m")->Type() == ScalarType::kString);
  CHECK(r.Find("n")->Type() == ScalarType::kString);
  CHECK(r.Find("o")->Type() == ScalarType::kString);  // 0o is YAML 1.2 only
  CHECK(r.Find("p")->Type() == ScalarType::kInt);     // an explicit tag decides
  CHECK(r.Find("q")->Type() == ScalarType::kBool);    // PyYAML resolves `! yes` as if untagged
}

TEST_CASE("syntax errors carry the parser's position, and earlier documents are kept",
          "[yaml_tree]") {
  Loaded y("a: 1\n---\nb: [1\nc: 2\n");
  REQUIRE(y.tree->error);
  CHECK(y.tree->error->kind == LoadError::Kind::kSyntax);
  CHECK(y.tree->error->range.begin.line == 4);
  CHECK(y.tree->documents.size() == 1);
}

TEST_CASE("alias bombs stop at the expansion bound, quickly", "[yaml_tree]") {
  std::string bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
  std::string previous = "a";
  for (std::string name : {"b", "c", "d", "e", "f", "g", "h", "i", "j"}) {
    bomb += name + ": &" + name + " [";
    for (int i = 0; i < 10; ++i) bomb += (i ? ", *" : "*") + previous;
    bomb += "]\n";
    previous = name;
  }
  Loaded y(bomb);
  REQUIRE(y.tree->error);
  CHECK(y.tree->error->kind == LoadError::Kind::kLimit);
  CHECK(y.tree->error->range.begin.line == 6);  // the first node past 250,000
}

TEST_CASE("nesting past the depth bound is a limit error, not yaml-cpp's", "[yaml_tree]") {
  Loaded y(std::string(600, '[') + std::string(600, ']'));
  REQUIRE(y.tree->error);
  CHECK(y.tree->error->kind == LoadError::Kind::kLimit);
  CHECK(y.tree->error->message.find("100 levels") != std::string::npos);
}

TEST_CASE("an anchor cannot contain its own alias", "[yaml_tree]") {
  Loaded y("a: &a [1, *a]\n");
  REQUIRE(y.tree->error);
}

TEST_CASE("too many documents is a limit error", "[yaml_tree]") {
  std::string many;
  for (int i = 0; i < 20; ++i) many += "a: 1\n---\n";
  LoadLimits limits;
  limits.max_documents = 10;
  Loaded y(many, limits);
  REQUIRE(y.tree->error);
  CHECK(y.tree->error->kind == LoadError::Kind::kLimit);
  CHECK(y.tree->documents.size() == 10);
}

TEST_CASE("a parser that stops making progress ends with an error, not a hang", "[yaml_tree]") {
  // Found by fuzzing: yaml-cpp 0.7 starts empty documents at the same place forever on this.
  std::ifstream in(std::string(STACKLINT_SOURCE_DIR) + "/testdata/err/fuzz-parser-loop.yaml",
                   std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  REQUIRE(!text.empty());
  Loaded y(text);
  REQUIRE(y.tree->error);
  CHECK(y.tree->error->message.find("stopped making progress") != std::string::npos);
}

TEST_CASE("with a sink, each document is handed over alone and then dropped", "[yaml_tree]") {
  SourceFile source("f.yaml",
                    "a: &x 1\nb: [*x, 1]\nb: 2\n---\n# empty\n---\nc: {d: e}\n---\n"
                    "f: &y [1]\ng: *y\ng: 3\nh: [\n");
  std::vector<std::string> seen;
  auto tree = LoadYaml(source, LoadLimits{}, [&](const YamlTree& tree) {
    REQUIRE(tree.documents.size() == 1);
    const Node& root = *tree.documents[0].root;
    seen.push_back(root.entries[0].key->value + " " + std::to_string(tree.duplicates.size()) + " " +
                   std::to_string(tree.aliases.size()) + " " + std::to_string(tree.nodes.size()));
  });
  REQUIRE(seen.size() == 2);
  CHECK(seen[0] == "a 1 1 9");  // {a: 1, b: [*x, 1], b: 2}: 9 nodes, the first document's only
  CHECK(seen[1] == "c 0 0 5");  // the empty document is skipped; the rest was cleared
  REQUIRE(tree->error);         // the broken last document: what it had begun stays
  CHECK(tree->documents.empty());
  CHECK(tree->duplicates.size() == 1);
  REQUIRE(tree->aliases.size() == 1);
  CHECK(At(tree->aliases[0].target) == "9:7-9:9");
  CHECK(tree->nodes.size() < 12);
}
