#include "lsp_transport.h"

#include <catch2/catch.hpp>
#include <sstream>

using namespace stacklint;
using Status = FramedMessage::Status;

TEST_CASE("messages are read by Content-Length, headers in any case", "[lsp_transport]") {
  std::istringstream in(
      "Content-Length: 2\r\n\r\n{}"
      "content-type: application/vscode-jsonrpc; charset=utf-8\r\nCONTENT-LENGTH: 4\r\n\r\n[1,2]"
      "\r\n");
  MessageReader reader(in, 1000);
  FramedMessage first = reader.Read();
  CHECK((first.status == Status::kMessage && first.body == "{}"));
  FramedMessage second = reader.Read();
  CHECK((second.status == Status::kMessage && second.body == "[1,2"));
  // "]\r\n" is left: a header line without a colon, then the end of input.
  CHECK(reader.Read().status == Status::kEnd);
}

TEST_CASE("broken header blocks are errors the reader gets past", "[lsp_transport]") {
  std::istringstream in(
      "Content-Type: x\r\n\r\n"
      "Content-Length: -1\r\n\r\n"
      "Content-Length: 20\r\n\r\n01234567890123456789"
      "Content-Length: 2\r\n\r\nok"
      "Content-Length: 10\r\n\r\nshort");
  MessageReader reader(in, 10);
  CHECK(reader.Read().status == Status::kError);  // no Content-Length
  CHECK(reader.Read().status == Status::kError);  // not a number
  FramedMessage large = reader.Read();
  CHECK((large.status == Status::kError && large.error.find("larger") != std::string::npos));
  FramedMessage ok = reader.Read();
  CHECK((ok.status == Status::kMessage && ok.body == "ok"));
  CHECK(reader.Read().status == Status::kEnd);  // a body cut off by the end of input
}

TEST_CASE("written messages carry their byte length", "[lsp_transport]") {
  std::ostringstream out;
  MessageWriter writer(out);
  writer.Write("{\"a\":\"\xC3\xA9\"}");
  CHECK(out.str() == "Content-Length: 10\r\n\r\n{\"a\":\"\xC3\xA9\"}");
}
