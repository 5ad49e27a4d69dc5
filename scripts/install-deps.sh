#!/usr/bin/env bash
# Installs what stacklint needs to build and test on Debian 12, as root. Safe to run again.
# valijson is header-only; Debian's libvalijson-dev drags in Qt5, Poco and ~120 packages, so its
# headers are unpacked from the .deb into .deps/ (the build finds them there) instead.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(cmake g++ make pkg-config git ca-certificates python3 python3-jsonschema python3-yaml pre-commit
  libyaml-cpp-dev libre2-dev libcli11-dev catch2 nlohmann-json3-dev libtomlplusplus-dev)
packages+=(neovim)  # a real LSP client for tests/lsp_neovim_test.sh

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

if [ ! -f .deps/usr/include/valijson/validator.hpp ] && [ ! -f /usr/include/valijson/validator.hpp ]; then
  echo "install-deps: unpacking libvalijson-dev headers into .deps/"
  tmp=$(mktemp -d)
  (cd "$tmp" && apt-get download libvalijson-dev >/dev/null 2>&1 ||
    { apt-get update -qq && apt-get download libvalijson-dev >/dev/null; })
  mkdir -p .deps
  dpkg -x "$tmp"/libvalijson-dev_*.deb .deps
  rm -rf "$tmp"
fi
