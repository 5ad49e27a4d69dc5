#include "engine.h"

#include <re2/re2.h>

#include <algorithm>

#include "check_schema.h"
#include "stack_model.h"

namespace stacklint {
namespace {

// A walked file whose YAML is broken is reported only when it seems meant as a stack file,
// so a repository's Helm templates and other not-quite-YAML files do not flood the report.
bool MentionsStackKeys(const std::string& text) {
  static const RE2 kStackKey(R"((?m)^\s*(stack_name|spec_type|components|zenml_version)\s*:)");
  return RE2::PartialMatch(text, kStackKey);
}

}  // namespace

Engine::Engine(const RuleCatalog& catalog, EngineOptions options)
    : catalog_(catalog), options_(options), checks_(BuiltinChecks(catalog)) {
  for (const auto& check : checks_) {
    if (auto* schema = dynamic_cast<const SchemaCheck*>(check.get())) {
      setup_errors_.insert(setup_errors_.end(), schema->errors().begin(), schema->errors().end());
    }
  }
}

std::vector<Diagnostic> Engine::Lint(const SourceFile& source, bool named,
                                     std::vector<Range>* secrets) const {
  std::vector<Diagnostic> out;
  LintContext ctx(source, catalog_, options_.zenml_version, &out, secrets);
  const std::string& text = source.text();
  bool relevant = named || MentionsStackKeys(text);

  if (text.size() > options_.max_file_size) {
    if (relevant) {
      ctx.Report("SL007", source.RangeOf(0, 0),
                 {{"detail", "file is larger than " + std::to_string(options_.max_file_size) +
                                 " bytes (--max-file-size)"}});
    }
    return out;
  }
  if (text.find('\0') != std::string::npos) {
    if (named) {
      size_t at = text.find('\0');
      ctx.Report("SL001", source.RangeOf(at, at),
                 {{"detail", "file contains NUL bytes: not YAML text"}});
    }
    return out;
  }

  std::unique_ptr<YamlTree> tree = LoadYaml(source, options_.limits);
  if (tree->error && relevant) {
    const LoadError& error = *tree->error;
    bool limit = error.kind == LoadError::Kind::kLimit;
    ctx.Report(limit ? "SL007" : "SL001", error.range, {{"detail", error.message}});
  }
  std::vector<StackDocument> documents = FindStackDocuments(*tree);
  if (documents.empty()) {
    if (named && !tree->error) {
      ctx.Report("SL003", source.RangeOf(0, 0), {}, tree->documents.empty() ? "empty" : "");
    }
    std::sort(out.begin(), out.end(), DiagnosticLess);
    return out;
  }
  if (!tree->error || tree->error->kind != LoadError::Kind::kLimit) {
    for (const DuplicateKey& duplicate : tree->duplicates) {
      ctx.Report("SL002", duplicate.second->range,
                 {{"key", duplicate.second->value},
                  {"first_line", std::to_string(duplicate.first->range.begin.line)}});
    }
    for (const StackDocument& doc : documents) {
      for (const auto& check : checks_) check->Run(doc, ctx);
    }
  }
  std::sort(out.begin(), out.end(), DiagnosticLess);
  return out;
}

}  // namespace stacklint
