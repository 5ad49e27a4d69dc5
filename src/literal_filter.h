// A quick "no" before running a regex: literals that every match contains at least one of, found
// in the built-in patterns by RE2's FilteredRE2 at build time (stacklint_embed). A text that holds
// none of them cannot match, so the regex is neither compiled nor run for it: most values.
//
//   LiteralFilter filter = BuiltinLiteralFilter("^[0-9]{12}\\.dkr\\.ecr\\.");  // {".dkr.ecr."}
//   filter.MayMatch("ghcr.io/acme")  // false: the regex can't match
#ifndef STACKLINT_LITERAL_FILTER_H_
#define STACKLINT_LITERAL_FILTER_H_

#include <array>
#include <string_view>
#include <vector>

namespace stacklint {

class LiteralFilter {
 public:
  /// Knows no literals: MayMatch is always true (a user's pattern, or one without literals).
  LiteralFilter() = default;
  /// `literals`: lower-case ASCII, at least one; they must outlive the filter (embedded data).
  explicit LiteralFilter(std::vector<std::string_view> literals);
  /// A text that may match any of `filters`' regexes; knows nothing if one of them knows nothing.
  static LiteralFilter Union(const std::vector<const LiteralFilter*>& filters);

  bool known() const { return known_; }
  /// False only when `text` holds none of the literals (compared with ASCII letters folded). A
  /// text with a non-ASCII byte may match (RE2 folds Unicode case): true.
  bool MayMatch(std::string_view text) const;

 private:
  bool known_ = false;
  std::vector<std::string_view> literals_;
  std::array<bool, 128> first_byte_{};  ///< the first bytes of literals_
};

/// The filter of a built-in pattern, by its text; one that knows nothing for any other pattern.
LiteralFilter BuiltinLiteralFilter(std::string_view pattern);

}  // namespace stacklint

#endif  // STACKLINT_LITERAL_FILTER_H_
