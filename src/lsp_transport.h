// JSON-RPC framing for the language server: messages on a byte stream, each a `Content-Length`
// header block and a JSON body (LSP base protocol). Reading and writing are independent, so one
// thread can read while others write.
#ifndef STACKLINT_LSP_TRANSPORT_H_
#define STACKLINT_LSP_TRANSPORT_H_

#include <iosfwd>
#include <mutex>
#include <string>

namespace stacklint {

/// One read from the stream: a body, a framing error (the reader has skipped past it and can
/// go on), or the end of input.
struct FramedMessage {
  enum class Status { kMessage, kError, kEnd };
  Status status = Status::kEnd;
  std::string body;   ///< kMessage: the JSON text
  std::string error;  ///< kError: what was wrong with the header block
};

class MessageReader {
 public:
  /// Bodies larger than `max_body` bytes are skipped and reported as errors.
  MessageReader(std::istream& in, size_t max_body) : in_(in), max_body_(max_body) {}

  /// Blocks until a whole message, a framing error or the end of input.
  FramedMessage Read();

 private:
  bool ReadLine(std::string* line);

  std::istream& in_;
  size_t max_body_;
};

/// Writes framed messages; safe to call from several threads (one message at a time).
class MessageWriter {
 public:
  explicit MessageWriter(std::ostream& out) : out_(out) {}

  void Write(const std::string& body);

 private:
  std::mutex mutex_;
  std::ostream& out_;
};

}  // namespace stacklint

#endif  // STACKLINT_LSP_TRANSPORT_H_
