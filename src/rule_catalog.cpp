#include "rule_catalog.h"

#include <re2/re2.h>

#include <algorithm>
#include <functional>
#include <nlohmann/json.hpp>
#include <set>

#include "embedded_data.h"
#include "mapping_reader.h"
#include "source_file.h"
#include "text_util.h"
#include "yaml_json.h"
#include "yaml_tree.h"

namespace stacklint {

constexpr std::string_view kDocsBase =
    "https://github.com/stacklint/stacklint/blob/main/docs/rules/";

// Reads typed fields from one mapping of a rule file, collecting mistakes with their positions:
// the reader config files use too (mapping_reader.h), plus regular expressions.
class FieldReader : public MappingReader {
 public:
  FieldReader(const SourceFile& source, const Node& map, std::vector<Problem>* errors,
              DataOrigin from, bool lazy_patterns = false)
      : MappingReader(map, MistakesTo(source.path(), from, errors)),
        from_(from),
        lazy_(lazy_patterns) {}

  DataOrigin from() const { return from_; }

  /// Appends each mistake to `errors` (when given) as a problem at its range: the user's, or a
  /// bug when the file is built-in data.
  static ReportMistake MistakesTo(const std::string& path, DataOrigin from,
                                  std::vector<Problem>* errors) {
    return [path, from, errors](const Range& at, const std::string& message) {
      ProblemKind kind =
          from == DataOrigin::kBuiltin ? ProblemKind::kBuiltinData : ProblemKind::kUserRules;
      if (errors) errors->push_back(Problem{path, message, kind, "", at});
    };
  }

  Regex Pattern(const Node* node, std::string_view what) {
    if (node == nullptr) return nullptr;
    if (!node->IsScalar()) {
      Error(node, "`" + std::string(what) + "` must be a regular expression string");
      return nullptr;
    }
    if (lazy_) return Regex::Lazy(node->value);  // built-in: its tests compile every pattern
    RE2::Options options;
    options.set_log_errors(false);
    auto regex = std::make_unique<const RE2>(node->value, options);
    if (!regex->ok()) {
      Error(node, "invalid regular expression in `" + std::string(what) + "`: " + regex->error());
      return nullptr;
    }
    return Regex::Compiled(std::move(regex));
  }

  Regex Pattern(std::string_view key, bool required) {
    const Node* node = Get(key);
    if (node == nullptr && required)
      Error(nullptr, "missing required key `" + std::string(key) + "`");
    return Pattern(node, key);
  }

  std::vector<PatternRule> PatternRules(std::string_view key) {
    std::vector<PatternRule> out;
    const Node* list = Get(key);
    if (list == nullptr) return out;
    if (!list->IsSequence()) {
      Error(list, "`" + std::string(key) + "` must be a list of {rule, pattern}");
      return out;
    }
    for (const Node* item : list->items) {
      const Node* rule = item->IsMapping() ? item->Find("rule") : nullptr;
      const Node* pattern = item->IsMapping() ? item->Find("pattern") : nullptr;
      if (rule == nullptr || !rule->IsScalar() || pattern == nullptr) {
        Error(item, "each `" + std::string(key) + "` entry needs `rule` and `pattern`");
        continue;
      }
      if (Regex regex = Pattern(pattern, "pattern")) out.push_back(PatternRule{rule->value, regex});
    }
    return out;
  }

  /// A ZenML version (`since`, `until`); "" when absent.
  std::string VersionString(std::string_view key) { return VersionOf(Get(key), key); }

  void RejectUnknownKeys(std::initializer_list<std::string_view> known) {
    MappingReader::RejectUnknownKeys(std::vector<std::string>(known.begin(), known.end()));
  }

 private:
  DataOrigin from_;
  bool lazy_;  ///< built-in data: patterns compiled on first use
};

namespace {

// `^[a-z0-9]+(-[a-z0-9]+)*$`, by hand: every rule's name is checked at start-up.
bool IsKebabCase(std::string_view name) {
  if (name.empty() || name.front() == '-' || name.back() == '-') return false;
  for (size_t i = 0; i < name.size(); ++i) {
    char c = name[i];
    bool word = IsAsciiLowerOrDigit(c);
    if (!word && (c != '-' || name[i + 1] == '-')) return false;
  }
  return true;
}

// valijson evaluates `pattern` with std::regex, which is neither linear nor safe on long input.
const Node* FindRegexKeyword(const Node& node) {
  for (const MapEntry& entry : node.entries) {
    const std::string& key = entry.key->value;
    if (key == "pattern" || key == "patternProperties") return entry.key;
    if (key == "format" && entry.value->IsScalar() && entry.value->value == "regex")
      return entry.key;
    if (const Node* found = FindRegexKeyword(*entry.value)) return found;
  }
  for (const Node* item : node.items) {
    if (const Node* found = FindRegexKeyword(*item)) return found;
  }
  return nullptr;
}

}  // namespace

std::string RuleInfo::HelpUri() const {
  if (from != DataOrigin::kBuiltin) return "";  // a user's rule has no page of ours
  return std::string(kDocsBase) + id + ".md";
}

std::string RenderTemplate(std::string_view text,
                           const std::vector<std::pair<std::string, std::string>>& args) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '{') {
      size_t close = text.find('}', i);
      if (close != std::string_view::npos) {
        std::string_view name = text.substr(i + 1, close - i - 1);
        auto it =
            std::find_if(args.begin(), args.end(), [&](const auto& a) { return a.first == name; });
        if (it != args.end()) {
          out += SanitizeForDisplay(it->second);
          i = close;
          continue;
        }
      }
    }
    out += text[i];
  }
  return out;
}

RuleCatalog RuleCatalog::Load(const std::vector<std::pair<std::string, std::string>>& user_files,
                              std::vector<Problem>* errors) {
  // Built-in data was checked at build time and embedded as C++ that builds it: nothing is read
  // or checked here.
  RuleCatalog catalog;
  CatalogData builtin = EmbeddedCatalog();
  catalog.rules_ = std::move(builtin.rules);
  catalog.flavors_ = std::move(builtin.flavors);
  catalog.schemas_ = std::move(builtin.schemas);
  catalog.patterns_ = std::move(builtin.patterns);
  catalog.tables_ = std::move(builtin.tables);
  for (const auto& [path, text] : user_files)
    catalog.AddFile(path, text, DataOrigin::kUser, errors);
  if (!user_files.empty()) catalog.SortRulesById();  // the built-in ones come sorted
  return catalog;
}

RuleCatalog RuleCatalog::LoadEmbeddedJson(
    const std::vector<std::pair<std::string, std::string>>& files, std::vector<Problem>* errors) {
  RuleCatalog catalog;
  catalog.AddSchemaFiles(files);
  for (const auto& [path, text] : files) {
    if (path.rfind("rules/", 0) != 0) continue;
    YamlTree tree;
    for (const auto& document : nlohmann::json::parse(text)) AppendJsonDocument(document, &tree);
    catalog.AddDocuments(SourceFile(path, ""), tree, DataOrigin::kBuiltin, errors);
  }
  catalog.SortRulesById();
  return catalog;
}

RuleCatalog RuleCatalog::LoadBuiltinSources(
    const std::vector<std::pair<std::string, std::string>>& files, std::vector<Problem>* errors) {
  RuleCatalog catalog;
  catalog.compile_builtin_patterns_ = true;
  catalog.AddSchemaFiles(files);
  for (const auto& [path, text] : files) {
    if (path.rfind("rules/", 0) == 0) catalog.AddFile(path, text, DataOrigin::kBuiltin, errors);
  }
  catalog.SortRulesById();
  return catalog;
}

void RuleCatalog::AddSchemaFiles(const std::vector<std::pair<std::string, std::string>>& files) {
  for (const auto& [path, text] : files) {
    if (path.size() > 5 && path.substr(path.size() - 5) == ".json")
      schemas_[path.substr(path.rfind('/') + 1)] = text;
  }
}

void RuleCatalog::SortRulesById() {
  std::sort(rules_.begin(), rules_.end(),
            [](const RuleInfo& a, const RuleInfo& b) { return a.id < b.id; });
}

void RuleCatalog::AddFile(const std::string& path, const std::string& text, DataOrigin from,
                          std::vector<Problem>* errors) {
  SourceFile source(path, text);
  std::unique_ptr<YamlTree> tree =
      LoadSettingsYaml(source, FieldReader::MistakesTo(path, from, errors));
  if (tree) AddDocuments(source, *tree, from, errors);
}

void RuleCatalog::AddDocuments(const SourceFile& source, const YamlTree& tree, DataOrigin from,
                               std::vector<Problem>* errors) {
  const bool builtin = from == DataOrigin::kBuiltin;
  const std::string& path = source.path();
  for (const YamlDocument& doc : tree.documents) {
    FieldReader reader(source, *doc.root, errors, from, builtin && !compile_builtin_patterns_);
    if (!doc.root->IsMapping()) {
      reader.Error(nullptr, "a rule file document must be a mapping with a `kind`");
      continue;
    }
    std::string kind = reader.String("kind", true);
    if (kind == "rule") {
      AddRule(reader, path, from);
    } else if (kind == "flavor") {
      AddFlavor(reader, path);
    } else if (kind == "patterns") {
      AddPatterns(reader, builtin);
    } else if (kind == "table") {
      AddTable(reader);
    } else if (!kind.empty()) {
      reader.Error(reader.Get("kind"), "`kind` must be rule, flavor, patterns or table");
    }
  }
}

void RuleCatalog::AddRule(FieldReader& reader, const std::string& path, DataOrigin from) {
  const bool builtin = from == DataOrigin::kBuiltin;
  reader.RejectUnknownKeys({"kind",    "id",       "name",   "severity",       "summary",
                            "message", "messages", "fix",    "unsafe_fix",     "example_context",
                            "why",     "bad",      "good",   "component_type", "flavors",
                            "field",   "require",  "forbid", "severities",     "tags"});
  RuleInfo rule;
  rule.id = reader.String("id", true);
  rule.name = reader.String("name", true);
  std::string severity = reader.String("severity", true);
  rule.summary = reader.String("summary", true);
  rule.fix_title = reader.String("fix", false);
  rule.unsafe_fix = reader.Bool("unsafe_fix");
  rule.example_context = reader.String("example_context", false);
  rule.why = reader.String("why", false);
  rule.bad_example = reader.String("bad", false);
  rule.good_example = reader.String("good", false);
  rule.origin = path;
  rule.from = from;
  rule.tags = reader.StringList("tags");
  if (builtin && reader.Get("tags") == nullptr)
    reader.Error(nullptr, "a built-in rule needs `tags` (SARIF)");
  if (rule.tags.empty()) rule.tags = {"zenml"};
  if (const Node* message = reader.Get("message")) rule.messages[""] = message->value;
  if (const Node* messages = reader.Get("messages"); messages && messages->IsMapping()) {
    for (const MapEntry& entry : messages->entries) {
      rule.messages[entry.key->value] = entry.value->value;
    }
  }
  if (rule.messages.empty()) reader.Error(nullptr, "a rule needs `message` or `messages`");
  if (const Node* severities = reader.Get("severities"); severities && severities->IsMapping()) {
    for (const MapEntry& entry : severities->entries) {
      auto parsed = ParseSeverity(entry.value->value);
      if (!parsed || !rule.messages.count(entry.key->value)) {
        reader.Error(entry.key, "`severities` maps a message variant to error, warning or note");
        continue;
      }
      rule.variant_severities[entry.key->value] = *parsed;
    }
  }
  if (auto parsed = ParseSeverity(severity)) {
    rule.severity = *parsed;
  } else if (!severity.empty()) {
    reader.Error(reader.Get("severity"), "`severity` must be error, warning or note");
  }
  if (!rule.name.empty() && !IsKebabCase(rule.name)) {
    reader.Error(reader.Get("name"), "`name` must be kebab-case");
  }
  if (!rule.id.empty() && FindRule(rule.id)) {
    reader.Error(reader.Get("id"), "rule `" + rule.id + "` is already defined");
  }
  if (!rule.name.empty() && FindRule(rule.name)) {
    reader.Error(reader.Get("name"), "a rule named `" + rule.name + "` is already defined");
  }
  if (!builtin) {
    RegexCheck check;
    if (const Node* type = reader.Get("component_type")) check.component_type = type->value;
    check.flavors = reader.StringList("flavors");
    if (const Node* field = reader.Get("field")) check.field = field->value;
    check.require = reader.Pattern("require", false);
    check.forbid = reader.Pattern("forbid", false);
    if (!check.require && !check.forbid && reader.ok()) {
      reader.Error(nullptr, "a user rule needs `require` or `forbid` (an RE2 regex)");
    }
    rule.regex = std::move(check);
  }
  if (reader.ok()) rules_.push_back(std::move(rule));
}

void RuleCatalog::AddFlavor(FieldReader& reader, const std::string& path) {
  reader.RejectUnknownKeys({"kind", "name", "component_type", "description", "docs", "form",
                            "schema", "host", "uri", "examples", "aliases", "diagnoses",
                            "host_notices", "since", "until"});
  Flavor flavor;
  flavor.name = reader.String("name", true);
  flavor.component_type = reader.String("component_type", true);
  flavor.description = reader.String("description", false);
  flavor.docs_url = reader.String("docs", false);
  flavor.form = reader.String("form", false);
  flavor.host = reader.Pattern("host", false);
  flavor.uri = reader.Pattern("uri", true);
  flavor.examples = reader.StringList("examples");
  // A user flavor may leave out `form`: messages then show its examples, else its regex.
  if (flavor.form.empty() && !flavor.examples.empty())
    flavor.form = "a URI like " + Join(flavor.examples, " or ");
  else if (flavor.form.empty() && flavor.uri)
    flavor.form = "a URI matching `" + flavor.uri->pattern() + "`";
  flavor.aliases = reader.StringList("aliases");
  flavor.diagnoses = reader.PatternRules("diagnoses");
  flavor.host_notices = reader.PatternRules("host_notices");
  flavor.versions = {reader.VersionString("since"), reader.VersionString("until")};
  flavor.origin = path;
  const Node* schema = reader.Get("schema");
  if (schema && schema->IsScalar()) {
    flavor.schema = schema->value;
    if (!schemas_.count(flavor.schema)) {
      reader.Error(schema, "unknown schema `" + flavor.schema + "`");
    }
  } else if (schema && schema->IsMapping()) {
    if (const Node* keyword = FindRegexKeyword(*schema)) {
      reader.Error(keyword, "schema keyword `" + keyword->value +
                                "` is not supported (valijson runs it with std::regex); use a "
                                "`kind: rule` with an RE2 `require` pattern instead");
    }
    flavor.schema = path + "#" + flavor.name;
    schemas_[flavor.schema] = ToJson(*schema).dump();
    if (reader.from() == DataOrigin::kUser) user_schemas_.insert(flavor.schema);
  }
  if (FindFlavor(flavor.component_type, flavor.name)) {
    reader.Error(reader.Get("name"), "flavor `" + flavor.name + "` is already defined");
  }
  if (reader.ok()) flavors_.push_back(std::move(flavor));
}

// A user file may add SEC301 value patterns (`secret:<name>`) but not redefine a pattern: a
// built-in one replaced silently would change what every check reads.
void RuleCatalog::AddPatterns(FieldReader& reader, bool builtin) {
  reader.RejectUnknownKeys({"kind", "patterns"});
  const Node* map = reader.Get("patterns");
  if (map == nullptr || !map->IsMapping()) {
    reader.Error(map, "`patterns` must map names to regular expressions");
    return;
  }
  for (const MapEntry& entry : map->entries) {
    const std::string& name = entry.key->value;
    if (patterns_.count(name)) {
      reader.Error(entry.key, "pattern `" + SanitizeForDisplay(name) +
                                  "` is already defined; give yours another name");
      continue;
    }
    if (!builtin && name.rfind("secret:", 0) != 0) {
      reader.Error(entry.key,
                   "a user pattern is named `secret:<name>` (SEC301 reports values "
                   "that match it); `" +
                       SanitizeForDisplay(name) + "` is not");
      continue;
    }
    if (Regex regex = reader.Pattern(entry.value, entry.key->value)) {
      patterns_[entry.key->value] = regex;
    }
  }
}

// rows: {group: {name: null | [values] | {values|require|forbid: [..], if: {k: v}, unless: {k:
// v}}}}
void RuleCatalog::AddTable(FieldReader& reader) {
  reader.RejectUnknownKeys({"kind", "name", "description", "rows"});
  Table table;
  table.name = reader.String("name", true);
  const Node* groups = reader.Get("rows");
  if (groups == nullptr || !groups->IsMapping()) {
    reader.Error(groups, "`rows` must map groups to rows");
    return;
  }
  for (const MapEntry& group : groups->entries) {
    if (!group.value->IsMapping()) {
      reader.Error(group.value, "each group of `rows` must be a mapping");
      continue;
    }
    for (const MapEntry& entry : group.value->entries) {
      TableRow row{group.key->value, entry.key->value, {}, {}, {}, {}};
      const Node& spec = *entry.value;
      if (spec.IsSequence()) {
        for (const Node* item : spec.items) row.lists["values"].push_back(item->value);
      } else if (spec.IsMapping()) {
        for (const MapEntry& field : spec.entries) {
          const std::string& key = field.key->value;
          if (key == "since" || key == "until") {
            (key == "since" ? row.versions.since : row.versions.until) =
                reader.VersionOf(field.value, key);
          } else if ((key == "if" || key == "unless") && field.value->IsMapping()) {
            for (const MapEntry& condition : field.value->entries) {
              (key == "if" ? row.if_all : row.unless_any)
                  .emplace_back(condition.key->value, condition.value->value);
            }
          } else if (field.value->IsSequence()) {
            for (const Node* item : field.value->items) row.lists[key].push_back(item->value);
          } else {
            reader.Error(field.key, "a table row holds lists, `if`, `unless`, `since`, `until`");
          }
        }
      } else if (spec.kind != NodeKind::kNull) {
        reader.Error(&spec, "a table row is empty, a list, or a mapping");
      }
      table.rows.push_back(std::move(row));
    }
  }
  if (FindTable(table.name)) {
    reader.Error(reader.Get("name"), "table `" + table.name + "` is already defined");
  }
  if (reader.ok()) tables_.push_back(std::move(table));
}

std::vector<std::string> RuleCatalog::PatternTexts() const {
  std::vector<std::string> texts;
  auto add = [&](const Regex& regex) {
    if (regex) texts.push_back(regex.pattern());
  };
  for (const auto& [name, regex] : patterns_) add(regex);
  for (const Flavor& flavor : flavors_) {
    add(flavor.host);
    add(flavor.uri);
    for (const PatternRule& rule : flavor.diagnoses) add(rule.pattern);
    for (const PatternRule& rule : flavor.host_notices) add(rule.pattern);
  }
  for (const RuleInfo& rule : rules_) {
    if (rule.regex) {
      add(rule.regex->require);
      add(rule.regex->forbid);
    }
  }
  std::sort(texts.begin(), texts.end());
  texts.erase(std::unique(texts.begin(), texts.end()), texts.end());
  return texts;
}

const Table* RuleCatalog::FindTable(std::string_view name) const {
  for (const Table& table : tables_) {
    if (table.name == name) return &table;
  }
  return nullptr;
}

const TableRow* Table::Find(std::string_view group, std::string_view row_name) const {
  for (const TableRow& row : rows) {
    if (row.group == group && row.name == row_name) return &row;
  }
  return nullptr;
}

const std::vector<std::string>& TableRow::List(std::string_view list) const {
  static const std::vector<std::string> kEmpty;
  auto it = lists.find(std::string(list));
  return it == lists.end() ? kEmpty : it->second;
}

const RuleInfo* RuleCatalog::FindRule(std::string_view id_or_name) const {
  for (const RuleInfo& rule : rules_) {
    if (rule.id == id_or_name || rule.name == id_or_name) return &rule;
  }
  return nullptr;
}

const Flavor* RuleCatalog::FindFlavor(std::string_view component_type,
                                      std::string_view name) const {
  for (const Flavor& flavor : flavors_) {
    if (flavor.component_type == component_type && flavor.name == name) return &flavor;
  }
  return nullptr;
}

std::vector<const Flavor*> RuleCatalog::Flavors(std::string_view component_type) const {
  std::vector<const Flavor*> out;
  for (const Flavor& flavor : flavors_) {
    if (flavor.component_type == component_type) out.push_back(&flavor);
  }
  return out;
}

std::vector<const Flavor*> RuleCatalog::FlavorsAt(std::string_view component_type,
                                                  const std::optional<Version>& version) const {
  std::vector<const Flavor*> out;
  for (const Flavor* flavor : Flavors(component_type)) {
    if (flavor->versions.Holds(version)) out.push_back(flavor);
  }
  return out;
}

const TableRow* RuleCatalog::FindFact(std::string_view table, std::string_view group,
                                      std::string_view name,
                                      const std::optional<Version>& version) const {
  const Table* found = FindTable(table);
  const TableRow* row = found ? found->Find(group, name) : nullptr;
  return row && row->versions.Holds(version) ? row : nullptr;
}

const Regex* RuleCatalog::FindPattern(std::string_view name) const {
  auto it = patterns_.find(name);
  return it == patterns_.end() ? nullptr : &it->second;
}

std::vector<std::pair<std::string, Regex>> RuleCatalog::PatternsWithPrefix(
    std::string_view prefix) const {
  std::vector<std::pair<std::string, Regex>> out;
  for (auto it = patterns_.lower_bound(prefix);
       it != patterns_.end() && std::string_view(it->first).substr(0, prefix.size()) == prefix;
       ++it) {
    if (it->second) out.emplace_back(it->first.substr(prefix.size()), it->second);
  }
  return out;
}

}  // namespace stacklint
