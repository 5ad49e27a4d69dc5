# Part of tests/packaging/run.sh: `cpack -G DEB` from the install rules, installed with apt-get:
# the shared-library build (BUILD_DIR) depends on its libraries' packages, the STACKLINT_STATIC
# build (libc linked statically too: libc6-dev has libc.a) on none.
deb_check() {  # deb_check NAME BUILD_DIR DEPENDS_REGEX
  local name=$1 dir=$2 want=$3 deb
  rm -rf "$work/deb-$name" && mkdir "$work/deb-$name"
  (cd "$dir" && cpack -G DEB -B "$work/deb-$name") >"$work/cpack-$name.log" 2>&1
  check $? 0 "cpack -G DEB ($name)" "$work/cpack-$name.log"
  deb=$(ls "$work/deb-$name"/stacklint_"$version"_*.deb 2>/dev/null)
  check "$(basename "$deb")" "stacklint_${version}_$(dpkg --print-architecture).deb" "the $name .deb's name"
  echo "$name .deb size: $(stat -c %s "$deb") bytes; Depends: $(dpkg-deb -f "$deb" Depends)"
  [[ "$(dpkg-deb -f "$deb" Depends)" =~ $want ]]
  check $? 0 "the $name .deb's Depends match $want"
  dpkg-deb -c "$deb" | grep -q ' \./usr/bin/stacklint$'
  check $? 0 "the $name .deb installs /usr/bin/stacklint"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >"$work/apt-$name.log" 2>&1
  check $? 0 "apt-get install ./stacklint_*.deb ($name)" "$work/apt-$name.log"
  check "$(/usr/bin/stacklint --version 2>&1)" "stacklint $version" "the $name .deb's binary runs"
  (cd "$clone" && /usr/bin/stacklint check examples/broken >/dev/null 2>&1)
  check $? 1 "the $name .deb's binary lints examples/broken"
  DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq stacklint >/dev/null 2>&1
  check $? 0 "apt-get remove stacklint ($name)"
}

echo "== .deb: cpack -G DEB, apt-get install"
if [ "$(id -u)" != 0 ]; then
  check "$(id -u)" 0 "the .deb test runs as root (apt-get install)"
elif dpkg-query -W -f='${Status}' stacklint 2>/dev/null | grep -q 'install ok installed'; then
  check installed "not installed" "no stacklint package installed before the .deb test"
else
  [ -x "$build/stacklint" ] || cmake --build "$build" -j"$(nproc)" --target stacklint >/dev/null
  deb_check shared "$build" '^libc6 .*libre2-[0-9]+ .*libstdc\+\+6 .*libyaml-cpp0'
  # The static build: the wheel's compiler and flags in a folder beside the wheel's build folder,
  # so ccache serves the objects the wheel build compiled (scikit-build-core takes Python's CXX).
  wheel_cache=$(ls "$clone"/build/py3-*/CMakeCache.txt 2>/dev/null | head -n 1)
  cxx=$( [ -n "$wheel_cache" ] && sed -n 's/^CMAKE_CXX_COMPILER:[A-Z]*=//p' "$wheel_cache")
  start=$(date +%s)
  cmake -S "$clone" -B "$clone/build/deb-static" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    ${cxx:+-DCMAKE_CXX_COMPILER="$cxx"} -DSTACKLINT_TESTS=OFF -DSTACKLINT_STATIC=ON >"$work/static.log" 2>&1 &&
    cmake --build "$clone/build/deb-static" >>"$work/static.log" 2>&1
  check $? 0 "the STACKLINT_STATIC build" "$work/static.log"
  echo "static build for the .deb: $(seconds "$start") s"
  deb_check static "$clone/build/deb-static" '^$'
fi
