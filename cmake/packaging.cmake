# `cpack -G DEB` in a build folder packs what `cmake --install` installs into stacklint_<ver>_<arch>.deb.
# Runtime dependencies come from dpkg-shlibdeps (package dpkg-dev) over the binary: libyaml-cpp,
# libre2, libstdc++ and libgcc for a shared build, none with STACKLINT_STATIC (libc6 where libc.a is
# missing and libc stays shared).
set(CPACK_PACKAGE_NAME stacklint)
set(CPACK_PACKAGE_VENDOR stacklint)
set(CPACK_PACKAGE_CONTACT "stacklint maintainers (https://github.com/stacklint/stacklint/issues)")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "linter for ZenML stack configuration YAML")
set(CPACK_PACKAGE_DESCRIPTION
  "stacklint checks ZenML stack exports and mlstacks specs, container registries first: unknown\n"
  "flavors, configuration keys ZenML rejects, URIs that do not fit their flavor, plaintext\n"
  "credentials. Reports as text, SARIF, JSON, GitHub annotations or JUnit.")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/stacklint/stacklint")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
include(CPack)
