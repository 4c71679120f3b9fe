# `cpack -G DEB` in the build directory makes pplab_<version>_amd64.deb (scripts/package.sh does it
# all and checks the result). Included from the top-level CMakeLists.txt after every install rule.
set(CPACK_PACKAGE_NAME pplab)
set(CPACK_PACKAGE_VENDOR "The pplab authors")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "laboratory for parallel programming on real threads and processes")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/pplab/pplab")
set(CPACK_PACKAGE_INSTALL_DIRECTORY pplab)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)
set(PPLAB_PACKAGE_MAINTAINER "The pplab authors <pplab@users.noreply.github.com>"
    CACHE STRING "Maintainer field of the .deb")

set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${PPLAB_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # pplab_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Depends are computed from the binary's libraries (dpkg-shlibdeps): Qt, oneTBB, libstdc++...
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The xcb platform plugin comes with libqt6gui6 and the SVG icon engine with libqt6svg6, which
# shlibdeps finds. Recommended: Wayland sessions, Qt's own pt_BR strings, GNOME's system colours.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n, qt6-gtk-platformtheme")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "bash-completion")
# CPack puts the summary above as the synopsis, indents each line and turns empty lines into " .".
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
"pplab, the Parallel Programming Lab, lets students and teachers run the
classic hazards and laws of parallel programming on real threads and real
processes, watch them live, and export what they measured.

Scenarios: race conditions (lost updates, a step-through of two threads),
deadlock (dining philosophers with a live wait-for graph), pipes and named
pipes between processes, and Amdahl's and Gustafson's laws measured on the
machine. Every run stops at once on request, even in a deadlock.

Charts export as PNG, SVG or PDF, data as CSV or JSON, timelines as Chrome
trace files; the same runs work headless from the command line. English
and Brazilian Portuguese.")
include(CPack)
