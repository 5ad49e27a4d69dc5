// A shared RE2 pattern that may be compiled on first use: the built-in data holds dozens of
// patterns and a run usually needs a few, so start-up does not pay for the others.
//
//   Regex host = Regex::Lazy("(^|\\.)ghcr\\.io$");  // nothing compiled yet
//   if (host && RE2::PartialMatch(name, *host)) ...  // compiled here, once, thread-safely
//   if (host && host.MayMatch(name) && ...)          // "gcr.io": no, without compiling
#ifndef STACKLINT_LAZY_REGEX_H_
#define STACKLINT_LAZY_REGEX_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "literal_filter.h"

namespace re2 {
class RE2;
}

namespace stacklint {

/// Copies share one pattern and its compiled form. A default (or nullptr) Regex is empty: false
/// in a condition, and must not be dereferenced.
class Regex {
 public:
  Regex() = default;
  Regex(std::nullptr_t) {}  // NOLINT: `return nullptr;` reads as "no regex"
  /// Compiled when first dereferenced (with RE2 error logging off).
  static Regex Lazy(std::string pattern);
  /// Already compiled (a user's pattern, compiled at once to report its errors).
  static Regex Compiled(std::unique_ptr<const re2::RE2> regex);

  explicit operator bool() const { return state_ != nullptr; }
  const re2::RE2& operator*() const;
  const re2::RE2* operator->() const { return &**this; }
  /// The pattern's text, without compiling it.
  const std::string& pattern() const;
  /// The literals a match must hold (a built-in pattern's; none known for a user's).
  const LiteralFilter& literals() const;
  /// False when `text` can't match, decided without compiling (literal_filter.h).
  bool MayMatch(std::string_view text) const { return literals().MayMatch(text); }

 private:
  struct State;
  std::shared_ptr<State> state_;
};

}  // namespace stacklint

#endif  // STACKLINT_LAZY_REGEX_H_
