#include "print_catalog.h"

#include <re2/re2.h>

#include <iomanip>
#include <nlohmann/json.hpp>
#include <sstream>

#include "exit_code.h"
#include "text_util.h"

namespace stacklint {
namespace {

void Indent(const std::string& text, std::ostream& out) {
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) out << "    " << line << '\n';
}

}  // namespace

std::string ReleasesText(const VersionRange& versions) {
  if (versions.since.empty() && versions.until.empty()) return "every release";
  if (versions.until.empty()) return versions.since + " and later";
  if (versions.since.empty()) return "before " + versions.until;
  return versions.since + " up to (not including) " + versions.until;
}

void PrintRules(const RuleCatalog& catalog, const std::string& format, std::ostream& out) {
  if (format == "json") {
    nlohmann::ordered_json rules = nlohmann::ordered_json::array();
    for (const RuleInfo& rule : catalog.rules()) {
      rules.push_back({{"id", rule.id},
                       {"name", rule.name},
                       {"severity", std::string(SeverityName(rule.severity))},
                       {"fixable", rule.fixable()},
                       {"summary", rule.summary}});
    }
    out << rules.dump(2) << '\n';
    return;
  }
  out << std::left << std::setw(8) << "ID" << std::setw(30) << "NAME" << std::setw(10) << "SEVERITY"
      << std::setw(5) << "FIX"
      << "SUMMARY\n";
  for (const RuleInfo& rule : catalog.rules()) {
    out << std::setw(8) << rule.id << std::setw(30) << rule.name << std::setw(10)
        << SeverityName(rule.severity) << std::setw(5) << (rule.fixable() ? "yes" : "")
        << rule.summary << '\n';
  }
}

std::optional<Problem> PrintRule(const RuleCatalog& catalog, const std::string& query,
                                 std::ostream& out) {
  const RuleInfo* rule = catalog.FindRule(query);
  if (rule == nullptr) rule = catalog.FindRule(ToLower(query));
  if (rule == nullptr) {
    std::string upper = query;
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    rule = catalog.FindRule(upper);
  }
  if (rule == nullptr) {
    std::vector<std::string> names;
    for (const RuleInfo& r : catalog.rules()) names.push_back(r.name);
    std::string closest = ClosestMatch(query, names, 4);
    return Problem{"",
                   "unknown rule `" + SanitizeForDisplay(query) + "`" +
                       (closest.empty() ? "" : "; did you mean `" + closest + "`?") +
                       " (see `stacklint rules`)",
                   ProblemKind::kUsage};
  }
  out << rule->id << " " << rule->name << " (" << SeverityName(rule->severity)
      << (rule->fixable() ? ", fix available" : "") << ")\n\n"
      << rule->summary << "\n\n";
  if (!rule->why.empty()) out << "Why is this bad?\n" << rule->why << "\n\n";
  if (!rule->bad_example.empty()) out << "Example:\n", Indent(rule->bad_example, out), out << '\n';
  if (!rule->good_example.empty())
    out << "Use instead:\n", Indent(rule->good_example, out), out << '\n';
  if (std::string uri = rule->HelpUri(); !uri.empty()) out << "Docs: " << uri << '\n';
  return std::nullopt;
}

void PrintFlavors(const RuleCatalog& catalog, std::ostream& out) {
  for (const Flavor* flavor : catalog.Flavors("container_registry")) {
    out << flavor->name << ": " << flavor->description << '\n'
        << "  zenml:    " << ReleasesText(flavor->versions) << '\n'
        << "  form:     " << flavor->form << '\n'
        << "  examples: " << Join(flavor->examples, ", ") << '\n';
    if (flavor->host) out << "  host:     " << flavor->host->pattern() << '\n';
    out << "  uri:      " << flavor->uri->pattern() << '\n';
    if (!flavor->docs_url.empty()) out << "  docs:     " << flavor->docs_url << '\n';
  }
}

}  // namespace stacklint
