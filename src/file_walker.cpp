#include "file_walker.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <set>

namespace stacklint {
namespace fs = std::filesystem;
namespace {

// `.yaml` or `.yml` as path::extension() sees it (a leading dot is no extension: `.yaml` is none),
// read from the text: no path objects per walked entry.
bool IsYamlName(std::string_view path) {
  std::string_view name = path.substr(path.rfind('/') + 1);
  size_t dot = name.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return false;
  std::string_view extension = name.substr(dot);
  return extension == ".yaml" || extension == ".yml";
}

bool IsHidden(const fs::path& path) {
  std::string name = path.filename().string();
  return name.size() > 1 && name[0] == '.' && name != "..";
}

// What a path that is neither file nor folder is, for the message about it.
std::string SpecialKind(const fs::file_status& status) {
  switch (status.type()) {
    case fs::file_type::fifo:
      return "a FIFO (named pipe)";
    case fs::file_type::socket:
      return "a socket";
    case fs::file_type::character:
    case fs::file_type::block:
      return "a device";
    default:
      return "not a regular file";
  }
}

// DisplayPath(path) for a path found in folder `root` (whose DisplayPath is `root_shown`): the
// folder's display path joined with the rest, without a DisplayPath call (and its getcwd,
// absolute and normal forms) per file, which cost more than reading a small file.
std::string DisplayPathBelow(const std::string& root, const std::string& root_shown,
                             const std::string& path) {
  // A root outside the working directory ("..") may lead back into it: the slow way.
  if (path.compare(0, root.size(), root) != 0 || path.size() == root.size() ||
      root_shown.find("..") != std::string::npos)
    return DisplayPath(path);
  size_t rest = root.size();
  while (rest < path.size() && path[rest] == '/') ++rest;
  if (rest == root.size() && root.back() != '/') return DisplayPath(path);
  std::string_view tail = std::string_view(path).substr(rest);
  if (tail.empty() || tail.find("/.") != std::string_view::npos || tail[0] == '.' ||
      tail.find("//") != std::string_view::npos)
    return DisplayPath(path);  // anything lexically_normal would change: the slow way
  std::string_view base = root_shown;
  while (base.size() > 1 && base.back() == '/') base.remove_suffix(1);
  if (base == ".") return std::string(tail);
  return std::string(base) + (base.back() == '/' ? "" : "/") + std::string(tail);
}

// Walks `dir` depth first. A folder that can't be listed is an InputProblem (exit 2), not a
// silent gap; FIFOs, sockets and devices are skipped without being opened (one would block).
void WalkFolder(const fs::path& dir, std::vector<InputFile>* out,
                std::vector<InputProblem>* problems) {
  const std::string dir_string = dir.string();
  const std::string dir_shown = DisplayPath(dir_string);
  std::error_code error;
  fs::directory_iterator it(dir, error);
  if (error) {
    problems->push_back({dir_shown, "cannot read this folder: " + error.message()});
    return;
  }
  for (; it != fs::directory_iterator(); it.increment(error)) {
    if (error) break;
    const fs::directory_entry& entry = *it;
    // The entry's type comes from the folder listing (no stat per file); only a symlink needs a
    // stat to learn what it points to.
    std::error_code type_error;
    bool symlink = entry.is_symlink(type_error);
    if (!symlink && entry.is_directory(type_error)) {  // symlinked folders are not followed
      if (!IsHidden(entry.path())) WalkFolder(entry.path(), out, problems);
      continue;
    }
    const std::string& path = entry.path().native();
    if (!IsYamlName(path)) continue;
    // A dangling or looping symlink is kept: reading it reports why it can't be read.
    bool regular =
        symlink ? fs::is_regular_file(entry.status(type_error)) : entry.is_regular_file(type_error);
    if (!type_error && !regular) continue;  // a folder named x.yaml, a FIFO
    out->push_back({path, DisplayPathBelow(dir_string, dir_shown, path), false});
  }
  if (error) {
    problems->push_back({dir_shown, "cannot read this folder: " + error.message()});
  }
}

}  // namespace

std::string DisplayPath(const std::string& path) {
  if (path == "-") return path;
  std::error_code error;
  fs::path absolute = fs::absolute(path, error);
  fs::path cwd = fs::current_path(error);
  fs::path relative = absolute.lexically_normal().lexically_relative(cwd);
  std::string shown = relative.empty() ? fs::path(path).lexically_normal().generic_string()
                                       : relative.generic_string();
  return shown.empty() ? path : shown;
}

std::vector<InputFile> CollectInputs(const std::vector<std::string>& paths,
                                     std::vector<InputProblem>* problems) {
  std::vector<InputFile> files;
  for (const std::string& path : paths) {
    std::error_code error;
    fs::file_status status = fs::status(path, error);
    if (error || !fs::exists(status)) {
      // status() fails on a dangling or looping symlink and on a missing path alike.
      std::error_code link_error;
      bool is_link = fs::is_symlink(fs::symlink_status(path, link_error));
      problems->push_back({DisplayPath(path), is_link ? "broken symbolic link (dangling or a loop)"
                                                      : "No such file or directory"});
      continue;
    }
    if (fs::is_directory(status)) {
      WalkFolder(path, &files, problems);
    } else if (!fs::is_regular_file(status)) {  // opening a FIFO would block
      problems->push_back({DisplayPath(path), "is " + SpecialKind(status) + ": not read"});
    } else {
      files.push_back({path, DisplayPath(path), true});
    }
  }
  std::stable_sort(files.begin(), files.end(), [](const InputFile& a, const InputFile& b) {
    return a.display_path < b.display_path;
  });
  // A file both named and found by walking counts as named.
  std::vector<InputFile> unique;
  for (const InputFile& file : files) {
    if (!unique.empty() && unique.back().display_path == file.display_path) {
      unique.back().named = unique.back().named || file.named;
    } else {
      unique.push_back(file);
    }
  }
  return unique;
}

std::string RelativeTo(const std::string& path, const fs::path& folder) {
  std::error_code error;
  fs::path relative = fs::absolute(path, error).lexically_normal().lexically_relative(folder);
  return relative.empty() ? path : relative.generic_string();
}

// POSIX open and read: no stat before the open (a folder is known by read's EISDIR) and no
// stream buffers; one open, one or two reads and a close per file, as the I/O floor does.
bool ReadFile(const std::string& path, size_t max_bytes, std::string* text, std::string* error) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    *error = std::strerror(errno);
    return false;
  }
  // Read one byte past the limit: enough to know the file is too large, never more.
  text->clear();
  char chunk[65536];
  ssize_t got = 0;
  while (text->size() <= max_bytes) {
    got = ::read(fd, chunk, sizeof chunk);
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) break;
    text->append(chunk, static_cast<size_t>(got));
  }
  int read_errno = errno;
  ::close(fd);
  if (got < 0) {
    *error = read_errno == EISDIR ? "is a directory" : std::strerror(read_errno);
    return false;
  }
  if (text->size() > max_bytes + 1) text->resize(max_bytes + 1);
  return true;
}

}  // namespace stacklint
