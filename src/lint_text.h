// Text helpers the checks share for what they put in messages: cutting a value to a readable
// length, masking credentials, and telling template placeholders from literal values.
#ifndef STACKLINT_LINT_TEXT_H_
#define STACKLINT_LINT_TEXT_H_

#include <string>
#include <string_view>

#include "rule_catalog.h"

namespace stacklint {

/// `text` cut to a readable length ("..." marks the cut), at a code point boundary.
std::string Abbreviate(std::string text);

/// `text` with every credential-shaped part (SEC301's `secret:` value patterns, built-in and the
/// user's, and a URI's userinfo password) replaced by `****`.
std::string RedactSecrets(const RuleCatalog& catalog, std::string text);

/// True for a value a template fills in before import: `$NAME`, or any text with a `${...}` in it
/// (`${REGION}-docker.pkg.dev/${PROJECT}/images`): no rule judges what it will become.
bool IsPlaceholder(std::string_view value);

}  // namespace stacklint

#endif  // STACKLINT_LINT_TEXT_H_
