#include "lsp_capabilities.h"

#include <algorithm>

#include "lsp_features.h"

namespace stacklint {

using json = nlohmann::json;

ClientCaps ReadClientCaps(const json& params) {
  ClientCaps client;
  const json caps = params.value("capabilities", json::object());
  json encodings = caps.value("/general/positionEncodings"_json_pointer, json::array());
  for (const char* wanted : {"utf-8", "utf-32"}) {  // in order of preference; else UTF-16
    if (!encodings.is_array() || client.encoding != PositionEncoding::kUtf16) break;
    for (const json& offered : encodings) {
      if (offered == wanted)
        client.encoding =
            std::string(wanted) == "utf-8" ? PositionEncoding::kUtf8 : PositionEncoding::kUtf32;
    }
  }
  json formats = caps.value("/textDocument/hover/contentFormat"_json_pointer, json::array());
  client.markdown =
      formats.is_array() && std::find(formats.begin(), formats.end(), "markdown") != formats.end();
  client.document_changes =
      caps.value("/workspace/workspaceEdit/documentChanges"_json_pointer, json(false)) == true;
  client.watch_registration =
      caps.value("/workspace/didChangeWatchedFiles/dynamicRegistration"_json_pointer,
                 json(false)) == true;
  json root = params.value("rootUri", json());
  json folders = params.value("workspaceFolders", json());
  if (folders.is_array() && !folders.empty() && folders[0].is_object())
    root = folders[0].value("uri", json());
  if (root.is_string()) client.root = FileUriToPath(root.get<std::string>());
  return client;
}

json InitializeResult(const ClientCaps& client) {
  json capabilities = {
      {"positionEncoding", EncodingName(client.encoding)},
      {"textDocumentSync",
       {{"openClose", true}, {"change", 2}, {"save", {{"includeText", false}}}}},
      {"codeActionProvider",
       {{"codeActionKinds", json::array({"quickfix", kFixAllKind})}, {"resolveProvider", false}}},
      {"hoverProvider", true}};
  return {{"capabilities", capabilities},
          {"serverInfo", {{"name", "stacklint"}, {"version", STACKLINT_VERSION}}}};
}

}  // namespace stacklint
