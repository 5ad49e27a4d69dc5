// Helpers shared by the tests: run stacklint in-process, load the built-in catalog once.
#ifndef STACKLINT_TESTS_TEST_UTIL_H_
#define STACKLINT_TESTS_TEST_UTIL_H_

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "catch_printers.h"
#include "diagnostic.h"
#include "lint_results.h"
#include "rule_catalog.h"

namespace stacklint::testing {

/// The built-in catalog (asserts that it loads cleanly).
const RuleCatalog& BuiltinCatalog();

/// Lints `text` as file `path` (named on the command line) and returns the findings.
std::vector<Diagnostic> LintText(const std::string& text, const std::string& path = "stack.yaml");

/// The rule IDs of LintText's findings (suppressed ones left out), in report order.
std::vector<std::string> RuleIds(const std::string& text);

/// The whole of a file, bytes as they are ("" when it can't be read).
std::string ReadFileText(const std::string& path);

/// The extra arguments a testdata folder's cases need, from its args.txt (e.g. a --baseline).
std::vector<std::string> FolderArgs(const std::string& folder);

/// A stack export with one container registry.
std::string RegistryStack(const std::string& flavor, const std::string& uri,
                          const std::string& extra_config = "");

/// The results of linting RegistryStack("default", "ghcr.io/acme") as stack.yaml: one CR104
/// warning (line 6, columns 13-20, fixable), with its source, one file checked.
LintResults RegistryWarningResults();

struct RunOutput {
  int exit_code;
  std::string out;
  std::string err;
};
/// Runs the CLI in-process: `args` as after `stacklint`, in folder `cwd` ("" keeps the current).
RunOutput RunCli(const std::vector<std::string>& args, const std::string& cwd = "",
                 const std::string& stdin_text = "");

/// Calls `visit` with every string of 0..max_pieces pieces from `pieces` (for tests that hold a
/// hand-written matcher to its regex on every short string). The second form takes each byte of
/// `alphabet` as a piece.
void EveryString(const std::vector<std::string>& pieces, size_t max_pieces,
                 const std::function<void(const std::string&)>& visit);
void EveryString(std::string_view alphabet, size_t max_length,
                 const std::function<void(const std::string&)>& visit);

/// A fresh folder under the temp folder (with a rules/ folder in it), removed at the end.
struct TempDir {
  explicit TempDir(const std::string& name);
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  /// Writes `text` to `relative` in the folder and returns the file's full path.
  std::string Write(const std::string& relative, const std::string& text) const;

  std::filesystem::path path;
};

}  // namespace stacklint::testing

#endif  // STACKLINT_TESTS_TEST_UTIL_H_
