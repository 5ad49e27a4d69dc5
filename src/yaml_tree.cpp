#include "yaml_tree.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <istream>
#include <streambuf>
#include <unordered_map>
#include <unordered_set>

#include "pyyaml_scalar.h"
#include "text_util.h"

namespace stacklint {

const Node* Node::Find(std::string_view key) const {
  for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
    if (it->key->kind == NodeKind::kScalar && it->key->value == key) return it->value;
  }
  return nullptr;
}

const Node* Node::FindKey(std::string_view key) const {
  for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
    if (it->key->kind == NodeKind::kScalar && it->key->value == key) return it->key;
  }
  return nullptr;
}

ScalarType Node::Type() const {
  if (kind == NodeKind::kNull) return ScalarType::kNull;
  if (kind != NodeKind::kScalar) return ScalarType::kString;
  // An explicit standard tag decides; any other tag, quotes or a block make a string.
  static const std::pair<std::string_view, ScalarType> kTags[] = {
      {"tag:yaml.org,2002:null", ScalarType::kNull},
      {"tag:yaml.org,2002:bool", ScalarType::kBool},
      {"tag:yaml.org,2002:int", ScalarType::kInt},
      {"tag:yaml.org,2002:float", ScalarType::kFloat},
      {"tag:yaml.org,2002:timestamp", ScalarType::kTimestamp}};
  for (const auto& [name, type] : kTags) {
    if (tag == name) return type;
  }
  if (!IsPlainScalar()) return ScalarType::kString;
  switch (ResolvePlainScalar(value)) {
    case PyYamlType::kNull:
      return ScalarType::kNull;
    case PyYamlType::kBool:
      return ScalarType::kBool;
    case PyYamlType::kInt:
      return ScalarType::kInt;
    case PyYamlType::kFloat:
      return ScalarType::kFloat;
    case PyYamlType::kTimestamp:
      return ScalarType::kTimestamp;
    default:
      return ScalarType::kString;  // `<<` and `=` as values are reported as unloadable
  }
}

namespace {

// Read-only view of a string as a std::istream buffer, so the parser reads without a copy.
class MemoryBuffer : public std::streambuf {
 public:
  MemoryBuffer(const char* data, size_t size) {
    char* begin = const_cast<char*>(data);  // streambuf's API is non-const; we never write
    setg(begin, begin, begin + size);
  }
};

struct LimitExceeded {
  LoadError error;
};

bool IsBlank(char c) { return c == ' ' || c == '\t'; }
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool IsFlowIndicator(char c) { return c == ',' || c == '[' || c == ']' || c == '{' || c == '}'; }

size_t SaturatingAdd(size_t a, size_t b) { return a > SIZE_MAX - b ? SIZE_MAX : a + b; }

// Builds the tree from yaml-cpp's events. Containers are attached to their parent when they
// start, so a mapping's entries are complete by the time its parent ends.
class TreeBuilder : public YAML::EventHandler {
 public:
  TreeBuilder(const SourceFile& source, size_t base, const LoadLimits& limits, YamlTree& tree,
              const DocumentSink& sink)
      : source_(source),
        text_(source.text()),
        base_(base),
        limits_(limits),
        tree_(tree),
        sink_(sink) {}

  void OnDocumentStart(const YAML::Mark& mark) override {
    // yaml-cpp can loop on some malformed input, starting empty documents at one place forever
    // (found by fuzzing): a document must start past the previous one.
    size_t at = Offset(mark);
    if (documents_started_ > 0 && at <= last_document_start_) {
      ThrowSyntax("the YAML parser stopped making progress here (malformed input)", at);
    }
    last_document_start_ = at;
    if (++documents_started_ > limits_.max_documents) {
      ThrowLimit("file has more than " + std::to_string(limits_.max_documents) +
                     " documents (raise with --max-documents)",
                 Offset(mark));
    }
    anchors_.clear();
    open_.clear();
    root_ = nullptr;
    work_ = 0;
  }

  void OnDocumentEnd() override {
    // An empty document (nothing, or only comments) holds nothing to check.
    if (root_ != nullptr && root_->kind != NodeKind::kNull) {
      tree_.documents.push_back(YamlDocument{root_});
      if (sink_) sink_(tree_);
    }
    if (!sink_) return;
    tree_.documents.clear();
    tree_.duplicates.clear();
    tree_.unloadable.clear();
    tree_.aliases.clear();
    tree_.nodes.clear();
    anchors_.clear();
    root_ = nullptr;
  }

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    Node& node = NewNode(NodeKind::kNull);
    node.range = NullRange(Offset(mark));
    Register(anchor, node);
    Attach(&node);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    Node* target = anchor < anchors_.size() ? anchors_[anchor] : nullptr;
    if (target == nullptr) ThrowSyntax("alias to an unknown anchor", Offset(mark));
    for (const Open& open : open_) {
      if (open.node == target) ThrowSyntax("alias refers to a node that contains it", Offset(mark));
    }
    size_t at = Offset(mark), end = at;
    if (end < text_.size() && text_[end] == '*') ++end;
    while (end < text_.size() && !IsSpace(text_[end]) && !IsFlowIndicator(text_[end])) ++end;
    Range use = source_.RangeOf(at, end);
    ++target->uses;
    tree_.aliases.push_back(AliasUse{use, target->range, target->IsScalar()});
    if (target->IsMapping() || target->IsSequence()) {
      Attach(target);  // collections are shared, never copied (alias bombs stay cheap)
      return;
    }
    Node& copy = NewNode(target->kind);
    copy.style = target->style;
    copy.value = target->value;
    copy.tag = target->tag;
    copy.range = target->range;
    copy.alias_of = target;
    copy.use_range = use;
    Attach(&copy);
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    Node& node = NewNode(NodeKind::kScalar);
    node.value = value;
    size_t begin = SkipProperties(Offset(mark));
    char first = begin < text_.size() ? text_[begin] : '\0';
    if (tag == "!" && (first == '"' || first == '\'')) node.style = ScalarStyle::kQuoted;
    if (tag == "!" && (first == '|' || first == '>')) node.style = ScalarStyle::kBlock;
    if (tag != "!" && tag != "?") node.tag = tag;
    size_t end = ScalarEnd(begin, node.style);
    if (node.style == ScalarStyle::kQuoted && (end - begin < 2 || text_[end - 1] != first)) {
      ThrowSyntax("unterminated quoted string", begin);  // yaml-cpp accepts one at the end
    }
    if (node.style == ScalarStyle::kBlock) end = BlockScalarEnd(begin, end);
    if (node.style == ScalarStyle::kPlain) end = PlainScalarEnd(begin, end, value);
    node.range = source_.RangeOf(begin, end);
    Register(anchor, node);
    CheckConstructible(node, !open_.empty() && open_.back().node->IsMapping() &&
                                 open_.back().pending_key == nullptr);
    Attach(&node);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value style) override {
    StartCollection(NodeKind::kSequence, mark, tag, anchor, style);
  }
  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value style) override {
    StartCollection(NodeKind::kMapping, mark, tag, anchor, style);
  }
  void OnSequenceEnd() override { EndCollection(); }
  void OnMapEnd() override { EndCollection(); }

 private:
  struct Open {
    Node* node;
    bool flow;
    const Node* pending_key = nullptr;                  // a mapping's key waiting for its value
    std::unordered_map<std::string, const Node*> keys;  // explicit scalar keys, for duplicates
  };

  size_t Offset(const YAML::Mark& mark) const {
    return mark.pos < 0 ? text_.size() : std::min(text_.size(), base_ + mark.pos);
  }

  [[noreturn]] void ThrowLimit(std::string message, size_t offset) const {
    throw LimitExceeded{
        {LoadError::Kind::kLimit, std::move(message), source_.RangeOf(offset, offset)}};
  }
  [[noreturn]] void ThrowSyntax(std::string message, size_t offset) const {
    throw LimitExceeded{
        {LoadError::Kind::kSyntax, std::move(message), source_.RangeOf(offset, offset)}};
  }

  Node& NewNode(NodeKind kind) {
    CountWork(1, 0);
    tree_.nodes.emplace_back();
    Node& node = tree_.nodes.back();
    node.kind = kind;
    return node;
  }

  // Bounds the work of one document: events plus entries copied by merge keys.
  void CountWork(size_t amount, size_t offset) {
    work_ = SaturatingAdd(work_, amount);
    if (work_ > 4 * limits_.max_expanded_nodes) {
      ThrowLimit("document expands to more than " + std::to_string(limits_.max_expanded_nodes) +
                     " nodes with aliases and merge keys expanded (raise with --max-nodes)",
                 offset);
    }
  }

  void Register(YAML::anchor_t anchor, Node& node) {
    if (anchor == YAML::NullAnchor) return;
    if (anchors_.size() <= anchor) anchors_.resize(anchor + 1, nullptr);
    anchors_[anchor] = &node;
  }

  void StartCollection(NodeKind kind, const YAML::Mark& mark, const std::string& tag,
                       YAML::anchor_t anchor, YAML::EmitterStyle::value style) {
    size_t begin = SkipProperties(Offset(mark));
    if (open_.size() >= limits_.max_depth) {
      ThrowLimit("nesting is deeper than " + std::to_string(limits_.max_depth) +
                     " levels (raise with --max-depth)",
                 begin);
    }
    Node& node = NewNode(kind);
    if (tag != "!" && tag != "?") node.tag = tag;
    node.range = source_.RangeOf(begin, begin);
    Register(anchor, node);
    Attach(&node);
    bool flow = style == YAML::EmitterStyle::Flow || (!open_.empty() && open_.back().flow);
    open_.push_back(Open{&node, flow, nullptr, {}});
  }

  void EndCollection() {
    Node& node = *open_.back().node;
    if (node.IsMapping()) ResolveMergeKeys(node);
    size_t size = 1;
    const Node* last = nullptr;
    for (const Node* item : node.items)
      size = SaturatingAdd(size, item->expanded_size), last = item;
    for (const MapEntry& entry : node.entries) {
      size =
          SaturatingAdd(size, SaturatingAdd(entry.key->expanded_size, entry.value->expanded_size));
      if (!entry.merged) last = entry.value;
    }
    node.expanded_size = size;
    if (last != nullptr && last->range.end_offset > node.range.end_offset) {
      node.range = source_.RangeOf(node.range.begin_offset, last->range.end_offset);
    }
    open_.pop_back();
    if (size > limits_.max_expanded_nodes) {
      ThrowLimit("document expands to more than " + std::to_string(limits_.max_expanded_nodes) +
                     " nodes with aliases and merge keys expanded (raise with --max-nodes)",
                 node.range.begin_offset);
    }
  }

  void Attach(const Node* node) {
    if (open_.empty()) {
      root_ = node;
      return;
    }
    Open& parent = open_.back();
    if (parent.node->IsSequence()) {
      parent.node->items.push_back(node);
      return;
    }
    if (parent.pending_key == nullptr) {
      if (node->IsMapping() || node->IsSequence()) {  // a Python dict key must be hashable
        Unloadable("a list or mapping as a key is unhashable in Python; PyYAML cannot load it",
                   *node);
      }
      parent.pending_key = node;
      return;
    }
    const Node* key = parent.pending_key;
    parent.pending_key = nullptr;
    if (key->IsScalar() && !IsMergeKey(*key)) {
      auto [it, inserted] = parent.keys.emplace(key->value, key);
      if (!inserted) tree_.duplicates.push_back(DuplicateKey{it->second, key});
    }
    parent.node->entries.push_back(MapEntry{key, node});
  }

  // `<<` plain and untagged, or any key tagged `!!merge` (PyYAML looks at the tag alone).
  static bool IsMergeKey(const Node& key) {
    if (key.tag == "tag:yaml.org,2002:merge") return true;
    return key.IsPlainScalar() && key.value == "<<";
  }

  void Unloadable(std::string message, const Node& at) {
    tree_.unloadable.push_back(LoadError{LoadError::Kind::kSyntax, std::move(message), at.range});
  }

  // Plain scalars PyYAML resolves to a tag safe_load has no constructor for (as a key, `=` is
  // turned into a string by flatten_mapping, and `<<` merges).
  void CheckConstructible(const Node& scalar, bool is_key) {
    if (!scalar.IsPlainScalar() || is_key) return;
    if (scalar.value == "=") {
      Unloadable("a plain `=` is YAML 1.1's value tag, which PyYAML cannot construct; quote it",
                 scalar);
    } else if (scalar.value == "<<") {
      Unloadable(
          "a plain `<<` is YAML 1.1's merge key, which PyYAML cannot construct as a value; "
          "quote it",
          scalar);
    }
  }

  static std::string KindWord(const Node& node) {
    if (node.IsSequence()) return "a list";
    return node.Type() == ScalarType::kNull ? "null" : "a scalar";
  }

  // YAML 1.1 merge keys as PyYAML's SafeConstructor.flatten_mapping resolves them: the maps of
  // every `<<` in order (a list's maps in reverse), then the explicit keys; the last one wins. A
  // `<<` whose value is not a mapping or a list of mappings makes the file unloadable.
  void ResolveMergeKeys(Node& map) {
    std::vector<const MapEntry*> merged;
    std::vector<MapEntry> explicit_entries;
    for (const MapEntry& entry : map.entries) {
      if (!IsMergeKey(*entry.key)) {
        explicit_entries.push_back(entry);
      } else if (entry.value->IsMapping()) {
        for (const MapEntry& e : entry.value->entries) merged.push_back(&e);
      } else if (entry.value->IsSequence()) {
        for (auto it = entry.value->items.rbegin(); it != entry.value->items.rend(); ++it) {
          if (!(*it)->IsMapping()) {
            Unloadable(
                "each item of a merge key (`<<`) list must be a mapping, not " + KindWord(**it),
                **it);
            continue;
          }
          for (const MapEntry& e : (*it)->entries) merged.push_back(&e);
        }
      } else {
        Unloadable("a merge key (`<<`) takes a mapping or a list of mappings, not " +
                       KindWord(*entry.value),
                   *entry.value);
      }
    }
    if (merged.size() == 0 && explicit_entries.size() == map.entries.size()) return;
    CountWork(merged.size(), map.range.begin_offset);
    std::unordered_set<std::string> seen;
    for (const MapEntry& entry : explicit_entries) {
      if (entry.key->IsScalar()) seen.insert(entry.key->value);
    }
    std::vector<MapEntry> winners;  // merged entries no later one overrides, last first
    for (auto it = merged.rbegin(); it != merged.rend(); ++it) {
      const MapEntry& entry = **it;
      if (entry.key->IsScalar() && !seen.insert(entry.key->value).second) continue;
      winners.push_back(MapEntry{entry.key, entry.value, true});
    }
    explicit_entries.insert(explicit_entries.end(), winners.rbegin(), winners.rend());
    map.entries = std::move(explicit_entries);
  }

  // Anchors (&a) and tags (!t) stand before a value; the value starts after them.
  size_t SkipProperties(size_t offset) const {
    size_t i = offset;
    while (i < text_.size() && (text_[i] == '&' || text_[i] == '!')) {
      while (i < text_.size() && !IsSpace(text_[i])) ++i;
      while (i < text_.size()) {
        if (IsSpace(text_[i])) {
          ++i;
        } else if (text_[i] == '#') {
          while (i < text_.size() && text_[i] != '\n') ++i;
        } else {
          break;
        }
      }
    }
    return i;
  }

  size_t ScalarEnd(size_t begin, ScalarStyle style) const {
    size_t n = text_.size(), i = begin;
    if (style == ScalarStyle::kQuoted && text_[begin] == '"') {
      for (++i; i < n; ++i) {
        if (text_[i] == '\\')
          ++i;
        else if (text_[i] == '"')
          return i + 1;
      }
      return n;
    }
    if (style == ScalarStyle::kQuoted) {
      for (++i; i < n; ++i) {
        if (text_[i] != '\'') continue;
        if (i + 1 < n && text_[i + 1] == '\'')
          ++i;
        else
          return i + 1;
      }
      return n;
    }
    bool in_flow = !open_.empty() && open_.back().flow;
    for (; i < n; ++i) {
      char c = text_[i];
      if (c == '\n' || c == '\r') break;
      if (c == '#' && i > begin && IsBlank(text_[i - 1])) break;
      if (style == ScalarStyle::kBlock) continue;
      if (c == ':' &&
          (i + 1 == n || IsSpace(text_[i + 1]) || (in_flow && IsFlowIndicator(text_[i + 1]))))
        break;
      if (in_flow && IsFlowIndicator(c)) break;
    }
    while (i > begin && IsBlank(text_[i - 1])) --i;
    return i;
  }

  // The indentation a block scalar's content must exceed: its key's column, its `- `'s column,
  // or -1 at the top level.
  int ParentIndent(size_t header) const {
    if (open_.empty()) return -1;
    size_t line_start = text_.rfind('\n', header == 0 ? 0 : header - 1);
    line_start = line_start == std::string::npos ? 0 : line_start + 1;
    const Open& parent = open_.back();
    if (parent.node->IsMapping() && parent.pending_key != nullptr) {
      size_t key = parent.pending_key->range.begin_offset;
      size_t key_line = key == 0 ? std::string::npos : text_.rfind('\n', key - 1);
      key_line = key_line == std::string::npos ? 0 : key_line + 1;
      return static_cast<int>(key - key_line);
    }
    size_t i = header;
    while (i > line_start && IsBlank(text_[i - 1])) --i;
    if (i > line_start && text_[i - 1] == '-') return static_cast<int>(i - 1 - line_start);
    size_t indent = line_start;
    while (indent < text_.size() && text_[indent] == ' ') ++indent;
    return static_cast<int>(indent - line_start);
  }

  // A block scalar runs from its header over every following line that is blank or indented at
  // least as far as its first content line (more than its parent); its range ends after the last
  // non-blank one.
  size_t BlockScalarEnd(size_t header, size_t header_end) const {
    int parent = ParentIndent(header);
    int indicator = 0;
    for (size_t i = header + 1; i < header_end && !IsSpace(text_[i]); ++i) {
      if (text_[i] >= '1' && text_[i] <= '9') indicator = text_[i] - '0';
    }
    size_t end = header_end, i = text_.find('\n', header_end);
    int content = indicator > 0 ? std::max(parent, 0) + indicator : -1;
    while (i != std::string::npos && i + 1 <= text_.size()) {
      size_t start = i + 1, eol = text_.find('\n', start);
      size_t stop = eol == std::string::npos ? text_.size() : eol;
      size_t last = stop;
      while (last > start && (text_[last - 1] == '\r' || IsBlank(text_[last - 1]))) --last;
      size_t indent = start;
      while (indent < last && text_[indent] == ' ') ++indent;
      int width = static_cast<int>(indent - start);
      if (last > start) {
        std::string_view line(text_.data() + start, last - start);
        bool marker = width == 0 && (StartsWith(line, "---") || StartsWith(line, "...")) &&
                      (line.size() == 3 || IsSpace(line[3]));
        if (width <= parent || marker) break;
        if (content < 0) content = width;
        if (width < content) break;  // a less indented comment after the value
        end = last;
      }
      i = eol;
    }
    return end;
  }

  // A plain scalar may go on over more lines (folded into one value): follow them while the
  // folded text is a prefix of the parser's value.
  size_t PlainScalarEnd(size_t begin, size_t end, const std::string& value) const {
    size_t matched = end - begin, best = end;  // value[0, matched) is accounted for
    while (matched < value.size()) {
      size_t i = end;
      while (i < text_.size() && IsBlank(text_[i])) ++i;
      if (i >= text_.size() || (text_[i] != '\n' && text_[i] != '\r')) break;
      size_t breaks = 0;
      while (i < text_.size()) {  // line breaks, then any blank lines
        if (text_[i] == '\r') {
          ++i;
        } else if (text_[i] == '\n') {
          ++i, ++breaks;
        } else if (IsBlank(text_[i])) {
          ++i;
        } else {
          break;
        }
      }
      if (i >= text_.size() || text_[i] == '#') break;
      size_t line_end = ScalarEnd(i, ScalarStyle::kPlain);
      if (line_end == i) break;
      std::string separator = breaks > 1 ? std::string(breaks - 1, '\n') : " ";
      if (value.compare(matched, separator.size(), separator) != 0) break;
      matched += separator.size();
      if (value.compare(matched, line_end - i, text_, i, line_end - i) != 0) break;
      matched += line_end - i;
      end = line_end;
      if (matched == value.size()) best = end;
    }
    return best;
  }

  // yaml-cpp gives an implicit null the mark of the next token, so a mapping value's null is
  // placed right after its key's colon instead.
  Range NullRange(size_t mark_offset) const {
    size_t at = mark_offset;
    if (!open_.empty() && open_.back().node->IsMapping() && open_.back().pending_key != nullptr) {
      size_t i = open_.back().pending_key->range.end_offset;
      while (i < text_.size() && IsBlank(text_[i])) ++i;
      if (i < text_.size() && text_[i] == ':') ++i;
      while (i < text_.size() && IsBlank(text_[i])) ++i;
      at = i;
    }
    std::string_view rest = std::string_view(text_).substr(at);
    for (std::string_view token : {"~", "null", "Null", "NULL"}) {
      if (StartsWith(rest, token) && (rest.size() == token.size() || IsSpace(rest[token.size()]) ||
                                      IsFlowIndicator(rest[token.size()])))
        return source_.RangeOf(at, at + token.size());
    }
    return source_.RangeOf(at, at);
  }

  const SourceFile& source_;
  const std::string& text_;
  size_t base_;
  const LoadLimits& limits_;
  YamlTree& tree_;
  const DocumentSink& sink_;
  std::vector<Node*> anchors_;
  std::vector<Open> open_;
  const Node* root_ = nullptr;
  size_t work_ = 0;
  size_t documents_started_ = 0;  // empty ones included
  size_t last_document_start_ = 0;
};

// The most common cause of a YAML syntax error is a tab in the indentation; yaml-cpp's messages
// do not say so.
std::string TabIndentationHint(const SourceFile& source, int error_line) {
  for (int line = error_line; line >= 1 && line > error_line - 3; --line) {
    std::string_view text = source.LineText(line);
    size_t indent = text.find_first_not_of(" \t");
    if (text.substr(0, indent).find('\t') != std::string_view::npos) {
      return " (line " + std::to_string(line) + " is indented with a tab; YAML allows only spaces)";
    }
  }
  return "";
}

}  // namespace

const AliasUse* FindSharedValue(const std::vector<AliasUse>& aliases, size_t begin, size_t end) {
  for (const AliasUse& use : aliases) {
    const Range& r = use.target;
    // An insertion at a collection's end adds to it; at a scalar's end it does not.
    bool inside = use.target_is_scalar ? r.begin_offset < begin && begin < r.end_offset
                                       : r.begin_offset <= begin && begin <= r.end_offset;
    bool touches = begin == end ? inside : begin < r.end_offset && r.begin_offset < end;
    if (touches) return &use;
  }
  return nullptr;
}

std::vector<Range> YamlTree::ScalarRanges(const SourceFile& source) const {
  std::vector<Range> ranges;
  for (const Node& node : nodes) {
    if (!node.IsScalar() || node.alias_of != nullptr) continue;
    const Range& r = node.range;
    size_t newline = source.text().find('\n', r.begin_offset);
    if (node.style != ScalarStyle::kBlock || newline >= r.end_offset) {
      ranges.push_back(r);
      continue;
    }
    ranges.push_back(source.RangeOf(r.begin_offset, r.begin_offset + 1));  // `|` or `>`
    ranges.push_back(source.RangeOf(newline + 1, r.end_offset));
  }
  std::sort(ranges.begin(), ranges.end(),
            [](const Range& a, const Range& b) { return a.begin_offset < b.begin_offset; });
  return ranges;
}

std::unique_ptr<YamlTree> LoadYaml(const SourceFile& source, const LoadLimits& limits,
                                   const DocumentSink& sink) {
  auto tree = std::make_unique<YamlTree>();
  const std::string& text = source.text();
  size_t base = StartsWith(text, "\xEF\xBB\xBF") ? 3 : 0;  // yaml-cpp does not count a BOM
  MemoryBuffer buffer(text.data() + base, text.size() - base);
  std::istream stream(&buffer);
  TreeBuilder builder(source, base, limits, *tree, sink);
  try {
    YAML::Parser parser(stream);
    while (parser.HandleNextDocument(builder)) {
    }
  } catch (const LimitExceeded& limit) {
    tree->error = limit.error;
  } catch (const YAML::Exception& e) {
    size_t offset = e.mark.pos < 0 ? text.size() : std::min(text.size(), base + e.mark.pos);
    std::string message = e.msg.empty() ? std::string("invalid YAML") : e.msg;
    message += TabIndentationHint(source, source.PositionAt(offset).line);
    tree->error = LoadError{LoadError::Kind::kSyntax, message, source.RangeOf(offset, offset)};
  }
  return tree;
}

}  // namespace stacklint
