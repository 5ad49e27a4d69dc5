#include "check_registry_uri.h"

#include <re2/re2.h>

#include "fixer.h"
#include "text_util.h"

namespace stacklint {
namespace {

bool Matches(const Regex& regex, std::string_view text) {
  return regex && RE2::PartialMatch(text, *regex);
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

bool LooksLikeHost(std::string_view component) {
  return component.find_first_of(".:") != std::string_view::npos || component == "localhost";
}

}  // namespace

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
  for (std::string_view scheme : {"http://", "https://"}) {
    if (StartsWith(lower, scheme)) {
      walk.Report("CR106", "", {{"scheme", std::string(scheme)}},
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
  return LooksLikeHost(first) ? ToLower(first) : "docker.io";
}

std::string RedactUserInfo(std::string_view uri) {
  static const RE2 kUserInfo(R"(^((?:[a-zA-Z][a-zA-Z0-9+.-]*://)?)[^/@\s]+@)");
  std::string out(uri);
  RE2::Replace(&out, kUserInfo, "\\1****@");
  return out;
}

// CR105's unsafe fix: `uri: <host>/<path>` becomes `uri: <host>` plus a new line
// `default_repository: <path>` below it (ZenML 0.61.0 and later; only in block style, and only
// when there is no default_repository yet).
std::vector<Edit> RegistryUriCheck::MovePathToDefaultRepository(UriWalk& walk) const {
  const Component& registry = walk.registry;
  const Node* key = registry.configuration ? registry.configuration->FindKey("uri") : nullptr;
  std::optional<Version> version = walk.ctx.ZenmlVersion(*walk.doc);
  if (key == nullptr || registry.Config("default_repository") != nullptr ||
      (version && *version < Version{0, 61, 0}) ||
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

// ZenML pushes to `<uri>/<default_repository>/...`: the two together must be a valid name.
void RegistryUriCheck::CheckDefaultRepository(UriWalk& walk) const {
  const Node* repository = walk.registry.Config("default_repository");
  if (repository == nullptr || !repository->IsString()) return;
  std::string value(Trim(repository->value));
  if (value.empty() || IsPlaceholder(value)) return;
  std::string reason = InvalidReferenceReason(walk.uri + "/" + value);
  if (reason.empty()) return;
  walk.ctx.Report("CR109", repository->range, walk.Args({{"repository", value}}),
                  "repository_" + reason);
}

RegistryUriCheck::RegistryUriCheck(const RuleCatalog& catalog) {
  if (const Regex* host = catalog.FindPattern("reference_host")) reference_host_ = *host;
  if (const Regex* path = catalog.FindPattern("reference_path_component"))
    reference_path_component_ = *path;
}

std::string RegistryUriCheck::InvalidReferenceReason(std::string_view uri) const {
  std::vector<std::string_view> parts = SplitPath(uri);
  size_t first_path = 0;
  if (LooksLikeHost(parts[0])) {
    std::string_view host = parts[0];
    if (host.find('@') != std::string_view::npos) return "digest";
    size_t colon = host.rfind(':');
    if (colon != std::string_view::npos && host.find(']', colon) == std::string_view::npos &&
        host.find_first_not_of("0123456789", colon + 1) != std::string_view::npos &&
        parts.size() == 1)
      return "tag";
    if (!Matches(reference_host_, host)) return "host";
    first_path = 1;
  }
  for (size_t i = first_path; i < parts.size(); ++i) {
    std::string_view part = parts[i];
    if (part.empty()) return "empty_component";
    if (part.find('@') != std::string_view::npos) return "digest";
    if (part.find(':') != std::string_view::npos) return "tag";
    if (part.find_first_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") != std::string_view::npos) return "upper";
    if (!Matches(reference_path_component_, part)) return "chars";
  }
  return "";
}

void RegistryUriCheck::Run(const StackDocument& doc, LintContext& ctx) const {
  const Component* registry = doc.FindComponent("container_registry");
  if (registry == nullptr) return;
  const Flavor* flavor = ctx.catalog().FindFlavor("container_registry", registry->FlavorName());
  const Node* node = registry->Config("uri");
  if (node == nullptr || !node->IsString() || IsPlaceholder(Trim(node->value)))
    return;  // missing or mistyped uri (CR102), or a template placeholder
  UriWalk walk{*registry, flavor, *node, ctx, &doc};
  if (!CheckSpellingOfUri(walk)) return;

  // Step 3: Docker's reference grammar.
  std::string reason = InvalidReferenceReason(walk.uri);
  if (!reason.empty()) {
    walk.Report("CR109", reason);
    return;
  }
  CheckDefaultRepository(walk);
  if (flavor == nullptr) return;  // steps 4 and 5 need to know the flavor

  // Step 4: which registry the host is.
  std::string host = RegistryHost(walk.uri);
  const Flavor* served_by = nullptr;
  for (const Flavor* other : ctx.catalog().Flavors("container_registry")) {
    for (const PatternRule& notice : other->host_notices) {
      if (Matches(notice.pattern, host)) walk.Report(notice.rule_id, "", {{"host", host}});
    }
    if (served_by == nullptr && other->host && Matches(other->host, host)) served_by = other;
  }
  TemplateArgs served_args = {{"served", served_by ? served_by->name : ""}, {"host", host}};
  std::vector<Edit> set_flavor;
  if (served_by && registry->flavor)
    set_flavor.push_back(ctx.ReplaceScalar(*registry->flavor, served_by->name));
  if (!flavor->host) {  // `default` (or a user's flavor) serves no particular registry
    if (served_by && registry->flavor) {
      TemplateArgs args = walk.Args(served_args);
      ctx.Report("CR104", registry->flavor->range, args, "", set_flavor);
    }
    return;
  }
  if (!Matches(flavor->host, host)) {
    walk.Report("CR103", served_by ? "other_flavor" : "not_host", served_args, set_flavor);
    return;
  }

  // Step 5: the flavor's full URI form, with a flavor-specific reason where one applies.
  if (Matches(flavor->uri, walk.uri)) return;
  for (const PatternRule& diagnosis : flavor->diagnoses) {
    if (Matches(diagnosis.pattern, walk.uri)) {
      std::vector<Edit> edits;
      if (diagnosis.rule_id == "CR105") edits = MovePathToDefaultRepository(walk);
      walk.Report(diagnosis.rule_id, "", served_args, std::move(edits));
      return;
    }
  }
  walk.Report("CR103", "form", served_args);
}

}  // namespace stacklint
