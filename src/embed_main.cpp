// Build-time tool: checks rules/*.yaml and schemas/*.json and turns them into embedded_data.cpp.
// Every file goes through the catalog loader stacklint uses (data_check.h), so a mistake in a data
// file fails the build with its file:line:col. YAML files are embedded as JSON (an array of
// documents) and as a flat node table, from which the binary builds its trees at start-up with
// no parse at all. Files after --check-only are checked but not embedded (the editor schema).
// It also embeds, for every built-in regex, the literals each of its matches holds (RE2's
// FilteredRE2), so that the binary can skip a regex without compiling it (literal_filter.h).
// Usage: stacklint_embed OUTPUT ROOT FILE... [--check-only FILE...]
#include <re2/filtered_re2.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "data_check.h"
#include "rule_catalog.h"
#include "source_file.h"
#include "text_util.h"
#include "yaml_json.h"
#include "yaml_tree.h"

namespace {

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// The text to embed for one data file, or "" after printing why it is broken.
std::string Convert(const std::string& path, const std::string& name) {
  std::string text = ReadAll(path);
  if (name.size() > 5 && name.substr(name.size() - 5) == ".json") {
    try {
      return nlohmann::json::parse(text).dump();
    } catch (const nlohmann::json::parse_error& e) {
      stacklint::Position p =
          stacklint::SourceFile(name, text).RangeOf(e.byte > 0 ? e.byte - 1 : 0, e.byte).begin;
      std::cerr << name << ":" << p.line << ":" << p.column << ": invalid JSON: " << e.what()
                << "\n";
      return "";
    }
  }
  stacklint::SourceFile source(name, text);
  std::unique_ptr<stacklint::YamlTree> tree = stacklint::LoadYaml(source, stacklint::LoadLimits{});
  if (tree->error) {
    std::cerr << name << ":" << tree->error->range.begin.line << ":"
              << tree->error->range.begin.column << ": " << tree->error->message << "\n";
    return "";
  }
  nlohmann::json documents = nlohmann::json::array();
  for (const stacklint::YamlDocument& doc : tree->documents)
    documents.push_back(stacklint::ToJson(*doc.root));
  return documents.dump();
}

// A rule file's documents as a pre-order table of embedded_data.h's EmbeddedNode, in the order
// AppendJsonDocument reads the JSON (so both give the same tree).
struct NodeTable {
  std::ostringstream entries;
  std::string strings;
  size_t count = 0;

  void Add(const nlohmann::json& json, int depth) {
    if (json.is_null()) {
      Entry("kNull", depth, "");
    } else if (json.is_string()) {
      Entry("kString", depth, json.get<std::string>());
    } else if (json.is_array()) {
      Entry("kSequence", depth, "");
      for (const auto& item : json) Add(item, depth + 1);
    } else if (json.is_object()) {
      Entry("kMapping", depth, "");
      for (const auto& [key, value] : json.items()) {
        Entry("kString", depth + 1, key);
        Add(value, depth + 1);
      }
    } else {
      Entry("kPlain", depth, json.dump());
    }
  }

  void Entry(const char* kind, int depth, const std::string& text) {
    entries << "{EmbeddedNode::" << kind << "," << depth << "," << strings.size() << ","
            << text.size() << "},";
    strings += text;
    ++count;
  }
};

// `text` as a C++ string literal; every byte but letters, digits and spaces as an octal escape.
std::string CppLiteral(std::string_view text) {
  std::string out = "\"";
  for (unsigned char c : text) {
    if (stacklint::IsWordByte(static_cast<char>(c)) || c == ' ') {
      out += static_cast<char>(c);
    } else {
      char escape[8];
      std::snprintf(escape, sizeof escape, "\\%03o", c);
      out += escape;
    }
  }
  return out + "\"";
}

// The literals every match of `pattern` holds one of (FilteredRE2's atoms of at least 3 bytes);
// none when RE2 finds no such literal. Atoms with a non-ASCII byte are given up, since the check
// lower-cases ASCII only: then the pattern gets no literals, and is always run.
std::vector<std::string> RequiredLiterals(const std::string& pattern) {
  re2::FilteredRE2 filter(3);
  int id = 0;
  re2::RE2::Options options;
  options.set_log_errors(false);
  if (filter.Add(pattern, options, &id) != re2::RE2::NoError) return {};
  std::vector<std::string> atoms;
  filter.Compile(&atoms);
  for (const std::string& atom : atoms) {
    for (unsigned char c : atom) {
      if (c >= 0x80) return {};
    }
  }
  return atoms;
}

// EmbeddedPatternLiterals() for `patterns` (sorted): the ones with literals.
std::string PatternLiteralsTable(const std::vector<std::string>& patterns) {
  std::ostringstream out;
  out << "const std::vector<PatternLiterals>& EmbeddedPatternLiterals() {\n"
      << "  static const std::vector<PatternLiterals> literals = {\n";
  for (const std::string& pattern : patterns) {
    std::vector<std::string> literals = RequiredLiterals(pattern);
    if (literals.empty()) continue;
    out << "      {" << CppLiteral(pattern) << ", {";
    for (const std::string& literal : literals) out << CppLiteral(literal) << ", ";
    out << "}},\n";
  }
  out << "  };\n  return literals;\n}\n\n";
  return out.str();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: stacklint_embed OUTPUT ROOT FILE... [--check-only FILE...]\n";
    return 2;
  }
  std::vector<std::pair<std::string, std::string>> sources;
  int embedded_end = argc;
  for (int i = 3; i < argc; ++i) {
    if (std::string(argv[i]) == "--check-only") {
      embedded_end = i;
      continue;
    }
    std::string name = std::filesystem::relative(argv[i], argv[2]).generic_string();
    sources.emplace_back(name, ReadAll(argv[i]));
  }
  std::vector<std::string> errors = stacklint::CheckBuiltinData(sources);
  for (const std::string& error : errors) std::cerr << error << "\n";
  if (!errors.empty()) return 1;
  std::ostringstream out;
  out << "// Generated by stacklint_embed (src/embed_main.cpp) from rules/ and schemas/. Do not "
         "edit.\n"
      << "#include \"embedded_data.h\"\n\nnamespace stacklint {\nnamespace {\n";
  std::ostringstream table;
  std::string pattern_literals = PatternLiteralsTable(
      stacklint::RuleCatalog::LoadBuiltinSources(sources, nullptr).PatternTexts());
  for (int i = 3; i < embedded_end; ++i) {
    std::string name = std::filesystem::relative(argv[i], argv[2]).generic_string();
    std::string data = Convert(argv[i], name);
    if (data.empty()) return 1;
    out << "const char kData" << i << "[] = {";
    for (unsigned char c : data) out << static_cast<int>(c) << ',';
    out << "0};\n";
    table << "      {\"" << name << "\", {kData" << i << ", " << data.size() << "}";
    if (name.rfind("rules/", 0) == 0) {
      NodeTable nodes;
      for (const auto& document : nlohmann::json::parse(data)) nodes.Add(document, 0);
      out << "const EmbeddedNode kNodes" << i << "[] = {" << nodes.entries.str() << "};\n"
          << "const char kStrings" << i << "[] = {";
      for (unsigned char c : nodes.strings) out << static_cast<int>(c) << ',';
      out << "0};\n";
      table << ", kNodes" << i << ", " << nodes.count << ", kStrings" << i;
    }
    table << "},\n";
  }
  out << "}  // namespace\n\nconst std::vector<EmbeddedFile>& EmbeddedFiles() {\n"
      << "  static const std::vector<EmbeddedFile> files = {\n"
      << table.str() << "  };\n"
      << "  return files;\n}\n\n"
      << pattern_literals << "}  // namespace stacklint\n";
  std::string generated = out.str();
  if (ReadAll(argv[1]) != generated) std::ofstream(argv[1], std::ios::binary) << generated;
  return 0;
}
