// Docker's own reference-parser test vectors (testdata/docker-reference/vectors.tsv), each linted
// as a `uri` under flavor `default`: stacklint's findings must be the table's, and must agree with
// Docker's verdict except where the table marks an intended difference (and says why).
// STACKLINT_UPDATE_GOLDEN=1 rewrites the `stacklint` column and the agreement count (review the
// diff: a changed finding is a changed verdict).
#include "docker_reference.h"

#include <re2/re2.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "test_util.h"

namespace fs = std::filesystem;
using stacklint::Diagnostic;
using stacklint::testing::BuiltinCatalog;
using stacklint::testing::LintText;
using stacklint::testing::RegistryStack;

namespace {

const fs::path kTable =
    fs::path(STACKLINT_SOURCE_DIR) / "testdata" / "docker-reference" / "vectors.tsv";

struct Row {
  std::string input, source, docker, docker_prefix, stacklint, intended;
};

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> fields;
  std::istringstream in(line);
  for (std::string field; std::getline(in, field, '\t');) fields.push_back(field);
  return fields;
}

// The message variant of a finding, found by matching its message against the rule's templates.
std::string Variant(const Diagnostic& d) {
  const stacklint::RuleInfo* rule = BuiltinCatalog().FindRule(d.rule_id);
  if (rule == nullptr || rule->messages.size() < 2) return "";
  for (const auto& [variant, text] : rule->messages) {
    std::string pattern;
    for (size_t i = 0; i < text.size(); ++i) {
      size_t close = text[i] == '{' ? text.find('}', i) : std::string::npos;
      if (close != std::string::npos) {
        pattern += ".*";
        i = close;
      } else {
        pattern += RE2::QuoteMeta(std::string(1, text[i]));
      }
    }
    if (RE2::FullMatch(d.message, pattern)) return variant;
  }
  return "?";
}

// stacklint's findings on `input` as a `uri` under flavor `default`: "CR104 CR109:tag", or "-".
std::string Findings(const std::string& input) {
  std::string quoted = "\"" + input + "\"";  // the vectors hold no `"` or `\`
  std::string out;
  for (const Diagnostic& d : LintText(RegistryStack("default", quoted))) {
    std::string variant = Variant(d);
    out += (out.empty() ? "" : " ") + d.rule_id + (variant.empty() ? "" : ":" + variant);
  }
  return out.empty() ? "-" : out;
}

// Findings that say the URI can't be used as written (CR107, a note on slashes ZenML strips, and
// CR104/CR111, about the flavor, do not).
bool Rejects(const std::string& findings) {
  for (const char* id : {"CR106", "CR108", "CR109", "CR110"}) {
    if (findings.find(id) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("Docker's reference test vectors as registry URIs", "[uri][docker]") {
  std::ifstream in(kTable);
  REQUIRE(in);
  std::vector<std::string> header;
  std::vector<Row> rows;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') {
      header.push_back(line);
      continue;
    }
    std::vector<std::string> f = SplitTabs(line);
    REQUIRE(f.size() == 6);
    rows.push_back({f[0] == "\"\"" ? "" : f[0], f[1], f[2], f[3], f[4], f[5]});
  }
  REQUIRE(!rows.empty());

  const char* update = std::getenv("STACKLINT_UPDATE_GOLDEN");
  const bool updating = update != nullptr && std::string(update) == "1";
  std::set<std::string> inputs;
  int agree = 0, agree_prefix = 0;
  for (Row& row : rows) {
    INFO("input: " << row.input << " (" << row.source << ")");
    CHECK(inputs.insert(row.input).second);  // each input once
    std::string actual = Findings(row.input);
    if (updating) row.stacklint = actual;
    CHECK(actual == row.stacklint);

    bool docker_rejects = row.docker != "name";
    bool differs = docker_rejects != Rejects(actual);
    if (!differs) ++agree;
    if ((row.docker_prefix == "invalid") == Rejects(actual)) ++agree_prefix;
    // A difference from Docker is either marked with its reason or a bug; a mark on a row that
    // agrees is stale.
    INFO("docker: " << row.docker << "; stacklint: " << actual << "; intended: " << row.intended);
    CHECK(differs == (row.intended != "-"));
  }

  // The header states the counts; they change only with the table.
  std::string counts = "# agreement: " + std::to_string(agree) + " of " +
                       std::to_string(rows.size()) + " with Docker's verdict on the input, " +
                       std::to_string(agree_prefix) + " with its verdict on `<input>/image`";
  bool stated = std::find(header.begin(), header.end(), counts) != header.end();
  if (updating) {
    std::ofstream out(kTable, std::ios::binary);
    for (const std::string& line : header) {
      out << (line.rfind("# agreement: ", 0) == 0 ? counts : line) << "\n";
    }
    for (const Row& r : rows) {
      out << (r.input.empty() ? "\"\"" : r.input) << "\t" << r.source << "\t" << r.docker << "\t"
          << r.docker_prefix << "\t" << r.stacklint << "\t" << r.intended << "\n";
    }
    return;
  }
  INFO("expected header line: " << counts);
  CHECK(stated);
}

// docker_reference.h writes two regexes of distribution/reference's regexp.go out by hand; here
// are the regexes (as RE2, anchored), and every string of up to 6 characters over an alphabet
// that reaches each branch must get the same verdict from both.
namespace {

const char kHostRegex[] =
    R"(^(?:(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\.(?:[a-zA-Z0-9]|)"
    R"([a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*|\[[0-9a-fA-F:]+\])(?::[0-9]+)?$)";
const char kPathComponentRegex[] = R"(^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$)";

}  // namespace

TEST_CASE("the host grammar by hand agrees with Docker's regex on every short string",
          "[docker-reference]") {
  RE2 regex(kHostRegex);
  REQUIRE(regex.ok());
  size_t checked = 0, valid = 0, mismatches = 0;
  stacklint::testing::EveryString("aZ0-.:[]g_", 6, [&](const std::string& host) {
    bool want = RE2::FullMatch(host, regex);
    if (stacklint::IsReferenceHost(host) != want && ++mismatches <= 10) FAIL_CHECK(host);
    ++checked;
    valid += want;
  });
  CHECK(mismatches == 0);
  CHECK(checked == 1111111);
  CHECK(valid > 10000);  // the alphabet reaches valid hosts of every form, not only rejections
  for (const char* host : {"[::1]:5000", "[fe80::1]", "localhost:5000", "a-b.c", "ab.c-d.e:1"}) {
    CHECK(stacklint::IsReferenceHost(host));
    CHECK(RE2::FullMatch(host, regex));
  }
  for (const char* host : {"[]", "[::1]:", "a-.b", "-a", "a..b", "a.b:", "a:1:2", "a.b\n"}) {
    CHECK_FALSE(stacklint::IsReferenceHost(host));
    CHECK_FALSE(RE2::FullMatch(host, regex));
  }
}

TEST_CASE("the path component grammar by hand agrees with Docker's regex on every short string",
          "[docker-reference]") {
  RE2 regex(kPathComponentRegex);
  REQUIRE(regex.ok());
  size_t checked = 0, valid = 0, mismatches = 0;
  stacklint::testing::EveryString("a0._-A:", 7, [&](const std::string& component) {
    bool want = RE2::FullMatch(component, regex);
    if (stacklint::IsReferencePathComponent(component) != want && ++mismatches <= 10)
      FAIL_CHECK(component);
    ++checked;
    valid += want;
  });
  CHECK(mismatches == 0);
  CHECK(checked == 960800);
  CHECK(valid > 1000);
  for (const char* component : {"a__b", "a---b", "a.b_c-d", "0"}) {
    CHECK(stacklint::IsReferencePathComponent(component));
  }
  for (const char* component : {"a___b", "a..b", "a._b", "_a", "a-", "", "aB"}) {
    CHECK_FALSE(stacklint::IsReferencePathComponent(component));
  }
}
