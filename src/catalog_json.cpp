#include "catalog_json.h"

#include <re2/re2.h>

#include <nlohmann/json.hpp>

#include "exit_code.h"
#include "text_util.h"

namespace stacklint {

std::optional<Problem> PrintRuleJson(const RuleCatalog& catalog, const std::string& query,
                                     std::ostream& out) {
  const RuleInfo* rule = nullptr;
  for (const RuleInfo& candidate : catalog.rules()) {
    if (ToLower(candidate.id) == ToLower(query) || ToLower(candidate.name) == ToLower(query))
      rule = &candidate;
  }
  if (rule == nullptr) {
    return Problem{"", "unknown rule `" + SanitizeForDisplay(query) + "` (see `stacklint rules`)",
                   ProblemKind::kUsage};
  }
  nlohmann::ordered_json json = {{"id", rule->id},
                                 {"name", rule->name},
                                 {"severity", std::string(SeverityName(rule->severity))},
                                 {"fixable", rule->fixable()},
                                 {"unsafe_fix", rule->unsafe_fix},
                                 {"summary", rule->summary},
                                 {"why", rule->why},
                                 {"bad_example", rule->bad_example},
                                 {"good_example", rule->good_example},
                                 {"help_uri", rule->HelpUri()},
                                 {"origin", rule->origin}};
  out << json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  return std::nullopt;
}

void PrintFlavorsJson(const RuleCatalog& catalog, std::ostream& out) {
  nlohmann::ordered_json flavors = nlohmann::ordered_json::array();
  for (const Flavor* flavor : catalog.Flavors("container_registry")) {
    flavors.push_back({{"name", flavor->name},
                       {"description", flavor->description},
                       {"form", flavor->form},
                       {"examples", flavor->examples},
                       {"host", flavor->host ? nlohmann::ordered_json(flavor->host->pattern())
                                             : nlohmann::ordered_json()},
                       {"uri", flavor->uri ? flavor->uri->pattern() : std::string()},
                       {"docs", flavor->docs_url},
                       {"origin", flavor->origin}});
  }
  out << flavors.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

}  // namespace stacklint
