#include "pyyaml_scalar.h"

#include <charconv>
#include <cmath>
#include <limits>
#include <string>

#include "text_util.h"

namespace stacklint {
namespace {

// A cursor over the text for matching PyYAML's resolver patterns, which are all anchored at both
// ends. Each matcher below mirrors one alternative of a PyYAML regex (resolver.py).
struct Cursor {
  std::string_view s;
  size_t i = 0;

  bool Done() const { return i == s.size(); }
  char Peek() const { return i < s.size() ? s[i] : '\0'; }
  bool Eat(char c) {
    if (Peek() != c || Done()) return false;
    ++i;
    return true;
  }
  bool EatSign() { return Eat('-') || Eat('+'); }
  template <typename Predicate>
  size_t EatWhile(Predicate predicate, size_t max = std::string_view::npos) {
    size_t n = 0;
    while (!Done() && n < max && predicate(s[i])) ++i, ++n;
    return n;
  }
  bool EatDigits(size_t min, size_t max) { return EatWhile(IsAsciiDigit, max) >= min; }
};

bool IsDigitOrUnderscore(char c) { return IsAsciiDigit(c) || c == '_'; }

// (?:[eE][-+][0-9]+)?
bool EatOptionalExponent(Cursor& c) {
  if (c.Peek() != 'e' && c.Peek() != 'E') return true;
  ++c.i;
  return c.EatSign() && c.EatDigits(1, std::string_view::npos);
}

// (?::[0-5]?[0-9])+ : a segment is one digit, or two whose first is 0-5.
bool EatSexagesimalSegments(Cursor& c) {
  size_t segments = 0;
  while (c.Eat(':')) {
    if (!IsAsciiDigit(c.Peek())) return false;
    char first = c.Peek();
    ++c.i;
    if (first <= '5' && IsAsciiDigit(c.Peek())) ++c.i;
    ++segments;
  }
  return segments > 0;
}

bool IsFloat(std::string_view text) {
  {  // [-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?
    Cursor c{text};
    c.EatSign();
    if (c.EatDigits(1, 1) && (c.EatWhile(IsDigitOrUnderscore), c.Eat('.')) &&
        (c.EatWhile(IsDigitOrUnderscore), EatOptionalExponent(c)) && c.Done())
      return true;
  }
  {  // \.[0-9][0-9_]*(?:[eE][-+][0-9]+)?
    Cursor c{text};
    if (c.Eat('.') && c.EatDigits(1, 1) && (c.EatWhile(IsDigitOrUnderscore), true) &&
        EatOptionalExponent(c) && c.Done())
      return true;
  }
  {  // [-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*
    Cursor c{text};
    c.EatSign();
    if (c.EatDigits(1, 1) && (c.EatWhile(IsDigitOrUnderscore), EatSexagesimalSegments(c)) &&
        c.Eat('.') && (c.EatWhile(IsDigitOrUnderscore), c.Done()))
      return true;
  }
  std::string_view unsigned_text = text;
  if (!text.empty() && (text[0] == '-' || text[0] == '+')) unsigned_text.remove_prefix(1);
  if (unsigned_text == ".inf" || unsigned_text == ".Inf" || unsigned_text == ".INF") return true;
  return text == ".nan" || text == ".NaN" || text == ".NAN";
}

bool IsInt(std::string_view text) {
  Cursor start{text};
  start.EatSign();
  std::string_view s = text.substr(start.i);
  auto all = [](std::string_view rest, auto predicate) {
    if (rest.empty()) return false;
    for (char ch : rest)
      if (!predicate(ch)) return false;
    return true;
  };
  if (s.size() >= 2 && s[0] == '0' && s[1] == 'b')  // 0b[0-1_]+
    return all(s.substr(2), [](char c) { return c == '0' || c == '1' || c == '_'; });
  if (s.size() >= 2 && s[0] == '0' && s[1] == 'x')  // 0x[0-9a-fA-F_]+
    return all(s.substr(2),
               [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) || c == '_'; });
  if (s == "0") return true;
  if (!s.empty() && s[0] == '0')  // 0[0-7_]+
    return all(s.substr(1), [](char c) { return (c >= '0' && c <= '7') || c == '_'; });
  if (s.empty() || !IsAsciiDigit(s[0])) return false;
  Cursor c{s, 1};  // [1-9][0-9_]* and [1-9][0-9_]*(?::[0-5]?[0-9])+
  c.EatWhile(IsDigitOrUnderscore);
  if (c.Done()) return true;
  return EatSexagesimalSegments(c) && c.Done();
}

bool IsTimestamp(std::string_view text) {
  Cursor c{text};
  if (!c.EatDigits(4, 4) || !c.Eat('-')) return false;
  {  // [0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]
    Cursor date = c;
    if (date.EatDigits(2, 2) && date.Eat('-') && date.EatDigits(2, 2) && date.Done()) return true;
  }
  if (!c.EatDigits(1, 2) || !c.Eat('-') || !c.EatDigits(1, 2)) return false;
  auto blank = [](char ch) { return ch == ' ' || ch == '\t'; };
  if (!c.Eat('T') && !c.Eat('t') && c.EatWhile(blank) == 0) return false;
  if (!c.EatDigits(1, 2) || !c.Eat(':') || !c.EatDigits(2, 2) || !c.Eat(':') || !c.EatDigits(2, 2))
    return false;
  if (c.Eat('.')) c.EatWhile(IsAsciiDigit);
  if (c.Done()) return true;
  c.EatWhile(blank);
  if (c.Eat('Z')) return c.Done();
  if (!c.EatSign() || !c.EatDigits(1, 2)) return false;
  if (c.Eat(':') && !c.EatDigits(2, 2)) return false;
  return c.Done();
}

// The text without `_` (PyYAML drops them before converting numbers) and its sign.
std::string WithoutUnderscores(std::string_view text, int* sign) {
  std::string out;
  for (char c : text)
    if (c != '_') out += c;
  *sign = 1;
  if (!out.empty() && (out[0] == '-' || out[0] == '+')) {
    if (out[0] == '-') *sign = -1;
    out.erase(0, 1);
  }
  return out;
}

std::optional<long long> ParseBase(std::string_view digits, int base) {
  if (digits.empty()) return std::nullopt;  // int('', 16) raises in Python
  long long value = 0;
  auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value, base);
  if (error != std::errc() || end != digits.data() + digits.size()) return std::nullopt;
  return value;
}

double ParseDouble(std::string_view text) {
  double value = 0;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

}  // namespace

PyYamlType ResolvePlainScalar(std::string_view text) {
  // The words are 5 bytes at most; a longer text (most names, URIs, paths) skips them.
  static constexpr std::string_view kBools[] = {"yes",  "Yes",  "YES",  "no",    "No",    "NO",
                                                "true", "True", "TRUE", "false", "False", "FALSE",
                                                "on",   "On",   "ON",   "off",   "Off",   "OFF"};
  if (text.size() <= 5) {
    if (text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL")
      return PyYamlType::kNull;
    for (std::string_view word : kBools) {
      if (text == word) return PyYamlType::kBool;
    }
    if (text == "<<") return PyYamlType::kMerge;
    if (text == "=") return PyYamlType::kValue;
  }
  char first = text[0];
  if (!IsAsciiDigit(first) && first != '-' && first != '+' && first != '.')
    return PyYamlType::kString;
  if (IsFloat(text)) return PyYamlType::kFloat;
  if (IsInt(text)) return PyYamlType::kInt;
  if (IsTimestamp(text)) return PyYamlType::kTimestamp;
  return PyYamlType::kString;
}

std::string_view PyYamlTypeName(PyYamlType type) {
  switch (type) {
    case PyYamlType::kNull:
      return "null";
    case PyYamlType::kBool:
      return "bool";
    case PyYamlType::kInt:
      return "int";
    case PyYamlType::kFloat:
      return "float";
    case PyYamlType::kTimestamp:
      return "timestamp";
    case PyYamlType::kMerge:
      return "merge";
    case PyYamlType::kValue:
      return "value";
    case PyYamlType::kString:
      break;
  }
  return "str";
}

bool ConstructPyYamlBool(std::string_view text) {
  char first = text.empty() ? 'n' : text[0];
  if (first == 'o' || first == 'O') return text.size() == 2;  // on, not off
  return first == 'y' || first == 'Y' || first == 't' || first == 'T';
}

std::optional<long long> ConstructPyYamlInt(std::string_view text) {
  int sign = 1;
  std::string value = WithoutUnderscores(text, &sign);
  std::optional<long long> magnitude;
  std::string_view v(value);
  if (v == "0") {
    magnitude = 0;
  } else if (v.substr(0, 2) == "0b") {
    magnitude = ParseBase(v.substr(2), 2);
  } else if (v.substr(0, 2) == "0x") {
    magnitude = ParseBase(v.substr(2), 16);
  } else if (!v.empty() && v[0] == '0') {
    magnitude = ParseBase(v, 8);
  } else if (v.find(':') != std::string_view::npos) {
    long long total = 0;
    for (size_t start = 0; start <= v.size();) {
      size_t colon = std::min(v.find(':', start), v.size());
      std::optional<long long> part = ParseBase(v.substr(start, colon - start), 10);
      if (!part || __builtin_mul_overflow(total, 60, &total) ||
          __builtin_add_overflow(total, *part, &total))
        return std::nullopt;
      start = colon + 1;
    }
    magnitude = total;
  } else {
    magnitude = ParseBase(v, 10);
  }
  if (!magnitude) return std::nullopt;
  return sign * *magnitude;
}

double ConstructPyYamlFloat(std::string_view text) {
  int sign = 1;
  std::string value = ToLower(WithoutUnderscores(text, &sign));
  if (value == ".inf") return sign * std::numeric_limits<double>::infinity();
  if (value == ".nan") return std::numeric_limits<double>::quiet_NaN();
  if (value.find(':') == std::string::npos) return sign * ParseDouble(value);
  double total = 0;
  for (size_t start = 0; start <= value.size();) {
    size_t colon = std::min(value.find(':', start), value.size());
    total = total * 60 + ParseDouble(std::string_view(value).substr(start, colon - start));
    start = colon + 1;
  }
  return sign * total;
}

std::optional<bool> PydanticBool(PyYamlType type, std::string_view text) {
  switch (type) {
    case PyYamlType::kBool:
      return ConstructPyYamlBool(text);
    case PyYamlType::kInt: {
      std::optional<long long> value = ConstructPyYamlInt(text);
      if (value == 0 || value == 1) return *value == 1;
      return std::nullopt;
    }
    case PyYamlType::kString: {
      std::string lower = ToLower(text);
      for (std::string_view word : {"0", "off", "f", "false", "n", "no"})
        if (lower == word) return false;
      for (std::string_view word : {"1", "on", "t", "true", "y", "yes"})
        if (lower == word) return true;
      return std::nullopt;
    }
    default:
      return std::nullopt;
  }
}

}  // namespace stacklint
