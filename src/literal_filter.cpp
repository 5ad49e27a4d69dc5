#include "literal_filter.h"

#include <algorithm>
#include <utility>

#include "embedded_data.h"
#include "text_util.h"

namespace stacklint {

LiteralFilter::LiteralFilter(std::vector<std::string_view> literals)
    : known_(!literals.empty()), literals_(std::move(literals)) {
  for (std::string_view literal : literals_) {
    unsigned char first = literal.empty() ? 0x80 : static_cast<unsigned char>(literal[0]);
    if (first >= 0x80) known_ = false;  // an empty or non-ASCII literal: the scan can't use it
    if (known_) first_byte_[first] = true;
  }
}

LiteralFilter LiteralFilter::Union(const std::vector<const LiteralFilter*>& filters) {
  std::vector<std::string_view> all;
  for (const LiteralFilter* filter : filters) {
    if (!filter->known_) return LiteralFilter();
    all.insert(all.end(), filter->literals_.begin(), filter->literals_.end());
  }
  return all.empty() ? LiteralFilter() : LiteralFilter(std::move(all));
}

bool LiteralFilter::MayMatch(std::string_view text) const {
  if (!known_) return true;
  for (size_t i = 0; i < text.size(); ++i) {
    if (static_cast<unsigned char>(text[i]) >= 0x80) return true;
    char first = ToLowerAscii(text[i]);
    if (!first_byte_[static_cast<unsigned char>(first)]) continue;
    for (std::string_view literal : literals_) {
      if (literal[0] == first && HasFoldedAt(text, i, literal)) return true;
    }
  }
  return false;
}

LiteralFilter BuiltinLiteralFilter(std::string_view pattern) {
  const std::vector<PatternLiterals>& table = EmbeddedPatternLiterals();  // sorted by pattern
  auto found = std::lower_bound(
      table.begin(), table.end(), pattern,
      [](const PatternLiterals& entry, std::string_view key) { return entry.pattern < key; });
  if (found == table.end() || found->pattern != pattern) return LiteralFilter();
  return LiteralFilter(found->literals);
}

}  // namespace stacklint
