#include "app.h"

#include <filesystem>
#include <ostream>

#include "catalog_json.h"
#include "check_command.h"
#include "config.h"
#include "file_walker.h"
#include "lsp_server.h"
#include "print_catalog.h"
#include "text_util.h"

namespace stacklint {
namespace {

// The config file: --config, else the nearest one to the working directory, unless --no-config.
// `check` without --config finds each file's own config (check_command.cpp) instead.
bool LoadConfig(const Options& options, Config* config, std::ostream& err) {
  if (options.no_config) return true;
  if (options.command == Options::Command::kCheck && options.config.empty()) return true;
  std::string path = options.config.empty() ? FindConfigFile(".") : options.config;
  if (path.empty()) return true;
  std::vector<std::string> errors;
  *config = LoadConfigFile(path, &errors);
  for (const std::string& e : errors) err << "stacklint: " << e << '\n';
  return errors.empty();
}

}  // namespace

int LoadCatalog(const Options& options, const Config& config, RuleCatalog* catalog,
                std::ostream& err) {
  std::vector<std::pair<std::string, std::string>> user_files;
  std::vector<std::string> paths =
      WithCommandLine(config, options).rules;  // config's, then --rules
  bool ok = true;
  for (const std::string& path : paths) {
    std::string text, error;
    if (!ReadFile(path, 10 * 1024 * 1024, &text, &error)) {
      err << "stacklint: rule file " << DisplayPath(path) << ": " << error << '\n';
      ok = false;
      continue;
    }
    user_files.emplace_back(DisplayPath(path), std::move(text));
  }
  std::vector<std::string> errors;
  *catalog = RuleCatalog::Load(user_files, &errors);
  for (const std::string& error : errors) err << "stacklint: " << error << '\n';
  if (!errors.empty() && StartsWith(errors.front(), "rules/")) return kExitInternal;
  std::vector<std::string> config_errors;
  ValidateConfigRules(config, *catalog, &config_errors);
  for (const std::string& error : config_errors) err << "stacklint: " << error << '\n';
  return ok && errors.empty() && config_errors.empty() ? kExitClean : kExitUsage;
}

int Run(const Options& options, std::istream& in, std::ostream& out, std::ostream& err) {
  // The server finds the config closest to each document itself.
  if (options.command == Options::Command::kServer) return RunServer(options, in, out, err);
  Config config;
  if (!LoadConfig(options, &config, err)) return kExitUsage;
  RuleCatalog catalog;
  if (int code = LoadCatalog(options, config, &catalog, err); code != kExitClean) return code;
  switch (options.command) {
    case Options::Command::kCheck:
      return RunCheck(options, config, catalog, in, out, err);
    case Options::Command::kRules:
      PrintRules(catalog, options.format, out);
      return kExitClean;
    case Options::Command::kRule:
      if (options.format == "json") return PrintRuleJson(catalog, options.rule_query, out, err);
      return PrintRule(catalog, options.rule_query, out, err);
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
