// libFuzzer target over the whole pipeline: load, every rule, the fixer, and every reporter.
// Build and run with scripts/fuzz.sh (clang, -fsanitize=fuzzer,address,undefined).
#include <cstddef>
#include <cstdint>
#include <memory>
#include <sstream>
#include <string>

#include "engine.h"
#include "fixer.h"
#include "lint_results.h"
#include "report_github.h"
#include "report_json.h"
#include "report_junit.h"
#include "report_sarif.h"
#include "report_text.h"
#include "rule_catalog.h"

namespace {

const stacklint::RuleCatalog& Catalog() {
  static const stacklint::RuleCatalog catalog = [] {
    std::vector<std::string> errors;
    stacklint::RuleCatalog loaded = stacklint::RuleCatalog::Load({}, &errors);
    if (!errors.empty()) __builtin_trap();  // the built-in data must always load
    return loaded;
  }();
  return catalog;
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
  std::ostringstream out;
  stacklint::WriteText(results, stacklint::TextOptions{}, out);
  static const stacklint::RuleCatalog no_rules;  // the rules' metadata is constant: skip its cost
  stacklint::WriteSarif(results, no_rules, out);
  stacklint::WriteJson(results, out);
  stacklint::WriteGithub(results, out);
  stacklint::WriteGithubSummary(results, out);
  stacklint::WriteJunit(results, out);
  stacklint::FixResult fixed = stacklint::ApplyFixes(text, results.diagnostics, true);
  if (fixed.applied > 0) {
    stacklint::SourceFile again("fuzz.yaml", fixed.text);
    engine.Lint(again, stacklint::FileContext{true, {}});
    (void)stacklint::UnifiedDiff("fuzz.yaml", text, fixed.text);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const stacklint::Engine engine(Catalog(), stacklint::EngineOptions{});
  ReportEverything(engine, std::string(reinterpret_cast<const char*>(data), size));
  return 0;
}
