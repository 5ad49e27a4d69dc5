#include "lint_files.h"

#include <algorithm>
#include <iterator>

#include "parallel.h"
#include "stack_sniff.h"

namespace stacklint {

FileLint LintSource(const Scope& scope, const InputFile& input,
                    std::shared_ptr<const SourceFile> source) {
  FileContext context{input.named, PerFileIgnores(*scope.config, input.display_path)};
  FileLint lint;
  lint.diagnostics = scope.engine->Lint(*source, context, &lint.secrets);
  lint.source = std::move(source);
  return lint;
}

LintedFile LintInput(const Scope& scope, const InputFile& input, const std::string& stdin_text,
                     size_t max_file_size) {
  LintedFile file;
  std::string text, error;
  if (input.path == "-") {
    text = stdin_text;
  } else if (!ReadFile(input.path, max_file_size, &text, &error)) {
    file.problem = Problem{input.display_path, error, ProblemKind::kInput, "", std::nullopt};
    return file;
  }
  // A walked file that cannot hold a stack gets no finding: skipped before its lines are indexed.
  if (!input.named && !MayHoldStack(text)) return file;
  file.lint = LintSource(scope, input,
                         std::make_shared<const SourceFile>(input.display_path, std::move(text)));
  // Sources are kept for snippets and fixes only where there is something to show or fix; the
  // fix pass echoes standard input even when nothing changes.
  if (file.lint.diagnostics.empty() && input.path != "-") file.lint.source.reset();
  return file;
}

std::vector<LintedFile> LintInputs(const std::vector<Scope>& scopes, const Inputs& inputs,
                                   size_t max_file_size, int jobs) {
  std::vector<LintedFile> files(inputs.files.size());
  ParallelFor(files.size(), jobs, [&](size_t i) {
    const PlannedInput& input = inputs.files[i];
    files[i] = LintInput(scopes[input.scope], input.file, inputs.stdin_text, max_file_size);
  });
  return files;
}

LintResults CollectResults(std::vector<LintedFile>& files, const Inputs& inputs) {
  LintResults results;
  for (size_t i = 0; i < files.size(); ++i) {
    LintedFile& file = files[i];
    if (file.problem) results.input_problems.push_back(*file.problem);
    if (file.problem && file.lint.diagnostics.empty()) continue;
    ++results.files_checked;
    results.files.push_back(inputs.files[i].file.display_path);
    bool has_findings = !file.lint.diagnostics.empty();
    std::move(file.lint.diagnostics.begin(), file.lint.diagnostics.end(),
              std::back_inserter(results.diagnostics));
    if (!file.lint.source || !has_findings) continue;
    results.sources[file.lint.source->path()] = file.lint.source;
    if (!file.lint.secrets.empty())
      results.secrets[file.lint.source->path()] = std::move(file.lint.secrets);
  }
  std::sort(results.diagnostics.begin(), results.diagnostics.end(), DiagnosticLess);
  return results;
}

}  // namespace stacklint
