// Writes the built-in rule catalog as C++ that rebuilds it at start-up with no tree to read and
// no field to check (stacklint_embed puts it in embedded_data.cpp: EmbeddedCatalog() and
// EmbeddedTable() of embedded_data.h).
#ifndef STACKLINT_CATALOG_CPP_H_
#define STACKLINT_CATALOG_CPP_H_

#include <string>
#include <string_view>

namespace stacklint {

class RuleCatalog;

/// The definitions of EmbeddedCatalog() and EmbeddedTable() that give back `catalog` (its
/// built-in data), after the helpers they call; the code expects `using namespace std::literals`.
/// Throws std::invalid_argument for what built-in data never holds (a rule's user regex check),
/// rather than writing code that would drop it.
std::string CatalogAsCpp(const RuleCatalog& catalog);

/// `text` as a C++ string literal; every byte but letters, digits, `_` and spaces as an octal
/// escape.
std::string CppLiteral(std::string_view text);

}  // namespace stacklint

#endif  // STACKLINT_CATALOG_CPP_H_
