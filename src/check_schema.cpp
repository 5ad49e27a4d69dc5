#include "check_schema.h"

#include <mutex>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>

#include "text_util.h"
#include "yaml_json.h"

namespace stacklint {

// One schema: a user's is compiled when the check is built (its mistakes are setup problems); a
// built-in one, checked at build time, on first use, since most files need none (no stack).
struct SchemaCheck::Compiled {
  std::string text;  ///< JSON, until compiled
  std::once_flag once;
  nlohmann::json document;
  valijson::Schema schema;

  void Compile() {
    document = nlohmann::json::parse(text);
    valijson::SchemaParser parser;
    valijson::adapters::NlohmannJsonAdapter adapter(document);
    parser.populateSchema(adapter, schema);
  }
  const valijson::Schema& Get() {
    std::call_once(once, [this] { Compile(); });  // a built-in schema that throws is a bug
    return schema;
  }
};

namespace {

// Follows valijson's error context ("<root>", "[key]", "[0]") through the YAML tree.
const Node* NodeAt(const Node& root, const std::vector<std::string>& context) {
  const Node* node = &root;
  for (size_t i = 1; i < context.size() && node != nullptr; ++i) {
    const std::string& step = context[i];
    if (step.size() < 2 || step.front() != '[' || step.back() != ']') return nullptr;
    std::string key = step.substr(1, step.size() - 2);
    if (node->IsMapping()) {
      node = node->Find(key);
    } else if (node->IsSequence()) {
      size_t index = std::stoul(key);
      node = index < node->items.size() ? node->items[index] : nullptr;
    } else {
      return nullptr;
    }
  }
  return node;
}

// "a string", "a string or an integer": the JSON Schema `type`, null left out (it reads as
// "may be left empty", which the message need not say).
std::string TypeWord(const nlohmann::json& type) {
  std::vector<std::string> words;
  auto add = [&](const nlohmann::json& t) {
    if (!t.is_string() || t == "null") return;
    std::string word = t.get<std::string>();
    words.push_back((word == "integer" || word == "array" || word == "object" ? "an " : "a ") +
                    word);
  };
  if (type.is_array()) {
    for (const auto& t : type) add(t);
  } else {
    add(type);
  }
  return words.empty() ? "another type" : Join(words, " or ");
}

std::string ScalarTypeWord(const Node& scalar) {
  switch (scalar.Type()) {
    case ScalarType::kBool:
      return "a boolean";
    case ScalarType::kInt:
      return "an integer";
    case ScalarType::kFloat:
      return "a float";
    case ScalarType::kTimestamp:
      return "a date";
    default:
      return "a string";
  }
}

std::string ActualType(const nlohmann::json& value) {
  if (value.is_null()) return "null";
  if (value.is_boolean()) return "a boolean";
  if (value.is_number()) return "a number";
  if (value.is_array()) return "a list";
  if (value.is_object()) return "a mapping";
  return "a string";
}

class ConfigReporter {
 public:
  ConfigReporter(const Component& component, LintContext& ctx) : component_(component), ctx_(ctx) {}

  void UnknownKeys(const Node& object, const nlohmann::json& object_schema) {
    const nlohmann::json* properties = FindMember(object_schema, "properties");
    std::vector<std::string> allowed;
    if (properties && properties->is_object()) {
      for (const auto& [name, unused] : properties->items()) allowed.push_back(name);
    }
    for (const MapEntry& entry : object.entries) {
      const std::string& key = entry.key->value;
      if (std::find(allowed.begin(), allowed.end(), key) != allowed.end()) continue;
      std::string closest = ClosestMatch(key, allowed, 2);
      ctx_.Report("CR102", entry.key->range,
                  {{"key", key},
                   {"flavor", Flavor()},
                   {"allowed", Join(allowed, ", ")},
                   {"closest", closest}},
                  closest.empty() ? "unknown_key" : "unknown_key_closest");
    }
  }

  void Missing(const std::string& key) {
    const Node* at = component_.body->FindKey("configuration");
    ctx_.Report("CR102", at ? at->range : component_.type_key->range,
                {{"key", key}, {"flavor", Flavor()}}, "missing");
  }

  void WrongType(const Node& value, const std::string& key, const nlohmann::json& property_schema) {
    const nlohmann::json* type = FindMember(property_schema, "type");
    if (type && TypeWord(*type) == "a string" && value.IsScalar() &&
        value.Type() != ScalarType::kNull) {  // `uri: 0x1f`: say how PyYAML read it
      ctx_.Report("CR102", value.range,
                  {{"key", key}, {"value", value.value}, {"actual", ScalarTypeWord(value)}},
                  "pyyaml");
      return;
    }
    ctx_.Report("CR102", value.range,
                {{"key", key},
                 {"expected", type ? TypeWord(*type) : "another type"},
                 {"actual", ActualType(ToJson(value))}},
                "type");
  }

  void Other(const Node& at, const std::string& description) {
    ctx_.Report("CR102", at.range, {{"flavor", Flavor()}, {"detail", description}}, "other");
  }

  static const nlohmann::json* FindMember(const nlohmann::json& object, const char* key) {
    if (!object.is_object()) return nullptr;
    auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
  }

 private:
  std::string Flavor() const { return component_.FlavorName(); }

  const Component& component_;
  LintContext& ctx_;
};

// The schema that applies at a context path (only `properties` are followed).
const nlohmann::json& SchemaAt(const nlohmann::json& schema,
                               const std::vector<std::string>& context) {
  const nlohmann::json* at = &schema;
  for (size_t i = 1; i < context.size(); ++i) {
    const std::string key = context[i].substr(1, context[i].size() - 2);
    const nlohmann::json* properties = ConfigReporter::FindMember(*at, "properties");
    const nlohmann::json* next =
        properties ? ConfigReporter::FindMember(*properties, key.c_str()) : nullptr;
    if (next == nullptr) return *at;
    at = next;
  }
  return *at;
}

// Keys that only some ZenML releases accept (the `config_keys` table in rules/tables/).
void CheckKeyVersions(const Component& component, LintContext& ctx, const StackDocument& doc) {
  const Table* keys = ctx.catalog().FindTable("config_keys");
  std::optional<Version> version = ctx.ZenmlVersion(doc);
  if (keys == nullptr || !version) return;
  for (const MapEntry& entry : component.configuration->entries) {
    const TableRow* row = keys->Find(component.type, entry.key->value);
    if (row == nullptr || row->versions.Holds(version)) continue;
    bool early = row->versions.Before(version);
    ctx.Report("CR102", entry.key->range,
               {{"key", entry.key->value},
                {"since", row->versions.since},
                {"until", row->versions.until},
                {"version", version->ToString()}},
               early ? "since" : "until");
  }
}

}  // namespace

SchemaCheck::SchemaCheck(const RuleCatalog& catalog) {
  for (const auto& entry : catalog.schemas()) {
    const std::string& name = entry.first;
    const std::string& text = entry.second;
    bool used = std::any_of(catalog.flavors().begin(), catalog.flavors().end(),
                            [&](const Flavor& flavor) { return flavor.schema == name; });
    if (!used) continue;  // a schema no flavor names is never needed
    auto compiled = std::make_unique<Compiled>();
    compiled->text = text;
    if (catalog.SchemaOrigin(name) == DataOrigin::kBuiltin) {
      schemas_[name] = std::move(compiled);
      continue;
    }
    try {
      compiled->Get();
      schemas_[name] = std::move(compiled);
    } catch (const std::exception& e) {
      problems_.push_back(Problem{name, e.what(), ProblemKind::kUserRules, "", std::nullopt});
    }
  }
}

SchemaCheck::~SchemaCheck() = default;

void SchemaCheck::Run(const StackDocument& doc, LintContext& ctx) const {
  for (const Component& component : doc.components) {
    if (component.configuration == nullptr || !component.configuration->IsMapping()) continue;
    const Flavor* flavor = ctx.catalog().FindFlavor(component.type, component.FlavorName());
    if (flavor == nullptr) continue;
    auto it = schemas_.find(flavor->schema);
    if (it == schemas_.end()) continue;
    Compiled& compiled = *it->second;
    const valijson::Schema& schema = compiled.Get();

    nlohmann::json target = ToJson(*component.configuration);
    valijson::adapters::NlohmannJsonAdapter adapter(target);
    valijson::ValidationResults results;
    valijson::Validator validator;  // holds a regex cache: one per call keeps Run thread-safe
    ConfigReporter reporter(component, ctx);
    if (!validator.validate(schema, adapter, &results)) {
      valijson::ValidationResults::Error error;
      while (results.popError(error)) {
        const std::string& description = error.description;
        if (StartsWith(description, "Failed to validate against")) continue;  // wrappers
        const Node* at = NodeAt(*component.configuration, error.context);
        if (at == nullptr) continue;
        const nlohmann::json& at_schema = SchemaAt(compiled.document, error.context);
        if (StartsWith(description, "Object contains a property that could not be validated")) {
          reporter.UnknownKeys(*at, at_schema);
        } else if (StartsWith(description, "Missing required property '")) {
          std::string key = description.substr(27, description.rfind('\'') - 27);
          reporter.Missing(key);
        } else if (StartsWith(description, "Value type not permitted")) {
          reporter.WrongType(*at, error.context.back().substr(1, error.context.back().size() - 2),
                             at_schema);
        } else {
          reporter.Other(*at, description);
        }
      }
    }
    // JSON has no date: a date where the schema wants a string passes valijson, not ZenML.
    const nlohmann::json* properties = ConfigReporter::FindMember(compiled.document, "properties");
    for (const MapEntry& entry : component.configuration->entries) {
      const nlohmann::json* property =
          properties ? ConfigReporter::FindMember(*properties, entry.key->value.c_str()) : nullptr;
      const nlohmann::json* type =
          property ? ConfigReporter::FindMember(*property, "type") : nullptr;
      if (type && TypeWord(*type) == "a string" && entry.value->IsScalar() &&
          entry.value->Type() == ScalarType::kTimestamp)
        reporter.WrongType(*entry.value, entry.key->value, *property);
    }
    CheckKeyVersions(component, ctx, doc);
  }
}

}  // namespace stacklint
