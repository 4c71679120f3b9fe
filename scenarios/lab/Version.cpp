#include "Version.h"

#include "pplab_git_revision.h" // generated at build time by GitRevision.cmake

#include <oneapi/tbb/version.h>

#include <QtGlobal>

namespace lab {

QString version() { return QStringLiteral(PPLAB_VERSION); }

QString gitRevision() { return QStringLiteral(PPLAB_GIT_REVISION); }

QString versionString()
{
    const QString rev = gitRevision();
    // A build of the tagged release itself says only the version.
    if (rev.isEmpty() || rev == QLatin1Char('v') + version()) return version();
    return QStringLiteral("%1 (git %2)").arg(version(), rev);
}

QString qtRuntimeVersion() { return QString::fromLatin1(qVersion()); }

QString tbbRuntimeVersion() { return QString::fromLatin1(TBB_runtime_version()); }

QString versionReport()
{
    QString qt = QStringLiteral("Qt %1").arg(qtRuntimeVersion());
    if (qtRuntimeVersion() != QLatin1String(QT_VERSION_STR)) qt += QStringLiteral(" (built with %1)").arg(QLatin1String(QT_VERSION_STR));
    QString tbb = QStringLiteral("oneTBB %1").arg(tbbRuntimeVersion());
    if (tbbRuntimeVersion() != QLatin1String(TBB_VERSION_STRING)) tbb += QStringLiteral(" (built with %1)").arg(QLatin1String(TBB_VERSION_STRING));
    return QStringLiteral("pplab %1\n%2\n%3\n").arg(versionString(), qt, tbb);
}

} // namespace lab
