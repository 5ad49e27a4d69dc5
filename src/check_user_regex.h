// Users' own data rules (`kind: rule` with `require`/`forbid` in a --rules file): a
// configuration field of matching components must (not) match an RE2 regex.
#ifndef STACKLINT_CHECK_USER_REGEX_H_
#define STACKLINT_CHECK_USER_REGEX_H_

#include "check.h"

namespace stacklint {

class UserRegexCheck : public Check {
 public:
  void Run(const StackDocument& doc, LintContext& ctx) const override;
};

}  // namespace stacklint

#endif  // STACKLINT_CHECK_USER_REGEX_H_
