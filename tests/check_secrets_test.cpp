#include "check_secrets.h"

#include <catch2/catch.hpp>

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
