#include "lint_run.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <thread>

#include "baseline.h"
#include "exit_code.h"
#include "file_walker.h"
#include "fixer.h"
#include "lint_files.h"
#include "lint_inputs.h"
#include "lint_settings.h"
#include "parallel.h"
#include "report_formats.h"
#include "report_sarif.h"
#include "text_util.h"

namespace stacklint {
namespace {

// Problems that end the run before anything is reported: all of them but unusable inputs, which
// leave the other inputs to lint.
std::vector<Problem> Fatal(const std::vector<Problem>& problems) {
  std::vector<Problem> fatal;
  std::copy_if(problems.begin(), problems.end(), std::back_inserter(fatal),
               [](const Problem& problem) { return problem.kind != ProblemKind::kInput; });
  return fatal;
}

// Prints what stopped the run and returns its exit code.
int Stop(const std::vector<Problem>& problems, std::ostream& err) {
  PrintProblems(problems, err);
  return ExitCodeOf(problems);
}

// The fix pass over every linted file, on `jobs` threads: each file relints through its own
// scope's engine, an explicit call the pass owns.
std::vector<FileFixes> FixAll(const std::vector<Scope>& scopes, const Inputs& inputs,
                              const FixMode& mode, int jobs, std::vector<LintedFile>* files) {
  std::vector<FileFixes> fixes(files->size());
  if (!mode.active()) return fixes;
  ParallelFor(files->size(), jobs, [&](size_t i) {
    const PlannedInput& input = inputs.files[i];
    const Scope& scope = scopes[input.scope];
    LintAgain relint = [&](std::shared_ptr<const SourceFile> source) {
      return LintSource(scope, input.file, std::move(source));
    };
    fixes[i] = FixFile(input.file.path, mode, relint, &(*files)[i].lint);
    if (fixes[i].problem) (*files)[i].problem = fixes[i].problem;
  });
  return fixes;
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

// Fixes applied, and files they were applied in.
std::pair<size_t, size_t> CountFixes(const std::vector<FileFixes>& fixes) {
  size_t fixed = 0, fixed_files = 0;
  for (const FileFixes& file : fixes) {
    fixed += file.applied;
    fixed_files += file.applied > 0;
  }
  return {fixed, fixed_files};
}

// The reporters' stage: input problems on stderr (unless the text report shows them), then
// --diff's diffs, or --fix's counts and fixed standard input and the report, to stdout or the
// -o file. A kOutput problem when the -o file can't be written.
std::optional<Problem> WriteOutputs(const Options& options, const RuleCatalog& catalog,
                                    const LintResults& results, const std::vector<FileFixes>& fixes,
                                    std::optional<Severity> fail_on, std::ostream& out,
                                    std::ostream& err) {
  const ReportFormat* format = FindReportFormat(options.format);
  bool problems_in_report = format && format->for_people && options.output.empty();
  if (!problems_in_report) PrintProblems(results.input_problems, err);
  auto [fixed, fixed_files] = CountFixes(fixes);
  std::ofstream file;
  if (!options.output.empty()) {
    file.open(options.output, std::ios::binary | std::ios::trunc);
    if (!file)
      return Problem{options.output, "cannot write this file", ProblemKind::kOutput, "-o",
                     std::nullopt};
  }
  if (options.diff) {
    for (const FileFixes& file_fixes : fixes)
      (options.output.empty() ? out : file) << file_fixes.diff;
    err << "stacklint: " << Plural(fixed, "fix") << (fixed == 1 ? " is" : " are")
        << " available in " << Plural(fixed_files, "file") << " (--diff wrote nothing)\n";
    return std::nullopt;
  }
  if (options.fix && fixed > 0)
    err << "stacklint: fixed " << Plural(fixed, "problem") << " in " << Plural(fixed_files, "file")
        << '\n';
  // `--fix` on standard input (editors): the fixed document on stdout, the findings on stderr.
  bool fixed_stdin = false;
  for (const FileFixes& file_fixes : fixes) {
    if (file_fixes.fixed_stdin) out << *file_fixes.fixed_stdin, fixed_stdin = true;
  }
  std::ostream& report = !options.output.empty() ? file : fixed_stdin ? err : out;
  WriteReport(options, catalog, results, fail_on, report);
  report.flush();
  return std::nullopt;
}

}  // namespace

int RunCheck(const Options& options, const Config& config, const RuleCatalog& catalog,
             std::istream& in, std::ostream& out, std::ostream& err) {
  // 1. Settings: the working directory's scope serves stdin without a name, the baseline and
  // the default --fail-on; each file's own scope is settled as its input is planned.
  std::vector<Problem> problems;
  Scopes scopes(options, config, catalog);
  std::optional<size_t> home = scopes.For("./-", &problems);
  if (!home) return Stop(problems, err);
  // 2. Inputs.
  Inputs inputs = GatherInputs(options, &scopes, in, &problems);
  if (std::vector<Problem> fatal = Fatal(problems); !fatal.empty()) return Stop(fatal, err);
  // 3. Lint each file.
  int jobs = options.jobs > 0 ? options.jobs
                              : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  std::vector<LintedFile> files = LintInputs(scopes.scopes(), inputs, options.max_file_size, jobs);
  // 4. Post-passes: fixes, then (over the collected results) the baseline.
  FixMode mode{options.fix && !options.diff, options.diff, options.unsafe_fixes};
  std::vector<FileFixes> fixes = FixAll(scopes.scopes(), inputs, mode, jobs, &files);
  LintResults results = CollectResults(files, inputs);
  results.input_problems.insert(results.input_problems.begin(), problems.begin(), problems.end());
  results.root_uri = "file://" + PathToUri(std::filesystem::current_path().generic_string()) + "/";
  // Reports describe every rule that fired: with configs that add rule files of their own, a
  // catalog holding all of them.
  std::vector<Problem> catalog_problems;
  std::optional<RuleCatalog> merged = scopes.ReportCatalog(&catalog_problems);
  if (!catalog_problems.empty()) return Stop(catalog_problems, err);
  const RuleCatalog& report_catalog = merged ? *merged : catalog;
  if (!options.write_baseline.empty()) {
    if (auto problem = WriteBaselineFile(options.write_baseline, results.diagnostics))
      return Stop({*problem}, err);
    size_t count = std::count_if(results.diagnostics.begin(), results.diagnostics.end(),
                                 [](const Diagnostic& d) { return !d.suppressed; });
    err << "stacklint: wrote " << Plural(count, "finding") << " to " << options.write_baseline
        << '\n';
    return kExitClean;
  }
  if (!options.baseline.empty()) {
    if (auto problem = UseBaseline(options.baseline, report_catalog, &results))
      return Stop({*problem}, err);
  }
  // 5. Reporters.
  std::optional<Severity> home_fail_on = scopes.scopes()[*home].fail_on;
  if (auto problem = WriteOutputs(options, report_catalog, results, fixes, home_fail_on, out, err))
    return Stop({*problem}, err);
  // 6. Exit code; with --diff, 1 when a file would change (as ruff).
  if (options.diff && results.input_problems.empty())
    return CountFixes(fixes).first > 0 ? kExitFindings : kExitClean;
  std::map<std::string, std::optional<Severity>> fail_on_of;  // by display path
  for (const PlannedInput& input : inputs.files)
    fail_on_of[input.file.display_path] = scopes.scopes()[input.scope].fail_on;
  return ExitCodeFor(results.input_problems, results.diagnostics, [&](const std::string& path) {
    auto own = fail_on_of.find(path);
    return own == fail_on_of.end() ? home_fail_on : own->second;
  });
}

}  // namespace stacklint
