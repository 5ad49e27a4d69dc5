#!/usr/bin/env bash
# Installs what stacklint needs to build and test on Debian 12, as root. Safe to run again.
# Usage: install-deps.sh [--build]
# valijson is header-only; Debian's libvalijson-dev drags in Qt5, Poco and ~120 packages, so its
# headers and CMake config are unpacked from the .deb into /usr/local instead, where every build
# on the machine finds them (pip and pre-commit build in a fresh clone of the checkout).
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(cmake g++ make pkg-config git ca-certificates python3 python3-jsonschema python3-yaml pre-commit
  libyaml-cpp-dev libre2-dev libcli11-dev catch2 nlohmann-json3-dev libtomlplusplus-dev
  ninja-build ccache dpkg-dev binutils python3-venv python3-pip-whl python3-setuptools-whl python3-wheel-whl)
packages+=(neovim)  # a real LSP client for tests/lsp_neovim_test.sh
# --build: only what building stacklint needs (`pip install` on a CI runner: the GitHub Action).
if [ "${1:-}" = --build ]; then
  packages=(cmake g++ pkg-config ninja-build python3-venv libyaml-cpp-dev libre2-dev libcli11-dev
    nlohmann-json3-dev libtomlplusplus-dev)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -f /usr/local/include/valijson/validator.hpp ] && [ ! -f /usr/include/valijson/validator.hpp ]; then
  echo "install-deps: unpacking libvalijson-dev headers into /usr/local"
  tmp=$(mktemp -d)
  (cd "$tmp" && apt-get download libvalijson-dev >/dev/null 2>&1 ||
    { apt-get update -qq && apt-get download libvalijson-dev >/dev/null; })
  dpkg -x "$tmp"/libvalijson-dev_*.deb "$tmp/x"
  mkdir -p /usr/local/include /usr/local/share/cmake /usr/local/share/doc
  cp -r "$tmp/x/usr/include/valijson" /usr/local/include/
  cp -r "$tmp/x/usr/share/cmake/valijson" /usr/local/share/cmake/
  cp -r "$tmp/x/usr/share/doc/libvalijson-dev" /usr/local/share/doc/  # its copyright
  rm -rf "$tmp"
fi
