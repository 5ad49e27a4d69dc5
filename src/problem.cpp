#include "problem.h"

#include <ostream>

#include "text_util.h"

namespace stacklint {

std::string Problem::Text() const {
  std::string where = label;
  if (!path.empty()) where += (where.empty() ? "" : " ") + SanitizeForDisplay(path);
  if (range && range->begin.line > 0)
    where += ":" + std::to_string(range->begin.line) + ":" + std::to_string(range->begin.column);
  return where.empty() ? message : where + ": " + message;
}

void PrintProblems(const std::vector<Problem>& problems, std::ostream& err) {
  for (const Problem& problem : problems) err << "stacklint: " << problem.Text() << '\n';
}

}  // namespace stacklint
