// stacklint: parse the command line, run, return the exit code. Nothing else.
#include <unistd.h>

#include <cstdlib>
#include <exception>
#include <iostream>

#include "app.h"
#include "cli.h"

int main(int argc, char** argv) {
  stacklint::Options options;
  if (auto code = stacklint::ParseCommandLine(argc, argv, &options, std::cout, std::cerr))
    return *code;
  const char* no_color = std::getenv("NO_COLOR");
  options.color = options.color && isatty(STDOUT_FILENO) && !(no_color && *no_color);
  if (const char* summary = std::getenv("GITHUB_STEP_SUMMARY"))
    options.github_step_summary = summary;
  try {
    return stacklint::Run(options, std::cin, std::cout, std::cerr);
  } catch (const std::exception& e) {
    std::cerr << "stacklint: internal error: " << e.what() << "\n";
    return stacklint::kExitInternal;
  }
}
