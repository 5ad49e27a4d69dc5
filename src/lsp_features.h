// The language server's answers built from one lint of a document: diagnostics, code actions
// (a quick fix per fixable finding, a suppression comment, fix-all) and hover text. Pure
// functions of the lint and the text; JSON shapes are LSP 3.17's.
#ifndef STACKLINT_LSP_FEATURES_H_
#define STACKLINT_LSP_FEATURES_H_

#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "lsp_convert.h"
#include "lsp_workspace.h"

namespace stacklint {

inline constexpr const char* kFixAllKind = "source.fixAll.stacklint";

/// An LSP Range for bytes [begin, end).
nlohmann::json RangeJson(const TextIndex& index, size_t begin, size_t end);

/// The findings to show (suppressed ones are left out), as LSP Diagnostics.
nlohmann::json DiagnosticsJson(const LintOutcome& lint, const TextIndex& index);

/// Re-lints a candidate text (to verify an edit before offering it).
using Relint = std::function<LintOutcome(const std::string& text)>;

struct CodeActionRequest {
  std::string uri;
  int64_t version = 0;
  bool document_changes = false;  ///< the client takes versioned TextDocumentEdits
  size_t begin = 0, end = 0;      ///< the requested range, in bytes
  std::vector<std::string> only;  ///< CodeActionContext.only; empty: every kind
};

/// Quick fixes for the findings the range touches, suppression comments, and fix-all.
nlohmann::json CodeActions(const LintOutcome& lint, const TextIndex& index,
                           const CodeActionRequest& request, const Relint& relint);

/// Markdown (or plain text) about the findings at byte `offset`, or null.
nlohmann::json Hover(const LintOutcome& lint, const TextIndex& index, size_t offset, bool markdown);

}  // namespace stacklint

#endif  // STACKLINT_LSP_FEATURES_H_
