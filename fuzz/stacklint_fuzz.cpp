// libFuzzer target over the whole pipeline: load, every rule, the fixer, and every format of the
// report table (report_formats.h). On every input, `--fix --unsafe-fixes` (as the CLI runs it)
// must (a) leave YAML our loader reads when the input was, (d) be finished in one run (a second
// changes no byte), and (e) add no error or warning. Build and run with scripts/fuzz.sh (clang,
// -fsanitize=fuzzer,address,undefined).
#include <cstddef>
#include <cstdint>
#include <memory>
#include <sstream>
#include <string>

#include "engine.h"
#include "fixer.h"
#include "lint_results.h"
#include "report_formats.h"
#include "rule_catalog.h"

namespace {

const stacklint::RuleCatalog& Catalog() {
  static const stacklint::RuleCatalog catalog = [] {
    std::vector<stacklint::Problem> errors;
    stacklint::RuleCatalog loaded = stacklint::RuleCatalog::Load({}, &errors);
    if (!errors.empty()) __builtin_trap();  // the built-in data must always load
    return loaded;
  }();
  return catalog;
}

// The CLI's fix pass (fixer.h) as --diff --unsafe-fixes runs it: apply, re-lint, stop when
// nothing applies or a round breaks the YAML or adds a problem.
std::string FixRounds(const stacklint::Engine& engine, std::string text,
                      std::vector<stacklint::Diagnostic>* diagnostics) {
  stacklint::FileLint file;
  file.source = std::make_shared<const stacklint::SourceFile>("fuzz.yaml", std::move(text));
  file.diagnostics = *diagnostics;
  stacklint::LintAgain relint = [&](std::shared_ptr<const stacklint::SourceFile> source) {
    stacklint::FileLint next;
    next.diagnostics = engine.Lint(*source, stacklint::FileContext{true, {}}, &next.secrets);
    next.source = std::move(source);
    return next;
  };
  stacklint::FixFile("-", stacklint::FixMode{false, true, true}, relint, &file);
  *diagnostics = std::move(file.diagnostics);
  return file.source->text();
}

void CheckFixProperties(const stacklint::Engine& engine, const std::string& text,
                        const std::vector<stacklint::Diagnostic>& diagnostics) {
  std::vector<stacklint::Diagnostic> after = diagnostics;
  std::string fixed = FixRounds(engine, text, &after);
  if (fixed == text) return;
  stacklint::SourceFile original_source("fuzz.yaml", text), fixed_source("fuzz.yaml", fixed);
  bool loaded = !stacklint::LoadYaml(original_source, stacklint::LoadLimits{})->error;
  if (loaded && stacklint::LoadYaml(fixed_source, stacklint::LoadLimits{})->error)
    __builtin_trap();  // (a) the fixed text no longer loads
  if (!stacklint::NewProblem(diagnostics, after).empty()) __builtin_trap();  // (e)
  std::vector<stacklint::Diagnostic> again = after;
  if (FixRounds(engine, fixed, &again) != fixed) __builtin_trap();  // (d)
}

void ReportEverything(const stacklint::Engine& engine, const std::string& text) {
  auto source = std::make_shared<const stacklint::SourceFile>("fuzz.yaml", text);
  std::vector<stacklint::Range> secrets;
  stacklint::LintResults results;
  results.diagnostics = engine.Lint(*source, stacklint::FileContext{true, {}}, &secrets);
  results.sources["fuzz.yaml"] = source;
  results.secrets["fuzz.yaml"] = secrets;
  results.files = {"fuzz.yaml"};
  results.files_checked = 1;
  results.root_uri = "file:///fuzz/";
  stacklint::ReportSettings settings;
  stacklint::ReportInput input{results, Catalog(), settings};
  for (const stacklint::ReportFormat& format : stacklint::ReportFormats()) {
    std::ostringstream out;
    format.write(input, out);
    if (format.step_summary != nullptr) format.step_summary(input, out);
  }
  CheckFixProperties(engine, text, results.diagnostics);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const stacklint::Engine engine(Catalog(), stacklint::EngineOptions{});
  ReportEverything(engine, std::string(reinterpret_cast<const char*>(data), size));
  return 0;
}
