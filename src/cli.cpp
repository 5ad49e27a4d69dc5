#include "cli.h"

#include <CLI/CLI.hpp>
#include <ostream>

namespace stacklint {

std::optional<int> ParseCommandLine(int argc, const char* const* argv, Options* options,
                                    std::ostream& out, std::ostream& err) {
  CLI::App app{
      "stacklint: a fast linter for ZenML stack configuration (container registries first)",
      "stacklint"};
  app.set_version_flag("--version", std::string("stacklint ") + STACKLINT_VERSION);
  app.require_subcommand(1, 1);

  CLI::App* check = app.add_subcommand("check", "Lint stack files and folders (default: .)");
  check->add_option("paths", options->paths, "Files and folders to lint; - reads standard input");
  check->add_option("-f,--format", options->format, "Report format")
      ->check(CLI::IsMember({"text", "sarif", "json", "github", "junit"}))
      ->capture_default_str();
  check->add_option("-o,--output", options->output, "Write the report to FILE instead of stdout");
  check->add_option("--rules", options->rule_files, "Extra rule/flavor file (repeatable)")
      ->allow_extra_args(false);
  check->add_option("--select", options->select, "Only these rules (IDs, ID prefixes or names)")
      ->delimiter(',')
      ->allow_extra_args(false);
  check->add_option("--ignore", options->ignore, "Skip these rules (IDs, ID prefixes or names)")
      ->delimiter(',')
      ->allow_extra_args(false);
  check->add_option("--fail-on", options->fail_on, "Lowest severity that makes the exit code 1")
      ->check(CLI::IsMember({"error", "warning", "note", "never"}));
  check->add_option("-j,--jobs", options->jobs, "Files linted at once (default: hardware threads)")
      ->check(CLI::NonNegativeNumber);
  check->add_option("--zenml-version", options->zenml_version,
                    "ZenML version the stacks are for (default: each file's zenml_version)");
  check->add_option("--stdin-filename", options->stdin_filename,
                    "Name to report standard input as");
  check->add_option("--config", options->config, "Config file (default: .stacklint.yaml upward)");
  check->add_flag("--no-config", options->no_config, "Ignore any config file");
  check->add_flag("--only-stacks", options->only_stacks,
                  "Skip named files that hold no stack, as in a folder walk (the pre-commit hook)");
  check->add_option("--baseline", options->baseline, "Hide the findings recorded in FILE");
  check->add_option("--write-baseline", options->write_baseline,
                    "Record today's findings in FILE (then --baseline FILE hides them)");
  check->add_flag(
      "--fix", options->fix,
      "Apply safe fixes in place (stdin `-`: fixed text to stdout, findings to stderr)");
  check->add_flag("--unsafe-fixes", options->unsafe_fixes,
                  "With --fix or --diff: unsafe fixes too");
  check->add_flag("--diff", options->diff,
                  "Print the fixes as a unified diff (to -o if given), write nothing; exit 1 if a "
                  "file would change");
  check->add_option("--max-file-size", options->max_file_size, "Largest file linted, in bytes")
      ->capture_default_str();
  check->add_option("--max-depth", options->max_depth, "Deepest nesting of collections")
      ->capture_default_str();
  check
      ->add_option("--max-nodes", options->max_nodes,
                   "Most nodes in a document, aliases and merge keys expanded")
      ->capture_default_str();
  check->add_option("--max-documents", options->max_documents, "Most YAML documents in a file")
      ->capture_default_str();
  bool no_color = false;
  check->add_flag("--no-color", no_color, "Never colour the text report");
  check->add_flag("-q,--quiet", options->quiet, "Print findings only: no snippets, no summary");

  CLI::App* rules = app.add_subcommand("rules", "List every rule");
  rules->add_option("--format", options->format, "Output format")
      ->check(CLI::IsMember({"text", "json"}));
  CLI::App* rule =
      app.add_subcommand("rule", "Explain one rule: what, why, a bad and a good example");
  rule->add_option("rule", options->rule_query, "Rule ID or name, e.g. CR104")->required();
  rule->add_option("--rules", options->rule_files, "Extra rule/flavor file (repeatable)")
      ->allow_extra_args(false);
  CLI::App* flavors =
      app.add_subcommand("flavors", "List container registry flavors and their URI forms");
  flavors->add_option("--rules", options->rule_files, "Extra rule/flavor file (repeatable)")
      ->allow_extra_args(false);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e, out, err);
    return code == 0 ? 0 : static_cast<int>(kExitUsage);
  }
  if (rules->parsed()) options->command = Options::Command::kRules;
  if (rule->parsed()) options->command = Options::Command::kRule;
  if (flavors->parsed()) options->command = Options::Command::kFlavors;
  if (options->command == Options::Command::kRules && options->format != "json")
    options->format = "text";
  options->color = !no_color;
  return std::nullopt;
}

}  // namespace stacklint
