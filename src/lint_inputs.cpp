#include "lint_inputs.h"

#include <istream>
#include <iterator>

namespace stacklint {

Inputs GatherInputs(const Options& options, Scopes* scopes, std::istream& in,
                    std::vector<Problem>* problems) {
  Inputs inputs;
  std::vector<std::string> paths =
      options.paths.empty() ? std::vector<std::string>{"."} : options.paths;
  std::vector<std::string> file_paths;
  bool use_stdin = false;
  for (const std::string& path : paths) {
    if (path == "-")
      use_stdin = true;
    else
      file_paths.push_back(path);
  }
  std::vector<InputFile> all = CollectInputs(file_paths, problems);
  if (use_stdin) {
    inputs.stdin_text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    std::string name = options.stdin_filename.empty() ? "-" : DisplayPath(options.stdin_filename);
    // A closed or empty stdin is a mistake in the calling script, not a clean file.
    if (inputs.stdin_text.empty())
      problems->push_back({name, "standard input is empty or closed: nothing to lint"});
    else
      all.push_back(InputFile{"-", name, true});
  }
  for (InputFile& input : all) {
    std::optional<size_t> scope =
        scopes->For(input.path == "-" ? "./" + input.display_path : input.path, problems);
    if (!scope) return inputs;
    // Config `exclude` applies to each file's own config, and to the name given to stdin.
    if (IsExcluded(*scopes->scopes()[*scope].config, input.display_path)) continue;
    // --only-stacks (the pre-commit hook): a named file is judged like a walked one, so
    // non-stack YAML, broken or not, is skipped unless it looks like a stack.
    if (options.only_stacks) input.named = false;
    inputs.files.push_back(PlannedInput{std::move(input), *scope});
  }
  return inputs;
}

}  // namespace stacklint
