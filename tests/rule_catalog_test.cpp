#include "rule_catalog.h"

#include <re2/re2.h>
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "check_schema.h"
#include "print_catalog.h"
#include "stack_model.h"
#include "test_util.h"

using namespace stacklint;
using stacklint::testing::BuiltinCatalog;
using stacklint::testing::RuleIds;
using stacklint::testing::RunCli;

TEST_CASE("the built-in catalog loads and every rule is complete", "[catalog]") {
  const RuleCatalog& catalog = BuiltinCatalog();
  REQUIRE(catalog.rules().size() >= 20);
  for (const RuleInfo& rule : catalog.rules()) {
    INFO(rule.id);
    CHECK(!rule.name.empty());
    CHECK(!rule.summary.empty());
    CHECK(!rule.messages.empty());
    CHECK(!rule.why.empty());
    CHECK(!rule.bad_example.empty());
    CHECK(!rule.good_example.empty());
    CHECK(rule.origin == "rules/" + rule.id + "-" + rule.name + ".yaml");
  }
  CHECK(catalog.FindRule("CR104") == catalog.FindRule("default-flavor-specific-uri"));
}

TEST_CASE("each rule's bad example fires it and its good example is clean", "[catalog]") {
  for (const RuleInfo& rule : BuiltinCatalog().rules()) {
    INFO(rule.id << "\n" << rule.bad_example);
    std::vector<std::string> bad = RuleIds(rule.bad_example);
    if (rule.example_context.empty()) {  // e.g. SL011 needs a baseline: its golden test has one
      CHECK(std::find(bad.begin(), bad.end(), rule.id) != bad.end());
    }
    INFO(rule.good_example);
    CHECK(RuleIds(rule.good_example).empty());
  }
}

TEST_CASE("the six flavors are data with examples and docs", "[catalog]") {
  const RuleCatalog& catalog = BuiltinCatalog();
  for (const char* name : {"default", "dockerhub", "gcp", "azure", "github", "aws"}) {
    const Flavor* flavor = catalog.FindFlavor("container_registry", name);
    REQUIRE(flavor != nullptr);
    CHECK(!flavor->examples.empty());
    CHECK(flavor->docs_url ==
          std::string("https://docs.zenml.io/stack-components/container-registries/") + name);
    CHECK(catalog.schemas().count(flavor->schema) == 1);
  }
}

TEST_CASE("ZenML's own service-connector regexes agree with the flavor data", "[catalog]") {
  // From SPEC §3: each documented example matches the connector pattern of its cloud.
  struct Case {
    const char* flavor;
    const char* connector;
  };
  const Case cases[] = {
      {"aws", R"(^(http[s]?://)?\d{12}\.dkr\.ecr\.[a-z0-9-]+\.amazonaws\.com(/.+)*$)"},
      {"gcp", R"(^(https://)?(([a-z0-9-]+)-docker\.pkg\.dev/([a-z0-9-]+)/([a-z0-9-.]+))(/.+)*$)"},
      {"azure", R"(^(https?://)?[a-zA-Z0-9]+\.azurecr\.io(/.+)*$)"},
      {"dockerhub", R"(^(https?://)?[a-zA-Z0-9-]+(\.[a-zA-Z0-9-]+)*(:[0-9]+)?(/.+)*$)"},
  };
  for (const Case& c : cases) {
    const Flavor* flavor = BuiltinCatalog().FindFlavor("container_registry", c.flavor);
    RE2 connector(c.connector);
    for (const std::string& example : flavor->examples) {
      INFO(c.flavor << " " << example);
      CHECK(RE2::FullMatch(example, connector));
    }
  }
}

TEST_CASE("a user's rule file adds flavors and regex rules", "[catalog]") {
  std::vector<Problem> errors;
  RuleCatalog catalog = RuleCatalog::Load(
      {{"my-rules.yaml",
        "kind: flavor\nname: harbor\ncomponent_type: container_registry\nhost: "
        "'^harbor\\.acme\\.com$'\n"
        "uri: '^harbor\\.acme\\.com/[a-z0-9-]+$'\nschema: container_registry.schema.json\n"
        "---\nkind: rule\nid: ACME001\nname: registry-outside-acme\nseverity: warning\n"
        "summary: Registries live in the acme org.\nmessage: \"uri `{value}` is outside "
        "ghcr.io/acme\"\n"
        "flavors: [github]\nrequire: '^ghcr\\.io/acme(/|$)'\n"}},
      &errors);
  INFO((errors.empty() ? "" : errors.front().Text()));
  REQUIRE(errors.empty());
  CHECK(catalog.FindFlavor("container_registry", "harbor") != nullptr);
  REQUIRE(catalog.FindRule("ACME001") != nullptr);
  CHECK(catalog.FindRule("registry-outside-acme")->regex.has_value());
}

TEST_CASE("mistakes in a user's rule file are reported with file:line:col", "[catalog]") {
  auto errors_for = [](const std::string& text) {
    std::vector<Problem> problems;
    RuleCatalog::Load({{"r.yaml", text}}, &problems);
    std::vector<std::string> errors;
    for (const Problem& problem : problems) {
      CHECK(problem.kind == ProblemKind::kUserRules);
      errors.push_back(problem.Text());
    }
    return errors;
  };
  auto bad_regex =
      errors_for("kind: flavor\nname: x\ncomponent_type: container_registry\nuri: '^(unclosed'\n");
  REQUIRE(bad_regex.size() == 1);
  CHECK(bad_regex[0].rfind("r.yaml:4:6: invalid regular expression in `uri`", 0) == 0);

  auto bad_yaml = errors_for("kind: rule\nid: [\n");
  REQUIRE(bad_yaml.size() == 1);
  CHECK(bad_yaml[0].rfind("r.yaml:3:1: ", 0) == 0);

  auto unknown_key =
      errors_for("kind: flavor\nname: x\ncomponent_type: container_registry\nuri: x\nhots: y\n");
  REQUIRE(unknown_key.size() == 1);
  CHECK(unknown_key[0].rfind("r.yaml:5:1: unknown key `hots`", 0) == 0);

  auto builtin_id = errors_for(
      "kind: rule\nid: CR104\nname: mine\nseverity: error\nsummary: s\nmessage: m\nrequire: x\n");
  REQUIRE(!builtin_id.empty());
  CHECK(builtin_id[0].rfind("r.yaml:2:5: rule `CR104` is already defined", 0) == 0);

  // Rule names are kebab-case: `^[a-z0-9]+(-[a-z0-9]+)*$` (checked by hand).
  for (const char* name : {"registry-outside-acme", "x", "a1-2b", "v2"}) {
    INFO(name);
    CHECK(errors_for(std::string("kind: rule\nid: ACME009\nname: ") + name +
                     "\nseverity: error\nsummary: s\nmessage: m\nrequire: x\n")
              .empty());
  }
  for (const char* name : {"-x", "x-", "a--b", "Upper", "snake_case", "'a b'", "'-'"}) {
    INFO(name);
    auto errors = errors_for(std::string("kind: rule\nid: ACME009\nname: ") + name +
                             "\nseverity: error\nsummary: s\nmessage: m\nrequire: x\n");
    REQUIRE(!errors.empty());
    CHECK(errors[0].find("`name` must be kebab-case") != std::string::npos);
  }

  auto std_regex = errors_for(
      "kind: flavor\nname: x\ncomponent_type: container_registry\nuri: x\n"
      "schema:\n  type: object\n  properties:\n    uri: {type: string, pattern: '^a'}\n");
  REQUIRE(std_regex.size() == 1);
  CHECK(std_regex[0].rfind("r.yaml:8:25: schema keyword `pattern` is not supported", 0) == 0);
}

TEST_CASE("templates fill placeholders and sanitize values", "[catalog]") {
  CHECK(RenderTemplate("uri `{uri}` is {what}", {{"uri", "a\x1b"}}) == "uri `a\\x1b` is {what}");
}

namespace {

// One stack, written for ZenML `version`: a component file of each era.
std::string StackAt(const std::string& version, const std::string& components) {
  return "zenml_version: " + version + "\nstack_name: s\ncomponents:\n" + components;
}

const char* const kDefaultRepository =
    "  container_registry:\n    name: r\n    flavor: github\n    configuration:\n"
    "      uri: ghcr.io/acme\n      default_repository: ml\n";
const char* const kDigitalOcean =
    "  container_registry:\n    name: r\n    flavor: digitalocean\n    configuration:\n"
    "      uri: registry.digitalocean.com/acme\n";
const char* const kDeployer =
    "  deployer:\n    name: d\n    flavor: docker\n    configuration: {}\n";
const char* const kSecretsManager =
    "  secrets_manager:\n    name: s\n    flavor: local\n    configuration: {}\n";

using Ids = std::vector<std::string>;

}  // namespace

// Version::Parse is written by hand for start-up's sake; it must accept exactly what the grammar
// in its comment accepts, with the same numbers. Every string of up to 6 characters over an
// alphabet that reaches each branch, plus longer ones at the 6-digit bounds.
TEST_CASE("Version::Parse accepts exactly its regex grammar", "[facts]") {
  const RE2 grammar(
      R"(^v?([0-9]{1,6})\.([0-9]{1,6})(?:\.([0-9]{1,6})(?:[-.+]?[A-Za-z]\w*|[-.+][0-9]+)*|[-.+]?[A-Za-z]\w*)?$)");
  auto agrees = [&](const std::string& text) {
    int major = 0, minor = 0;
    std::string patch;
    bool matched = RE2::FullMatch(text, grammar, &major, &minor, &patch);
    std::optional<Version> parsed = Version::Parse(text);
    if (parsed.has_value() != matched) return false;
    return !matched || *parsed == Version{major, minor, patch.empty() ? 0 : std::stoi(patch)};
  };
  size_t checked = 0, disagreed = 0;
  stacklint::testing::EveryString("01.-+vr_", 6, [&](const std::string& text) {
    ++checked;
    if (!agrees(text)) {
      ++disagreed;
      UNSCOPED_INFO(text);
    }
  });
  for (const char* text :
       {"123456.1",    "1234567.1",  "0.123456",    "0.1234567",     "0.1.123456",
        "0.1.1234567", "0.97.0rc1",  "0.90.0.dev1", "v0.74.0",       "0.61rc1",
        "0.61.dev",    "0.61.dev-1", "1.2.3-4a.5",  "1.2.3+local_7", "0.74.0 ",
        " 0.74.0",     "0.74.",      "0..1",        "0.1.2.3.4",     "0.1x-1"}) {
    ++checked;
    if (!agrees(text)) {
      ++disagreed;
      UNSCOPED_INFO(text);
    }
  }
  CHECK(checked > 299000);
  CHECK(disagreed == 0);
}

TEST_CASE("versions: parsing, ordering and ranges", "[facts]") {
  CHECK(Version::Parse("0.74.0") == Version{0, 74, 0});
  CHECK(Version::Parse("0.97.0rc1") == Version{0, 97, 0});
  CHECK(Version::Parse("0.90") == Version{0, 90, 0});
  CHECK_FALSE(Version::Parse("latest"));
  CHECK_FALSE(Version::Parse(""));
  CHECK_FALSE(Version::Parse("0.1.99999999999999999999"));  // no overflow, no throw
  CHECK(Version{0, 61, 0} > Version{0, 60, 9});
  VersionRange range{"0.61.0", "0.90.0"};
  CHECK_FALSE(range.Holds(Version{0, 60, 0}));
  CHECK(range.Holds(Version{0, 61, 0}));
  CHECK_FALSE(range.Holds(Version{0, 90, 0}));
  CHECK_FALSE(range.Holds(std::nullopt));  // unknown: the newest release, which lacks it
  CHECK(VersionRange{"0.61.0", ""}.Holds(std::nullopt));
  CHECK(range.Before(Version{0, 12, 0}));
  CHECK_FALSE(range.Before(std::nullopt));
}

TEST_CASE("a stack is judged by its own release's facts: 0.60, 0.74, newest", "[facts]") {
  // default_repository came in 0.61.0.
  CHECK(RuleIds(StackAt("0.60.0", kDefaultRepository)) == Ids{"CR102"});
  CHECK(RuleIds(StackAt("0.74.0", kDefaultRepository)).empty());
  CHECK(RuleIds(StackAt("0.97.0", kDefaultRepository)).empty());
  // The digitalocean flavor came in 0.96.2.
  CHECK(RuleIds(StackAt("0.60.0", kDigitalOcean)) == Ids{"CR101"});
  CHECK(RuleIds(StackAt("0.74.0", kDigitalOcean)) == Ids{"CR101"});
  CHECK(RuleIds(StackAt("0.97.0", kDigitalOcean)).empty());
  // The deployer component type came in 0.90.0; secrets managers left in 0.53.0.
  CHECK(RuleIds(StackAt("0.74.0", kDeployer)) == Ids{"SL005"});
  CHECK(RuleIds(StackAt("0.97.0", kDeployer)).empty());
  CHECK(RuleIds(StackAt("0.30.0", kSecretsManager)).empty());
  CHECK(RuleIds(StackAt("0.60.0", kSecretsManager)) == Ids{"SL005"});
  // Unknown or newer than any known release: the newest facts.
  CHECK(RuleIds(StackAt("latest", kDigitalOcean)) == Ids{"SL006"});  // a note, no CR101
  CHECK(RuleIds(StackAt("1.4.0", kDigitalOcean)).empty());
}

TEST_CASE("the --zenml-version option judges every stack by that release", "[facts]") {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("stacklint-facts-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "s.yaml") << StackAt("0.97.0", kDigitalOcean);
  auto newest = RunCli({"check", "s.yaml"}, dir.string());
  auto old = RunCli({"check", "--zenml-version", "0.74.0", "s.yaml"}, dir.string());
  fs::remove_all(dir);
  CHECK(newest.exit_code == 0);
  CHECK(old.exit_code == 1);
  CHECK(old.out.find("was added in ZenML 0.96.2; this stack is for ZenML 0.74.0 [CR101]") !=
        std::string::npos);
}

TEST_CASE("the facts tables load with versions, and match the recognised component types",
          "[facts]") {
  const RuleCatalog& catalog = BuiltinCatalog();
  const Table* types = catalog.FindTable("component_types");
  REQUIRE(types != nullptr);
  std::vector<std::string> newest;
  for (const TableRow& row : types->rows) {
    INFO(row.name);
    CHECK(IsComponentType(row.name) == row.versions.until.empty());
    if (row.versions.Holds(std::nullopt)) newest.push_back(row.name);
  }
  std::sort(newest.begin(), newest.end());
  CHECK(newest == ComponentTypes());  // stack_model's list (used to recognise stacks) is the same
  CHECK(catalog.FindFact("config_keys", "container_registry", "default_repository",
                         Version{0, 60, 0}) == nullptr);
  CHECK(catalog.FindFact("config_keys", "container_registry", "default_repository",
                         Version{0, 61, 0}) != nullptr);
  const Flavor* docr = catalog.FindFlavor("container_registry", "digitalocean");
  REQUIRE(docr != nullptr);
  CHECK(docr->versions.since == "0.96.2");
  auto at_074 = catalog.FlavorsAt("container_registry", Version{0, 74, 0});
  CHECK(std::find(at_074.begin(), at_074.end(), docr) == at_074.end());
}

TEST_CASE("stacklint flavors shows the releases that ship each flavor", "[facts]") {
  auto run = RunCli({"flavors"});
  CHECK(run.exit_code == 0);
  CHECK(run.out.find("digitalocean: ") != std::string::npos);
  CHECK(run.out.find("  zenml:    0.96.2 and later\n") != std::string::npos);
  CHECK(run.out.find("  zenml:    0.95.0 and later\n") != std::string::npos);  // cloudflare
  CHECK(run.out.find("  zenml:    every release\n") != std::string::npos);
  CHECK(ReleasesText({"0.12.0", "0.20.0"}) == "0.12.0 up to (not including) 0.20.0");
  CHECK(ReleasesText({"", "0.53.0"}) == "before 0.53.0");
}

TEST_CASE("a message variant can have its own severity", "[facts]") {
  const RuleInfo* sl004 = BuiltinCatalog().FindRule("SL004");
  REQUIRE(sl004 != nullptr);
  CHECK(sl004->SeverityOf("") == Severity::kError);
  CHECK(sl004->SeverityOf("stack_name") == Severity::kNote);
  auto findings = stacklint::testing::LintText(
      "zenml_version: 0.97.0\ncomponents:\n  orchestrator:\n    name: default\n"
      "    flavor: local\n    configuration: {}\n");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].rule_id == "SL004");
  CHECK(findings[0].severity == Severity::kNote);
  std::vector<Problem> errors;
  RuleCatalog::Load({{"r.yaml",
                      "kind: rule\nid: X1\nname: x\nseverity: error\nsummary: s\nmessage: m\n"
                      "require: a\nseverities: {nope: note}\n"}},
                    &errors);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].message.find("`severities` maps a message variant") != std::string::npos);
}

TEST_CASE("a flavor with `until` is CR101 at and after the release that removed it", "[facts]") {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("stacklint-until-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "old.yaml") << "kind: flavor\nname: oldreg\ncomponent_type: "
                                     "container_registry\nuri: '.*'\nschema: "
                                     "container_registry.schema.json\nsince: \"0.20.0\"\n"
                                     "until: \"0.50.0\"\n";
  std::string stack =
      "  container_registry:\n    name: r\n    flavor: oldreg\n    configuration:\n"
      "      uri: registry.example.com/ml\n";
  std::ofstream(dir / "at-0.40.yaml") << StackAt("0.40.0", stack);
  std::ofstream(dir / "at-0.50.yaml") << StackAt("0.50.0", stack);
  auto in_range = RunCli({"check", "--rules", "old.yaml", "at-0.40.yaml"}, dir.string());
  auto removed = RunCli({"check", "--rules", "old.yaml", "at-0.50.yaml"}, dir.string());
  std::ofstream(dir / "bad.yaml") << "kind: flavor\nname: x\ncomponent_type: container_registry\n"
                                     "uri: '.*'\nsince: soon\n";
  auto bad_since = RunCli({"check", "--rules", "bad.yaml", "at-0.40.yaml"}, dir.string());
  fs::remove_all(dir);
  CHECK(in_range.exit_code == 0);
  CHECK(removed.exit_code == 1);
  CHECK(removed.out.find("flavor `oldreg` was removed in ZenML 0.50.0; this stack is for ZenML "
                         "0.50.0 [CR101]") != std::string::npos);
  CHECK(bad_since.exit_code == 2);
  CHECK(bad_since.err.find("bad.yaml:5:8: `since` must be a ZenML version") != std::string::npos);
}

TEST_CASE("no built-in rule keeps scripts/new-rule's TODO text", "[catalog]") {
  for (const RuleInfo& rule : BuiltinCatalog().rules()) {
    INFO(rule.origin << " still holds TODO text from scripts/new-rule");
    std::string text =
        rule.summary + rule.why + rule.bad_example + rule.good_example + rule.fix_title;
    for (const auto& [variant, message] : rule.messages) text += message;
    CHECK(text.find("TODO") == std::string::npos);
  }
}

TEST_CASE("SARIF tags come from the rule file, and a user rule without them is tagged zenml",
          "[catalog]") {
  for (const RuleInfo& rule : BuiltinCatalog().rules()) {
    INFO(rule.id);
    REQUIRE(rule.tags.size() == 2);
    CHECK(rule.tags[0] == "zenml");
  }
  CHECK(BuiltinCatalog().FindRule("SEC301")->tags[1] == "security");
  CHECK(BuiltinCatalog().FindRule("CR104")->tags[1] == "container-registry");
  std::vector<Problem> errors;
  RuleCatalog catalog = RuleCatalog::Load(
      {{"r.yaml",
        "kind: rule\nid: ACME001\nname: a\nseverity: error\nsummary: s\nmessage: m\nrequire: x\n"
        "---\nkind: rule\nid: ACME002\nname: b\nseverity: error\nsummary: s\nmessage: m\n"
        "require: x\ntags: [zenml, security]\n"}},
      &errors);
  REQUIRE(errors.empty());
  CHECK(catalog.FindRule("ACME001")->tags == std::vector<std::string>{"zenml"});
  CHECK(catalog.FindRule("ACME002")->tags == std::vector<std::string>{"zenml", "security"});
}

TEST_CASE("a user schema valijson rejects is a setup problem, built-in ones compile on use",
          "[catalog]") {
  std::vector<Problem> errors;
  RuleCatalog catalog = RuleCatalog::Load(
      {{"r.yaml",
        "kind: flavor\nname: harbor\ncomponent_type: container_registry\nuri: '^h/x$'\n"
        "schema: {type: object, properties: {uri: {type: 5}}}\n"}},
      &errors);
  REQUIRE(errors.empty());
  SchemaCheck check(catalog);
  std::vector<Problem> setup = check.SetupProblems();
  REQUIRE(setup.size() == 1);
  CHECK(setup[0].path == "r.yaml#harbor");
  CHECK(setup[0].kind == ProblemKind::kUserRules);

  SchemaCheck builtin_only(BuiltinCatalog());
  CHECK(builtin_only.SetupProblems().empty());
  // The built-in schema is compiled by the first lint that needs it: CR102 still reports.
  CHECK(RuleIds("zenml_version: 0.93.0\nstack_name: s\ncomponents:\n"
                "  container_registry:\n    flavor: default\n    name: r\n"
                "    configuration: {uri: registry.example.com/acme, nope: 1}\n") ==
        std::vector<std::string>{"CR102"});
}
