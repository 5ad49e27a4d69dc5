// SEC301 plaintext-credential: string values that are credentials, by their key (password,
// *_token, ...) or by their shape (AWS key IDs, GitHub and Docker Hub tokens, private keys).
// The value is never put in a report: its range is marked secret so that snippets mask it.
#ifndef STACKLINT_CHECK_SECRETS_H_
#define STACKLINT_CHECK_SECRETS_H_

#include <string>
#include <utility>
#include <vector>

#include "check.h"

namespace stacklint {

class SecretCheck : public Check {
 public:
  explicit SecretCheck(const RuleCatalog& catalog);
  void Run(const StackDocument& doc, LintContext& ctx) const override;

 private:
  struct Walk;
  Regex credential_key_;
  Regex s3_credential_key_;
  std::vector<std::pair<std::string, Regex>> value_patterns_;  ///< message variant, pattern
};

}  // namespace stacklint

#endif  // STACKLINT_CHECK_SECRETS_H_
