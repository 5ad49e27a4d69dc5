# Finds the build dependencies. A missing one stops the configure with the one apt-get command
# that installs them all (Debian 12 / Ubuntu package names), not a find_package trace: pip and
# pre-commit users see this message first. Sets STACKLINT_YAML_CPP and STACKLINT_RE2, the targets
# to link (static archives with STACKLINT_STATIC).

set(_stacklint_missing "")
find_package(yaml-cpp QUIET)
if(NOT yaml-cpp_FOUND)
  list(APPEND _stacklint_missing libyaml-cpp-dev)
endif()
find_package(nlohmann_json 3.10 QUIET)
if(NOT nlohmann_json_FOUND)
  list(APPEND _stacklint_missing nlohmann-json3-dev)
endif()
find_package(CLI11 QUIET)
if(NOT CLI11_FOUND)
  list(APPEND _stacklint_missing libcli11-dev)
endif()
find_path(TOMLPLUSPLUS_INCLUDE_DIR toml++/toml.h)  # pyproject.toml config, header-only
if(NOT TOMLPLUSPLUS_INCLUDE_DIR)
  list(APPEND _stacklint_missing libtomlplusplus-dev)
endif()
find_package(valijson CONFIG QUIET)  # Debian's valijson ships no version file
set(_stacklint_valijson_hint "")
if(NOT valijson_FOUND)
  string(CONCAT _stacklint_valijson_hint
    "\n  valijson (header-only) is missing: scripts/install-deps.sh puts Debian's libvalijson-dev\n"
    "  headers into /usr/local without its ~120 dependencies (or: sudo apt-get install libvalijson-dev)")
endif()
find_package(Threads REQUIRED)
find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
  pkg_check_modules(RE2 QUIET IMPORTED_TARGET re2)  # Debian's RE2 has no CMake config
endif()
if(NOT PkgConfig_FOUND)
  list(APPEND _stacklint_missing pkg-config libre2-dev)
elseif(NOT RE2_FOUND)
  list(APPEND _stacklint_missing libre2-dev)
endif()
if(STACKLINT_TESTS)
  find_package(Catch2 2 QUIET)
  if(NOT Catch2_FOUND)
    list(APPEND _stacklint_missing catch2)
  endif()
endif()

# With STACKLINT_STATIC, each library of yaml-cpp and RE2 (RE2's from `pkg-config --static`, so
# a newer RE2 brings its abseil archives) is linked from its lib*.a.
set(STACKLINT_YAML_CPP yaml-cpp)
set(STACKLINT_RE2 PkgConfig::RE2)
if(STACKLINT_STATIC AND NOT _stacklint_missing)
  find_library(STACKLINT_YAML_CPP_ARCHIVE libyaml-cpp.a)
  if(NOT STACKLINT_YAML_CPP_ARCHIVE)
    list(APPEND _stacklint_missing libyaml-cpp-dev)
  endif()
  set(_stacklint_re2_archives "")
  foreach(_lib IN LISTS RE2_STATIC_LIBRARIES)
    if(_lib MATCHES "^(pthread|m|rt|dl|c)$")
      list(APPEND _stacklint_re2_archives "${_lib}")
      continue()
    endif()
    find_library(STACKLINT_ARCHIVE_${_lib} lib${_lib}.a HINTS ${RE2_STATIC_LIBRARY_DIRS})
    if(NOT STACKLINT_ARCHIVE_${_lib})
      list(APPEND _stacklint_missing libre2-dev)
      message(STATUS "STACKLINT_STATIC: lib${_lib}.a not found")
    endif()
    list(APPEND _stacklint_re2_archives "${STACKLINT_ARCHIVE_${_lib}}")
  endforeach()
  add_library(stacklint_static_yaml_cpp INTERFACE)
  target_link_libraries(stacklint_static_yaml_cpp INTERFACE "${STACKLINT_YAML_CPP_ARCHIVE}")
  target_include_directories(stacklint_static_yaml_cpp INTERFACE
    $<TARGET_PROPERTY:yaml-cpp,INTERFACE_INCLUDE_DIRECTORIES>)
  add_library(stacklint_static_re2 INTERFACE)
  # An archive depends on those after it: RE2's abseil archives go in a group.
  target_link_libraries(stacklint_static_re2 INTERFACE
    "-Wl,--start-group" ${_stacklint_re2_archives} "-Wl,--end-group" Threads::Threads)
  target_include_directories(stacklint_static_re2 INTERFACE ${RE2_INCLUDE_DIRS})
  target_compile_options(stacklint_static_re2 INTERFACE ${RE2_CFLAGS_OTHER})
  set(STACKLINT_YAML_CPP stacklint_static_yaml_cpp)
  set(STACKLINT_RE2 stacklint_static_re2)
  # libc too where its archives are installed (Debian's libc6-dev has them): a binary with no
  # dynamic loader starts ~0.5 ms sooner (no relocation, no symbol lookup, fewer page faults:
  # bench/README.md). Elsewhere (e.g. Fedora without glibc-static) libc stays shared. The price:
  # a static binary's first exception sorts its whole unwind table (~3 ms; GCC's crtbeginT.o
  # registers it), so `--version` is answered without CLI11's exception (cli.cpp), and a file
  # with a YAML syntax error costs that once. Unused functions are dropped (-16% size).
  add_compile_options(-ffunction-sections -fdata-sections)
  add_link_options(-Wl,--gc-sections)
  include(CheckLinkerFlag)
  check_linker_flag(CXX -static STACKLINT_HAVE_STATIC_LIBC)
  if(STACKLINT_HAVE_STATIC_LIBC)
    add_link_options(-static)
  else()
    message(STATUS "STACKLINT_STATIC: no static libc; linking libc and libm shared")
    add_link_options(-static-libstdc++ -static-libgcc)
  endif()
endif()

if(_stacklint_missing OR _stacklint_valijson_hint)
  list(REMOVE_DUPLICATES _stacklint_missing)
  list(JOIN _stacklint_missing " " _stacklint_missing_text)
  set(_stacklint_apt "")
  if(_stacklint_missing)
    set(_stacklint_apt "\n  missing build dependencies; install them with:\n    sudo apt-get install ${_stacklint_missing_text}")
  endif()
  # Indented lines are printed as they are.
  message(FATAL_ERROR "\n  stacklint:${_stacklint_apt}${_stacklint_valijson_hint}\n"
    "  (Debian 12 / Ubuntu package names; scripts/install-deps.sh, as root, installs them all.)\n")
endif()
