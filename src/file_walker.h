// Turns the paths given on the command line into the list of files to lint: folders are walked
// for *.yaml / *.yml (hidden folders skipped, symlinked folders not followed), files are kept
// as given. Paths that can't be used become InputProblems.
#ifndef STACKLINT_FILE_WALKER_H_
#define STACKLINT_FILE_WALKER_H_

#include <filesystem>
#include <string>
#include <vector>

#include "lint_results.h"

namespace stacklint {

struct InputFile {
  std::string path;          ///< as the OS opens it
  std::string display_path;  ///< relative to the working directory, '/' separated
  bool named = false;        ///< given explicitly (not found by walking a folder)
};

/// Sorted by display path, without duplicates.
std::vector<InputFile> CollectInputs(const std::vector<std::string>& paths,
                                     std::vector<InputProblem>* problems);

/// `path` relative to the working directory when it lies below it, '/' separated.
std::string DisplayPath(const std::string& path);

/// `path` (relative to the working directory or absolute) relative to `folder`, '/' separated.
std::string RelativeTo(const std::string& path, const std::filesystem::path& folder);

/// Reads a file, at most `max_bytes` + 1 bytes of it (one more tells that it is too large). On
/// failure returns false and a reason ("Permission denied").
bool ReadFile(const std::string& path, size_t max_bytes, std::string* text, std::string* error);

}  // namespace stacklint

#endif  // STACKLINT_FILE_WALKER_H_
