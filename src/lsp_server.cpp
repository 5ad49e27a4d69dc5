#include "lsp_server.h"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <functional>
#include <istream>
#include <map>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <set>
#include <thread>

#include "lsp_capabilities.h"
#include "lsp_convert.h"
#include "lsp_features.h"
#include "lsp_transport.h"
#include "lsp_workspace.h"

namespace stacklint {
namespace {

using json = nlohmann::json;
using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;

// JSON-RPC and LSP error codes.
enum ErrorCode {
  kParseError = -32700,
  kInvalidRequest = -32600,
  kMethodNotFound = -32601,
  kInvalidParams = -32602,
  kInternalError = -32603,
  kServerNotInitialized = -32002,
  kRequestCancelled = -32800,
};

constexpr size_t kMaxMessage = 64 << 20;  // a 10 MiB document, escaped, fits
// Debouncing: a changed document is linted once it has been still for kQuiet, and no sooner than
// its last lint's duration after that lint ended (linting takes at most half of a core while
// typing goes on), but never later than kMaxWait after its first unlinted change.
constexpr Clock::duration kQuiet = 10ms, kMaxWait = 300ms;

/// One version of an open document; the text is shared, never changed in place.
struct Snapshot {
  std::string uri;
  std::shared_ptr<const std::string> text;
  int64_t version = 0;
  std::string path;  ///< "" unless a file: URI
  bool yaml = true;
};

struct Document {
  Snapshot snapshot;
  Clock::time_point lint_end{};
  Clock::duration lint_time{};
};

/// A lint the worker owes: when it is due, and when the first change it covers came.
struct Pending {
  Clock::time_point due, first;
};

/// A lint of one snapshot with the index its positions are converted with.
struct Cached {
  std::shared_ptr<const std::string> text;
  LintOutcome lint;
  std::unique_ptr<TextIndex> index;
  bool published = false;
  /// Lints of candidate texts (fix-all rounds, suppression comments) by text: editors ask for
  /// code actions at every cursor move, and the candidates of one version are always the same.
  std::map<std::string, LintOutcome, std::less<>> candidates;
};

constexpr size_t kMaxCandidates = 64;

std::string Dump(const json& value) {
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

bool IsYaml(const std::string& uri, const std::string& language) {
  auto ends = [&](std::string_view suffix) {
    return uri.size() >= suffix.size() &&
           uri.compare(uri.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  return language.rfind("yaml", 0) == 0 || ends(".yaml") || ends(".yml");
}

bool IsConfigFile(const std::string& uri) {
  std::string name = std::filesystem::path(FileUriToPath(uri)).filename().string();
  return name == ".stacklint.yaml" || name == ".stacklint.yml";
}

/// Params that parse as JSON but do not fit the method (answered with InvalidParams, as the
/// json::exceptions that nlohmann's typed reads throw are).
struct BadParams : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// An integer field; a float such as 1e30 would be undefined behaviour to convert, so it is refused.
int64_t ReadInteger(const json& value) {
  if (value.is_number_unsigned())
    return static_cast<int64_t>(std::min<uint64_t>(value.get<uint64_t>(), INT64_MAX));
  if (value.is_number_integer()) return value.get<int64_t>();
  throw BadParams("expected an integer, got " + Dump(value).substr(0, 40));
}

int64_t ReadVersion(const json& document) {
  return document.contains("version") && !document["version"].is_null()
             ? ReadInteger(document["version"])
             : 0;
}

LspPosition ReadPosition(const json& position) {
  return {ReadInteger(position.at("line")), ReadInteger(position.at("character"))};
}

class Server {
 public:
  Server(EngineOptions defaults, std::istream& in, std::ostream& out)
      : reader_(in, kMaxMessage), writer_(out), workspace_(std::move(defaults)) {}

  int Run();

 private:
  // Reader thread.
  void Dispatch(const json& message);
  void Request(const json& id, const std::string& method, const json& params);
  void Notification(const std::string& method, const json& params);
  void Open(const json& params);
  void Change(const json& params);
  void Close(const json& params);
  void RelintAll();
  std::optional<Snapshot> Find(const json& params);
  void Schedule(const std::string& uri, bool debounce);  // mutex_ held
  void Enqueue(std::function<void()> job);

  void Send(json message) { writer_.Write(Dump(message)); }
  void Respond(const json& id, json result) {
    Send({{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}});
  }
  void Error(const json& id, int code, const std::string& message) {
    Send({{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}});
  }
  void Notify(const std::string& method, json params) {
    Send({{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}});
  }
  void ShowError(const std::string& message) {
    Notify("window/showMessage", {{"type", 1}, {"message", "stacklint: " + message}});
  }

  // Worker thread.
  void Work();
  void Guarded(const std::function<void()>& work);
  const Cached& LintSnapshot(const Snapshot& snapshot);
  void Publish(const std::string& uri);
  void Answer(const json& id, const std::function<json()>& compute);
  json CodeAction(const Snapshot& snapshot, const json& params);
  json HoverAt(const Snapshot& snapshot, const json& params);

  MessageReader reader_;
  MessageWriter writer_;
  ClientCaps client_;  // written once by initialize, before the worker reads it
  bool initialized_ = false, shutdown_ = false;

  std::mutex mutex_;  // guards what both threads use: the fields below, up to the worker's own
  std::condition_variable wake_;
  std::map<std::string, Document> documents_;
  std::map<std::string, Pending> pending_;  // by uri
  std::deque<std::function<void()>> jobs_;
  std::set<std::string> cancelled_;  // request ids (dumped) to answer with RequestCancelled
  bool stop_ = false;

  // The worker's own.
  LspWorkspace workspace_;
  std::map<std::string, Cached> cache_;
};

int Server::Run() {
  std::thread worker([this] { Work(); });
  bool exit = false;
  while (!exit) {
    FramedMessage message = reader_.Read();
    if (message.status == FramedMessage::Status::kEnd) break;
    if (message.status == FramedMessage::Status::kError) {
      Error(nullptr, kParseError, message.error);
      continue;
    }
    try {
      json parsed = json::parse(message.body, nullptr, false);
      if (parsed.is_object() && parsed.value("method", json()) == "exit") {
        exit = true;
        continue;
      }
      Dispatch(parsed);
    } catch (const std::exception& e) {  // a bug: answer what can be answered, keep serving
      Notify("window/logMessage",
             {{"type", 1}, {"message", std::string("internal error: ") + e.what()}});
    }
  }
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stop_ = true;
  }
  wake_.notify_all();
  worker.join();
  return shutdown_ ? 0 : 1;
}

void Server::Dispatch(const json& message) {
  if (message.is_discarded()) return Error(nullptr, kParseError, "the body is not valid JSON");
  if (!message.is_object()) return Error(nullptr, kInvalidRequest, "a message must be an object");
  json id = message.contains("id") ? message["id"] : json();
  bool valid_id = id.is_null() || id.is_string() || id.is_number_integer();
  if (!valid_id) return Error(nullptr, kInvalidRequest, "`id` must be a string or an integer");
  if (message.value("jsonrpc", json()) != "2.0")
    return Error(id, kInvalidRequest, "`jsonrpc` must be \"2.0\"");
  if (!message.contains("method")) {
    if (message.contains("result") || message.contains("error")) return;  // a reply to us
    return Error(id, kInvalidRequest, "a message needs a `method`");
  }
  if (!message["method"].is_string())
    return Error(id, kInvalidRequest, "`method` must be a string");
  std::string method = message["method"];
  json params = message.value("params", json());
  if (params.is_null()) params = json::object();  // `shutdown` and `exit` may send null
  bool request = message.contains("id");
  if (!params.is_object() && !params.is_array()) {
    if (request) Error(id, kInvalidParams, "`params` must be an object or an array");
    return;
  }
  auto bad_params = [&](const char* what) {
    if (request)
      Error(id, kInvalidParams, std::string("bad params for ") + method + ": " + what);
    else
      Notify("window/logMessage",
             {{"type", 2}, {"message", "stacklint: bad params for " + method + ": " + what}});
  };
  try {
    if (request)
      Request(id, method, params);
    else
      Notification(method, params);
  } catch (const json::exception& e) {
    bad_params(e.what());
  } catch (const BadParams& e) {
    bad_params(e.what());
  } catch (const std::exception& e) {  // a bug: answer it, keep serving
    if (request) Error(id, kInternalError, e.what());
    Notify("window/logMessage",
           {{"type", 1}, {"message", std::string("internal error: ") + e.what()}});
  }
}

void Server::Request(const json& id, const std::string& method, const json& params) {
  if (method == "initialize") {
    if (initialized_) return Error(id, kInvalidRequest, "initialize was sent twice");
    client_ = ReadClientCaps(params);
    initialized_ = true;
    return Respond(id, InitializeResult(client_));
  }
  if (!initialized_) return Error(id, kServerNotInitialized, "initialize first");
  if (shutdown_) return Error(id, kInvalidRequest, "the server is shutting down");
  if (method == "shutdown") {
    shutdown_ = true;
    return Respond(id, nullptr);
  }
  bool hover = method == "textDocument/hover";
  if (!hover && method != "textDocument/codeAction")
    return Error(id, kMethodNotFound, "no method " + method);
  // Bad params are answered now rather than by the worker.
  ReadPosition(hover ? params.at("position") : params.at("range").at("end"));
  std::optional<Snapshot> snapshot = Find(params);
  if (!snapshot) return Respond(id, hover ? json() : json::array());  // not an open document
  Enqueue([this, id, snapshot = *snapshot, params, hover] {
    Answer(id, [&] { return hover ? HoverAt(snapshot, params) : CodeAction(snapshot, params); });
  });
}

void Server::Notification(const std::string& method, const json& params) {
  if (!initialized_ || shutdown_) return;  // LSP: drop notifications before initialize
  if (method == "initialized") {
    if (!client_.watch_registration) return;
    json watcher = {{"globPattern", "**/.stacklint.{yaml,yml}"}};
    json registration = {{"id", "stacklint-config"},
                         {"method", "workspace/didChangeWatchedFiles"},
                         {"registerOptions", {{"watchers", json::array({watcher})}}}};
    Send({{"jsonrpc", "2.0"},
          {"id", "stacklint/register-config-watch"},
          {"method", "client/registerCapability"},
          {"params", {{"registrations", json::array({registration})}}}});
  } else if (method == "textDocument/didOpen") {
    Open(params);
  } else if (method == "textDocument/didChange") {
    Change(params);
  } else if (method == "textDocument/didSave") {
    std::string uri = params.at("textDocument").at("uri");
    if (IsConfigFile(uri)) return RelintAll();  // edited in the editor itself
    std::lock_guard<std::mutex> lock(mutex_);
    if (documents_.count(uri)) Schedule(uri, false);
  } else if (method == "textDocument/didClose") {
    Close(params);
  } else if (method == "workspace/didChangeConfiguration") {
    RelintAll();
  } else if (method == "workspace/didChangeWatchedFiles") {
    for (const json& change : params.at("changes")) {
      if (IsConfigFile(change.at("uri").get<std::string>())) return RelintAll();
    }
  } else if (method == "$/cancelRequest") {
    std::lock_guard<std::mutex> lock(mutex_);
    if (cancelled_.size() > 1024) cancelled_.clear();  // ids of requests answered long ago
    cancelled_.insert(params.at("id").dump());
  }
  // Other notifications ($/setTrace, ...) need no answer and are ignored, as LSP allows.
}

void Server::Open(const json& params) {
  const json& item = params.at("textDocument");
  Snapshot snapshot;
  snapshot.uri = item.at("uri");
  snapshot.text = std::make_shared<const std::string>(item.at("text").get<std::string>());
  snapshot.version = ReadVersion(item);
  snapshot.path = FileUriToPath(snapshot.uri);
  snapshot.yaml = IsYaml(snapshot.uri, item.value("languageId", std::string()));
  std::lock_guard<std::mutex> lock(mutex_);
  documents_[snapshot.uri].snapshot = std::move(snapshot);
  Schedule(item.at("uri"), false);
}

void Server::Change(const json& params) {
  std::string uri = params.at("textDocument").at("uri");
  int64_t version = ReadVersion(params.at("textDocument"));
  const json& changes = params.at("contentChanges");
  std::unique_lock<std::mutex> lock(mutex_);
  auto it = documents_.find(uri);
  if (it == documents_.end()) return;  // a change to a document never opened: nothing to lint
  std::shared_ptr<const std::string> old_text = it->second.snapshot.text;
  lock.unlock();  // the edit is done outside the lock: only this thread changes documents
  std::string text = *old_text;
  for (const json& change : changes) {
    if (!change.contains("range")) {
      text = change.at("text").get<std::string>();
      continue;
    }
    TextIndex index(text, client_.encoding);
    size_t begin = index.OffsetAt(ReadPosition(change.at("range").at("start")));
    size_t end = index.OffsetAt(ReadPosition(change.at("range").at("end")));
    if (begin > end) std::swap(begin, end);
    text.replace(begin, end - begin, change.at("text").get<std::string>());
  }
  lock.lock();
  Document& document = it->second;
  document.snapshot.text = std::make_shared<const std::string>(std::move(text));
  document.snapshot.version = version;
  Schedule(uri, true);
}

void Server::Close(const json& params) {
  std::string uri = params.at("textDocument").at("uri");
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (documents_.erase(uri) == 0) return;
    pending_.erase(uri);
  }
  Enqueue([this, uri] {
    cache_.erase(uri);
    Notify("textDocument/publishDiagnostics", {{"uri", uri}, {"diagnostics", json::array()}});
  });
}

void Server::RelintAll() {
  Enqueue([this] {
    workspace_.Invalidate();
    cache_.clear();
    std::lock_guard<std::mutex> lock(mutex_);
    for (const auto& [uri, document] : documents_) Schedule(uri, false);
  });
}

std::optional<Snapshot> Server::Find(const json& params) {
  std::string uri = params.at("textDocument").at("uri");
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = documents_.find(uri);
  if (it == documents_.end()) return std::nullopt;
  return it->second.snapshot;
}

void Server::Schedule(const std::string& uri, bool debounce) {
  Clock::time_point now = Clock::now();
  auto [it, added] = pending_.try_emplace(uri, Pending{now, now});
  it->second.due = now;
  auto document = documents_.find(uri);
  if (debounce && document != documents_.end()) {
    Clock::time_point rested = document->second.lint_end + document->second.lint_time;
    it->second.due = std::min(std::max(now + kQuiet, rested), it->second.first + kMaxWait);
  }
  wake_.notify_all();
}

void Server::Enqueue(std::function<void()> job) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    jobs_.push_back(std::move(job));
  }
  wake_.notify_all();
}

void Server::Guarded(const std::function<void()>& work) {
  try {
    work();
  } catch (const std::exception& e) {  // a bug, or out of memory: the worker must live on
    Notify("window/logMessage",
           {{"type", 1}, {"message", std::string("stacklint: internal error: ") + e.what()}});
  }
}

void Server::Work() {
  std::unique_lock<std::mutex> lock(mutex_);
  while (!stop_) {
    if (!jobs_.empty()) {
      std::function<void()> job = std::move(jobs_.front());
      jobs_.pop_front();
      lock.unlock();
      Guarded(job);
      lock.lock();
      continue;
    }
    auto next =
        std::min_element(pending_.begin(), pending_.end(),
                         [](const auto& a, const auto& b) { return a.second.due < b.second.due; });
    if (next == pending_.end()) {
      wake_.wait(lock);
      continue;
    }
    if (next->second.due > Clock::now()) {
      wake_.wait_until(lock, next->second.due);
      continue;
    }
    std::string uri = next->first;
    pending_.erase(next);
    lock.unlock();
    Guarded([&] { Publish(uri); });
    lock.lock();
  }
}

const Cached& Server::LintSnapshot(const Snapshot& snapshot) {
  Cached& cached = cache_[snapshot.uri];
  if (cached.text == snapshot.text && cached.index) return cached;
  std::vector<std::string> errors;
  Clock::time_point start = Clock::now();
  cached.text = snapshot.text;
  cached.published = false;
  cached.candidates.clear();
  if (snapshot.yaml) {
    cached.lint = workspace_.Lint(snapshot.path, client_.root, *snapshot.text, &errors);
  } else {
    cached.lint = LintOutcome{};
    cached.lint.source = std::make_shared<const SourceFile>(snapshot.path, *snapshot.text);
  }
  cached.index = std::make_unique<TextIndex>(cached.lint.source->text(), client_.encoding);
  for (const std::string& error : errors) ShowError(error);
  std::lock_guard<std::mutex> lock(mutex_);
  auto document = documents_.find(snapshot.uri);
  if (document != documents_.end()) {
    document->second.lint_end = Clock::now();
    document->second.lint_time = document->second.lint_end - start;
  }
  return cached;
}

void Server::Publish(const std::string& uri) {
  std::optional<Snapshot> snapshot;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = documents_.find(uri);
    if (it == documents_.end()) return;
    snapshot = it->second.snapshot;
  }
  const Cached& cached = LintSnapshot(*snapshot);
  if (cached.published) return;
  {
    std::lock_guard<std::mutex> lock(mutex_);  // a newer version will publish its own
    auto it = documents_.find(uri);
    if (it == documents_.end() || it->second.snapshot.text != snapshot->text) return;
  }
  cache_[uri].published = true;
  Notify("textDocument/publishDiagnostics",
         {{"uri", uri},
          {"version", snapshot->version},
          {"diagnostics", DiagnosticsJson(cached.lint, *cached.index)}});
}

void Server::Answer(const json& id, const std::function<json()>& compute) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (cancelled_.erase(id.dump())) return Error(id, kRequestCancelled, "cancelled");
  }
  try {
    Respond(id, compute());
  } catch (const json::exception& e) {
    Error(id, kInvalidParams, e.what());
  } catch (const BadParams& e) {
    Error(id, kInvalidParams, e.what());
  } catch (const std::exception& e) {
    Error(id, kInternalError, e.what());
  }
}

json Server::CodeAction(const Snapshot& snapshot, const json& params) {
  Cached& cached = cache_[snapshot.uri];
  LintSnapshot(snapshot);
  CodeActionRequest request;
  request.uri = snapshot.uri;
  request.version = snapshot.version;
  request.document_changes = client_.document_changes;
  request.begin = cached.index->OffsetAt(ReadPosition(params.at("range").at("start")));
  request.end = cached.index->OffsetAt(ReadPosition(params.at("range").at("end")));
  if (request.begin > request.end) std::swap(request.begin, request.end);
  json only = params.value("/context/only"_json_pointer, json::array());
  for (const json& kind : only) request.only.push_back(kind.get<std::string>());
  Relint relint = [&](const std::string& text) {
    if (auto it = cached.candidates.find(text); it != cached.candidates.end()) return it->second;
    std::vector<std::string> ignored;  // already shown for the document itself
    LintOutcome outcome = workspace_.Lint(snapshot.path, client_.root, text, &ignored);
    if (cached.candidates.size() >= kMaxCandidates) cached.candidates.clear();
    cached.candidates.emplace(text, outcome);
    return outcome;
  };
  if (!snapshot.yaml) return json::array();
  return CodeActions(cached.lint, *cached.index, request, relint);
}

json Server::HoverAt(const Snapshot& snapshot, const json& params) {
  const Cached& cached = LintSnapshot(snapshot);
  size_t offset = cached.index->OffsetAt(ReadPosition(params.at("position")));
  return Hover(cached.lint, *cached.index, offset, client_.markdown);
}

}  // namespace

int RunServer(const Options& options, std::istream& in, std::ostream& out, std::ostream& err) {
  in.tie(nullptr);  // the reader must not flush `out` while the worker writes to it
  EngineOptions defaults;
  defaults.max_file_size = options.max_file_size;
  defaults.limits = LoadLimits{options.max_depth, options.max_nodes, options.max_documents};
  Server server(std::move(defaults), in, out);
  int code = server.Run();
  if (code != 0) err << "stacklint server: input ended without shutdown and exit\n";
  return code;
}

}  // namespace stacklint
