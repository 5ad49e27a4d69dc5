#include "docker_reference.h"

#include "text_util.h"

namespace stacklint {
namespace {

bool IsAlnum(char c) { return IsAsciiLetter(c) || IsAsciiDigit(c); }
bool IsHexOrColon(char c) {
  return IsAsciiDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == ':';
}

// `[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]`
bool IsLabel(std::string_view label) {
  if (label.empty() || !IsAlnum(label.front()) || !IsAlnum(label.back())) return false;
  for (char c : label) {
    if (!IsAlnum(c) && c != '-') return false;
  }
  return true;
}

// `(?::[0-9]+)?`: "" or a colon and at least one digit.
bool IsOptionalPort(std::string_view port) {
  if (port.empty()) return true;
  if (port.size() < 2 || port.front() != ':') return false;
  for (char c : port.substr(1)) {
    if (!IsAsciiDigit(c)) return false;
  }
  return true;
}

}  // namespace

bool IsReferenceHost(std::string_view host) {
  if (!host.empty() && host.front() == '[') {  // `\[[0-9a-fA-F:]+\]`
    size_t close = host.find(']');
    if (close == std::string_view::npos || close < 2) return false;
    for (char c : host.substr(1, close - 1)) {
      if (!IsHexOrColon(c)) return false;
    }
    return IsOptionalPort(host.substr(close + 1));
  }
  size_t colon = host.find(':');  // labels hold no ':'
  std::string_view name = host.substr(0, colon);
  if (!IsOptionalPort(colon == std::string_view::npos ? "" : host.substr(colon))) return false;
  while (true) {
    size_t dot = name.find('.');
    if (!IsLabel(name.substr(0, dot))) return false;
    if (dot == std::string_view::npos) return true;
    name.remove_prefix(dot + 1);
  }
}

bool IsReferencePathComponent(std::string_view component) {
  size_t i = 0;
  while (true) {
    size_t run = i;  // `[a-z0-9]+`
    while (i < component.size() && IsAsciiLowerOrDigit(component[i])) ++i;
    if (i == run) return false;
    if (i == component.size()) return true;
    // A separator: `.`, `_`, `__` or `-+`, then another run.
    char separator = component[i];
    size_t start = i;
    while (i < component.size() && component[i] == separator) ++i;
    size_t length = i - start;
    bool allowed =
        (separator == '.' && length == 1) || (separator == '_' && length <= 2) || separator == '-';
    if (!allowed) return false;
  }
}

}  // namespace stacklint
