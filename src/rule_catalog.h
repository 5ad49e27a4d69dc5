// Every rule's metadata and every component flavor, read from rules/*.yaml and rules/flavors/*.yaml
// (compiled into the binary) plus the user's --rules files, in one format. Regexes are RE2,
// compiled once (built-in ones on first use, users' here); JSON Schemas are kept as text for the
// schema check to compile once.
//
//   std::vector<Problem> errors;
//   RuleCatalog catalog = RuleCatalog::Load({{"my-rules.yaml", text}}, &errors);
//   const Flavor* aws = catalog.FindFlavor("container_registry", "aws");
#ifndef STACKLINT_RULE_CATALOG_H_
#define STACKLINT_RULE_CATALOG_H_

#include <algorithm>
#include <cctype>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "diagnostic.h"
#include "lazy_regex.h"
#include "problem.h"
#include "zenml_version.h"

namespace stacklint {

/// Where rule data came from, set when its file is read (never guessed from the path): a mistake
/// in built-in data is a bug (exit 3), and only built-in rules have a page in this project's docs.
enum class DataOrigin { kBuiltin, kUser };

/// A user's data-driven rule: a configuration field of matching components must (not) match.
struct RegexCheck {
  std::string component_type = "container_registry";
  std::vector<std::string> flavors;  ///< empty: every flavor
  std::string field = "uri";
  Regex require;  ///< the value must match this, if set
  Regex forbid;   ///< the value must not match this, if set
};

struct RuleInfo {
  std::string id;    ///< stable code, e.g. "CR104"
  std::string name;  ///< kebab-case, e.g. "default-flavor-specific-uri"
  Severity severity = Severity::kError;
  std::string summary;  ///< one sentence
  std::map<std::string, std::string>
      messages;                 ///< variant -> template with {placeholders}; "" default
  std::string fix_title;        ///< template; empty when the rule offers no fix
  bool unsafe_fix = false;      ///< the fix may change meaning: applied only with --unsafe-fixes
  std::string example_context;  ///< what the bad example needs besides its text (e.g. a baseline)
  std::string why;              ///< markdown: why this is a problem
  std::string bad_example;
  std::string good_example;
  std::string origin;  ///< the file it was read from
  DataOrigin from = DataOrigin::kUser;
  std::optional<RegexCheck> regex;
  /// SARIF `properties.tags` (GitHub code scanning filters by them; `security` also ranks the
  /// rule's results by severity). A user rule without `tags` gets {"zenml"}.
  std::vector<std::string> tags;

  std::map<std::string, Severity> variant_severities;  ///< variants that differ from `severity`

  bool fixable() const { return !fix_title.empty(); }
  /// The severity of a message variant: its own if the rule file gives one, else the rule's.
  Severity SeverityOf(std::string_view variant) const {
    auto it = variant_severities.find(std::string(variant));
    return it == variant_severities.end() ? severity : it->second;
  }
  /// Whether a --select/--ignore/config/suppression entry names this rule: its ID, an ID prefix
  /// ("CR1", "SEC") or its name.
  bool MatchedBy(std::string_view entry) const {  // any case: `cr104`, `Default-Flavor-...`
    auto same = [](char a, char b) {
      return std::tolower(static_cast<unsigned char>(a)) ==
             std::tolower(static_cast<unsigned char>(b));
    };
    return !entry.empty() && ((name.size() == entry.size() &&
                               std::equal(name.begin(), name.end(), entry.begin(), same)) ||
                              (entry.size() <= id.size() &&
                               std::equal(entry.begin(), entry.end(), id.begin(), same)));
  }
  std::string HelpUri() const;
};

/// A rule that a pattern match names, e.g. CR105 when an aws URI has a path.
struct PatternRule {
  std::string rule_id;
  Regex pattern;
};

struct Flavor {
  std::string name;
  std::string component_type;
  std::string description;
  std::string docs_url;
  std::string form;    ///< the URI form in words, e.g. "<account>.dkr.ecr.<region>.amazonaws.com"
  std::string schema;  ///< name of the configuration's JSON Schema
  Regex host;          ///< the registry hosts this flavor serves; null: no particular host
  Regex uri;           ///< the whole URI, scheme and trailing slashes removed
  std::vector<std::string> examples;
  std::vector<std::string> aliases;       ///< wrong names users write for it (CR101)
  std::vector<PatternRule> diagnoses;     ///< when `uri` fails, the first match names the reason
  std::vector<PatternRule> host_notices;  ///< rules reported when the host matches, any flavor
  VersionRange versions;                  ///< the ZenML releases that ship it
  std::string origin;
};

/// One row of a data table (rules/tables/*.yaml): a named entry in a group, with named string
/// lists and conditions on a component's configuration.
struct TableRow {
  std::string group;                                            ///< e.g. "orchestrator"
  std::string name;                                             ///< e.g. "kubernetes"
  std::map<std::string, std::vector<std::string>> lists;        ///< e.g. "require" -> {"s3://"}
  std::vector<std::pair<std::string, std::string>> if_all;      ///< applies only if all hold
  std::vector<std::pair<std::string, std::string>> unless_any;  ///< does not apply if any holds
  VersionRange versions;  ///< the ZenML releases the row holds for (`since`, `until`)

  /// The named list, empty if absent.
  const std::vector<std::string>& List(std::string_view list) const;
};

struct Table {
  std::string name;
  std::vector<TableRow> rows;

  const TableRow* Find(std::string_view group, std::string_view row_name) const;
};

/// The built-in data of a catalog, as the code generated into embedded_data.cpp builds it.
struct CatalogData {
  std::vector<RuleInfo> rules;  ///< sorted by ID
  std::vector<Flavor> flavors;
  std::map<std::string, std::string> schemas;
  std::map<std::string, Regex, std::less<>> patterns;
  std::vector<Table> tables;
};

class FieldReader;  // rule_catalog.cpp: typed reads from a rule file with positioned errors
class SourceFile;
struct YamlTree;

class RuleCatalog {
 public:
  /// Built-in data plus user files (path, text). Mistakes are appended to `errors` with their
  /// path and range, of kind kUserRules (or kBuiltinData in built-in data); the catalog then
  /// holds what was valid.
  static RuleCatalog Load(const std::vector<std::pair<std::string, std::string>>& user_files,
                          std::vector<Problem>* errors);
  /// The built-in data as stacklint_embed embeds it: `files` (path, JSON text) hold the schemas
  /// of schemas/ and the rule files of rules/ as arrays of documents. embedded_data.cpp holds
  /// the catalog this gives as C++ (catalog_cpp.h); Load() starts from that.
  static RuleCatalog LoadEmbeddedJson(const std::vector<std::pair<std::string, std::string>>& files,
                                      std::vector<Problem>* errors);
  /// The build-time check of rules/ and schemas/ (stacklint_embed): `files` (path, text) read as
  /// built-in data with every regex compiled at once, so any mistake is a "path:line:col" error.
  static RuleCatalog LoadBuiltinSources(
      const std::vector<std::pair<std::string, std::string>>& files, std::vector<Problem>* errors);

  /// By ID ("CR104") or name ("default-flavor-specific-uri").
  const RuleInfo* FindRule(std::string_view id_or_name) const;
  const std::vector<RuleInfo>& rules() const { return rules_; }
  const Flavor* FindFlavor(std::string_view component_type, std::string_view name) const;
  std::vector<const Flavor*> Flavors(std::string_view component_type) const;
  /// The flavors of a component type that the ZenML release `version` ships.
  std::vector<const Flavor*> FlavorsAt(std::string_view component_type,
                                       const std::optional<Version>& version) const;
  const std::vector<Flavor>& flavors() const { return flavors_; }
  /// JSON Schema text by name (e.g. "container_registry.schema.json").
  const std::map<std::string, std::string>& schemas() const { return schemas_; }
  /// Where the schema named `name` came from (a user's flavor may hold its own schema).
  DataOrigin SchemaOrigin(const std::string& name) const {
    return user_schemas_.count(name) ? DataOrigin::kUser : DataOrigin::kBuiltin;
  }
  /// Shared regexes used by code rules (rules/patterns.yaml), by name.
  const Regex* FindPattern(std::string_view name) const;
  /// The patterns named `<prefix><name>`, as (name, regex) in name order: e.g. prefix "secret:"
  /// gives SEC301's value patterns, built-in and the user's.
  std::vector<std::pair<std::string, Regex>> PatternsWithPrefix(std::string_view prefix) const;
  /// The text of every regex in the catalog, sorted, once each (stacklint_embed finds their
  /// literals: literal_filter.h).
  std::vector<std::string> PatternTexts() const;
  /// Shared regexes by name.
  const std::map<std::string, Regex, std::less<>>& patterns() const { return patterns_; }
  const std::vector<Table>& tables() const { return tables_; }
  /// A data table (rules/tables/), by name.
  const Table* FindTable(std::string_view name) const;
  /// The row `group`/`name` of table `table` if it holds at `version`, else nullptr.
  const TableRow* FindFact(std::string_view table, std::string_view group, std::string_view name,
                           const std::optional<Version>& version) const;

 private:
  /// The `.json` files of `files` (path, text) as schemas named by their file name.
  void AddSchemaFiles(const std::vector<std::pair<std::string, std::string>>& files);
  void SortRulesById();
  void AddFile(const std::string& path, const std::string& text, DataOrigin from,
               std::vector<Problem>* errors);
  void AddDocuments(const SourceFile& source, const YamlTree& tree, DataOrigin from,
                    std::vector<Problem>* errors);
  void AddRule(FieldReader& reader, const std::string& path, DataOrigin from);
  void AddFlavor(FieldReader& reader, const std::string& path);
  void AddPatterns(FieldReader& reader, bool builtin);
  void AddTable(FieldReader& reader);

  std::vector<RuleInfo> rules_;
  std::vector<Flavor> flavors_;
  std::map<std::string, std::string> schemas_;
  std::set<std::string> user_schemas_;  ///< names of schemas_ that users' flavors hold
  std::map<std::string, Regex, std::less<>> patterns_;
  std::vector<Table> tables_;
  bool compile_builtin_patterns_ = false;  ///< LoadBuiltinSources: no lazy regexes
};

/// Fills {name} placeholders from `args`; unknown placeholders stay as written.
std::string RenderTemplate(std::string_view text,
                           const std::vector<std::pair<std::string, std::string>>& args);

}  // namespace stacklint

#endif  // STACKLINT_RULE_CATALOG_H_
