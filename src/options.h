// What the command line asks for: the command and its options, as cli.cpp parses them and the
// commands read them. Plain data, so headers can name it without pulling in the app.
#ifndef STACKLINT_OPTIONS_H_
#define STACKLINT_OPTIONS_H_

#include <cstddef>
#include <string>
#include <vector>

namespace stacklint {

struct Options {
  enum class Command { kCheck, kRules, kRule, kFlavors, kServer };
  Command command = Command::kCheck;
  std::vector<std::string> paths;       ///< check: files and folders ("-" is stdin)
  std::string format = "text";          ///< check: text|sarif|json|github|junit; rules: text|json
  std::string output;                   ///< -o FILE; "" is stdout
  std::vector<std::string> rule_files;  ///< --rules
  std::string fail_on;                  ///< "" : the config's, else warning
  int jobs = 0;                         ///< 0: hardware threads
  bool color = false;                   ///< decided by main from the terminal, --no-color, NO_COLOR
  bool quiet = false;
  std::string zenml_version;        ///< "" when not given
  std::string stdin_filename;       ///< the name to report stdin as
  std::string rule_query;           ///< `rule ID|NAME`
  std::vector<std::string> select;  ///< --select: rule IDs, ID prefixes or names
  std::vector<std::string> ignore;  ///< --ignore
  std::string github_step_summary;  ///< $GITHUB_STEP_SUMMARY, for -f github
  std::string config;               ///< --config FILE; "" finds .stacklint.yaml upward
  bool no_config = false;
  /// --only-stacks: named files are skipped unless they look like stacks
  bool only_stacks = false;
  std::string baseline;        ///< --baseline FILE
  std::string write_baseline;  ///< --write-baseline FILE
  bool fix = false;
  bool unsafe_fixes = false;
  bool diff = false;
  size_t max_file_size = 10 * 1024 * 1024;
  size_t max_depth = 100;       ///< nested collections
  size_t max_nodes = 250000;    ///< per document, aliases and merge keys expanded
  size_t max_documents = 1000;  ///< per file
};

}  // namespace stacklint

#endif  // STACKLINT_OPTIONS_H_
