#include "lsp_transport.h"

#include <charconv>
#include <istream>
#include <ostream>

#include "text_util.h"

namespace stacklint {
namespace {

constexpr size_t kMaxHeaderLine = 4096;

// Header names are case-insensitive (RFC 7230, which the LSP base protocol follows).
bool ParseContentLength(std::string_view line, size_t* length, bool* malformed) {
  size_t colon = line.find(':');
  if (colon == std::string_view::npos) {
    *malformed = true;
    return false;
  }
  if (ToLower(Trim(line.substr(0, colon))) != "content-length") return false;
  std::string_view value = Trim(line.substr(colon + 1));
  auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), *length);
  if (error != std::errc() || end != value.data() + value.size() || value.empty()) {
    *malformed = true;
    return false;
  }
  return true;
}

}  // namespace

// A line without its "\r\n" (or "\n"); false at the end of input. Overlong lines are cut: a
// header line is never that long, so the block is reported as malformed.
bool MessageReader::ReadLine(std::string* line) {
  line->clear();
  for (int c; (c = in_.get()) != std::char_traits<char>::eof();) {
    if (c == '\n') {
      if (!line->empty() && line->back() == '\r') line->pop_back();
      return true;
    }
    if (line->size() < kMaxHeaderLine) line->push_back(static_cast<char>(c));
  }
  return !line->empty();
}

FramedMessage MessageReader::Read() {
  FramedMessage message;
  std::string line;
  size_t length = 0;
  bool have_length = false, malformed = false, any_header = false;
  while (true) {
    if (!ReadLine(&line)) return message;  // kEnd
    if (!line.empty()) {
      any_header = true;
      size_t value = 0;
      if (ParseContentLength(line, &value, &malformed)) {
        length = value;
        have_length = true;
      }
      continue;
    }
    if (!any_header) continue;  // stray blank lines between messages
    break;
  }
  if (!have_length || malformed) {
    message.status = FramedMessage::Status::kError;
    message.error = "malformed header block (a `Content-Length: N` line is required)";
    if (have_length) in_.ignore(static_cast<std::streamsize>(length));
    return message;
  }
  if (length > max_body_) {
    for (size_t left = length; left > 0 && in_;) {
      size_t chunk = std::min<size_t>(left, 1 << 20);
      in_.ignore(static_cast<std::streamsize>(chunk));
      left -= chunk;
    }
    message.status = FramedMessage::Status::kError;
    message.error = "message of " + std::to_string(length) + " bytes is larger than the limit of " +
                    std::to_string(max_body_);
    return message;
  }
  message.body.resize(length);
  in_.read(message.body.data(), static_cast<std::streamsize>(length));
  if (static_cast<size_t>(in_.gcount()) != length) return FramedMessage{};  // cut off: the end
  message.status = FramedMessage::Status::kMessage;
  return message;
}

void MessageWriter::Write(const std::string& body) {
  std::lock_guard<std::mutex> lock(mutex_);
  out_ << "Content-Length: " << body.size() << "\r\n\r\n" << body;
  out_.flush();
}

}  // namespace stacklint
