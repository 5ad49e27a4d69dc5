#include "lazy_regex.h"

#include <re2/re2.h>

#include <mutex>

namespace stacklint {

struct Regex::State {
  std::string pattern;
  std::once_flag once;
  std::unique_ptr<const re2::RE2> regex;
  bool compiled_when_made = false;  ///< Compiled(): `regex` is set before the State is shared
  LiteralFilter literals;
};

Regex Regex::Lazy(std::string pattern) {
  Regex out;
  out.state_ = std::make_shared<State>();
  out.state_->pattern = std::move(pattern);
  out.state_->literals = BuiltinLiteralFilter(out.state_->pattern);
  return out;
}

Regex Regex::Compiled(std::unique_ptr<const re2::RE2> regex) {
  Regex out;
  out.state_ = std::make_shared<State>();
  std::call_once(out.state_->once, [&] { out.state_->regex = std::move(regex); });
  out.state_->compiled_when_made = true;
  return out;
}

const re2::RE2& Regex::operator*() const {
  State& state = *state_;
  std::call_once(state.once, [&] {
    RE2::Options options;
    options.set_log_errors(false);
    state.regex = std::make_unique<const re2::RE2>(state.pattern, options);
  });
  return *state.regex;
}

const std::string& Regex::pattern() const {
  // A Compiled regex keeps no text of its own: its RE2 was stored before anyone could share it.
  return state_->compiled_when_made ? state_->regex->pattern() : state_->pattern;
}

const LiteralFilter& Regex::literals() const {
  static const LiteralFilter kNone;  // an empty Regex: knows nothing
  return state_ ? state_->literals : kNone;
}

}  // namespace stacklint
