#include "check_registry_uri.h"

#include <re2/re2.h>

#include "docker_reference.h"
#include "fixer.h"
#include "text_util.h"

namespace stacklint {
namespace {

bool Matches(const Regex& regex, std::string_view text) {
  return regex && regex.MayMatch(text) && RE2::PartialMatch(text, *regex);
}

std::vector<std::string_view> SplitPath(std::string_view uri) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  while (true) {
    size_t slash = uri.find('/', start);
    parts.push_back(uri.substr(start, slash == std::string_view::npos ? slash : slash - start));
    if (slash == std::string_view::npos) return parts;
    start = slash + 1;
  }
}

bool HasUpper(std::string_view text) {
  return text.find_first_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") != std::string_view::npos;
}

// A `$NAME` or `${...}` that a template fills in before import.
bool HasTemplate(std::string_view text) {
  if (text.find('$') == std::string_view::npos) return false;  // both need one
  static const RE2 kVariable(R"(\$[A-Za-z_{])");
  return IsPlaceholder(text) || RE2::PartialMatch(text, kVariable);
}

// Docker's limit on the path after the registry host (distribution/reference v0.6.0 and later).
constexpr size_t kMaxPathLength = 255;
// The shortest image name ZenML can append: `/` and one character.
constexpr size_t kShortestImage = 2;

}  // namespace

bool IsRegistryHost(std::string_view first_component) {
  return first_component.find_first_of(".:") != std::string_view::npos ||
         first_component == "localhost" || HasUpper(first_component);
}

size_t PathLength(std::string_view uri) {
  std::string_view first = uri.substr(0, uri.find('/'));
  if (!IsRegistryHost(first)) return uri.size();
  return first.size() == uri.size() ? 0 : uri.size() - first.size() - 1;
}

// The state of one URI as it goes through the steps; `uri` loses its scheme and slashes.
struct UriWalk {
  const Component& registry;
  const Flavor* flavor;  // null when the flavor is unknown (CR101): only steps 1-3 apply
  const Node& node;
  LintContext& ctx;
  const StackDocument* doc;
  std::string uri;    // the URI being judged: trimmed, scheme and trailing slashes removed
  size_t uri_at = 0;  // where `uri` starts within node.value

  // An edit deleting node.value[from, to), when the source spells the value literally.
  std::vector<Edit> Delete(size_t from, size_t to) const {
    std::optional<size_t> start = LiteralStart();
    if (!start || from >= to) return {};
    return {Edit{ctx.source().RangeOf(*start + from, *start + to), ""}};
  }
  std::optional<size_t> LiteralStart() const {
    if (node.style == ScalarStyle::kBlock) return std::nullopt;
    size_t begin = node.range.begin_offset + (node.style == ScalarStyle::kQuoted ? 1 : 0);
    if (ctx.source().text().compare(begin, node.value.size(), node.value) != 0) return std::nullopt;
    return begin;
  }

  TemplateArgs Args(TemplateArgs extra = {}) const {
    std::string name = registry.name && registry.name->IsScalar() ? registry.name->value : "";
    TemplateArgs args = {{"uri", RedactUserInfo(Trim(node.value))},
                         {"flavor", flavor ? flavor->name : registry.FlavorName()},
                         {"name", name},
                         {"form", flavor ? flavor->form : ""}};
    args.insert(args.end(), extra.begin(), extra.end());
    return args;
  }
  void Report(std::string_view rule, std::string_view variant = "", TemplateArgs extra = {},
              std::vector<Edit> edits = {}) {
    ctx.Report(rule, node.range, Args(std::move(extra)), variant, std::move(edits));
  }
};

namespace {

// Steps 1 and 2: returns false when the URI can't be judged further.
bool CheckSpellingOfUri(UriWalk& walk) {
  const std::string& raw = walk.node.value;
  if (raw.find("{{") != std::string::npos && raw.find("}}") != std::string::npos) {
    walk.Report("CR110");
    return false;
  }
  std::string trimmed(Trim(raw));
  if (trimmed.empty()) {
    walk.Report("CR108", "empty");
    return false;
  }
  if (trimmed != raw) {
    walk.Report("CR108", "space", {}, {walk.ctx.ReplaceScalar(walk.node, trimmed)});
  }
  walk.uri = trimmed;
  walk.uri_at = raw.find(trimmed);
  std::string lower = ToLower(walk.uri);
  for (const std::string& scheme : RegistryUriSchemes(walk.ctx.catalog())) {
    if (StartsWith(lower, scheme)) {
      walk.Report("CR106", "", {{"scheme", scheme}},
                  walk.Delete(walk.uri_at, walk.uri_at + scheme.size()));
      walk.uri = walk.uri.substr(scheme.size());
      walk.uri_at += scheme.size();
      break;
    }
  }
  if (!walk.uri.empty() && walk.uri.back() == '/') {
    size_t end = walk.uri_at + walk.uri.size();
    while (!walk.uri.empty() && walk.uri.back() == '/') walk.uri.pop_back();
    walk.Report("CR107", "", {}, walk.Delete(walk.uri_at + walk.uri.size(), end));
  }
  return !walk.uri.empty();
}

}  // namespace

std::string RegistryHost(std::string_view uri) {
  std::string_view first = uri.substr(0, uri.find('/'));
  return IsRegistryHost(first) ? ToLower(first) : "docker.io";
}

const std::vector<std::string>& RegistryUriSchemes(const RuleCatalog& catalog) {
  const TableRow* row = catalog.FindFact("uri_schemes", "container_registry", "uri", std::nullopt);
  static const std::vector<std::string> kNone;
  return row ? row->List("values") : kNone;
}

std::string RedactUserInfo(std::string_view uri) {
  // Userinfo holds no brackets (RFC 3986), so `[fe80::1%@zone]` stays a (bad) host, unredacted.
  static const RE2 kUserInfo(R"(^((?:[a-zA-Z][a-zA-Z0-9+.-]*://)?)[^/@\s\[\]]+@)");
  std::string out(uri);
  RE2::Replace(&out, kUserInfo, "\\1****@");
  return out;
}

// CR105's unsafe fix: `uri: <host>/<path>` becomes `uri: <host>` plus a new line
// `default_repository: <path>` below it (only where the release takes that key: the config_keys
// table says 0.61.0 and later; only in block style, and only
// when there is no default_repository yet).
std::vector<Edit> RegistryUriCheck::MovePathToDefaultRepository(UriWalk& walk) const {
  const Component& registry = walk.registry;
  const Node* key = registry.configuration ? registry.configuration->FindKey("uri") : nullptr;
  std::optional<Version> version = walk.ctx.ZenmlVersion(*walk.doc);
  if (key == nullptr || registry.Config("default_repository") != nullptr ||
      walk.ctx.catalog().FindFact("config_keys", "container_registry", "default_repository",
                                  version) == nullptr ||
      walk.node.range.begin.line != key->range.begin.line ||
      walk.node.range.end.line != key->range.begin.line || !walk.LiteralStart()) {
    return {};
  }
  size_t slash = walk.uri.find('/');
  std::string repository = walk.uri.substr(slash + 1);
  std::vector<Edit> edits = walk.Delete(walk.uri_at + slash, walk.uri_at + walk.uri.size());
  const SourceFile& source = walk.ctx.source();
  int line = key->range.begin.line;
  size_t line_end = source.LineStart(line) + source.LineText(line).size();
  bool crlf = source.text().compare(line_end, 2, "\r\n") == 0;
  std::string indent(static_cast<size_t>(key->range.begin.column - 1), ' ');
  edits.push_back(
      Edit{source.RangeOf(line_end, line_end),
           (crlf ? "\r\n" : "\n") + indent + "default_repository: " + YamlScalarText(repository)});
  return edits;
}

// The `default_repository` ZenML pushes under, when it is a literal string.
const Node* LiteralRepository(const Component& registry) {
  const Node* repository = registry.Config("default_repository");
  if (repository == nullptr || !repository->IsString() || Trim(repository->value).empty())
    return nullptr;
  return repository;
}

// ZenML pushes to `<uri>/<default_repository>:<tag>`: the two together must be a valid name.
void RegistryUriCheck::CheckDefaultRepository(UriWalk& walk) const {
  const Node* repository = LiteralRepository(walk.registry);
  if (repository == nullptr) {
    // ZenML appends `/<image>` to the uri: leave room for it under Docker's limit.
    if (PathLength(walk.uri) + kShortestImage > kMaxPathLength)
      walk.Report("CR109", "no_room", {{"length", std::to_string(PathLength(walk.uri))}});
    return;
  }
  std::string value(Trim(repository->value));
  if (HasTemplate(value)) return;
  std::string path = walk.uri + "/" + value;
  std::string reason = InvalidReferenceReason(path);
  if (reason.empty()) return;
  walk.ctx.Report("CR109", repository->range,
                  walk.Args({{"repository", value}, {"length", std::to_string(PathLength(path))}}),
                  "repository_" + reason);
}

// Docker's verdict on the registry host (the first component, when IsRegistryHost): "" if valid.
std::string RegistryUriCheck::InvalidHostReason(std::string_view host, bool alone) const {
  // Inside brackets everything is the IPv6 address: an `@` or `%` there is a bad host.
  if (host.front() == '[') return IsReferenceHost(host) ? "" : "host";
  if (host.find('@') != std::string_view::npos) return "digest";
  size_t colon = host.rfind(':');
  if (alone && colon != std::string_view::npos &&
      host.find_first_not_of("0123456789", colon + 1) != std::string_view::npos)
    return "tag";  // `name:tag` rather than `host:port`
  return IsReferenceHost(host) ? "" : "host";
}

std::string RegistryUriCheck::InvalidReferenceReason(std::string_view uri) const {
  std::vector<std::string_view> parts = SplitPath(uri);
  size_t first_path = 0;
  if (IsRegistryHost(parts[0])) {
    std::string reason = InvalidHostReason(parts[0], parts.size() == 1);
    if (!reason.empty()) return reason;
    first_path = 1;
  }
  for (size_t i = first_path; i < parts.size(); ++i) {
    std::string_view part = parts[i];
    if (part.empty()) return "empty_component";
    if (part.find('@') != std::string_view::npos) return "digest";
    if (part.find(':') != std::string_view::npos) return "tag";
    if (HasUpper(part)) return "upper";
    if (!IsReferencePathComponent(part)) return "chars";
  }
  if (PathLength(uri) > kMaxPathLength) return "too_long";
  return "";
}

// The image path a flavor's rules judge: `uri`, or `uri/default_repository` when ZenML pushes
// under a default repository; the host lower-cased (host names compare case-insensitively).
struct JudgedPath {
  std::string path;
  const Node* at;  // where a finding about the path points
  bool templated;  // a part is filled in later: the path can't be judged
};

namespace {

std::string LowerHost(std::string_view uri) {
  size_t slash = uri.find('/');
  std::string_view first = uri.substr(0, slash);
  if (!IsRegistryHost(first)) return std::string(uri);
  return ToLower(first) + std::string(slash == std::string_view::npos ? "" : uri.substr(slash));
}

JudgedPath Judge(const UriWalk& walk) {
  JudgedPath judged{LowerHost(walk.uri), &walk.node, HasTemplate(walk.uri)};
  const Node* repository = LiteralRepository(walk.registry);
  if (repository == nullptr) return judged;
  std::string value(Trim(repository->value));
  judged.templated = judged.templated || HasTemplate(value);
  judged.path += "/" + value;
  // The repository supplies the path when the uri is a host alone.
  if (walk.uri.find('/') == std::string::npos) judged.at = repository;
  return judged;
}

// Whether the image path fits `flavor`'s full URI form: the uri alone (ZenML then appends the
// image), or the uri with its default repository, read either as the registry prefix or as
// prefix plus image name (ZenML pushes `<uri>/<default_repository>:<tag>`).
bool Fits(const Flavor& flavor, const UriWalk& walk, const JudgedPath& judged) {
  if (Matches(flavor.uri, LowerHost(walk.uri))) return true;
  if (judged.path == LowerHost(walk.uri)) return false;  // no default repository
  std::string_view path = judged.path;
  return Matches(flavor.uri, path) || Matches(flavor.uri, path.substr(0, path.rfind('/')));
}

// Message arguments for a finding about the judged path: `{uri}` names the whole path when the
// default repository is part of it.
TemplateArgs JudgedArgs(const UriWalk& walk, const JudgedPath& judged, TemplateArgs extra) {
  TemplateArgs args = walk.Args(std::move(extra));
  if (judged.at == &walk.node) return args;
  for (auto& [name, value] : args) {
    if (name == "uri")
      value = RedactUserInfo(walk.uri) + "` + default_repository `" +
              std::string(Trim(judged.at->value));
  }
  return args;
}

}  // namespace

void RegistryUriCheck::Run(const StackDocument& doc, LintContext& ctx) const {
  const Component* registry = doc.FindComponent("container_registry");
  if (registry == nullptr) return;
  const Flavor* flavor = ctx.catalog().FindFlavor("container_registry", registry->FlavorName());
  const Node* node = registry->Config("uri");
  if (node == nullptr || !node->IsString()) return;  // missing or mistyped uri (CR102)
  UriWalk walk{*registry, flavor, *node, ctx, &doc};
  if (!CheckSpellingOfUri(walk)) return;

  // A template is judged on its literal parts: the host, when it is literal (SPEC §4).
  std::string_view first = std::string_view(walk.uri).substr(0, walk.uri.find('/'));
  if (HasTemplate(first)) return;
  JudgedPath judged = Judge(walk);
  if (!HasTemplate(walk.uri)) {
    // Step 3: Docker's reference grammar.
    std::string reason = InvalidReferenceReason(walk.uri);
    if (!reason.empty()) {
      walk.Report("CR109", reason, {{"length", std::to_string(PathLength(walk.uri))}});
      return;
    }
    CheckDefaultRepository(walk);
  } else if (!IsRegistryHost(first)) {
    return;  // a templated Docker Hub path: the account may be anything
  }
  if (flavor == nullptr) return;  // steps 4 and 5 need to know the flavor

  // Step 4: which registry the host is.
  std::string host = RegistryHost(walk.uri);
  const Flavor* served_by = nullptr;
  // Only the flavors the stack's ZenML release ships (no `digitalocean` for a 0.74 stack).
  for (const Flavor* other : ctx.catalog().FlavorsAt("container_registry", ctx.ZenmlVersion(doc))) {
    for (const PatternRule& notice : other->host_notices) {
      if (Matches(notice.pattern, host)) walk.Report(notice.rule_id, "", {{"host", host}});
    }
    if (served_by == nullptr && other->host && Matches(other->host, host)) served_by = other;
  }
  TemplateArgs served_args = {{"served", served_by ? served_by->name : ""},
                              {"host", host},
                              {"first", std::string(first)},
                              {"served_form", served_by ? served_by->form : ""}};
  // A flavor change is offered only when the whole URI fits the other flavor (else it would
  // turn this finding into another one).
  bool fits_served = served_by && !judged.templated && Fits(*served_by, walk, judged);
  std::vector<Edit> set_flavor;
  if (fits_served && registry->flavor)
    set_flavor.push_back(ctx.ReplaceScalar(*registry->flavor, served_by->name));
  if (!flavor->host) {  // `default` (or a user's flavor) serves no particular registry
    if (served_by && registry->flavor) {
      bool unknown_fit = judged.templated;
      ctx.Report("CR104", registry->flavor->range, walk.Args(served_args),
                 fits_served || unknown_fit ? "" : "host_only", set_flavor);
    }
    return;
  }
  if (!Matches(flavor->host, host)) {
    std::string variant = served_by ? "other_flavor" : "not_host";
    // A host only because of its upper case, under the flavor of the registry it would be
    // without it (Docker Hub): most likely an account written in the wrong case.
    if (!served_by && first.find_first_of(".:") == std::string_view::npos && HasUpper(first) &&
        Matches(flavor->host, "docker.io"))
      variant = "upper_host";
    walk.Report("CR103", variant, served_args, set_flavor);
    return;
  }

  // Step 5: the flavor's full URI form, with a flavor-specific reason where one applies.
  if (judged.templated || Fits(*flavor, walk, judged)) return;
  for (const PatternRule& diagnosis : flavor->diagnoses) {
    // CR105 and CR113 are about `uri` alone; the others about the whole image path.
    bool uri_only = diagnosis.rule_id == "CR105" || diagnosis.rule_id == "CR113";
    if (!Matches(diagnosis.pattern, uri_only ? LowerHost(walk.uri) : judged.path)) continue;
    std::vector<Edit> edits;
    if (diagnosis.rule_id == "CR105") edits = MovePathToDefaultRepository(walk);
    if (uri_only) {
      walk.Report(diagnosis.rule_id, "", served_args, std::move(edits));
    } else {
      ctx.Report(diagnosis.rule_id, judged.at->range, JudgedArgs(walk, judged, served_args), "",
                 std::move(edits));
    }
    return;
  }
  ctx.Report("CR103", judged.at->range, JudgedArgs(walk, judged, served_args), "form");
}

}  // namespace stacklint
