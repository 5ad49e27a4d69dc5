// What the client and the language server can do: read from `initialize`'s params (position
// encodings, hover formats, edit shapes, file watching) and answered in its result.
#ifndef STACKLINT_LSP_CAPABILITIES_H_
#define STACKLINT_LSP_CAPABILITIES_H_

#include <nlohmann/json.hpp>
#include <string>

#include "lsp_convert.h"

namespace stacklint {

struct ClientCaps {
  PositionEncoding encoding = PositionEncoding::kUtf16;  ///< UTF-8 (or UTF-32) when offered
  bool markdown = false;                                 ///< hover may be Markdown
  bool document_changes = false;                         ///< takes versioned TextDocumentEdits
  bool watch_registration = false;                       ///< lets us register file watchers
  std::string root;  ///< a folder to look for a config from for unsaved buffers
};

/// Reads InitializeParams; anything missing or odd keeps its default.
ClientCaps ReadClientCaps(const nlohmann::json& params);

/// The InitializeResult.
nlohmann::json InitializeResult(const ClientCaps& client);

}  // namespace stacklint

#endif  // STACKLINT_LSP_CAPABILITIES_H_
