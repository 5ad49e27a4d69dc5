#include "engine.h"

#include <re2/re2.h>

#include <algorithm>

#include "check_schema.h"
#include "stack_model.h"
#include "suppression.h"
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

std::string WithoutNulBytes(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c != '\0') out += c;
  }
  return out;
}

// Gives each finding its YAML path and a fingerprint that survives lines moving: the rule, the
// file, the YAML path and the flagged text (left out where it holds a secret: a short password's
// hash could be reversed).
void Fingerprint(const SourceFile& source, const YamlTree& tree, const std::vector<Range>& secrets,
                 std::vector<Diagnostic>* out) {
  if (out->empty()) return;
  std::unordered_map<size_t, std::string> paths = IndexYamlPaths(tree);
  for (Diagnostic& d : *out) {
    auto it = paths.find(d.range.begin_offset);
    if (it != paths.end()) d.yaml_path = it->second;
    std::string_view text =
        std::string_view(source.text())
            .substr(d.range.begin_offset, d.range.end_offset - d.range.begin_offset);
    bool holds_secret = std::any_of(secrets.begin(), secrets.end(), [&](const Range& secret) {
      return secret.begin_offset < d.range.end_offset && d.range.begin_offset < secret.end_offset;
    });
    if (d.rule_id == "SEC301" || holds_secret) text = {};
    d.fingerprint =
        StableHash(d.rule_id + '\0' + d.path + '\0' + d.yaml_path + '\0' + std::string(text));
  }
}

}  // namespace

bool RuleFilter::Enabled(const RuleInfo& rule) const {
  auto matches = [&](const std::string& entry) { return rule.MatchedBy(entry); };
  if (!select.empty() && std::none_of(select.begin(), select.end(), matches)) return false;
  return std::none_of(ignore.begin(), ignore.end(), matches);
}

std::vector<std::string> RuleFilter::Unknown(const RuleCatalog& catalog) const {
  std::vector<std::string> unknown;
  for (const auto* list : {&select, &ignore}) {
    for (const std::string& entry : *list) {
      bool known = std::any_of(catalog.rules().begin(), catalog.rules().end(),
                               [&](const RuleInfo& rule) { return rule.MatchedBy(entry); });
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

bool Engine::Enabled(const std::string& rule_id, const FileContext& file) const {
  const RuleInfo* rule = catalog_.FindRule(rule_id);
  if (rule == nullptr || !options_.rules.Enabled(*rule)) return false;
  return std::none_of(file.ignore.begin(), file.ignore.end(),
                      [&](const std::string& entry) { return rule->MatchedBy(entry); });
}

std::vector<Diagnostic> Engine::Lint(const SourceFile& source, const FileContext& file,
                                     std::vector<Range>* secrets) const {
  std::vector<Diagnostic> out;
  std::vector<Range> own_secrets;  // the fingerprints need them even when the caller does not
  if (secrets == nullptr) secrets = &own_secrets;
  LintContext ctx(source, catalog_, options_.zenml_version, &out, secrets);
  std::unique_ptr<YamlTree> tree = RunChecks(source, file.named, ctx);
  std::erase_if(out, [&](const Diagnostic& d) { return !Enabled(d.rule_id, file); });
  for (Diagnostic& d : out) {
    if (auto it = options_.severity.find(d.rule_id); it != options_.severity.end()) {
      d.severity = it->second;
    }
  }
  ApplySuppressions(source, file, ctx, &out);
  if (tree) Fingerprint(source, *tree, *secrets, &out);
  std::sort(out.begin(), out.end(), DiagnosticLess);
  return out;
}

void Engine::ApplySuppressions(const SourceFile& source, const FileContext& file, LintContext& ctx,
                               std::vector<Diagnostic>* out) const {
  std::vector<Suppression> suppressions = FindSuppressions(source);
  if (suppressions.empty()) return;
  std::vector<Diagnostic> findings = std::move(*out);
  out->clear();
  for (const Suppression& s : suppressions) {
    std::vector<std::string> used, unused;
    for (const std::string& entry : s.rules) {
      const RuleInfo* rule = nullptr;
      for (const RuleInfo& candidate : catalog_.rules()) {
        if (candidate.MatchedBy(entry)) rule = &candidate;
      }
      bool silenced = false;
      for (Diagnostic& d : findings) {
        const RuleInfo* fired = catalog_.FindRule(d.rule_id);
        bool on_target = s.whole_file || d.range.begin.line == s.TargetLine();
        if (fired && on_target && fired->MatchedBy(entry)) {
          d.suppressed = s.reason;
          silenced = true;
        }
      }
      if (silenced)
        used.push_back(entry);
      else if (rule == nullptr || Enabled(rule->id, file))
        unused.push_back(entry);
    }
    if (unused.empty() || !Enabled("SL010", file)) continue;
    Edit edit = used.empty() ? Edit{s.removal, ""} : Edit{s.list, Join(used, ", ")};
    ctx.Report("SL010", s.comment,
               {{"rules", Join(unused, ", ")}, {"kind", s.whole_file ? "ignore-file" : "ignore"}},
               used.empty() ? "" : "partly", {edit});
  }
  std::move(findings.begin(), findings.end(), std::back_inserter(*out));
}

std::unique_ptr<YamlTree> Engine::RunChecks(const SourceFile& source, bool named,
                                            LintContext& ctx) const {
  const std::string& text = source.text();
  // UTF-16 and NUL-holding files are sniffed without their NUL bytes (ASCII keys in UTF-16 are
  // one NUL apart), so a walked stack saved as UTF-16 is reported, not skipped.
  bool binary = text.find('\0') != std::string::npos || StartsWith(text, "\xFF\xFE") ||
                StartsWith(text, "\xFE\xFF");
  bool relevant = named || MentionsStackKeys(binary ? WithoutNulBytes(text) : text);
  if (text.size() > options_.max_file_size) {
    if (relevant) {
      ctx.Report("SL007", source.RangeOf(0, 0),
                 {{"detail", "file is larger than " + std::to_string(options_.max_file_size) +
                                 " bytes (raise with --max-file-size)"}});
    }
    return nullptr;
  }
  if (StartsWith(text, "\xFF\xFE") || StartsWith(text, "\xFE\xFF")) {
    if (relevant) {
      ctx.Report("SL001", source.RangeOf(0, 0),
                 {{"detail",
                   "file is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8"}});
    }
    return nullptr;
  }
  if (size_t nul = text.find('\0'); nul != std::string::npos) {
    if (relevant) {
      bool utf16 = nul < 2 && text.size() > 3 && (text[0] == '\0') != (text[1] == '\0');
      ctx.Report("SL001", source.RangeOf(nul, nul),
                 {{"detail", utf16 ? "file looks UTF-16 (a NUL byte beside each ASCII one, no "
                                     "byte order mark); save it as UTF-8"
                                   : "file contains NUL bytes: not YAML text"}});
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
  // Documents completed before a syntax error or a bound are checked; only the rest is not.
  for (const DuplicateKey& duplicate : tree->duplicates) {
    ctx.Report("SL002", duplicate.second->range,
               {{"key", duplicate.second->value},
                {"first_line", std::to_string(duplicate.first->range.begin.line)}});
  }
  for (const LoadError& unloadable : tree->unloadable) {
    ctx.Report("SL001", unloadable.range, {{"detail", unloadable.message}}, "unloadable");
  }
  for (const StackDocument& doc : documents) {
    for (const auto& check : checks_) check->Run(doc, ctx);
  }
  return tree;
}

}  // namespace stacklint
