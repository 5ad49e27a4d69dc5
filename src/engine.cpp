#include "engine.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <iterator>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "fixer.h"
#include "stack_model.h"
#include "stack_sniff.h"
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

// Gives the findings out[first...] the YAML paths of the nodes they point at in `root`, the
// `index`th document (the paths of the other nodes are never built).
void SetYamlPaths(const Node& root, size_t index, size_t first, std::vector<Diagnostic>* out) {
  std::unordered_set<size_t> offsets;
  for (size_t i = first; i < out->size(); ++i) offsets.insert((*out)[i].range.begin_offset);
  std::unordered_map<size_t, std::string> paths = FindYamlPaths(root, index, offsets);
  for (size_t i = first; i < out->size(); ++i) {
    auto it = paths.find((*out)[i].range.begin_offset);
    if (it != paths.end()) (*out)[i].yaml_path = it->second;
  }
}

// Gives each finding a fingerprint that survives lines moving: the rule, the file, the YAML path
// and the flagged text (left out where it holds a secret: a short password's hash could be
// reversed).
void Fingerprint(const SourceFile& source, const std::vector<Range>& secrets,
                 std::vector<Diagnostic>* out) {
  for (Diagnostic& d : *out) {
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
    std::vector<Problem> problems = check->SetupProblems();
    setup_problems_.insert(setup_problems_.end(), problems.begin(), problems.end());
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
  std::optional<LoadedFile> loaded;
  std::vector<Diagnostic> out = LintOnce(source, file, secrets, &loaded);
  // Fix verification (fixer.h) judges each fix by linting the fixed text: this engine's
  // unverified lint, passed as an explicit call.
  VerifyFixes(
      source, loaded ? &loaded->aliases : nullptr,
      [&](const SourceFile& fixed) { return LintOnce(fixed, file, nullptr, nullptr); }, &out);
  return out;
}

std::vector<Diagnostic> Engine::LintOnce(const SourceFile& source, const FileContext& file,
                                         std::vector<Range>* secrets,
                                         std::optional<LoadedFile>* loaded_out) const {
  std::vector<Diagnostic> out;
  std::vector<Range> own_secrets;  // the fingerprints need them even when the caller does not
  if (secrets == nullptr) secrets = &own_secrets;
  LintContext ctx(source, catalog_, options_.zenml_version, &out, secrets);
  std::optional<LoadedFile> loaded = RunChecks(source, file.named, ctx, &out);
  std::erase_if(out, [&](const Diagnostic& d) { return !Enabled(d.rule_id, file); });
  for (Diagnostic& d : out) {
    if (auto it = options_.severity.find(d.rule_id); it != options_.severity.end()) {
      d.severity = it->second;
    }
  }
  const LoadedFile* file_facts = loaded ? &*loaded : nullptr;
  ApplySuppressions(source, file, file_facts, ctx, &out);
  if (loaded) Fingerprint(source, *secrets, &out);
  std::sort(out.begin(), out.end(), DiagnosticLess);
  if (loaded_out) *loaded_out = std::move(loaded);
  return out;
}

void Engine::ApplySuppressions(const SourceFile& source, const FileContext& file,
                               const LoadedFile* loaded, LintContext& ctx,
                               std::vector<Diagnostic>* out) const {
  std::vector<Suppression> suppressions =
      FindSuppressions(source, loaded ? loaded->scalars : std::vector<Range>{});
  if (suppressions.empty()) return;
  // Where the file did not load to its end (NUL bytes, UTF-16, a syntax error, a bound), scalars
  // past that point are unknown, so a `#` there may be string text: such comments still silence
  // findings, but none is reported as unused or malformed (SL010's fix would edit the string).
  bool comments_known = loaded != nullptr && loaded->complete;
  std::vector<Diagnostic> findings = std::move(*out);
  out->clear();
  // A finding reached through an alias is also on the lines where the alias is used.
  std::unordered_multimap<int, const Range*> aliased_on_line;
  if (loaded != nullptr) {
    for (const AliasUse& use : loaded->aliases)
      aliased_on_line.emplace(use.range.begin.line, &use.target);
  }
  auto on_line = [&](const Diagnostic& d, int line) {
    if (d.range.begin.line == line) return true;
    auto [first, last] = aliased_on_line.equal_range(line);
    for (auto it = first; it != last; ++it) {
      if (it->second->begin_offset <= d.range.begin_offset &&
          d.range.begin_offset <= it->second->end_offset)
        return true;
    }
    return false;
  };
  for (Suppression& s : suppressions) {
    if (!s.problem.empty()) {
      if (comments_known && Enabled("SL010", file))
        ctx.Report("SL010", s.comment, {{"kind", s.kind}}, s.problem);
      continue;
    }
    std::vector<std::string> used, unused, unknown;
    for (std::string& entry : s.rules) {
      const RuleInfo* rule = nullptr;
      std::string upper = entry;  // IDs and names in any case
      for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      for (const std::string& form : {entry, upper, ToLower(entry)}) {
        for (const RuleInfo& candidate : catalog_.rules()) {
          if (rule == nullptr && candidate.MatchedBy(form)) rule = &candidate, entry = form;
        }
      }
      if (rule == nullptr) {
        unknown.push_back(entry);
        continue;
      }
      bool silenced = false;
      for (Diagnostic& d : findings) {
        const RuleInfo* fired = catalog_.FindRule(d.rule_id);
        bool on_target = s.whole_file || on_line(d, s.TargetLine());
        if (fired && on_target && fired->MatchedBy(entry)) {
          d.suppressed = s.reason;
          silenced = true;
        }
      }
      if (silenced)
        used.push_back(entry);
      else if (Enabled(rule->id, file))
        unused.push_back(entry);
    }
    if (!comments_known || !Enabled("SL010", file)) continue;
    std::string kind = s.whole_file ? "ignore-file" : "ignore";
    if (!unknown.empty())
      ctx.Report("SL010", s.comment, {{"rules", Join(unknown, ", ")}, {"kind", kind}},
                 "unknown_id");
    if (unused.empty()) continue;
    bool keep = !used.empty() || !unknown.empty();
    std::vector<std::string> kept = used;
    kept.insert(kept.end(), unknown.begin(), unknown.end());
    Edit edit = keep ? Edit{s.list, Join(kept, ", ")} : Edit{s.removal, ""};
    ctx.Report("SL010", s.comment, {{"rules", Join(unused, ", ")}, {"kind", kind}},
               keep ? "partly" : "", {edit});
  }
  std::move(findings.begin(), findings.end(), std::back_inserter(*out));
}

std::optional<Engine::LoadedFile> Engine::RunChecks(const SourceFile& source, bool named,
                                                    LintContext& ctx,
                                                    std::vector<Diagnostic>* findings) const {
  const std::string& text = source.text();
  // A walked file that cannot hold a stack would get no finding: it is not parsed.
  if (!named && !MayHoldStack(text)) return std::nullopt;
  // UTF-16 and NUL-holding files are sniffed without their NUL bytes (ASCII keys in UTF-16 are
  // one NUL apart), so a walked stack saved as UTF-16 is reported, not skipped.
  bool binary = text.find('\0') != std::string::npos || StartsWith(text, "\xFF\xFE") ||
                StartsWith(text, "\xFE\xFF");
  // Asked only when something is to be reported (its regex is not compiled for a clean file).
  auto relevant = [&] { return named || MentionsStackKeys(binary ? WithoutNulBytes(text) : text); };
  if (text.size() > options_.max_file_size) {
    if (relevant()) {
      ctx.Report("SL007", source.RangeOf(0, 0),
                 {{"detail", "file is larger than " + std::to_string(options_.max_file_size) +
                                 " bytes (raise with --max-file-size)"}});
    }
    return std::nullopt;
  }
  if (StartsWith(text, "\xFF\xFE") || StartsWith(text, "\xFE\xFF")) {
    if (relevant()) {
      ctx.Report("SL001", source.RangeOf(0, 0),
                 {{"detail",
                   "file is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8"}});
    }
    return std::nullopt;
  }
  if (size_t nul = text.find('\0'); nul != std::string::npos) {
    if (relevant()) {
      bool utf16 = nul < 2 && text.size() > 3 && (text[0] == '\0') != (text[1] == '\0');
      ctx.Report("SL001", source.RangeOf(nul, nul),
                 {{"detail", utf16 ? "file looks UTF-16 (a NUL byte beside each ASCII one, no "
                                     "byte order mark); save it as UTF-8"
                                   : "file contains NUL bytes: not YAML text"}});
    }
    return std::nullopt;
  }

  // Each document is checked as soon as it is read and then dropped (LoadYaml's sink), so memory
  // is that of one document: anchors and aliases never cross documents. Documents completed
  // before a syntax error or a bound are checked; only the rest is not. Duplicate keys and
  // unloadable values are reported only in a file that holds a stack.
  LoadedFile loaded;
  bool may_suppress = MayHoldSuppression(text);  // else no scalar range is ever asked for
  auto keep = [&](const YamlTree& tree) {
    loaded.aliases.insert(loaded.aliases.end(), tree.aliases.begin(), tree.aliases.end());
    if (!may_suppress) return;
    std::vector<Range> scalars = tree.ScalarRanges(source);  // documents come in text order
    loaded.scalars.insert(loaded.scalars.end(), scalars.begin(), scalars.end());
  };
  auto report_load_problems = [&](const YamlTree& tree) {
    for (const DuplicateKey& duplicate : tree.duplicates) {
      ctx.Report("SL002", duplicate.second->range,
                 {{"key", duplicate.second->value},
                  {"first_line", std::to_string(duplicate.first->range.begin.line)}});
    }
    for (const LoadError& unloadable : tree.unloadable) {
      ctx.Report("SL001", unloadable.range, {{"detail", unloadable.message}}, "unloadable");
    }
  };
  std::vector<Diagnostic>& out = *findings;
  std::vector<Diagnostic> load_problems;  // held back until a stack is found
  size_t documents = 0, stacks = 0;
  auto check_document = [&](const YamlTree& tree) {
    keep(tree);
    size_t first = out.size();
    report_load_problems(tree);
    size_t first_check = out.size();
    for (const StackDocument& doc : FindStackDocuments(tree)) {
      ++stacks;
      for (const auto& check : checks_) check->Run(doc, ctx);
    }
    SetYamlPaths(*tree.documents.back().root, documents++, first, &out);
    std::move(out.begin() + first, out.begin() + first_check, std::back_inserter(load_problems));
    out.erase(out.begin() + first, out.begin() + first_check);
  };
  std::unique_ptr<YamlTree> tree = LoadYaml(source, options_.limits, check_document);
  keep(*tree);  // what a document cut short by an error had begun
  loaded.complete = !tree->error;
  if (tree->error && relevant()) {
    const LoadError& error = *tree->error;
    bool limit = error.kind == LoadError::Kind::kLimit;
    ctx.Report(limit ? "SL007" : "SL001", error.range, {{"detail", error.message}});
  }
  if (stacks == 0) {
    if (named && !tree->error) {
      ctx.Report("SL003", source.RangeOf(0, 0), {}, documents == 0 ? "empty" : "");
    }
    return loaded;
  }
  std::move(load_problems.begin(), load_problems.end(), std::back_inserter(out));
  report_load_problems(*tree);  // those of a document cut short by an error (no YAML path)
  return loaded;
}

}  // namespace stacklint
