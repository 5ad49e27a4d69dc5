#include "app.h"

#include <filesystem>
#include <ostream>

#include "catalog_json.h"
#include "config.h"
#include "lint_run.h"
#include "lint_settings.h"
#include "lsp_server.h"
#include "print_catalog.h"

namespace stacklint {
namespace {

// The config file: --config, else the nearest one to the working directory, unless --no-config.
// `check` without --config finds each file's own config (lint_settings.cpp) instead.
// Mistakes in it are kConfig problems.
Config LoadConfig(const Options& options, std::vector<Problem>* problems) {
  if (options.no_config) return Config{};
  if (options.command == Options::Command::kCheck && options.config.empty()) return Config{};
  std::string path = options.config.empty() ? FindConfigFile(".") : options.config;
  if (path.empty()) return Config{};
  std::vector<std::string> errors;
  Config config = LoadConfigFile(path, &errors);
  for (const std::string& error : errors)
    problems->push_back(Problem{"", error, ProblemKind::kConfig, "", std::nullopt});
  return config;
}

}  // namespace

int Run(const Options& options, std::istream& in, std::ostream& out, std::ostream& err) {
  // The server finds the config closest to each document itself.
  if (options.command == Options::Command::kServer) return RunServer(options, in, out, err);
  std::vector<Problem> problems;
  Config config = LoadConfig(options, &problems);
  RuleCatalog catalog;
  if (problems.empty()) catalog = LoadCatalog(options.rule_files, config, &problems);
  PrintProblems(problems, err);
  if (!problems.empty()) return ExitCodeOf(problems);
  switch (options.command) {
    case Options::Command::kCheck:
      return RunCheck(options, config, catalog, in, out, err);
    case Options::Command::kRules:
      PrintRules(catalog, options.format, out);
      return kExitClean;
    case Options::Command::kRule: {
      std::optional<Problem> unknown = options.format == "json"
                                           ? PrintRuleJson(catalog, options.rule_query, out)
                                           : PrintRule(catalog, options.rule_query, out);
      if (!unknown) return kExitClean;
      PrintProblems({*unknown}, err);
      return ExitCodeOf({*unknown});
    }
    case Options::Command::kFlavors:
      if (options.format == "json")
        PrintFlavorsJson(catalog, out);
      else
        PrintFlavors(catalog, out);
      return kExitClean;
    case Options::Command::kServer:  // handled above
      break;
  }
  return kExitInternal;
}

}  // namespace stacklint
