#include "data_check.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>

#include "test_util.h"

using namespace stacklint;
using stacklint::testing::ReadFileText;

namespace {

using Files = std::vector<std::pair<std::string, std::string>>;

// The files stacklint_embed gets: rules/**/*.yaml and schemas/*.json, paths relative to the
// repository.
Files SourceData() {
  namespace fs = std::filesystem;
  Files files;
  for (const char* folder : {"rules", "schemas"}) {
    for (const auto& entry :
         fs::recursive_directory_iterator(fs::path(STACKLINT_SOURCE_DIR) / folder)) {
      if (!entry.is_regular_file()) continue;
      std::string name = fs::relative(entry.path(), STACKLINT_SOURCE_DIR).generic_string();
      files.emplace_back(name, ReadFileText(entry.path().string()));
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

// `files` with `from` replaced by `to` in file `path` (which must hold it).
Files Edited(Files files, const std::string& path, const std::string& from, const std::string& to) {
  for (auto& [name, text] : files) {
    if (name != path) continue;
    size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
  }
  return files;
}

std::string Joined(const std::vector<std::string>& errors) {
  std::string out;
  for (const std::string& error : errors) out += error + "\n";
  return out;
}

}  // namespace

TEST_CASE("the data in rules/ and schemas/ passes the build-time check", "[data]") {
  Files files = SourceData();
  REQUIRE(files.size() > 30);
  std::vector<std::string> errors = CheckBuiltinData(files);
  INFO(Joined(errors));
  CHECK(errors.empty());
}

TEST_CASE("a regex that does not compile fails the data check at its file:line:col", "[data]") {
  Files files =
      Edited(SourceData(), "rules/flavors/aws.yaml", "uri: '^[0-9]{12}", "uri: '^([0-9]{12}");
  std::vector<std::string> errors = CheckBuiltinData(files);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].rfind(
            "rules/flavors/aws.yaml:9:6: invalid regular expression in `uri`: missing )", 0) == 0);
}

TEST_CASE("a built-in rule without SARIF tags, or with a bad key, fails the data check", "[data]") {
  Files no_tags = Edited(SourceData(), "rules/CR106-uri-scheme.yaml",
                         "tags: [zenml, container-registry]\n", "");
  std::vector<std::string> errors = CheckBuiltinData(no_tags);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0] == "rules/CR106-uri-scheme.yaml:1:1: a built-in rule needs `tags` (SARIF)");

  Files typo = Edited(SourceData(), "rules/CR106-uri-scheme.yaml", "summary:", "sumary:");
  errors = CheckBuiltinData(typo);
  REQUIRE(!errors.empty());
  CHECK(errors[0].rfind("rules/CR106-uri-scheme.yaml:6:1: unknown key `sumary`", 0) == 0);
}

TEST_CASE("a key written twice in rules/ fails the data check, as in a config", "[data]") {
  Files twice =
      Edited(SourceData(), "rules/CR106-uri-scheme.yaml", "summary:", "id: CR106\nsummary:");
  std::vector<std::string> errors = CheckBuiltinData(twice);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0] == "rules/CR106-uri-scheme.yaml:6:1: duplicate key `id` (first on line 2)");
}

TEST_CASE("the editor schema may not drift from the component types and stack keys tables",
          "[data]") {
  Files new_type = Edited(SourceData(), "rules/tables/component-types.yaml", "    step_operator:\n",
                          "    step_operator:\n    wizard:\n");
  std::vector<std::string> errors = CheckBuiltinData(new_type);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0] ==
        "schemas/zenml-stack.schema.json:23:21: component type `wizard` of "
        "rules/tables/component-types.yaml is missing here");

  Files removed_type = Edited(SourceData(), "rules/tables/component-types.yaml",
                              "    sandbox: {since: \"0.95.0\"}\n", "");
  errors = CheckBuiltinData(removed_type);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].find(": component type `sandbox` is not a current type of "
                       "rules/tables/component-types.yaml") != std::string::npos);

  Files new_key = Edited(SourceData(), "rules/tables/stack-keys.yaml",
                         "required: [name, flavor, configuration]",
                         "required: [name, flavor, configuration, owner]");
  errors = CheckBuiltinData(new_key);
  CHECK(errors.size() == 30);  // `required` and `properties` of each of the 15 component types
  CHECK(Joined(errors).find("schemas/zenml-stack.schema.json:26:23: `required` of component "
                            "`alerter` must be [name, flavor, configuration, owner]") !=
        std::string::npos);
}
