#include "lsp_features.h"

#include <algorithm>

#include "fixer.h"
#include "suppression.h"
#include "text_util.h"

namespace stacklint {
namespace {

using json = nlohmann::json;

constexpr int kMaxFixRounds = 10;  // as `check --fix`: a fix may enable the next
constexpr size_t kMinMaskedSecret = 3;

bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Messages never echo a secret; this masks any text SEC301 found in case one holds it anyway.
std::string MaskSecrets(std::string text, const LintOutcome& lint) {
  const std::string& source = lint.source->text();
  for (const Range& secret : lint.secrets) {
    if (secret.end_offset > source.size() || secret.end_offset <= secret.begin_offset) continue;
    std::string value = source.substr(secret.begin_offset, secret.end_offset - secret.begin_offset);
    if (value.size() < kMinMaskedSecret) continue;
    for (size_t at = text.find(value); at != std::string::npos; at = text.find(value, at + 4))
      text.replace(at, value.size(), "****");
  }
  return text;
}

int SeverityNumber(Severity severity) {
  switch (severity) {
    case Severity::kError:
      return 1;
    case Severity::kWarning:
      return 2;
    case Severity::kNote:
      return 3;  // Information
  }
  return 1;
}

std::vector<const Diagnostic*> Visible(const LintOutcome& lint) {
  std::vector<const Diagnostic*> out;
  for (const Diagnostic& d : lint.diagnostics) {
    if (!d.suppressed) out.push_back(&d);
  }
  return out;
}

json DiagnosticJson(const Diagnostic& d, const LintOutcome& lint, const TextIndex& index) {
  json out = {{"range", RangeJson(index, d.range.begin_offset, d.range.end_offset)},
              {"severity", SeverityNumber(d.severity)},
              {"code", d.rule_id},
              {"source", "stacklint"},
              {"message", MaskSecrets(d.message, lint)}};
  const RuleInfo* rule = lint.catalog ? lint.catalog->FindRule(d.rule_id) : nullptr;
  if (rule && !rule->HelpUri().empty()) out["codeDescription"] = {{"href", rule->HelpUri()}};
  return out;
}

json TextEditJson(const TextIndex& index, size_t begin, size_t end, const std::string& text) {
  return {{"range", RangeJson(index, begin, end)}, {"newText", text}};
}

json WorkspaceEdit(const CodeActionRequest& request, json edits) {
  if (request.document_changes) {
    json document = {{"uri", request.uri}, {"version", request.version}};
    return {{"documentChanges", json::array({{{"textDocument", document}, {"edits", edits}}})}};
  }
  return {{"changes", {{request.uri, edits}}}};
}

bool KindWanted(const std::vector<std::string>& only, const std::string& kind) {
  if (only.empty()) return true;
  return std::any_of(only.begin(), only.end(), [&](const std::string& wanted) {
    return kind == wanted || kind.rfind(wanted + ".", 0) == 0;
  });
}

size_t Count(const LintOutcome& lint, const std::string& rule_id) {
  return std::count_if(lint.diagnostics.begin(), lint.diagnostics.end(),
                       [&](const Diagnostic& d) { return !d.suppressed && d.rule_id == rule_id; });
}

json QuickFix(const Diagnostic& d, const LintOutcome& lint, const TextIndex& index,
              const CodeActionRequest& request) {
  json edits = json::array();
  for (const Edit& edit : d.fix->edits) {
    edits.push_back(
        TextEditJson(index, edit.range.begin_offset, edit.range.end_offset, edit.replacement));
  }
  std::string title = "stacklint (" + d.rule_id + "): " + MaskSecrets(d.fix->title, lint);
  if (!d.fix->safe) title += " (unsafe fix)";
  return {{"title", title},
          {"kind", "quickfix"},
          {"diagnostics", json::array({DiagnosticJson(d, lint, index)})},
          {"isPreferred", d.fix->safe},
          {"edit", WorkspaceEdit(request, std::move(edits))}};
}

// Candidate edits that add `rule_id` to a suppression on the finding's line: into an existing
// comment that covers the line, else a comment line above it, else one at the end of the line.
std::vector<Edit> SuppressionEdits(const SourceFile& source, const Diagnostic& d) {
  std::vector<Edit> out;
  int line = d.range.begin.line;
  for (const Suppression& s : FindSuppressions(source)) {
    if (s.whole_file || s.TargetLine() != line) continue;
    bool empty = Trim(std::string_view(source.text())
                          .substr(s.list.begin_offset, s.list.end_offset - s.list.begin_offset))
                     .empty();
    out.push_back(
        empty ? Edit{s.list, d.rule_id}
              : Edit{source.RangeOf(s.list.end_offset, s.list.end_offset), ", " + d.rule_id});
  }
  std::string comment = "# stacklint: ignore[" + d.rule_id + "] reason";
  std::string_view text = source.LineText(line);
  size_t start = source.LineStart(line);
  size_t indent = text.find_first_not_of(" \t");
  if (indent == std::string_view::npos) indent = text.size();
  std::string_view rest = std::string_view(source.text()).substr(start + text.size());
  std::string newline = rest.rfind("\r\n", 0) == 0 ? "\r\n" : "\n";
  out.push_back(
      Edit{source.RangeOf(start, start), std::string(text.substr(0, indent)) + comment + newline});
  size_t end = start + text.size();
  out.push_back(Edit{source.RangeOf(end, end), "  " + comment});
  return out;
}

std::string ApplyEdit(const std::string& text, const Edit& edit) {
  std::string out = text;
  out.replace(edit.range.begin_offset, edit.range.end_offset - edit.range.begin_offset,
              edit.replacement);
  return out;
}

bool HasSyntaxError(const LintOutcome& lint) {
  return Count(lint, "SL001") > 0 || Count(lint, "SL007") > 0;
}

// The first candidate that silences the finding and keeps the YAML well-formed, as an action.
std::optional<json> IgnoreAction(const Diagnostic& d, const LintOutcome& lint,
                                 const TextIndex& index, const CodeActionRequest& request,
                                 const Relint& relint) {
  if (d.rule_id == "SL001" || d.rule_id == "SL007" || d.rule_id == "SL010") return std::nullopt;
  size_t before = Count(lint, d.rule_id);
  for (const Edit& edit : SuppressionEdits(*lint.source, d)) {
    LintOutcome after = relint(ApplyEdit(lint.source->text(), edit));
    if (Count(after, d.rule_id) >= before || (HasSyntaxError(after) && !HasSyntaxError(lint)))
      continue;
    json edits = json::array(
        {TextEditJson(index, edit.range.begin_offset, edit.range.end_offset, edit.replacement)});
    std::string title = "stacklint (" + d.rule_id + "): ignore it here with `# stacklint: ignore[" +
                        d.rule_id + "]`";
    return json{{"title", title},
                {"kind", "quickfix"},
                {"diagnostics", json::array({DiagnosticJson(d, lint, index)})},
                {"edit", WorkspaceEdit(request, std::move(edits))}};
  }
  return std::nullopt;
}

// Every safe fix, in rounds as `check --fix` applies them; "" when nothing changes.
std::string FixAllText(const LintOutcome& lint, const Relint& relint) {
  std::string text = lint.source->text();
  LintOutcome current = lint;
  bool changed = false;
  for (int round = 0; round < kMaxFixRounds; ++round) {
    FixResult fixed = ApplyFixes(text, current.diagnostics, false);
    if (fixed.applied == 0) break;
    LintOutcome next = relint(fixed.text);
    if (HasSyntaxError(next) && !HasSyntaxError(current)) break;
    text = std::move(fixed.text);
    current = std::move(next);
    changed = true;
  }
  return changed ? text : "";
}

// One TextEdit replacing the part that differs, cut at code point (and CRLF) boundaries.
json MinimalEdit(const TextIndex& index, const std::string& before, const std::string& after) {
  size_t prefix = 0, limit = std::min(before.size(), after.size());
  while (prefix < limit && before[prefix] == after[prefix]) ++prefix;
  auto splits = [](const std::string& s, size_t at) {
    return at > 0 && at < s.size() &&
           (IsContinuation(s[at]) || (s[at - 1] == '\r' && s[at] == '\n'));
  };
  while (prefix > 0 && (splits(before, prefix) || splits(after, prefix))) --prefix;
  size_t suffix = 0;
  while (suffix < limit - prefix &&
         before[before.size() - 1 - suffix] == after[after.size() - 1 - suffix])
    ++suffix;
  while (suffix > 0 &&
         (splits(before, before.size() - suffix) || splits(after, after.size() - suffix)))
    --suffix;
  return TextEditJson(index, prefix, before.size() - suffix,
                      after.substr(prefix, after.size() - suffix - prefix));
}

}  // namespace

json RangeJson(const TextIndex& index, size_t begin, size_t end) {
  LspPosition b = index.PositionAt(begin), e = index.PositionAt(end);
  return {{"start", {{"line", b.line}, {"character", b.character}}},
          {"end", {{"line", e.line}, {"character", e.character}}}};
}

json DiagnosticsJson(const LintOutcome& lint, const TextIndex& index) {
  json out = json::array();
  for (const Diagnostic* d : Visible(lint)) out.push_back(DiagnosticJson(*d, lint, index));
  return out;
}

json CodeActions(const LintOutcome& lint, const TextIndex& index, const CodeActionRequest& request,
                 const Relint& relint) {
  json actions = json::array();
  std::vector<const Diagnostic*> visible = Visible(lint);
  if (KindWanted(request.only, "quickfix")) {
    for (const Diagnostic* d : visible) {
      if (d->range.begin_offset > request.end || d->range.end_offset < request.begin) continue;
      if (d->fix) actions.push_back(QuickFix(*d, lint, index, request));
      if (auto ignore = IgnoreAction(*d, lint, index, request, relint))
        actions.push_back(std::move(*ignore));
    }
  }
  bool any_safe_fix = std::any_of(visible.begin(), visible.end(),
                                  [](const Diagnostic* d) { return d->fix && d->fix->safe; });
  if (any_safe_fix && KindWanted(request.only, kFixAllKind)) {
    std::string fixed = FixAllText(lint, relint);
    if (!fixed.empty()) {
      json edits = json::array({MinimalEdit(index, lint.source->text(), fixed)});
      actions.push_back({{"title", "stacklint: apply every safe fix"},
                         {"kind", kFixAllKind},
                         {"edit", WorkspaceEdit(request, std::move(edits))}});
    }
  }
  return actions;
}

json Hover(const LintOutcome& lint, const TextIndex& index, size_t offset, bool markdown) {
  std::string text;
  const Diagnostic* first = nullptr;
  for (const Diagnostic* d : Visible(lint)) {
    if (offset < d->range.begin_offset || offset > d->range.end_offset) continue;
    const RuleInfo* rule = lint.catalog ? lint.catalog->FindRule(d->rule_id) : nullptr;
    if (rule == nullptr) continue;
    if (!first) first = d;
    if (!text.empty()) text += "\n\n---\n\n";
    text += "**" + rule->id + " " + rule->name + "** (" + std::string(SeverityName(d->severity)) +
            ")\n\n" + MaskSecrets(d->message, lint) + "\n\n" + rule->summary + "\n\n";
    if (!rule->why.empty()) text += rule->why + "\n\n";
    if (!rule->good_example.empty())
      text += "Use instead:\n\n```yaml\n" + rule->good_example + "```\n\n";
    if (!rule->HelpUri().empty())
      text += "[" + rule->id + " documentation](" + rule->HelpUri() + ")";
  }
  if (!first) return nullptr;
  return {{"contents", {{"kind", markdown ? "markdown" : "plaintext"}, {"value", text}}},
          {"range", RangeJson(index, first->range.begin_offset, first->range.end_offset)}};
}

}  // namespace stacklint
