#!/usr/bin/env bash
# Recomputes Docker's verdicts for testdata/docker-reference/vectors.tsv from a checkout of
# github.com/distribution/reference: extract.js lists the test inputs, verdict.go runs Docker's
# ParseNormalizedNamed on each input and on `<input>/image`. Needs node, Go and go-digest
# (Debian: golang-go golang-github-opencontainers-go-digest-dev). Not used by the tests, which
# read only the table. Prints "input<TAB>source<TAB>docker<TAB>docker_prefix" rows; merge them
# into the table by hand (keep the intended-difference reasons), then run
# STACKLINT_UPDATE_GOLDEN=1 build/stacklint_tests "[docker]" and review the diff.
set -euo pipefail
checkout=$(cd "${1:?usage: refresh.sh PATH-TO-distribution/reference}" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pkg="$work/src/github.com/distribution/reference"
mkdir -p "$pkg" "$work/src/verdict"
cp "$checkout"/*.go "$pkg/" && rm -f "$pkg"/*_test.go
cp "$here/verdict.go" "$work/src/verdict/main.go"
GOPATH="$work:/usr/share/gocode" GO111MODULE=off go build -o "$work/verdict" verdict
(cd "$checkout" && node "$here/extract.js") | "$work/verdict" |
  node -e 'require("readline").createInterface({input: process.stdin}).on("line", l => {
    const [input, source, whole, prefix] = JSON.parse(l);
    console.log([input === "" ? "\"\"" : input, source, whole.startsWith("name") ? "name" : whole,
                 prefix.startsWith("name") ? "ok" : "invalid"].join("\t"));
  })'
