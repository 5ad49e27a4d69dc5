// The "parse floor": walks the same files stacklint walks (*.yaml / *.yml, hidden folders
// skipped) and only parses each one with yaml-cpp's YAML::LoadAllFromFile, counting documents.
// stacklint's single-thread time is compared with this one.
//
//   g++ -O2 -std=c++20 bench/floor.cpp -lyaml-cpp -o floor
//   floor FILE_OR_DIR...
//   floor --io FILE_OR_DIR...    the I/O floor: the same walk, each file read whole, no parse
//
// Prints "<files> files, <documents> documents, <errors> parse errors" (with --io: "<files>
// files, <bytes> bytes read"). Exit 0, or 2 when an argument can't be read.
#include <fcntl.h>
#include <unistd.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
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

// Reads the whole file into a string (as stacklint does before anything else); its size.
size_t ReadWhole(const std::string& file) {
  int fd = open(file.c_str(), O_RDONLY);
  if (fd < 0) return 0;
  std::string text;
  char chunk[65536];
  for (ssize_t n; (n = read(fd, chunk, sizeof chunk)) > 0;) text.append(chunk, n);
  close(fd);
  return text.size();
}

}  // namespace

int main(int argc, char** argv) {
  bool io_only = argc > 1 && std::strcmp(argv[1], "--io") == 0;
  if (argc < 2 + io_only) {
    std::fprintf(stderr, "usage: floor [--io] FILE_OR_DIR...\n");
    return 2;
  }
  int status = 0;
  std::vector<std::string> files;
  for (int i = 1 + io_only; i < argc; ++i) {
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
  if (io_only) {
    size_t bytes = 0;
    for (const std::string& file : files) bytes += ReadWhole(file);
    std::printf("%zu files, %zu bytes read\n", files.size(), bytes);
    return status;
  }

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
