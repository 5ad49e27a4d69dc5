// The "parse floor": walks the same files stacklint walks (*.yaml / *.yml, hidden folders
// skipped) and only parses each one with yaml-cpp's YAML::LoadAllFromFile, counting documents.
// stacklint's single-thread time is compared with this one.
//
//   g++ -O2 -std=c++20 bench/floor.cpp -lyaml-cpp -o floor
//   floor FILE_OR_DIR...
//
// Prints "<files> files, <documents> documents, <errors> parse errors". Exit 0, or 2 when an
// argument can't be read.
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>
#include <system_error>
#include <vector>

namespace fs = std::filesystem;

namespace {

bool IsYamlName(const fs::path& path) {
  std::string extension = path.extension().string();
  return extension == ".yaml" || extension == ".yml";
}

bool IsHidden(const fs::path& path) {
  std::string name = path.filename().string();
  return name.size() > 1 && name[0] == '.' && name != "..";
}

void Walk(const fs::path& root, std::vector<std::string>* out) {
  std::error_code error;
  fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, error);
  for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
    const fs::directory_entry& entry = *it;
    std::error_code type_error;
    if (entry.is_directory(type_error) && !entry.is_symlink(type_error)) {
      if (IsHidden(entry.path())) it.disable_recursion_pending();
      continue;
    }
    if (IsYamlName(entry.path()) && !entry.is_directory(type_error)) {
      out->push_back(entry.path().string());
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: floor FILE_OR_DIR...\n");
    return 2;
  }
  int status = 0;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    std::error_code error;
    fs::path path(argv[i]);
    if (fs::is_directory(path, error)) {
      Walk(path, &files);
    } else if (fs::exists(path, error)) {
      files.push_back(path.string());
    } else {
      std::fprintf(stderr, "floor: %s: no such file or directory\n", argv[i]);
      status = 2;
    }
  }
  std::sort(files.begin(), files.end());  // stacklint sorts its inputs too

  size_t documents = 0, errors = 0;
  for (const std::string& file : files) {
    try {
      documents += YAML::LoadAllFromFile(file).size();
    } catch (const YAML::Exception&) {
      ++errors;  // malformed YAML: parsing stopped, as it does for stacklint
    }
  }
  std::printf("%zu files, %zu documents, %zu parse errors\n", files.size(), documents, errors);
  return status;
}
