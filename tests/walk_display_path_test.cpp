// Display paths of walked files: built from their folder's, they equal DisplayPath's.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "file_walker.h"

using namespace stacklint;
namespace fs = std::filesystem;

// A walked file's display path is built from its folder's (no DisplayPath call per file): it must
// be exactly what DisplayPath gives, however the folder was written.
TEST_CASE("walked files get the display path DisplayPath gives them", "[walker]") {
  fs::path work = fs::temp_directory_path() / "stacklint-walk-display-test";
  fs::remove_all(work);
  fs::create_directories(work / "repo" / "k8s" / "a");
  fs::create_directories(work / "other");
  for (const char* name : {"repo/x.yaml", "repo/k8s/a/y.yml", "repo/k8s/z.yaml", "other/o.yaml"})
    std::ofstream(work / name) << "a: 1\n";
  auto previous = fs::current_path();
  fs::current_path(work / "repo");
  size_t checked = 0;
  for (const std::string& root : std::vector<std::string>{
           ".", "./", "k8s", "k8s/", "./k8s", "k8s//a", "k8s/../k8s", "..", "../other",
           (work / "repo").string(), (work / "repo/").string(), "../repo/k8s"}) {
    std::vector<InputProblem> problems;
    for (const InputFile& file : CollectInputs({root}, &problems)) {
      INFO(root + " -> " + file.path);
      CHECK(file.display_path == DisplayPath(file.path));
      ++checked;
    }
    CHECK(problems.empty());
  }
  fs::current_path(previous);
  fs::remove_all(work);
  CHECK(checked > 20);
}
