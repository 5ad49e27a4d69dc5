#include "problem.h"

#include "text_util.h"

namespace stacklint {

std::string Problem::Text() const {
  std::string where = label;
  if (!path.empty()) where += (where.empty() ? "" : " ") + SanitizeForDisplay(path);
  if (range && range->begin.line > 0)
    where += ":" + std::to_string(range->begin.line) + ":" + std::to_string(range->begin.column);
  return where.empty() ? message : where + ": " + message;
}

}  // namespace stacklint
