#include "baseline.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <tuple>

#include "check.h"
#include "file_walker.h"

namespace stacklint {
namespace {

namespace fs = std::filesystem;
using Key = std::tuple<std::string, std::string, std::string>;

fs::path FolderOf(const std::string& file) {
  std::error_code error;
  return fs::absolute(file, error).lexically_normal().parent_path();
}

}  // namespace

std::string BaselineText(const std::vector<Diagnostic>& diagnostics,
                         const std::string& baseline_path) {
  fs::path folder = FolderOf(baseline_path);
  std::string out = "{\"version\": " + std::to_string(kBaselineVersion) + ", \"findings\": [\n";
  bool first = true;
  for (const Diagnostic& d : diagnostics) {
    if (d.suppressed) continue;
    nlohmann::ordered_json entry = {{"path", d.path == "-" ? d.path : RelativeTo(d.path, folder)},
                                    {"rule", d.rule_id},
                                    {"yaml_path", d.yaml_path}};
    out += (first ? "  " : ",\n  ") +
           entry.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    first = false;
  }
  out += "\n]}\n";
  return out;
}

bool ParseBaseline(const std::string& text, const std::string& baseline_path,
                   std::vector<BaselineEntry>* entries, std::string* error) {
  nlohmann::json document = nlohmann::json::parse(text, nullptr, false);
  if (document.is_discarded() || !document.is_object() || !document.contains("findings") ||
      !document["findings"].is_array()) {
    *error = "not a stacklint baseline (write one with --write-baseline)";
    return false;
  }
  const nlohmann::json& version = document.value("version", nlohmann::json());
  if (!version.is_number_integer() || version.get<int>() < 1 ||
      version.get<int>() > kBaselineVersion) {
    *error = "baseline `version` is " + (version.is_null() ? "missing" : version.dump()) +
             "; this stacklint reads versions 1 to " + std::to_string(kBaselineVersion) +
             " (write it again with --write-baseline)";
    return false;
  }
  // Version 1 paths are relative to the working directory it was written from (taken as this
  // one); version 2 paths to the baseline's folder.
  bool relative_to_file = version.get<int>() >= 2;
  fs::path folder = FolderOf(baseline_path);
  // Entries are written one per line; find each one's line for the unused-entry note.
  std::vector<int> lines;
  std::istringstream in(text);
  int number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    if (line.find("\"rule\"") != std::string::npos) lines.push_back(number);
  }
  size_t index = 0;
  for (const auto& item : document["findings"]) {
    if (!item.is_object() || !item.value("path", nlohmann::json()).is_string() ||
        !item.value("rule", nlohmann::json()).is_string()) {
      *error = "baseline entry " + std::to_string(index + 1) + " needs `path` and `rule`";
      return false;
    }
    std::string path = item["path"];
    if (relative_to_file && path != "-") path = DisplayPath((folder / path).string());
    BaselineEntry entry{path, item["rule"], item.value("yaml_path", std::string()),
                        index < lines.size() ? lines[index] : 1};
    entries->push_back(std::move(entry));
    ++index;
  }
  return true;
}

std::vector<BaselineEntry> ApplyBaseline(const std::vector<BaselineEntry>& entries,
                                         const std::string& baseline_path,
                                         std::vector<Diagnostic>* diagnostics) {
  std::multimap<Key, const BaselineEntry*> open;
  for (const BaselineEntry& entry : entries)
    open.emplace(Key{entry.path, entry.rule, entry.yaml_path}, &entry);
  for (Diagnostic& d : *diagnostics) {
    if (d.suppressed) continue;
    auto it = open.find(Key{d.path, d.rule_id, d.yaml_path});
    if (it == open.end()) continue;
    d.suppressed = "in the baseline " + baseline_path;
    d.suppressed_in_source = false;
    open.erase(it);
  }
  std::vector<BaselineEntry> unused;
  for (const auto& [key, entry] : open) unused.push_back(*entry);
  std::sort(unused.begin(), unused.end(),
            [](const BaselineEntry& a, const BaselineEntry& b) { return a.line < b.line; });
  return unused;
}

std::optional<Problem> WriteBaselineFile(const std::string& path,
                                         const std::vector<Diagnostic>& diagnostics) {
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  file << BaselineText(diagnostics, path);
  if (file) return std::nullopt;
  return Problem{path, "cannot write this file", ProblemKind::kOutput, "--write-baseline",
                 std::nullopt};
}

std::optional<Problem> UseBaseline(const std::string& path, const RuleCatalog& catalog,
                                   LintResults* results) {
  std::string text, error;
  std::vector<BaselineEntry> entries;
  if (!ReadFile(path, 64 * 1024 * 1024, &text, &error) ||
      !ParseBaseline(text, path, &entries, &error)) {
    return Problem{path, error, ProblemKind::kUsage, "--baseline", std::nullopt};
  }
  std::string shown = DisplayPath(path);
  std::vector<BaselineEntry> unused = ApplyBaseline(entries, shown, &results->diagnostics);
  if (unused.empty()) return std::nullopt;
  auto source = std::make_shared<const SourceFile>(shown, text);
  std::vector<Diagnostic> stale;
  LintContext ctx(*source, catalog, std::nullopt, &stale);
  for (const BaselineEntry& entry : unused) {
    size_t start = source->LineStart(entry.line);
    ctx.Report("SL011", source->RangeOf(start, start + source->LineText(entry.line).size()),
               {{"rule", entry.rule}, {"path", entry.path}, {"yaml_path", entry.yaml_path}});
  }
  results->sources[shown] = source;
  std::sort(stale.begin(), stale.end(), DiagnosticLess);
  std::vector<Diagnostic>& all = results->diagnostics;
  size_t middle = all.size();
  all.insert(all.end(), std::make_move_iterator(stale.begin()),
             std::make_move_iterator(stale.end()));
  std::inplace_merge(all.begin(), all.begin() + middle, all.end(), DiagnosticLess);
  return std::nullopt;
}

}  // namespace stacklint
