#include "cli.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <charconv>
#include <limits>
#include <ostream>

#include "exit_code.h"
#include "report_formats.h"
#include "text_util.h"

namespace stacklint {
namespace {

constexpr size_t kNoBound = std::numeric_limits<size_t>::max() - 1;  // ReadFile adds one byte

// A numeric option's accepted values, in words for the usage error.
struct NumberRange {
  const char* option;
  size_t min, max;
  bool size;  ///< accepts B/KiB/MiB/GiB suffixes
  bool none;  ///< `0` or `none` means no bound
  const char* words;
};

constexpr NumberRange kJobs{
    "--jobs", 0,     1024,
    false,    false, "a whole number from 1 to 1024, or 0 for one per hardware thread"};
constexpr NumberRange kMaxFileSize{"--max-file-size",
                                   1,
                                   size_t{4} << 30,
                                   true,
                                   true,
                                   "a size from 1 byte to 4 GiB (e.g. 512KiB, 10MiB), or 0 or "
                                   "none for no bound"};
constexpr NumberRange kMaxDepth{
    "--max-depth", 1,     1000,
    false,         false, "a whole number from 1 to 1000 (yaml-cpp recurses per level)"};
constexpr NumberRange kMaxNodes{
    "--max-nodes", 1,     1000000000,
    false,         false, "a whole number from 1 to 1000000000 (the alias-bomb guard)"};
constexpr NumberRange kMaxDocuments{"--max-documents",
                                    1,
                                    1000000,
                                    false,
                                    true,
                                    "a whole number from 1 to 1000000, or 0 or none for no bound"};

// Parses `text` for `range`; nullopt when it is not an accepted value.
std::optional<size_t> ParseNumber(const std::string& text, const NumberRange& range) {
  std::string value = ToLower(Trim(text));
  if (range.none && (value == "none" || value == "0")) return kNoBound;
  size_t number = 0;
  auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), number);
  if (ec != std::errc() || end == value.data()) return std::nullopt;
  std::string suffix(Trim(std::string_view(end, value.data() + value.size() - end)));
  size_t unit = 1;
  if (range.size && (suffix == "kib" || suffix == "k"))
    unit = size_t{1} << 10;
  else if (range.size && (suffix == "mib" || suffix == "m"))
    unit = size_t{1} << 20;
  else if (range.size && (suffix == "gib" || suffix == "g"))
    unit = size_t{1} << 30;
  else if (!suffix.empty() && !(range.size && suffix == "b"))
    return std::nullopt;
  if (number > range.max / unit) return std::nullopt;
  number *= unit;
  if (number < range.min || number > range.max) return std::nullopt;
  return number;
}

// Sets `*target` from `text`; false after a usage error naming the option and its range.
template <typename T>
bool SetNumber(const std::string& text, const NumberRange& range, T* target, std::ostream& err) {
  if (text.empty()) return true;  // not given: keep the default
  std::optional<size_t> number = ParseNumber(text, range);
  if (!number) {
    err << "stacklint: " << range.option << ": `" << SanitizeForDisplay(text)
        << "` is not allowed; expected " << range.words << '\n';
    return false;
  }
  *target = static_cast<T>(*number);
  return true;
}

// `A, B` and `a,b`: entries trimmed, empty ones dropped (as inline suppressions read them).
void TrimList(std::vector<std::string>* list) {
  for (std::string& entry : *list) entry = std::string(Trim(entry));
  std::erase_if(*list, [](const std::string& entry) { return entry.empty(); });
}

const std::vector<std::string> kCommands = {"check", "rules", "rule", "flavors", "server"};

// A first argument that is no command: the closest command, or what other linters call it.
std::optional<int> UnknownCommand(int argc, const char* const* argv, std::ostream& err) {
  if (argc < 2) {
    err << "stacklint: a command is required: check, rules, rule, flavors or server (e.g. "
           "`stacklint "
           "check .`; see stacklint --help)\n";
    return static_cast<int>(kExitUsage);
  }
  std::string word = argv[1];
  if (word.empty() || word[0] == '-') return std::nullopt;
  for (const std::string& command : kCommands) {
    if (word == command) return std::nullopt;
  }
  static const std::vector<std::pair<std::string, std::string>> kSynonyms = {
      {"lint", "check"}, {"run", "check"},    {"scan", "check"},      {"validate", "check"},
      {"list", "rules"}, {"explain", "rule"}, {"flavours", "flavors"}};
  std::string closest;
  for (const auto& [synonym, command] : kSynonyms) {
    if (ToLower(word) == synonym) closest = command;
  }
  if (closest.empty()) closest = ClosestMatch(ToLower(word), kCommands, 3);
  err << "stacklint: unknown command `" << SanitizeForDisplay(word) << "`"
      << (closest.empty() ? "" : "; did you mean `stacklint " + closest + "`?")
      << " (commands: check, rules, rule, flavors, server)\n";
  return static_cast<int>(kExitUsage);
}

// `check` as CLI11 holds it, with what its options write before ParseCommandLine reads them.
struct CheckCommand {
  CLI::Option* config = nullptr;
  std::string jobs, max_file_size, max_depth, max_nodes, max_documents;  // to SetNumber
  bool no_color = false;
};

// Adds `check` and its options to `app`; they write into `options` and `command`.
void AddCheckCommand(CLI::App& app, Options* options, CheckCommand* command) {
  CLI::App* check = app.add_subcommand("check", "Lint stack files and folders (default: .)");
  check->add_option("paths", options->paths, "Files and folders to lint; - reads standard input");
  check->add_option("-f,--format", options->format, ReportFormatHelp())
      ->check(CLI::IsMember(ReportFormatNames()))
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
  check
      ->add_option("-j,--jobs", command->jobs,
                   "Files linted at once, 1-1024 (default 0: hardware threads)")
      ->type_name("N");
  check->add_option("--zenml-version", options->zenml_version,
                    "ZenML version the stacks are for (default: each file's zenml_version)");
  check->add_option("--stdin-filename", options->stdin_filename,
                    "Name to report standard input (path -) as");
  command->config = check->add_option(
      "--config", options->config,
      "Config file for every input (default: the closest .stacklint.yaml or pyproject.toml "
      "[tool.stacklint] above each file)");
  check->add_flag("--no-config", options->no_config, "Ignore any config file");
  check->add_flag("--only-stacks", options->only_stacks,
                  "Skip named files that hold no stack, as in a folder walk, and print no closing "
                  "summary (the pre-commit hook, which runs batches of files)");
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
  check
      ->add_option("--max-file-size", command->max_file_size,
                   "Largest file linted: bytes or KiB/MiB/GiB, up to 4GiB; 0 or none: no bound "
                   "(default 10MiB)")
      ->type_name("SIZE");
  check
      ->add_option("--max-depth", command->max_depth,
                   "Deepest nesting of collections, 1-1000 (default 100)")
      ->type_name("N");
  check
      ->add_option("--max-nodes", command->max_nodes,
                   "Most nodes in a document, aliases and merge keys expanded, 1-1000000000 "
                   "(default 250000)")
      ->type_name("N");
  check
      ->add_option("--max-documents", command->max_documents,
                   "Most YAML documents in a file, 1-1000000; 0 or none: no bound (default 1000)")
      ->type_name("N");
  check->add_flag("--no-color", command->no_color, "Never colour the text report");
  check->add_flag("-q,--quiet", options->quiet, "Print findings only: no snippets, no summary");
}

}  // namespace

std::optional<int> ParseCommandLine(int argc, const char* const* argv, Options* options,
                                    std::ostream& out, std::ostream& err) {
  // `stacklint --version` answered before CLI11, which reports it by throwing: in the static
  // binary a process's first exception costs ~3 ms (libgcc sorts the unwind table once).
  const std::string version = std::string("stacklint ") + STACKLINT_VERSION;
  if (argc == 2 && std::string_view(argv[1]) == "--version") {
    out << version << "\n";
    return 0;
  }
  CLI::App app{
      "stacklint: a fast linter for ZenML stack configuration (container registries first)",
      "stacklint"};
  app.set_version_flag("--version", version);
  app.require_subcommand(1, 1);
  // Only the command named first is built (CLI11 spends ~10 us on each option, a sixth of a
  // one-file lint); all of them when the first argument is none (`stacklint --help`).
  std::string_view first = argc > 1 ? argv[1] : "";
  bool named = std::find(kCommands.begin(), kCommands.end(), first) != kCommands.end();
  auto builds = [&](std::string_view command) { return !named || first == command; };

  CheckCommand check;
  if (builds("check")) AddCheckCommand(app, options, &check);

  CLI::App* rules = builds("rules") ? app.add_subcommand("rules", "List every rule") : nullptr;
  CLI::App* rule = nullptr;
  if (builds("rule")) {
    rule = app.add_subcommand("rule", "Explain one rule: what, why, a bad and a good example");
    rule->add_option("rule", options->rule_query, "Rule ID or name, e.g. CR104")->required();
  }
  CLI::App* flavors =
      builds("flavors")
          ? app.add_subcommand("flavors", "List container registry flavors and their URI forms")
          : nullptr;
  for (CLI::App* catalog : {rules, rule, flavors}) {
    if (catalog == nullptr) continue;
    catalog->add_option("--format", options->format, "Output format (default text)")
        ->check(CLI::IsMember({"text", "json"}));
    catalog->add_option("--rules", options->rule_files, "Extra rule/flavor file (repeatable)")
        ->allow_extra_args(false);
  }

  CLI::App* server =
      builds("server")
          ? app.add_subcommand("server",
                               "Run the language server (LSP over stdio) that editors start")
          : nullptr;

  if (auto code = UnknownCommand(argc, argv, err)) return code;
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e, out, err);
    return code == 0 ? 0 : static_cast<int>(kExitUsage);
  }
  if (!SetNumber(check.jobs, kJobs, &options->jobs, err) ||
      !SetNumber(check.max_file_size, kMaxFileSize, &options->max_file_size, err) ||
      !SetNumber(check.max_depth, kMaxDepth, &options->max_depth, err) ||
      !SetNumber(check.max_nodes, kMaxNodes, &options->max_nodes, err) ||
      !SetNumber(check.max_documents, kMaxDocuments, &options->max_documents, err))
    return static_cast<int>(kExitUsage);
  if (options->no_config && check.config != nullptr &&
      check.config->count() > 0) {  // said here so the message names both
    err << "stacklint: --config FILE and --no-config contradict each other: give one of them\n";
    return static_cast<int>(kExitUsage);
  }
  if (!options->stdin_filename.empty() &&
      std::find(options->paths.begin(), options->paths.end(), "-") == options->paths.end()) {
    err << "stacklint: --stdin-filename names standard input: add `-` to the paths to read it\n";
    return static_cast<int>(kExitUsage);
  }
  TrimList(&options->select);
  TrimList(&options->ignore);
  auto parsed = [](const CLI::App* command) { return command != nullptr && command->parsed(); };
  if (parsed(rules)) options->command = Options::Command::kRules;
  if (parsed(rule)) options->command = Options::Command::kRule;
  if (parsed(flavors)) options->command = Options::Command::kFlavors;
  if (parsed(server)) options->command = Options::Command::kServer;
  options->color = !check.no_color;
  return std::nullopt;
}

}  // namespace stacklint
