#!/usr/bin/env bash
# The packaging tests (pip wheel and sdist, the pre-commit `language: python` hook, the GitHub
# Action, the .deb), run on a fresh `git clone` of this checkout's HEAD, offline: pip finds its
# build tools only in ../shared/wheelhouse and Debian's /usr/share/python-wheels.
# Usage: tests/packaging/run.sh [BUILD_DIR]  (BUILD_DIR: a configured CMake build of this
# checkout, packed as the shared-library .deb; default build/). Needs root for apt-get.
# Env: STACKLINT_WHEELHOUSE (default ../shared/wheelhouse), STACKLINT_PYTHON (default Debian's
# /usr/bin/python3, whose venv module comes from python3-venv), KEEP=1 keeps the work folder,
# PARTS="wheel deb" runs only those parts (default: wheel precommit action deb).
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:-$root/build}" && pwd) || exit 2
here="$root/tests/packaging"
wheelhouse=$(cd "${STACKLINT_WHEELHOUSE:-$root/../shared/wheelhouse}" && pwd) || {
  echo "no wheelhouse (../shared/wheelhouse)"; exit 2; }
PYTHON=${STACKLINT_PYTHON:-/usr/bin/python3}
[ -x "$PYTHON" ] || PYTHON=$(command -v python3)
work=$(mktemp -d)
[ "${KEEP:-0}" = 1 ] && echo "work folder: $work" || trap 'rm -rf "$work"' EXIT
mkdir -p "$work/tmp"

# pip offline; its temporary folders under $work.
export PIP_NO_INDEX=1 PIP_FIND_LINKS="$wheelhouse /usr/share/python-wheels"
export PIP_DISABLE_PIP_VERSION_CHECK=1 TMPDIR="$work/tmp"
# Each pip build of the same sources (checkout, sdist, pre-commit's copy, the Action's install)
# builds in <source>/build/<wheel tag>, so ccache with a base folder of $work compiles the C++
# once, in the first build; the others configure, hit the cache and link.
export SKBUILD_BUILD_DIR="build/{wheel_tag}"
if command -v ccache >/dev/null; then
  export CMAKE_CXX_COMPILER_LAUNCHER=ccache CCACHE_DIR="$work/ccache" CCACHE_BASEDIR="$work"
fi
unset CMAKE_GENERATOR CMAKE_ARGS
export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.com GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.com

passed=0 failed=0
check() {  # check GOT WANTED NAME [FILE to show on failure]
  if [ "$1" = "$2" ]; then passed=$((passed + 1)); else
    failed=$((failed + 1)); echo "FAIL $3 (got '$1', wanted '$2')"
    [ -n "${4:-}" ] && tail -n 40 "$4"; fi
}
contains() {  # contains FILE TEXT NAME
  if grep -qF -- "$2" "$1"; then passed=$((passed + 1)); else
    failed=$((failed + 1)); echo "FAIL $3: '$2' not in $1:"; tail -n 40 "$1"; fi
}
lacks() {  # lacks FILE TEXT NAME
  if ! grep -qF -- "$2" "$1"; then passed=$((passed + 1)); else
    failed=$((failed + 1)); echo "FAIL $3: '$2' in $1"; fi
}
seconds() { echo $(( $(date +%s) - $1 )); }

git clone -q "$root" "$work/clone"
clone="$work/clone"
version=$(sed -n 's/^project(stacklint VERSION \([0-9.]*\).*/\1/p' "$clone/CMakeLists.txt")
echo "== packaging tests on a clone of $(git -C "$clone" rev-parse --short HEAD), stacklint $version, $("$PYTHON" --version)"

for part in ${PARTS:-wheel precommit action deb}; do
  # shellcheck source=/dev/null
  . "$here/$part.sh"
done

[ -n "${CCACHE_DIR:-}" ] && echo "ccache: $(ccache -s | grep -iE 'hits|misses' | tr -s ' ' | tr '\n' ';')"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
