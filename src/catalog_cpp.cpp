#include "catalog_cpp.h"

#include <cstdio>
#include <sstream>
#include <stdexcept>

#include "rule_catalog.h"
#include "text_util.h"

namespace stacklint {

std::string CppLiteral(std::string_view text) {
  std::string out = "\"";
  for (unsigned char c : text) {
    if (IsWordByte(static_cast<char>(c)) || c == ' ') {
      out += static_cast<char>(c);
    } else {
      char escape[8];
      std::snprintf(escape, sizeof escape, "\\%03o", c);
      out += escape;
    }
  }
  return out + "\"";
}

namespace {

// Each function gives one C++ expression. Strings are "..."s literals (std::string, any NUL byte
// kept); containers of strings go through the helpers of kHelpers, which build each string once
// from a "..."sv view (an initializer_list of std::string would copy every string).
std::string Str(std::string_view text) { return CppLiteral(text) + "s"; }
std::string View(std::string_view text) { return CppLiteral(text) + "sv"; }

std::string ViewList(const std::vector<std::string>& list) {
  std::string out = "{";
  for (const std::string& item : list) out += View(item) + ", ";
  return out + "}";
}

std::string Strings(const std::vector<std::string>& list) {
  return list.empty() ? "{}" : "Strings(" + ViewList(list) + ")";
}

std::string StringMap(const std::map<std::string, std::string>& map) {
  std::string out = "StringMap({";
  for (const auto& [key, value] : map) out += "{" + View(key) + ", " + View(value) + "}, ";
  return out + "})";
}

std::string SeverityCpp(Severity severity) {
  switch (severity) {
    case Severity::kNote:
      return "Severity::kNote";
    case Severity::kWarning:
      return "Severity::kWarning";
    case Severity::kError:
      return "Severity::kError";
  }
  throw std::invalid_argument("unknown severity");
}

std::string RegexCpp(const Regex& regex) {
  return regex ? "Regex::Lazy(" + Str(regex.pattern()) + ")" : "Regex()";
}

std::string PatternRules(const std::vector<PatternRule>& rules) {
  std::string out = "{";
  for (const PatternRule& rule : rules)
    out += "{" + Str(rule.rule_id) + ", " + RegexCpp(rule.pattern) + "}, ";
  return out + "}";
}

std::string Versions(const VersionRange& versions) {
  return "{" + Str(versions.since) + ", " + Str(versions.until) + "}";
}

std::string Pairs(const std::vector<std::pair<std::string, std::string>>& pairs) {
  if (pairs.empty()) return "{}";
  std::string out = "Pairs({";
  for (const auto& [first, second] : pairs) out += "{" + View(first) + ", " + View(second) + "}, ";
  return out + "})";
}

// Defined at the top of the generated code, for the expressions above.
constexpr std::string_view kHelpers = R"(namespace {

std::vector<std::string> Strings(std::initializer_list<std::string_view> items) {
  std::vector<std::string> out;
  out.reserve(items.size());
  for (std::string_view item : items) out.emplace_back(item);
  return out;
}

std::map<std::string, std::string> StringMap(
    std::initializer_list<std::pair<std::string_view, std::string_view>> items) {
  std::map<std::string, std::string> out;
  for (const auto& [key, value] : items) out.emplace(key, value);
  return out;
}

std::vector<std::pair<std::string, std::string>> Pairs(
    std::initializer_list<std::pair<std::string_view, std::string_view>> items) {
  std::vector<std::pair<std::string, std::string>> out;
  out.reserve(items.size());
  for (const auto& [first, second] : items) out.emplace_back(first, second);
  return out;
}

std::map<std::string, std::vector<std::string>> Lists(
    std::initializer_list<std::pair<std::string_view, std::initializer_list<std::string_view>>>
        items) {
  std::map<std::string, std::vector<std::string>> out;
  for (const auto& [name, values] : items) out.emplace(name, Strings(values));
  return out;
}

}  // namespace

)";

// Fields in declaration order (designated initializers require it); every one is written, so a
// field added to the struct and not here fails to compile only if it has no default: the
// round-trip test in tests/embedded_data_test.cpp catches the rest.
void WriteRule(const RuleInfo& rule, std::ostream& out) {
  if (rule.regex) throw std::invalid_argument("built-in rule " + rule.id + " has a regex check");
  std::string severities = "{";
  for (const auto& [variant, severity] : rule.variant_severities)
    severities += "{" + Str(variant) + ", " + SeverityCpp(severity) + "}, ";
  severities += "}";
  out << "  c.rules.push_back(RuleInfo{.id = " << Str(rule.id) << ", .name = " << Str(rule.name)
      << ", .severity = " << SeverityCpp(rule.severity) << ", .summary = " << Str(rule.summary)
      << ", .messages = " << StringMap(rule.messages) << ", .fix_title = " << Str(rule.fix_title)
      << ", .unsafe_fix = " << (rule.unsafe_fix ? "true" : "false")
      << ", .example_context = " << Str(rule.example_context) << ", .why = " << Str(rule.why)
      << ", .bad_example = " << Str(rule.bad_example)
      << ", .good_example = " << Str(rule.good_example) << ", .origin = " << Str(rule.origin)
      << ", .from = DataOrigin::kBuiltin, .regex = std::nullopt, .tags = " << Strings(rule.tags)
      << ", .variant_severities = " << severities << "});\n";
}

void WriteFlavor(const Flavor& flavor, std::ostream& out) {
  out << "  c.flavors.push_back(Flavor{.name = " << Str(flavor.name)
      << ", .component_type = " << Str(flavor.component_type)
      << ", .description = " << Str(flavor.description) << ", .docs_url = " << Str(flavor.docs_url)
      << ", .form = " << Str(flavor.form) << ", .schema = " << Str(flavor.schema)
      << ", .host = " << RegexCpp(flavor.host) << ", .uri = " << RegexCpp(flavor.uri)
      << ", .examples = " << Strings(flavor.examples) << ", .aliases = " << Strings(flavor.aliases)
      << ", .diagnoses = " << PatternRules(flavor.diagnoses)
      << ", .host_notices = " << PatternRules(flavor.host_notices)
      << ", .versions = " << Versions(flavor.versions) << ", .origin = " << Str(flavor.origin)
      << "});\n";
}

void WriteTable(const Table& table, std::ostream& out) {
  out << "  if (name == " << CppLiteral(table.name) << ") {\n"
      << "    Table t{.name = " << Str(table.name) << ", .rows = {}};\n"
      << "    t.rows.reserve(" << table.rows.size() << ");\n";
  for (const TableRow& row : table.rows) {
    std::string lists = "{}";
    if (!row.lists.empty()) {
      lists = "Lists({";
      for (const auto& [list, values] : row.lists)
        lists += "{" + View(list) + ", " + ViewList(values) + "}, ";
      lists += "})";
    }
    out << "    t.rows.push_back(TableRow{.group = " << Str(row.group)
        << ", .name = " << Str(row.name) << ", .lists = " << lists
        << ", .if_all = " << Pairs(row.if_all) << ", .unless_any = " << Pairs(row.unless_any)
        << ", .versions = " << Versions(row.versions) << "});\n";
  }
  out << "    return t;\n  }\n";
}

}  // namespace

std::string CatalogAsCpp(const RuleCatalog& catalog) {
  std::ostringstream out;
  out << kHelpers << "Table EmbeddedTable(std::string_view name) {\n";
  for (const Table& table : catalog.tables()) WriteTable(table, out);
  out << "  return Table{};\n}\n\n"
      << "CatalogData EmbeddedCatalog() {\n  CatalogData c;\n"
      << "  c.rules.reserve(" << catalog.rules().size() << ");\n";
  for (const RuleInfo& rule : catalog.rules()) WriteRule(rule, out);
  out << "  c.flavors.reserve(" << catalog.flavors().size() << ");\n";
  for (const Flavor& flavor : catalog.flavors()) WriteFlavor(flavor, out);
  for (const auto& [name, text] : catalog.schemas())
    out << "  c.schemas.emplace(" << Str(name) << ", " << Str(text) << ");\n";
  for (const auto& [name, regex] : catalog.patterns())
    out << "  c.patterns.emplace(" << Str(name) << ", " << RegexCpp(regex) << ");\n";
  out << "  c.tables.reserve(" << catalog.tables().size() << ");\n";
  for (const Table& table : catalog.tables())
    out << "  c.tables.push_back(EmbeddedTable(" << CppLiteral(table.name) << "));\n";
  out << "  return c;\n}\n";
  return out.str();
}

}  // namespace stacklint
