#pragma once
// One version for the whole program: project()'s version in CMakeLists.txt, with the git revision
// (`git describe`) when it was built from a checkout, and the Qt and oneTBB libraries it runs with.
// Shown by `pplab --version`, Help → About, and written into every exported run ("machine").
#include <QString>

namespace lab {

QString version();           // "0.1.0": project(VERSION) (also the .deb's version)
QString gitRevision();       // "v0.1.0-3-gd58d13d-dirty", "d58d13d"; empty outside a checkout
QString versionString();     // "0.1.0 (git d58d13d)", or "0.1.0"
QString qtRuntimeVersion();  // qVersion(): the Qt libraries loaded now
QString tbbRuntimeVersion(); // TBB_runtime_version(): the oneTBB library loaded now
// Several lines: pplab's version, then the Qt and oneTBB versions (run time, and build time
// where they differ).
QString versionReport();

} // namespace lab
