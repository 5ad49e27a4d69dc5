#include "engine.h"

#include <re2/re2.h>

#include <algorithm>

#include "check_schema.h"
#include "stack_model.h"
#include "text_util.h"
#include "yaml_path.h"

namespace stacklint {
namespace {

// A walked file whose YAML is broken is reported only when it seems meant as a stack file,
// so a repository's Helm templates and other not-quite-YAML files do not flood the report.
bool MentionsStackKeys(const std::string& text) {
  static const RE2 kStackKey(R"((?m)^\s*(stack_name|spec_type|components|zenml_version)\s*:)");
  return RE2::PartialMatch(text, kStackKey);
}

// An entry is a rule ID, an ID prefix ("CR1", "SEC") or a rule name.
bool Matches(const std::string& entry, const RuleInfo& rule) {
  return !entry.empty() && (rule.name == entry || StartsWith(rule.id, entry));
}

// Gives each finding its YAML path and a fingerprint that survives lines moving: the rule, the
// file, the YAML path and the flagged text (left out for secrets).
void Fingerprint(const SourceFile& source, const YamlTree& tree, std::vector<Diagnostic>* out) {
  if (out->empty()) return;
  std::unordered_map<size_t, std::string> paths = IndexYamlPaths(tree);
  for (Diagnostic& d : *out) {
    auto it = paths.find(d.range.begin_offset);
    if (it != paths.end()) d.yaml_path = it->second;
    std::string_view text =
        std::string_view(source.text())
            .substr(d.range.begin_offset, d.range.end_offset - d.range.begin_offset);
    if (d.rule_id == "SEC301") text = {};
    d.fingerprint =
        StableHash(d.rule_id + '\0' + d.path + '\0' + d.yaml_path + '\0' + std::string(text));
  }
}

}  // namespace

bool RuleFilter::Enabled(const RuleInfo& rule) const {
  auto matches = [&](const std::string& entry) { return Matches(entry, rule); };
  if (!select.empty() && std::none_of(select.begin(), select.end(), matches)) return false;
  return std::none_of(ignore.begin(), ignore.end(), matches);
}

std::vector<std::string> RuleFilter::Unknown(const RuleCatalog& catalog) const {
  std::vector<std::string> unknown;
  for (const auto* list : {&select, &ignore}) {
    for (const std::string& entry : *list) {
      bool known = std::any_of(catalog.rules().begin(), catalog.rules().end(),
                               [&](const RuleInfo& rule) { return Matches(entry, rule); });
      if (!known) unknown.push_back(entry);
    }
  }
  return unknown;
}

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
  std::unique_ptr<YamlTree> tree = RunChecks(source, named, ctx);
  std::erase_if(out, [&](const Diagnostic& d) {
    const RuleInfo* rule = catalog_.FindRule(d.rule_id);
    return rule == nullptr || !options_.rules.Enabled(*rule);
  });
  if (tree) Fingerprint(source, *tree, &out);
  std::sort(out.begin(), out.end(), DiagnosticLess);
  return out;
}

std::unique_ptr<YamlTree> Engine::RunChecks(const SourceFile& source, bool named,
                                            LintContext& ctx) const {
  const std::string& text = source.text();
  bool relevant = named || MentionsStackKeys(text);
  if (text.size() > options_.max_file_size) {
    if (relevant) {
      ctx.Report("SL007", source.RangeOf(0, 0),
                 {{"detail", "file is larger than " + std::to_string(options_.max_file_size) +
                                 " bytes (--max-file-size)"}});
    }
    return nullptr;
  }
  if (size_t nul = text.find('\0'); nul != std::string::npos) {
    if (named) {
      ctx.Report("SL001", source.RangeOf(nul, nul),
                 {{"detail", "file contains NUL bytes: not YAML text"}});
    }
    return nullptr;
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
    return tree;
  }
  if (tree->error && tree->error->kind == LoadError::Kind::kLimit) return tree;
  for (const DuplicateKey& duplicate : tree->duplicates) {
    ctx.Report("SL002", duplicate.second->range,
               {{"key", duplicate.second->value},
                {"first_line", std::to_string(duplicate.first->range.begin.line)}});
  }
  for (const StackDocument& doc : documents) {
    for (const auto& check : checks_) check->Run(doc, ctx);
  }
  return tree;
}

}  // namespace stacklint
