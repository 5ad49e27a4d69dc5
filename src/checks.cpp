// The explicit list of built-in code checks.
#include "check.h"
#include "check_flavor.h"
#include "check_mlstacks.h"
#include "check_registry_uri.h"
#include "check_schema.h"
#include "check_secrets.h"
#include "check_stack.h"
#include "check_structure.h"
#include "check_user_regex.h"

namespace stacklint {

std::vector<std::unique_ptr<Check>> BuiltinChecks(const RuleCatalog& catalog) {
  std::vector<std::unique_ptr<Check>> checks;
  checks.push_back(std::make_unique<StructureCheck>());        // SL004 SL005 SL006
  checks.push_back(std::make_unique<FlavorCheck>());           // CR101
  checks.push_back(std::make_unique<SchemaCheck>(catalog));    // CR102
  checks.push_back(std::make_unique<RegistryUriCheck>());      // CR103 - CR113
  checks.push_back(std::make_unique<StackCheck>(catalog));     // ST201 - ST204
  checks.push_back(std::make_unique<SecretCheck>(catalog));    // SEC301
  checks.push_back(std::make_unique<MlstacksCheck>(catalog));  // MS401
  checks.push_back(std::make_unique<UserRegexCheck>());        // the user's `kind: rule` files
  return checks;
}

}  // namespace stacklint
