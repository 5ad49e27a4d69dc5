// Positions in a source file: 1-based line and column (columns count Unicode code points).
#ifndef STACKLINT_POSITION_H_
#define STACKLINT_POSITION_H_

#include <compare>
#include <cstddef>

namespace stacklint {

struct Position {
  int line = 0;    ///< 1-based; 0 means "no position"
  int column = 0;  ///< 1-based, in code points
  auto operator<=>(const Position&) const = default;
};

/// A half-open span of source text: `end` is the first position after it.
struct Range {
  Position begin;
  Position end;
  size_t begin_offset = 0;  ///< byte offsets into the file, for fixes
  size_t end_offset = 0;
  bool valid() const { return begin.line > 0; }
};

}  // namespace stacklint

#endif  // STACKLINT_POSITION_H_
