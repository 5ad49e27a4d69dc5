#include "test_util.h"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "app.h"
#include "cli.h"
#include "engine.h"
#include "source_file.h"

namespace stacklint::testing {

const RuleCatalog& BuiltinCatalog() {
  static const RuleCatalog catalog = [] {
    std::vector<Problem> errors;
    RuleCatalog loaded = RuleCatalog::Load({}, &errors);
    INFO((errors.empty() ? "" : errors.front().Text()));
    REQUIRE(errors.empty());
    return loaded;
  }();
  return catalog;
}

std::string ReadFileText(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::vector<std::string> FolderArgs(const std::string& folder) {
  std::vector<std::string> args;
  std::istringstream words(ReadFileText(folder + "/args.txt"));
  for (std::string word; words >> word;) args.push_back(word);
  return args;
}

std::vector<Diagnostic> LintText(const std::string& text, const std::string& path) {
  static const Engine engine(BuiltinCatalog(), EngineOptions{});
  SourceFile source(path, text);
  return engine.Lint(source, true);
}

std::vector<std::string> RuleIds(const std::string& text) {
  std::vector<std::string> ids;
  for (const Diagnostic& d : LintText(text)) {
    if (!d.suppressed) ids.push_back(d.rule_id);
  }
  return ids;
}

std::string RegistryStack(const std::string& flavor, const std::string& uri,
                          const std::string& extra_config) {
  return "zenml_version: 0.74.0\nstack_name: prod\ncomponents:\n  container_registry:\n"
         "    name: registry\n    flavor: " +
         flavor + "\n    configuration:\n      uri: " + uri + "\n" + extra_config;
}

LintResults RegistryWarningResults() {
  LintResults results;
  std::string text = RegistryStack("default", "ghcr.io/acme");
  results.diagnostics = LintText(text);
  results.sources["stack.yaml"] = std::make_shared<const SourceFile>("stack.yaml", text);
  results.files = {"stack.yaml"};
  results.files_checked = 1;
  return results;
}

RunOutput RunCli(const std::vector<std::string>& args, const std::string& cwd,
                 const std::string& stdin_text) {
  std::vector<const char*> argv = {"stacklint"};
  for (const std::string& arg : args) argv.push_back(arg.c_str());
  std::ostringstream out, err;
  std::istringstream in(stdin_text);
  Options options;
  auto previous = std::filesystem::current_path();
  if (!cwd.empty()) std::filesystem::current_path(cwd);
  int code;
  if (auto early =
          ParseCommandLine(static_cast<int>(argv.size()), argv.data(), &options, out, err)) {
    code = *early;
  } else {
    options.color = false;
    code = Run(options, in, out, err);
  }
  std::filesystem::current_path(previous);
  return RunOutput{code, out.str(), err.str()};
}

TempDir::TempDir(const std::string& name)
    : path(std::filesystem::temp_directory_path() /
           ("stacklint-" + name + "-" + std::to_string(::getpid()))) {
  std::filesystem::remove_all(path);
  std::filesystem::create_directories(path / "rules");
}

TempDir::~TempDir() {
  std::error_code ignored;
  std::filesystem::remove_all(path, ignored);
}

std::string TempDir::Write(const std::string& relative, const std::string& text) const {
  std::ofstream(path / relative, std::ios::binary) << text;
  return (path / relative).string();
}

void EveryString(const std::vector<std::string>& pieces, size_t max_pieces,
                 const std::function<void(const std::string&)>& visit) {
  std::string text;
  std::function<void(size_t)> extend = [&](size_t left) {
    visit(text);
    if (left == 0) return;
    for (const std::string& piece : pieces) {
      text += piece;
      extend(left - 1);
      text.resize(text.size() - piece.size());
    }
  };
  extend(max_pieces);
}

void EveryString(std::string_view alphabet, size_t max_length,
                 const std::function<void(const std::string&)>& visit) {
  std::vector<std::string> bytes;
  for (char c : alphabet) bytes.emplace_back(1, c);
  EveryString(bytes, max_length, visit);
}

}  // namespace stacklint::testing
