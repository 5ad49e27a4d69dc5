#include "config_toml.h"

#include <toml++/toml.h>

#include <nlohmann/json.hpp>
#include <sstream>

namespace stacklint {
namespace {

class YamlWriter {
 public:
  void Line(const std::string& text, const toml::source_region& where) {
    out_.yaml += text + '\n';
    out_.lines.push_back(
        Position{static_cast<int>(where.begin.line), static_cast<int>(where.begin.column)});
  }

  // A value below a key at `indent`: scalars on their own line, arrays as block sequences,
  // tables as block mappings; arrays and tables inside arrays as flow JSON (config mistakes).
  void Value(const toml::node& node, const std::string& indent) {
    if (const toml::array* array = node.as_array()) {
      if (array->empty()) return Line(indent + "[]", node.source());
      for (const toml::node& item : *array) {
        if (item.is_array() || item.is_table())
          Line(indent + "- " + Json(item).dump(), item.source());
        else
          Line(indent + "- " + Scalar(item), item.source());
      }
    } else if (const toml::table* table = node.as_table()) {
      if (table->empty()) return Line(indent + "{}", node.source());
      for (const auto& [key, value] : *table) {
        Line(indent + Quote(std::string(key.str())) + ":", key.source());
        Value(value, indent + "  ");
      }
    } else {
      Line(indent + Scalar(node), node.source());
    }
  }

  TomlConfig Take() { return std::move(out_); }

 private:
  static std::string Quote(const std::string& text) {
    return nlohmann::json(text).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  }
  // Strings quoted (so ParseConfig sees strings), numbers and booleans plain (so it sees those).
  static std::string Scalar(const toml::node& node) {
    if (auto text = node.value<std::string>()) return Quote(*text);
    if (auto flag = node.value_exact<bool>()) return *flag ? "true" : "false";
    if (auto number = node.value_exact<int64_t>()) return std::to_string(*number);
    if (auto number = node.value_exact<double>()) return std::to_string(*number);
    std::ostringstream text;  // dates and times: shown as TOML writes them
    node.visit([&](const auto& value) { text << value; });
    return Quote(text.str());
  }
  static nlohmann::json Json(const toml::node& node) {
    if (const toml::array* array = node.as_array()) {
      nlohmann::json out = nlohmann::json::array();
      for (const toml::node& item : *array) out.push_back(Json(item));
      return out;
    }
    if (const toml::table* table = node.as_table()) {
      nlohmann::json out = nlohmann::json::object();
      for (const auto& [key, value] : *table) out[std::string(key.str())] = Json(value);
      return out;
    }
    if (auto text = node.value<std::string>()) return *text;
    return nullptr;
  }

  TomlConfig out_;
};

}  // namespace

std::optional<TomlConfig> ReadTomlConfig(const std::string& text, std::string* error) {
  if (text.find("stacklint") == std::string::npos) return std::nullopt;  // cheap: no table
  toml::table document;
  try {
    document = toml::parse(text);
  } catch (const toml::parse_error& e) {
    *error = std::to_string(e.source().begin.line) + ":" + std::to_string(e.source().begin.column) +
             ": invalid TOML: " + std::string(e.description());
    return TomlConfig{};
  }
  const toml::table* tool = document["tool"].as_table();
  const toml::node* settings = tool ? tool->get("stacklint") : nullptr;
  if (settings == nullptr) return std::nullopt;
  YamlWriter writer;
  if (!settings->is_table()) {
    *error = std::to_string(settings->source().begin.line) + ":" +
             std::to_string(settings->source().begin.column) +
             ": `tool.stacklint` must be a table of settings";
    return TomlConfig{};
  }
  for (const auto& [key, value] : *settings->as_table()) {
    writer.Line(nlohmann::json(std::string(key.str())).dump() + ":", key.source());
    writer.Value(value, "  ");
  }
  return writer.Take();
}

}  // namespace stacklint
