#include "app.h"

#include <re2/re2.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include "engine.h"
#include "file_walker.h"
#include "report_github.h"
#include "report_json.h"
#include "report_junit.h"
#include "report_sarif.h"
#include "report_text.h"
#include "text_util.h"

namespace stacklint {
namespace {

// Loads built-in data and --rules files; prints what is wrong and returns false on a mistake.
bool LoadCatalog(const Options& options, RuleCatalog* catalog, int* exit_code, std::ostream& err) {
  std::vector<std::pair<std::string, std::string>> user_files;
  bool ok = true;
  for (const std::string& path : options.rule_files) {
    std::string text, error;
    if (!ReadFile(path, 10 * 1024 * 1024, &text, &error)) {
      err << "stacklint: --rules " << path << ": " << error << '\n';
      ok = false;
      continue;
    }
    user_files.emplace_back(DisplayPath(path), std::move(text));
  }
  std::vector<std::string> errors;
  *catalog = RuleCatalog::Load(user_files, &errors);
  for (const std::string& error : errors) err << "stacklint: " << error << '\n';
  bool builtin_broken = !errors.empty() && StartsWith(errors.front(), "rules/");
  *exit_code = builtin_broken ? kExitInternal : kExitUsage;
  return ok && errors.empty();
}

struct FileOutcome {
  std::vector<Diagnostic> diagnostics;
  std::vector<Range> secrets;
  std::optional<InputProblem> problem;
  std::shared_ptr<const SourceFile> source;
};

FileOutcome LintOne(const Engine& engine, const InputFile& input, const std::string& stdin_text,
                    size_t max_file_size) {
  FileOutcome outcome;
  std::string text, error;
  if (input.path == "-") {
    text = stdin_text;
  } else if (!ReadFile(input.path, max_file_size, &text, &error)) {
    outcome.problem = InputProblem{input.display_path, error};
    return outcome;
  }
  auto source = std::make_shared<const SourceFile>(input.display_path, std::move(text));
  outcome.diagnostics = engine.Lint(*source, input.named, &outcome.secrets);
  if (!outcome.diagnostics.empty()) outcome.source = std::move(source);
  return outcome;
}

// Lints every input on `jobs` threads; the results do not depend on the thread count.
LintResults LintAll(const Engine& engine, const std::vector<InputFile>& inputs,
                    const std::string& stdin_text, int jobs, size_t max_file_size) {
  std::vector<FileOutcome> outcomes(inputs.size());
  std::atomic<size_t> next{0};
  auto worker = [&] {
    for (size_t i; (i = next.fetch_add(1)) < inputs.size();) {
      outcomes[i] = LintOne(engine, inputs[i], stdin_text, max_file_size);
    }
  };
  size_t threads = std::min<size_t>(std::max(1, jobs), inputs.size());
  std::vector<std::thread> pool;
  for (size_t t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  for (std::thread& thread : pool) thread.join();

  LintResults results;
  for (FileOutcome& outcome : outcomes) {
    if (outcome.problem) {
      results.input_problems.push_back(*outcome.problem);
      continue;
    }
    ++results.files_checked;
    results.files.push_back(inputs[&outcome - outcomes.data()].display_path);
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

int RunCheck(const Options& options, const RuleCatalog& catalog, std::istream& in,
             std::ostream& out, std::ostream& err) {
  EngineOptions engine_options;
  if (!options.zenml_version.empty()) {
    engine_options.zenml_version = Version::Parse(options.zenml_version);
    if (!engine_options.zenml_version) {
      err << "stacklint: --zenml-version: `" << options.zenml_version
          << "` is not a version like 0.74.0\n";
      return kExitUsage;
    }
  }
  std::optional<Severity> fail_on = ParseSeverity(options.fail_on);
  engine_options.rules = RuleFilter{options.select, options.ignore};
  for (const std::string& unknown : engine_options.rules.Unknown(catalog)) {
    err << "stacklint: --select/--ignore: `" << SanitizeForDisplay(unknown)
        << "` names no rule (see `stacklint rules`)\n";
    return kExitUsage;
  }
  Engine engine(catalog, engine_options);
  for (const std::string& error : engine.setup_errors()) err << "stacklint: " << error << '\n';
  if (!engine.setup_errors().empty()) return kExitUsage;

  std::vector<InputProblem> problems;
  std::vector<std::string> paths =
      options.paths.empty() ? std::vector<std::string>{"."} : options.paths;
  std::vector<std::string> file_paths;
  std::string stdin_text;
  bool use_stdin = false;
  for (const std::string& path : paths) {
    if (path == "-")
      use_stdin = true;
    else
      file_paths.push_back(path);
  }
  std::vector<InputFile> inputs = CollectInputs(file_paths, &problems);
  if (use_stdin) {
    stdin_text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    std::string name = options.stdin_filename.empty() ? "-" : DisplayPath(options.stdin_filename);
    inputs.push_back(InputFile{"-", name, true});
  }
  int jobs = options.jobs > 0 ? options.jobs
                              : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  LintResults results = LintAll(engine, inputs, stdin_text, jobs, engine_options.max_file_size);
  results.input_problems.insert(results.input_problems.begin(), problems.begin(), problems.end());
  results.root_uri = "file://" + PathToUri(std::filesystem::current_path().generic_string()) + "/";
  for (const InputProblem& problem : results.input_problems) {
    err << "stacklint: " << SanitizeForDisplay(problem.path) << ": " << problem.message << '\n';
  }

  std::ofstream file;
  if (!options.output.empty()) {
    file.open(options.output, std::ios::binary | std::ios::trunc);
    if (!file) {
      err << "stacklint: -o " << options.output << ": cannot write this file\n";
      return kExitUsage;
    }
  }
  std::ostream& report = options.output.empty() ? out : file;
  if (options.format == "sarif") {
    WriteSarif(results, catalog, report);
  } else if (options.format == "json") {
    WriteJson(results, report);
  } else if (options.format == "junit") {
    WriteJunit(results, report);
  } else if (options.format == "github") {
    WriteGithub(results, report);
    if (!options.github_step_summary.empty()) {
      std::ofstream summary(options.github_step_summary, std::ios::app);
      WriteGithubSummary(results, summary);
    }
  } else {
    WriteText(results,
              TextOptions{options.color && options.output.empty(), !options.quiet, !options.quiet},
              report);
  }
  report.flush();

  if (!results.input_problems.empty()) return kExitUsage;
  for (const Diagnostic& d : results.diagnostics) {
    if (fail_on && d.severity >= *fail_on) return kExitFindings;
  }
  return kExitClean;
}

void PrintRules(const RuleCatalog& catalog, const std::string& format, std::ostream& out) {
  if (format == "json") {
    nlohmann::ordered_json rules = nlohmann::ordered_json::array();
    for (const RuleInfo& rule : catalog.rules()) {
      rules.push_back({{"id", rule.id},
                       {"name", rule.name},
                       {"severity", std::string(SeverityName(rule.severity))},
                       {"fixable", rule.fixable()},
                       {"summary", rule.summary}});
    }
    out << rules.dump(2) << '\n';
    return;
  }
  out << std::left << std::setw(8) << "ID" << std::setw(30) << "NAME" << std::setw(10) << "SEVERITY"
      << std::setw(5) << "FIX"
      << "SUMMARY\n";
  for (const RuleInfo& rule : catalog.rules()) {
    out << std::setw(8) << rule.id << std::setw(30) << rule.name << std::setw(10)
        << SeverityName(rule.severity) << std::setw(5) << (rule.fixable() ? "yes" : "")
        << rule.summary << '\n';
  }
}

void Indent(const std::string& text, std::ostream& out) {
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) out << "    " << line << '\n';
}

int PrintRule(const RuleCatalog& catalog, const std::string& query, std::ostream& out,
              std::ostream& err) {
  const RuleInfo* rule = catalog.FindRule(query);
  if (rule == nullptr) rule = catalog.FindRule(ToLower(query));
  if (rule == nullptr) {
    std::string upper = query;
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    rule = catalog.FindRule(upper);
  }
  if (rule == nullptr) {
    std::vector<std::string> names;
    for (const RuleInfo& r : catalog.rules()) names.push_back(r.name);
    std::string closest = ClosestMatch(query, names, 4);
    err << "stacklint: unknown rule `" << SanitizeForDisplay(query) << "`"
        << (closest.empty() ? "" : "; did you mean `" + closest + "`?")
        << " (see `stacklint rules`)\n";
    return kExitUsage;
  }
  out << rule->id << " " << rule->name << " (" << SeverityName(rule->severity)
      << (rule->fixable() ? ", fix available" : "") << ")\n\n"
      << rule->summary << "\n\n";
  if (!rule->why.empty()) out << "Why is this bad?\n" << rule->why << "\n\n";
  if (!rule->bad_example.empty()) out << "Example:\n", Indent(rule->bad_example, out), out << '\n';
  if (!rule->good_example.empty())
    out << "Use instead:\n", Indent(rule->good_example, out), out << '\n';
  if (std::string uri = rule->HelpUri(); !uri.empty()) out << "Docs: " << uri << '\n';
  return kExitClean;
}

void PrintFlavors(const RuleCatalog& catalog, std::ostream& out) {
  for (const Flavor* flavor : catalog.Flavors("container_registry")) {
    out << flavor->name << ": " << flavor->description << '\n'
        << "  form:     " << flavor->form << '\n'
        << "  examples: " << Join(flavor->examples, ", ") << '\n';
    if (flavor->host) out << "  host:     " << flavor->host->pattern() << '\n';
    out << "  uri:      " << flavor->uri->pattern() << '\n';
    if (!flavor->docs_url.empty()) out << "  docs:     " << flavor->docs_url << '\n';
  }
}

}  // namespace

int Run(const Options& options, std::istream& in, std::ostream& out, std::ostream& err) {
  RuleCatalog catalog;
  int exit_code = kExitClean;
  if (!LoadCatalog(options, &catalog, &exit_code, err)) return exit_code;
  switch (options.command) {
    case Options::Command::kCheck:
      return RunCheck(options, catalog, in, out, err);
    case Options::Command::kRules:
      PrintRules(catalog, options.format, out);
      return kExitClean;
    case Options::Command::kRule:
      return PrintRule(catalog, options.rule_query, out, err);
    case Options::Command::kFlavors:
      PrintFlavors(catalog, out);
      return kExitClean;
  }
  return kExitInternal;
}

}  // namespace stacklint
