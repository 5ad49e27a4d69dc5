// SEC301 plaintext-credential: string values that are credentials, by their key (password,
// *_token, ..., rules/tables/credential-keys.yaml, which also names a flavor's own credential
// keys such as the S3 artifact store's `key`), by the `name` beside them in an env list, by their
// shape (the `secret:` patterns of rules/patterns.yaml and the user's --rules files: AWS key IDs,
// GitHub and Docker Hub tokens, private keys) or as the password of a URI's userinfo. The value is
// never put in a report: its range is marked secret so that snippets mask it.
#ifndef STACKLINT_CHECK_SECRETS_H_
#define STACKLINT_CHECK_SECRETS_H_

#include <re2/set.h>

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "check.h"
#include "literal_filter.h"

namespace stacklint {

class SecretCheck : public Check {
 public:
  explicit SecretCheck(const RuleCatalog& catalog);
  void Run(const StackDocument& doc, LintContext& ctx) const override;

  /// True for a key (or env variable name) that names a credential, after normalising it
  /// (`awsSecretAccessKey` and `AWS-SECRET-ACCESS-KEY` are `aws_secret_access_key`).
  bool IsCredentialKey(std::string_view key) const;
  /// False when no value pattern can match `value`: it holds none of their literals. Most values
  /// are decided here, so a run that meets no candidate never compiles the patterns.
  bool MayMatchValuePattern(std::string_view value) const;

 private:
  struct Walk;
  std::vector<std::string> credential_words_;  ///< a credential key contains one of these
  std::vector<std::string> not_exact_;         ///< ... unless it is one of these
  std::vector<std::string> not_suffixes_;      ///< ... or ends with one of these
  const Table* credential_keys_ = nullptr;     ///< its component rows: flavors' credential keys
  std::vector<Regex> userinfo_;                ///< group 2 of each is a URI's userinfo password
  std::vector<std::pair<std::string, Regex>> value_patterns_;  ///< message variant, pattern
  LiteralFilter value_literals_;  ///< every match of a value pattern holds one of these
  /// All value patterns as one RE2::Set, built on first use: one scan of a value instead of one
  /// per pattern. Null when it could not be built (then each pattern is tried in turn).
  mutable std::once_flag value_set_once_;
  mutable std::unique_ptr<const re2::RE2::Set> value_set_;

  /// The index in value_patterns_ of the first pattern that `value` matches, or -1.
  int FirstValuePattern(const std::string& value) const;
};

/// `key` lower-cased, with `-`, `.`, spaces and camelCase humps turned into `_`.
std::string NormalizeKey(std::string_view key);

/// A whole `{{secret.key}}` reference, blanks around it allowed: `^\s*\{\{[^{}]+\}\}\s*$`,
/// written out by hand for ASCII text (most stacks hold one, and the regex cost more to compile
/// than the rest of SEC301).
bool IsSecretReference(std::string_view value);

}  // namespace stacklint

#endif  // STACKLINT_CHECK_SECRETS_H_
