// Checks the `# ERROR: ID ...` comments in testdata inputs against what stacklint reports: in a
// file that carries them, each one must fire in its block and every finding must be announced.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>

#include "test_util.h"

namespace fs = std::filesystem;
using stacklint::testing::FolderArgs;
using stacklint::testing::ReadFileText;
using stacklint::testing::RunCli;

namespace {

const fs::path kTestdata = fs::path(STACKLINT_SOURCE_DIR) / "testdata";

// One `# ERROR:` comment: the rules it announces for the lines from `first` to `last`, each
// with the count it expects (0: at least one; "ID twice": exactly two).
struct Annotation {
  int first = 0;
  int last = 0;
  std::map<std::string, int> rules;
  std::string problem;  ///< set when the comment can't be read
};

// "CR107 and CR105 (why)" -> {CR107: 0, CR105: 0}; "SL004 twice (why), SL005" -> {SL004: 2,
// SL005: 0}. Words in parentheses are the reader's explanation.
Annotation ParseAnnotation(const std::string& text, int line) {
  Annotation annotation{line, line, {}, ""};
  static const std::regex kAside(R"(\([^)]*\)|,)");
  std::istringstream words(std::regex_replace(text, kAside, " "));
  std::string last_id;
  for (std::string word; words >> word;) {
    if (std::regex_match(word, std::regex("[A-Z]+[0-9]+"))) {
      annotation.rules[word] = 0;
      last_id = word;
    } else if (word == "twice" && !last_id.empty()) {
      annotation.rules[last_id] = 2;
    } else if (word != "and") {
      annotation.problem = "unreadable word `" + word + "`";
    }
  }
  if (annotation.rules.empty() && annotation.problem.empty()) annotation.problem = "no rule ID";
  return annotation;
}

// Every annotation of `text`; each covers the lines up to the next annotation or `---`.
std::vector<Annotation> Annotations(const std::string& text) {
  std::vector<Annotation> found;
  std::istringstream lines(text);
  static const std::regex kComment(R"(^\s*# ERROR:(.*)$)");
  static const std::regex kSeparator(R"(^---(\s.*)?$)");
  int number = 0;
  bool open = false;
  for (std::string line; std::getline(lines, line);) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::smatch match;
    if (std::regex_match(line, match, kComment)) {
      found.push_back(ParseAnnotation(match[1], number));
      open = true;
    } else if (std::regex_match(line, kSeparator)) {
      open = false;
    } else if (open) {
      found.back().last = number;
    }
  }
  return found;
}

// testdata inputs (not --fix results) that carry at least one annotation.
std::vector<fs::path> AnnotatedInputs() {
  std::vector<fs::path> inputs;
  for (const auto& entry : fs::recursive_directory_iterator(kTestdata)) {
    std::string name = entry.path().filename().string();
    if (entry.path().extension() != ".yaml" || name.find(".fixed.") != std::string::npos) continue;
    if (!Annotations(ReadFileText(entry.path().string())).empty()) inputs.push_back(entry.path());
  }
  std::sort(inputs.begin(), inputs.end());
  return inputs;
}

}  // namespace

TEST_CASE("annotation comments are read as blocks of rule IDs", "[annotations]") {
  auto found = Annotations(
      "# ERROR: CR107 and CR105 (why)\na: 1\n---\n# ERROR: SL004 twice\nb: 2\nc: 3\n"
      "# ERROR: CR1O4\n# ERROR: SL004 twice (a, b), SL005 (c)\n");
  REQUIRE(found.size() == 4);
  CHECK(found[0].first == 1);
  CHECK(found[0].last == 2);  // the `---` ends it
  CHECK(found[0].rules == std::map<std::string, int>{{"CR105", 0}, {"CR107", 0}});
  CHECK(found[1].last == 6);
  CHECK(found[1].rules == std::map<std::string, int>{{"SL004", 2}});
  CHECK(found[2].problem == "unreadable word `CR1O4`");  // a letter O: a typo is caught
  CHECK(found[3].rules == std::map<std::string, int>{{"SL004", 2}, {"SL005", 0}});
}

TEST_CASE("testdata's # ERROR annotations match the findings", "[annotations]") {
  std::vector<fs::path> inputs = AnnotatedInputs();
  CHECK(inputs.size() >= 20);  // the walk found them
  for (const fs::path& input : inputs) {
    std::string relative = fs::relative(input, kTestdata).generic_string();
    std::vector<std::string> args = {"check", "-j", "1", "-f", "json", relative};
    for (const std::string& arg : FolderArgs(input.parent_path().string())) args.push_back(arg);
    auto run = RunCli(args, kTestdata.string());
    INFO(relative << "\n" << run.err);
    auto findings = nlohmann::json::parse(run.out)["findings"];
    std::vector<Annotation> annotations = Annotations(ReadFileText(input.string()));
    std::vector<std::map<std::string, int>> fired(annotations.size());
    for (const auto& finding : findings) {
      int line = finding["line"];
      std::string rule = finding["rule_id"];
      auto block = std::find_if(annotations.begin(), annotations.end(), [&](const Annotation& a) {
        return a.first <= line && line <= a.last && a.rules.count(rule);
      });
      bool announced = block != annotations.end();
      INFO("finding " << rule << " at line " << line << " has no `# ERROR: " << rule
                      << "` above it in its document");
      CHECK(announced);
      if (announced) ++fired[block - annotations.begin()][rule];
    }
    for (size_t i = 0; i < annotations.size(); ++i) {
      INFO("annotation at line " << annotations[i].first);
      CHECK(annotations[i].problem == "");
      for (const auto& [rule, expected] : annotations[i].rules) {
        INFO(rule << " fired " << fired[i][rule] << " times in lines " << annotations[i].first
                  << "-" << annotations[i].last);
        if (expected == 0) CHECK(fired[i][rule] >= 1);
        if (expected != 0) CHECK(fired[i][rule] == expected);
      }
    }
  }
}
