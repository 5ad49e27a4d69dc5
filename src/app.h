// What a run of stacklint does once its options are parsed: lint (check), or print the rule and
// flavor catalog. Returns the exit code; only main() exits.
#ifndef STACKLINT_APP_H_
#define STACKLINT_APP_H_

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "exit_code.h"

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
  bool only_stacks =
      false;  ///< --only-stacks: named files are skipped unless they look like stacks
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

/// Runs the command; findings go to `out` (or the -o file), messages about the run to `err`.
int Run(const Options& options, std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace stacklint

#endif  // STACKLINT_APP_H_
