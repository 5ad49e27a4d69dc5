#include "check_command.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <memory>
#include <thread>

#include "app.h"
#include "baseline.h"
#include "engine.h"
#include "file_walker.h"
#include "fixer.h"
#include "report_formats.h"
#include "report_sarif.h"
#include "stack_sniff.h"
#include "text_util.h"

namespace stacklint {
namespace {

constexpr int kMaxFixRounds = 10;

struct FileOutcome {
  std::vector<Diagnostic> diagnostics;
  std::vector<Range> secrets;
  std::optional<InputProblem> problem;
  std::shared_ptr<const SourceFile> source;
  size_t fixed = 0;
  std::string diff;
  std::optional<std::string> fixed_stdin;  ///< `--fix` on standard input: the fixed document
};

struct FixMode {
  bool fix = false;
  bool diff = false;
  bool unsafe = false;
  bool active() const { return fix || diff; }
};

// The text of each secret range, to mask wherever it shows up again (a --diff shows source lines).
void CollectSecretTexts(const SourceFile& source, const std::vector<Range>& secrets,
                        std::vector<std::string>* texts) {
  for (const Range& secret : secrets) {
    if (secret.end_offset <= secret.begin_offset) continue;
    texts->push_back(
        source.text().substr(secret.begin_offset, secret.end_offset - secret.begin_offset));
  }
}

std::string MaskSecretTexts(std::string text, const std::vector<std::string>& secrets) {
  for (const std::string& secret : secrets) {
    for (size_t at = text.find(secret); at != std::string::npos; at = text.find(secret, at + 4))
      text.replace(at, secret.size(), "****");
  }
  return text;
}

bool HasSyntaxError(const std::vector<Diagnostic>& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& d) {
    return d.rule_id == "SL001" || d.rule_id == "SL007";
  });
}

// Lints, then applies fixes round by round (a fix may enable the next), re-linting each time;
// a round whose result no longer parses or has a new error or warning is dropped.
void LintAndFix(const Engine& engine, const InputFile& input, const FileContext& context,
                const FixMode& mode, std::string text, FileOutcome* outcome) {
  auto source = std::make_shared<const SourceFile>(input.display_path, std::move(text));
  std::vector<Range> secrets;
  std::vector<Diagnostic> diagnostics = engine.Lint(*source, context, &secrets);
  auto original_source = source;
  std::vector<Range> original_secrets = secrets;
  std::vector<Diagnostic> original_diagnostics = diagnostics;
  for (int round = 0; mode.active() && round < kMaxFixRounds; ++round) {
    FixResult fixed = ApplyFixes(source->text(), diagnostics, mode.unsafe);
    if (fixed.applied == 0) break;
    auto next = std::make_shared<const SourceFile>(input.display_path, fixed.text);
    std::vector<Range> next_secrets;
    std::vector<Diagnostic> next_diagnostics = engine.Lint(*next, context, &next_secrets);
    if (HasSyntaxError(next_diagnostics) && !HasSyntaxError(diagnostics)) break;
    if (!NewProblem(diagnostics, next_diagnostics).empty()) break;  // fixes that clash
    outcome->fixed += fixed.applied;
    source = std::move(next);
    secrets = std::move(next_secrets);
    diagnostics = std::move(next_diagnostics);
  }
  if (mode.diff) {
    std::vector<std::string> secret_texts;
    CollectSecretTexts(*original_source, original_secrets, &secret_texts);
    CollectSecretTexts(*source, secrets, &secret_texts);
    outcome->diff = MaskSecretTexts(
        UnifiedDiff(input.display_path, original_source->text(), source->text()), secret_texts);
  }
  if (mode.fix && input.path == "-") outcome->fixed_stdin = source->text();
  if (mode.fix && input.path != "-" && outcome->fixed > 0) {
    std::string error = WriteFileAtomically(input.path, source->text());
    if (!error.empty()) {  // the file is as it was: report what it holds
      outcome->problem = InputProblem{input.display_path, "cannot write fixes: " + error};
      outcome->fixed = 0;
      source = std::move(original_source);
      secrets = std::move(original_secrets);
      diagnostics = std::move(original_diagnostics);
    }
  }
  outcome->diagnostics = std::move(diagnostics);
  outcome->secrets = std::move(secrets);
  if (!outcome->diagnostics.empty()) outcome->source = std::move(source);
}

// What applies to the files under one config (ruff's rule: the closest config above a file):
// its catalog (the config may add rule files), engine and --fail-on level.
struct Scope {
  std::shared_ptr<const Config> config;
  std::unique_ptr<RuleCatalog> own_catalog;  ///< only when the config adds rule files
  const RuleCatalog* catalog = nullptr;
  std::unique_ptr<Engine> engine;
  std::optional<Severity> fail_on;  ///< nullopt: never
};

// Settles the scope's engine: the command line over its config over the defaults. Returns the
// exit code of a mistake, else kExitClean.
int BuildScope(const Options& options, const RuleCatalog& base, Scope* scope, std::ostream& err) {
  const Config& config = *scope->config;
  scope->catalog = &base;
  if (!config.path.empty() && options.config.empty() && !config.rules.empty()) {
    scope->own_catalog = std::make_unique<RuleCatalog>();
    if (int code = LoadCatalog(options, config, scope->own_catalog.get(), err); code != kExitClean)
      return code;
    scope->catalog = scope->own_catalog.get();
  } else if (!config.path.empty() && options.config.empty()) {
    std::vector<std::string> errors;
    ValidateConfigRules(config, base, &errors);
    for (const std::string& error : errors) err << "stacklint: " << error << '\n';
    if (!errors.empty()) return kExitUsage;
  }
  const RuleCatalog& catalog = *scope->catalog;
  EngineOptions engine_options;
  engine_options.max_file_size = options.max_file_size;
  engine_options.limits = LoadLimits{options.max_depth, options.max_nodes, options.max_documents};
  const Config settings = WithCommandLine(config, options);  // as config.h's kConfigKeys say
  std::string version = settings.zenml_version.value_or("");
  if (!version.empty()) {
    engine_options.zenml_version = Version::Parse(version);
    if (!engine_options.zenml_version) {
      err << "stacklint: --zenml-version: `" << version << "` is not a version like 0.74.0\n";
      return kExitUsage;
    }
  }
  scope->fail_on = ParseSeverity(settings.fail_on.value_or(""));  // nullopt for "never"
  RuleFilter& filter = engine_options.rules;
  for (const ConfigValue& entry : settings.select) filter.select.push_back(entry.value);
  for (const ConfigValue& entry : settings.ignore) filter.ignore.push_back(entry.value);
  for (const std::string& unknown : filter.Unknown(catalog)) {
    err << "stacklint: --select/--ignore: `" << SanitizeForDisplay(unknown)
        << "` names no rule (see `stacklint rules`)\n";
    return kExitUsage;
  }
  for (const auto& [rule, level] : config.severity) {
    for (const RuleInfo& info : catalog.rules()) {
      if (info.MatchedBy(rule.value)) engine_options.severity[info.id] = level;
    }
  }
  scope->engine = std::make_unique<Engine>(catalog, engine_options);
  for (const std::string& error : scope->engine->setup_errors())
    err << "stacklint: " << error << '\n';
  return scope->engine->setup_errors().empty() ? kExitClean : kExitUsage;
}

// The scopes of a run and which one each input belongs to.
class Scopes {
 public:
  Scopes(const Options& options, const Config& config, const RuleCatalog& catalog)
      : options_(options),
        fixed_(options.no_config || !options.config.empty()),
        config_(std::make_shared<const Config>(config)),
        catalog_(catalog) {}

  /// The scope index for the file at `path`, or nullopt after a config mistake (printed).
  std::optional<size_t> For(const std::string& path, std::ostream& err) {
    std::vector<std::string> errors;
    std::shared_ptr<const Config> config = fixed_ ? config_ : finder_.For(path, &errors);
    for (const std::string& error : errors) err << "stacklint: " << error << '\n';
    if (!errors.empty()) return std::nullopt;
    auto known = index_.find(config.get());
    if (known != index_.end()) return known->second;
    Scope scope;
    scope.config = config;
    if (BuildScope(options_, catalog_, &scope, err) != kExitClean) return std::nullopt;
    scopes_.push_back(std::move(scope));
    return index_[config.get()] = scopes_.size() - 1;
  }
  const std::vector<Scope>& scopes() const { return scopes_; }

 private:
  const Options& options_;
  bool fixed_;  ///< --config or --no-config: one config for every file
  std::shared_ptr<const Config> config_;
  const RuleCatalog& catalog_;
  ConfigFinder finder_;
  std::vector<Scope> scopes_;
  std::map<const Config*, size_t> index_;
};

struct Settings {
  const std::vector<Scope>& scopes;
  FixMode fix;
  size_t max_file_size;
};

FileOutcome LintOne(const Settings& settings, const Scope& scope, const InputFile& input,
                    const std::string& stdin_text) {
  FileOutcome outcome;
  std::string text, error;
  if (input.path == "-") {
    text = stdin_text;
  } else if (!ReadFile(input.path, settings.max_file_size, &text, &error)) {
    outcome.problem = InputProblem{input.display_path, error};
    return outcome;
  }
  // A walked file that cannot hold a stack gets no finding: skipped before its lines are indexed.
  if (!input.named && !MayHoldStack(text)) return outcome;
  FileContext context{input.named, PerFileIgnores(*scope.config, input.display_path)};
  // Standard input has no file to write: with --fix the fixed document goes to stdout.
  LintAndFix(*scope.engine, input, context, settings.fix, std::move(text), &outcome);
  return outcome;
}

// Lints every input on `jobs` threads; the results do not depend on the thread count.
std::vector<FileOutcome> LintAll(const Settings& settings, const std::vector<InputFile>& inputs,
                                 const std::vector<size_t>& scope_of, const std::string& stdin_text,
                                 int jobs) {
  std::vector<FileOutcome> outcomes(inputs.size());
  std::atomic<size_t> next{0};
  auto worker = [&] {
    for (size_t i; (i = next.fetch_add(1)) < inputs.size();) {
      outcomes[i] = LintOne(settings, settings.scopes[scope_of[i]], inputs[i], stdin_text);
    }
  };
  size_t threads = std::min<size_t>(std::max(1, jobs), inputs.size());
  std::vector<std::thread> pool;
  for (size_t t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  for (std::thread& thread : pool) thread.join();
  return outcomes;
}

LintResults Collect(std::vector<FileOutcome>& outcomes, const std::vector<InputFile>& inputs) {
  LintResults results;
  for (size_t i = 0; i < outcomes.size(); ++i) {
    FileOutcome& outcome = outcomes[i];
    if (outcome.problem) results.input_problems.push_back(*outcome.problem);
    if (outcome.problem && outcome.diagnostics.empty()) continue;
    ++results.files_checked;
    results.files.push_back(inputs[i].display_path);
    std::move(outcome.diagnostics.begin(), outcome.diagnostics.end(),
              std::back_inserter(results.diagnostics));
    if (!outcome.source) continue;
    results.sources[outcome.source->path()] = outcome.source;
    if (!outcome.secrets.empty())
      results.secrets[outcome.source->path()] = std::move(outcome.secrets);
  }
  std::sort(results.diagnostics.begin(), results.diagnostics.end(), DiagnosticLess);
  return results;
}

// Hides what the baseline holds; entries that match nothing become SL011 notes in the baseline.
bool UseBaseline(const std::string& path, const RuleCatalog& catalog, LintResults* results,
                 std::ostream& err) {
  std::string text, error;
  std::vector<BaselineEntry> entries;
  if (!ReadFile(path, 64 * 1024 * 1024, &text, &error) ||
      !ParseBaseline(text, path, &entries, &error)) {
    err << "stacklint: --baseline " << path << ": " << error << '\n';
    return false;
  }
  std::string shown = DisplayPath(path);
  std::vector<BaselineEntry> unused = ApplyBaseline(entries, shown, &results->diagnostics);
  if (unused.empty()) return true;
  auto source = std::make_shared<const SourceFile>(shown, text);
  LintContext ctx(*source, catalog, std::nullopt, &results->diagnostics);
  for (const BaselineEntry& entry : unused) {
    size_t start = source->LineStart(entry.line);
    ctx.Report("SL011", source->RangeOf(start, start + source->LineText(entry.line).size()),
               {{"rule", entry.rule}, {"path", entry.path}, {"yaml_path", entry.yaml_path}});
  }
  results->sources[shown] = source;
  std::sort(results->diagnostics.begin(), results->diagnostics.end(), DiagnosticLess);
  return true;
}

void WriteReport(const Options& options, const RuleCatalog& catalog, const LintResults& results,
                 std::optional<Severity> fail_on, std::ostream& report) {
  const ReportFormat* format = FindReportFormat(options.format);
  if (format == nullptr) format = &ReportFormats().front();  // the CLI accepts only table names
  ReportSettings settings;
  settings.color = options.color && options.output.empty();
  settings.snippets = !options.quiet;
  // --only-stacks is how pre-commit runs stacklint, once per batch of files: no closing
  // summary, so the batches read as one report (as hadolint and actionlint print none).
  settings.summary = !options.quiet && !options.only_stacks;
  settings.fix_hint = !options.fix;
  settings.fail_on = fail_on;
  ReportInput input{results, catalog, settings};
  format->write(input, report);
  if (format->step_summary != nullptr && !options.github_step_summary.empty()) {
    std::ofstream summary(options.github_step_summary, std::ios::app);
    format->step_summary(input, summary);
  }
}

}  // namespace

int RunCheck(const Options& options, const Config& config, const RuleCatalog& catalog,
             std::istream& in, std::ostream& out, std::ostream& err) {
  std::vector<InputProblem> problems;
  std::vector<std::string> paths =
      options.paths.empty() ? std::vector<std::string>{"."} : options.paths;
  std::vector<std::string> file_paths;
  bool use_stdin = false;
  for (const std::string& path : paths) {
    if (path == "-")
      use_stdin = true;
    else
      file_paths.push_back(path);
  }
  Scopes scopes(options, config, catalog);
  // The working directory's scope: stdin without a name, the baseline, the default --fail-on.
  std::optional<size_t> home = scopes.For("./-", err);
  if (!home) return kExitUsage;
  std::vector<InputFile> all_inputs = CollectInputs(file_paths, &problems);
  std::string stdin_text;
  if (use_stdin) {
    stdin_text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    std::string name = options.stdin_filename.empty() ? "-" : DisplayPath(options.stdin_filename);
    // A closed or empty stdin is a mistake in the calling script, not a clean file.
    if (stdin_text.empty())
      problems.push_back({name, "standard input is empty or closed: nothing to lint"});
    else
      all_inputs.push_back(InputFile{"-", name, true});
  }
  std::vector<InputFile> inputs;
  std::vector<size_t> scope_of;
  for (InputFile& input : all_inputs) {
    std::optional<size_t> scope =
        scopes.For(input.path == "-" ? "./" + input.display_path : input.path, err);
    if (!scope) return kExitUsage;
    // Config `exclude` applies to each file's own config, and to the name given to stdin.
    if (IsExcluded(*scopes.scopes()[*scope].config, input.display_path)) continue;
    // --only-stacks (the pre-commit hook): a named file is judged like a walked one, so
    // non-stack YAML, broken or not, is skipped unless it looks like a stack.
    if (options.only_stacks) input.named = false;
    inputs.push_back(std::move(input));
    scope_of.push_back(*scope);
  }
  int jobs = options.jobs > 0 ? options.jobs
                              : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  Settings settings{scopes.scopes(), FixMode{options.fix, options.diff, options.unsafe_fixes},
                    options.max_file_size};
  if (options.diff) settings.fix.fix = false;  // --diff shows and writes nothing
  std::vector<FileOutcome> outcomes = LintAll(settings, inputs, scope_of, stdin_text, jobs);
  LintResults results = Collect(outcomes, inputs);
  std::optional<Severity> fail_on = scopes.scopes()[*home].fail_on;
  std::map<std::string, std::optional<Severity>> fail_on_of;  // by display path
  for (size_t i = 0; i < inputs.size(); ++i)
    fail_on_of[inputs[i].display_path] = scopes.scopes()[scope_of[i]].fail_on;
  // Reports describe every rule that fired: with configs that add rule files of their own, a
  // catalog holding all of them.
  const RuleCatalog* report_catalog = &catalog;
  RuleCatalog merged;
  Config all_rules;
  for (const Scope& scope : scopes.scopes()) {
    for (const std::string& file : scope.own_catalog ? scope.config->rules : all_rules.rules) {
      if (std::find(all_rules.rules.begin(), all_rules.rules.end(), file) == all_rules.rules.end())
        all_rules.rules.push_back(file);
    }
  }
  if (!all_rules.rules.empty()) {
    if (int code = LoadCatalog(options, all_rules, &merged, err); code != kExitClean) return code;
    report_catalog = &merged;
  }
  results.input_problems.insert(results.input_problems.begin(), problems.begin(), problems.end());
  results.root_uri = "file://" + PathToUri(std::filesystem::current_path().generic_string()) + "/";

  if (!options.write_baseline.empty()) {
    std::ofstream file(options.write_baseline, std::ios::binary | std::ios::trunc);
    file << BaselineText(results.diagnostics, options.write_baseline);
    if (!file) {
      err << "stacklint: --write-baseline " << options.write_baseline
          << ": cannot write this file\n";
      return kExitUsage;
    }
    size_t count = std::count_if(results.diagnostics.begin(), results.diagnostics.end(),
                                 [](const Diagnostic& d) { return !d.suppressed; });
    err << "stacklint: wrote " << Plural(count, "finding") << " to " << options.write_baseline
        << '\n';
    return kExitClean;
  }
  if (!options.baseline.empty() && !UseBaseline(options.baseline, *report_catalog, &results, err))
    return kExitUsage;
  const ReportFormat* format = FindReportFormat(options.format);
  bool problems_in_report = format && format->for_people && options.output.empty();
  for (const InputProblem& problem :
       problems_in_report ? std::vector<InputProblem>{} : results.input_problems) {
    err << "stacklint: " << SanitizeForDisplay(problem.path) << ": " << problem.message << '\n';
  }
  size_t fixed = 0, fixed_files = 0;
  for (const FileOutcome& outcome : outcomes) {
    fixed += outcome.fixed;
    fixed_files += outcome.fixed > 0;
  }
  std::ofstream file;
  if (!options.output.empty()) {
    file.open(options.output, std::ios::binary | std::ios::trunc);
    if (!file) {
      err << "stacklint: -o " << options.output << ": cannot write this file\n";
      return kExitUsage;
    }
  }
  if (options.diff) {  // exit 1 when a file would change (as ruff)
    for (const FileOutcome& outcome : outcomes)
      (options.output.empty() ? out : file) << outcome.diff;
    err << "stacklint: " << Plural(fixed, "fix") << (fixed == 1 ? " is" : " are")
        << " available in " << Plural(fixed_files, "file") << " (--diff wrote nothing)\n";
    return fixed > 0 ? kExitFindings : kExitClean;
  }
  if (options.fix && fixed > 0)
    err << "stacklint: fixed " << Plural(fixed, "problem") << " in " << Plural(fixed_files, "file")
        << '\n';
  // `--fix` on standard input (editors): the fixed document on stdout, the findings on stderr.
  bool fixed_stdin = false;
  for (const FileOutcome& outcome : outcomes) {
    if (outcome.fixed_stdin) out << *outcome.fixed_stdin, fixed_stdin = true;
  }
  std::ostream& report = !options.output.empty() ? file : fixed_stdin ? err : out;
  WriteReport(options, *report_catalog, results, fail_on, report);
  report.flush();

  if (!results.input_problems.empty()) return kExitUsage;
  for (const Diagnostic& d : results.diagnostics) {
    auto own = fail_on_of.find(d.path);
    std::optional<Severity> level = own == fail_on_of.end() ? fail_on : own->second;
    if (!d.suppressed && level && d.severity >= *level) return kExitFindings;
  }
  return kExitClean;
}

}  // namespace stacklint
