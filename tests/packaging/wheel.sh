# Part of tests/packaging/run.sh: the wheel built by pip from the clone and from an sdist holds
# one self-contained binary, which pip installs into a venv's bin/.
echo "== wheel: pip wheel from the clone"
"$PYTHON" -m venv "$work/venv"
start=$(date +%s)
"$work/venv/bin/pip" wheel --no-deps -w "$work/dist" "$clone" >"$work/wheel.log" 2>&1
check $? 0 "pip wheel builds from the clone" "$work/wheel.log"
echo "wheel build (cold, compiles everything): $(seconds "$start") s"
wheel="$work/dist/stacklint-$version-py3-none-linux_$(uname -m).whl"
check "$(ls "$work/dist")" "$(basename "$wheel")" "one py3-none wheel named from CMakeLists.txt's version"
echo "wheel size: $(stat -c %s "$wheel") bytes"
"$PYTHON" -c 'import sys, zipfile; print("\n".join(sorted(zipfile.ZipFile(sys.argv[1]).namelist())))' \
  "$wheel" >"$work/wheel-files.txt"
printf '%s\n' "stacklint-$version.data/scripts/stacklint" "stacklint-$version.dist-info/METADATA" \
  "stacklint-$version.dist-info/RECORD" "stacklint-$version.dist-info/WHEEL" >"$work/wheel-want.txt"
cmp -s "$work/wheel-files.txt" "$work/wheel-want.txt"
check $? 0 "the wheel holds the binary and its metadata, no Python code" "$work/wheel-files.txt"

"$work/venv/bin/pip" install --no-deps "$wheel" >"$work/install.log" 2>&1
check $? 0 "pip installs the wheel" "$work/install.log"
bin="$work/venv/bin/stacklint"
check "$("$bin" --version 2>&1)" "stacklint $version" "the installed binary is on the venv's bin/"
(cd "$clone" && "$bin" check examples/clean >"$work/clean.txt" 2>&1)
check $? 0 "examples/clean lints clean" "$work/clean.txt"
(cd "$clone" && "$bin" check examples/broken >"$work/broken.txt" 2>&1)
check $? 1 "examples/broken has findings" "$work/broken.txt"
contains "$work/broken.txt" "examples/broken/default-flavor-for-ghcr.yaml:7:13: warning: flavor \`default\`" \
  "the broken examples' findings are reported"

objdump -p "$bin" >"$work/objdump.txt" 2>&1
check $? 0 "objdump reads the installed binary" "$work/objdump.txt"
awk '/NEEDED/ {print $2}' "$work/objdump.txt" | sort >"$work/needed.txt"
echo "NEEDED: $(tr '\n' ' ' <"$work/needed.txt")"
# libc6-dev (a build dependency) ships libc.a, so STACKLINT_STATIC links libc too: no NEEDED.
check "$(cat "$work/needed.txt")" "" "the binary needs no shared library (yaml-cpp, RE2, libstdc++, libgcc, libc static)"
contains "$work/objdump.txt" "Program Header" "objdump lists the binary's program headers"
lacks "$work/objdump.txt" "INTERP" "the binary has no dynamic loader (PT_INTERP)"

echo "== sdist: built by scikit-build-core, then a wheel from it"
"$PYTHON" -m venv "$work/backend"
"$work/backend/bin/pip" install -q scikit-build-core >"$work/backend.log" 2>&1
check $? 0 "scikit-build-core installs from the wheelhouse" "$work/backend.log"
sdist=$(cd "$clone" && "$work/backend/bin/python" -c \
  'import sys; from scikit_build_core.build import build_sdist; print(build_sdist(sys.argv[1]))' \
  "$work/sdist" 2>"$work/sdist.log" | tail -n 1)  # after scikit-build-core's banner
check "$sdist" "stacklint-$version.tar.gz" "build_sdist names the sdist from the version" "$work/sdist.log"
tar -tzf "$work/sdist/$sdist" | sed "s|^stacklint-$version/||" | sort >"$work/sdist-files.txt"
for f in pyproject.toml CMakeLists.txt cmake/dependencies.cmake src/main.cpp rules/flavors/aws.yaml \
  README.md PKG-INFO; do
  contains "$work/sdist-files.txt" "$f" "the sdist holds $f"
done
lacks "$work/sdist-files.txt" ".git/" "the sdist holds no .git"
start=$(date +%s)
"$work/venv/bin/pip" wheel --no-deps -w "$work/dist-sdist" "$work/sdist/$sdist" >"$work/sdist-wheel.log" 2>&1
check $? 0 "pip wheel builds from the sdist" "$work/sdist-wheel.log"
echo "wheel build from the sdist (ccache warm): $(seconds "$start") s"
check "$(ls "$work/dist-sdist")" "$(basename "$wheel")" "the sdist's wheel has the same name"
