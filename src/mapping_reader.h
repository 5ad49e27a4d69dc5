// The one reader of stacklint's own YAML files, config files (.stacklint.yaml, [tool.stacklint])
// and rule files alike: typed reads from a mapping, each mistake reported at its line and column
// with the same message wherever the same mistake is made.
//
//   MappingReader reader(*root, [&](const Range& at, const std::string& message) { ... });
//   std::string name = reader.String("name", /*required=*/true);
//   reader.RejectUnknownKeys({"kind", "name"});
#ifndef STACKLINT_MAPPING_READER_H_
#define STACKLINT_MAPPING_READER_H_

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostic.h"
#include "position.h"
#include "source_file.h"
#include "yaml_tree.h"

namespace stacklint {

/// Receives each mistake: where in the file, and the message (one line, no position in it).
using ReportMistake = std::function<void(const Range& at, const std::string& message)>;

/// Parses a config or rule file. A syntax error and each key written twice (at the second one:
/// which one a reader would keep is a guess) are reported; nullptr after a syntax error.
std::unique_ptr<YamlTree> LoadSettingsYaml(const SourceFile& source, const ReportMistake& report);

/// "path:line:col: message", the form every config and rule file mistake is shown in.
std::string MistakeText(const std::string& path, const Position& at, const std::string& message);

class MappingReader {
 public:
  MappingReader(const Node& map, ReportMistake report) : map_(map), report_(std::move(report)) {}

  /// No mistake reported through this reader yet.
  bool ok() const { return ok_; }
  const Node& map() const { return map_; }
  /// Reports `message` at `at`, or at the mapping when `at` is nullptr.
  void Error(const Node* at, const std::string& message);

  const Node* Get(std::string_view key) const { return map_.Find(key); }
  /// The string at `key`: "" when absent (a mistake if `required`) or not a string.
  std::string String(std::string_view key, bool required);
  /// `node` as a string, or nullopt after "`key` must be a string".
  std::optional<std::string> StringOf(const Node& node, std::string_view key);
  /// true or false at `key`; false when absent.
  bool Bool(std::string_view key);
  /// The strings of a list (a lone string reads as a one-item list), as their nodes.
  std::vector<const Node*> StringNodes(const Node& node, std::string_view key);
  /// StringNodes of the value at `key` as text; empty when absent.
  std::vector<std::string> StringList(std::string_view key);
  /// error, warning or note; nullopt after "`key` must be error, warning or note".
  std::optional<Severity> SeverityOf(const Node& node, std::string_view key);
  /// A ZenML version such as 0.74.0; "" when `node` is nullptr or after a mistake.
  std::string VersionOf(const Node* node, std::string_view key);
  /// Whether `node` is a mapping; else reports "`key` must map " + `what`.
  bool RequireMap(const Node* node, std::string_view key, std::string_view what);
  /// Reports each key of the mapping that is not in `known`, with the closest known one.
  void RejectUnknownKeys(const std::vector<std::string>& known);

 private:
  const Node& map_;
  ReportMistake report_;
  bool ok_ = true;
};

}  // namespace stacklint

#endif  // STACKLINT_MAPPING_READER_H_
