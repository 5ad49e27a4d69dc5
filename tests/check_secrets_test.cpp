#include "check_secrets.h"

#include <re2/re2.h>
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "engine.h"
#include "lint_text.h"
#include "test_util.h"

using namespace stacklint;
using stacklint::testing::LintText;

namespace {

// A stack whose orchestrator's configuration is `config` (indented by six spaces).
std::string OrchestratorStack(const std::string& config) {
  return "zenml_version: 0.74.0\nstack_name: prod\ncomponents:\n  orchestrator:\n"
         "    name: o\n    flavor: local\n    configuration:\n" +
         config;
}

std::vector<std::string> Sec301(const std::string& text) {
  std::vector<std::string> out;
  for (const Diagnostic& d : LintText(text)) {
    if (d.rule_id == "SEC301")
      out.push_back(std::to_string(d.range.begin.line) + ":" +
                    std::to_string(d.range.begin.column));
  }
  return out;
}

using Positions = std::vector<std::string>;

}  // namespace

TEST_CASE("key names are compared in any case and separator", "[secrets]") {
  CHECK(NormalizeKey("AWS_SECRET_ACCESS_KEY") == "aws_secret_access_key");
  CHECK(NormalizeKey("awsSecretAccessKey") == "aws_secret_access_key");
  CHECK(NormalizeKey("X-API-Key") == "x_api_key");
  CHECK(NormalizeKey("APIKey") == "api_key");
  CHECK(NormalizeKey("tracking.password") == "tracking_password");
  SecretCheck check(stacklint::testing::BuiltinCatalog());
  for (const char* key : {"password", "aws_secret_access_key", "AWS_SECRET_ACCESS_KEY",
                          "tracking_password", "db_passwd", "apikey", "x-api-key", "clientSecret",
                          "github_token", "private_key", "gcp_credentials", "access_key"}) {
    INFO(key);
    CHECK(check.IsCredentialKey(key));
  }
  for (const char* key :
       {"authentication_secret", "tracking_token_secret_name", "secret_id", "credentials_path",
        "token_uri", "username", "uri", "key", "secret", "aws_access_key_id"}) {
    INFO(key);
    CHECK(!check.IsCredentialKey(key));
  }
}

TEST_CASE("SEC301 finds a credential by its key, at the value", "[secrets]") {
  CHECK(Sec301(OrchestratorStack("      client_kwargs:\n        aws_secret_access_key: abc\n")) ==
        Positions{"9:32"});
  CHECK(Sec301(OrchestratorStack("      trackingPassword: 'p'\n")) == Positions{"8:25"});
}

TEST_CASE("SEC301 finds the value beside a credential's name in an env list", "[secrets]") {
  std::string env = OrchestratorStack(
      "      env:\n        - name: AWS_SECRET_ACCESS_KEY\n          value: abc123\n"
      "        - name: AWS_REGION\n          value: eu-west-1\n");
  CHECK(Sec301(env) == Positions{"10:18"});
}

TEST_CASE("SEC301 finds the password of a URI's userinfo under any key and masks it alone",
          "[secrets]") {
  std::string text = OrchestratorStack("      endpoint: https://bot:pw123@minio.acme.com/x\n");
  auto findings = LintText(text);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].rule_id == "SEC301");
  CHECK(findings[0].range.begin == Position{8, 17});
  CHECK(findings[0].message.find("pw123") == std::string::npos);
  // the snippet shows the URI with only its password masked
  auto run = stacklint::testing::RunCli({"check", "-", "--stdin-filename", "s.yaml"}, "", text);
  CHECK(run.out.find("https://bot:****@minio.acme.com/x") != std::string::npos);
  CHECK(run.out.find("pw123") == std::string::npos);
}

TEST_CASE("SEC301 finds userinfo without a scheme at the start of a value", "[secrets]") {
  CHECK(Sec301(OrchestratorStack("      registry: bot:pw123@ghcr.io/acme\n")) == Positions{"8:17"});
  CHECK(Sec301(OrchestratorStack("      repo: git@github.com:acme/stacks.git\n")).empty());
  CHECK(Sec301(OrchestratorStack("      parent_image: python:3.11@sha256:0123abcd\n")).empty());
}

TEST_CASE("SEC301 leaves references, placeholders, names and non-strings alone", "[secrets]") {
  for (const char* config :
       {"      password: '{{db.password}}'\n", "      password: ${DB_PASSWORD}\n",
        "      password: $DB_PASSWORD\n", "      password: ''\n", "      password:\n",
        "      api_token: 12345\n", "      password: yes\n", "      secret_name: prod-db\n",
        "      tracking_password_secret_id: 1234\n", "      uri: https://bot@host/x\n",
        "      uri: https://bot:${PASS}@host/x\n",
        "      env:\n        - name: TOKEN\n          value: '{{gh.token}}'\n"}) {
    INFO(config);
    CHECK(Sec301(OrchestratorStack(config)).empty());
  }
}

TEST_CASE("a user's secret: pattern takes effect, and is masked like a built-in one", "[secrets]") {
  std::vector<Problem> errors;
  RuleCatalog catalog = RuleCatalog::Load(
      {{"mine.yaml",
        "kind: patterns\npatterns:\n  'secret:acme_token': '\\bacme_[a-z0-9]{20}\\b'\n"}},
      &errors);
  REQUIRE(errors.empty());
  Engine engine(catalog, EngineOptions{});
  std::string token = "acme_0123456789abcdefghij";
  SourceFile source("stack.yaml", OrchestratorStack("      note: " + token + "\n"));
  std::vector<Diagnostic> findings = engine.Lint(source, true);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].rule_id == "SEC301");
  CHECK(findings[0].range.begin == Position{8, 13});
  CHECK(findings[0].message ==
        "`note` holds a plaintext credential (****); reference a ZenML secret instead: "
        "`{{secret_name.key}}`");
  CHECK(RedactSecrets(catalog, "x " + token + " y") == "x **** y");
  // Without the user's file the value is no credential.
  CHECK(Sec301(OrchestratorStack("      note: " + token + "\n")).empty());
}

TEST_CASE("a user's pattern may not replace a built-in one or name itself outside secret:",
          "[secrets]") {
  auto errors_for = [](const std::string& text) {
    std::vector<Problem> problems;
    RuleCatalog::Load({{"r.yaml", text}}, &problems);
    std::vector<std::string> errors;
    for (const Problem& problem : problems) errors.push_back(problem.Text());
    return errors;
  };
  auto same_name = errors_for("kind: patterns\npatterns:\n  'secret:github_token': 'ghp_'\n");
  REQUIRE(same_name.size() == 1);
  CHECK(same_name[0] ==
        "r.yaml:3:3: pattern `secret:github_token` is already defined; give yours another name");
  auto not_secret = errors_for("kind: patterns\npatterns:\n  zenml_local_registry: 'x'\n");
  REQUIRE(not_secret.size() == 1);
  CHECK(not_secret[0].rfind("r.yaml:3:3: pattern `zenml_local_registry` is already defined", 0) ==
        0);
  auto other = errors_for("kind: patterns\npatterns:\n  my_pattern: 'x'\n");
  REQUIRE(other.size() == 1);
  CHECK(other[0].rfind("r.yaml:3:3: a user pattern is named `secret:<name>`", 0) == 0);
  auto table = errors_for(
      "kind: table\nname: credential_keys\nrows:\n  artifact_store:\n    gcp: {exact: [key]}\n");
  REQUIRE(table.size() == 1);
  CHECK(table[0] == "r.yaml:2:7: table `credential_keys` is already defined");
}

TEST_CASE("an S3 artifact store's `key`, `secret` and `token` are credentials, not other flavors'",
          "[secrets]") {
  auto store = [](const std::string& flavor) {
    return "zenml_version: 0.74.0\nstack_name: prod\ncomponents:\n  artifact_store:\n"
           "    name: a\n    flavor: " +
           flavor +
           "\n    configuration:\n      path: s3://x\n      key: AKIAEXAMPLE\n"
           "      secret: abc\n      client_kwargs:\n        token: t\n";
  };
  CHECK(Sec301(store("s3")) == Positions{"9:12", "10:15", "12:16"});
  CHECK(Sec301(store("b2")) == Positions{"9:12", "10:15", "12:16"});  // subclasses S3's config
  CHECK(Sec301(store("gcp")) == Positions{"12:16"});  // `token` names a credential anywhere
}

TEST_CASE("stacklint check --rules FILE: the file's secret: pattern is reported and masked",
          "[secrets]") {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("stacklint-secret-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::string token = "acme_0123456789abcdefghij";
  std::ofstream(dir / "mine.yaml")
      << "kind: patterns\npatterns:\n  'secret:acme_token': '\\bacme_[a-z0-9]{20}\\b'\n";
  std::ofstream(dir / "s.yaml") << OrchestratorStack("      note: " + token + "\n");
  auto with = stacklint::testing::RunCli({"check", "--rules", "mine.yaml", "s.yaml"}, dir.string());
  auto without = stacklint::testing::RunCli({"check", "s.yaml"}, dir.string());
  fs::remove_all(dir);
  CHECK(with.exit_code == 1);
  CHECK(with.out.find("s.yaml:8:13: error: `note` holds a plaintext credential") !=
        std::string::npos);
  CHECK(with.out.find(token) == std::string::npos);
  CHECK(without.exit_code == 0);
}

TEST_CASE("a value two patterns match gets the first pattern's message, as when tried in turn",
          "[secrets]") {
  // The value patterns run as one RE2::Set; the finding still names the first in name order.
  const std::string both = "AKIAABCDEFGHIJKLMNOP ghp_0123456789abcdefghijklmnopqrstuvwxyz";
  std::vector<std::string> messages;
  for (const Diagnostic& d : LintText(OrchestratorStack("      note: " + both + "\n"))) {
    if (d.rule_id == "SEC301") messages.push_back(d.message);
  }
  REQUIRE(messages.size() == 1);
  CHECK(messages[0].find("AWS access key ID") != std::string::npos);
  CHECK(messages[0].find("AKIA") == std::string::npos);
  std::vector<std::string> github;
  for (const Diagnostic& d : LintText(OrchestratorStack(
           "      note: ghp_0123456789abcdefghijklmnopqrstuvwxyz\n      other: plain text\n"))) {
    if (d.rule_id == "SEC301") github.push_back(d.message);
  }
  REQUIRE(github.size() == 1);
  CHECK(github[0].find("GitHub token") != std::string::npos);
}

TEST_CASE("every built-in secret: pattern has build-time literals", "[secrets]") {
  auto patterns = stacklint::testing::BuiltinCatalog().PatternsWithPrefix("secret:");
  REQUIRE(patterns.size() == 4);
  for (const auto& [name, regex] : patterns) {
    INFO(name);
    CHECK(regex.literals().known());
  }
}

TEST_CASE("SEC301's literal shortcut never turns away a value a pattern matches", "[secrets]") {
  SecretCheck check(stacklint::testing::BuiltinCatalog());
  const std::vector<std::string> values = {
      "AKIAIOSFODNN7EXAMPLE",
      "x ASIAIOSFODNN7EXAMPLE y",
      "akiaiosfodnn7example",
      "ghp_0123456789abcdefghijABCDEFGHIJ0123",
      "gho_0123456789abcdefghijABCDEFGHIJ0123",
      "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz",
      "dckr_pat_0123456789abcdefghijKLM",
      "-----BEGIN RSA PRIVATE KEY-----\nMIIE\n",
      "-----BEGIN OPENSSH PRIVATE KEY-----",
      "gcr.io/acme",
      "prod",
      "",
      "https://ghcr.io/acme",
      "ghp_short",
      "dckr_pat",
      "private key",
      "AKIA",
      "\xc3\xa9t\xc3\xa9 AKIAIOSFODNN7EXAMPLE"};
  std::vector<std::string> patterns;
  for (const auto& [name, regex] :
       stacklint::testing::BuiltinCatalog().PatternsWithPrefix("secret:"))
    patterns.push_back(regex.pattern());
  for (const std::string& value : values) {
    bool matched = std::any_of(patterns.begin(), patterns.end(), [&](const std::string& p) {
      return RE2::PartialMatch(value, RE2(p));
    });
    INFO(value);
    if (matched) CHECK(check.MayMatchValuePattern(value));
  }
  // Ordinary values are decided without running a pattern; any non-ASCII value is run.
  for (const char* value : {"gcr.io/acme", "prod", "https://ghcr.io/acme", "eu-west-1", "dckr"})
    CHECK_FALSE(check.MayMatchValuePattern(value));
  CHECK(check.MayMatchValuePattern("\xc3\xa9t\xc3\xa9"));
}

TEST_CASE("a user's secret: pattern turns SEC301's literal shortcut off", "[secrets]") {
  std::vector<Problem> errors;
  RuleCatalog catalog = RuleCatalog::Load(
      {{"mine.yaml", "kind: patterns\npatterns:\n  'secret:acme_token': 'acme_[a-z0-9]{20}'\n"}},
      &errors);
  REQUIRE(errors.empty());
  CHECK(SecretCheck(catalog).MayMatchValuePattern("prod"));
}

TEST_CASE("IsSecretReference agrees with its regex on every short string", "[secrets]") {
  RE2 regex(R"(^\s*\{\{[^{}]+\}\}\s*$)");
  REQUIRE(regex.ok());
  // Blanks RE2's \s takes and one it does not (\v), braces, a letter, and UTF-8 bytes: a whole
  // character, a lone continuation byte and an invalid byte.
  const std::vector<std::string> alphabet = {" ", "\t", "\n",       "\v",   "{",
                                             "}", "a",  "\xc3\xa9", "\xa9", "\xff"};
  size_t checked = 0, references = 0, mismatches = 0;
  stacklint::testing::EveryString(alphabet, 6, [&](const std::string& text) {
    bool want = RE2::FullMatch(text, regex);
    if (IsSecretReference(text) != want && ++mismatches <= 10) FAIL_CHECK(text);
    ++checked;
    references += want;
  });
  CHECK(mismatches == 0);
  CHECK(checked == 1111111);
  CHECK(references == 78);  // with a blank before or after, non-ASCII inside, or neither
  CHECK(IsSecretReference("  {{aws.secret_access_key}}\n"));
  CHECK_FALSE(IsSecretReference("{{a}}{{b}}"));
  CHECK_FALSE(IsSecretReference("prefix-{{a}}"));
}
