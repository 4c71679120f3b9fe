#include "Export.h"

#include "Version.h"

#include <QFile>
#include <QFileInfo>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSysInfo>
#include <QTextStream>

#include <tbb/version.h>

#include <algorithm>
#include <thread>

namespace lab {

namespace {
QString cpuModel()
{
    QFile f(QStringLiteral("/proc/cpuinfo"));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) return QSysInfo::currentCpuArchitecture();
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray& l : lines)
        if (l.startsWith("model name")) return QString::fromUtf8(l.mid(l.indexOf(':') + 1)).trimmed();
    return QSysInfo::currentCpuArchitecture();
}

QString csvField(const QString& s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')))
        return s;
    QString q = s;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}
} // namespace

QJsonObject machineInfo()
{
    QJsonObject m;
    m[QStringLiteral("logical_cpus")] = static_cast<int>(std::thread::hardware_concurrency());
    m[QStringLiteral("cpu_model")] = cpuModel();
    m[QStringLiteral("os")] = QSysInfo::prettyProductName();
    m[QStringLiteral("kernel")] = QSysInfo::kernelType() + QLatin1Char(' ') + QSysInfo::kernelVersion();
    m[QStringLiteral("pplab_version")] = versionString();
    m[QStringLiteral("qt_version")] = qtRuntimeVersion();
    m[QStringLiteral("tbb_version")] = tbbRuntimeVersion();
    m[QStringLiteral("hostname")] = QSysInfo::machineHostName();
    return m;
}

QByteArray toCsv(const RunData& d)
{
    QByteArray out;
    QTextStream ts(&out);
    ts << "series,title,x,y\n";
    for (int i = 0; i < d.series.size(); ++i) {
        const QString key = csvField(d.series[i].key);
        const QString title = csvField(d.series[i].title);
        for (const QPointF& p : d.points[static_cast<size_t>(i)])
            ts << key << ',' << title << ',' << QString::number(p.x(), 'g', 12) << ','
               << QString::number(p.y(), 'g', 12) << '\n';
    }
    ts.flush();
    return out;
}

QByteArray toChromeTrace(const RunData& d, const QString& processName)
{
    // Spans on one tid must nest; ours may overlap, so each lane is split into as many
    // sub-lanes (tids) as needed for its spans not to overlap.
    QJsonArray events;
    QJsonObject proc{{QStringLiteral("name"), QStringLiteral("process_name")},
                     {QStringLiteral("ph"), QStringLiteral("M")},
                     {QStringLiteral("pid"), 1},
                     {QStringLiteral("tid"), 0},
                     {QStringLiteral("args"), QJsonObject{{QStringLiteral("name"), processName}}}};
    events.append(proc);
    std::vector<const Span*> sorted;
    sorted.reserve(d.spans.size());
    for (const Span& s : d.spans) sorted.push_back(&s);
    std::stable_sort(sorted.begin(), sorted.end(), [](const Span* a, const Span* b) {
        return a->lane != b->lane ? a->lane < b->lane : a->beginUs < b->beginUs;
    });
    int nextTid = 1;
    int currentLane = -1;
    std::vector<std::pair<int, qint64>> subLanes; // tid, end of last span
    for (const Span* s : sorted) {
        if (s->lane != currentLane) { currentLane = s->lane; subLanes.clear(); }
        int tid = -1;
        for (auto& sl : subLanes)
            if (sl.second <= s->beginUs) { tid = sl.first; sl.second = s->endUs; break; }
        if (tid < 0) {
            tid = nextTid++;
            subLanes.emplace_back(tid, s->endUs);
            QString name = s->lane >= 0 && s->lane < d.lanes.size() ? d.lanes[s->lane] : QString::number(s->lane);
            if (subLanes.size() > 1) name += QStringLiteral(" (%1)").arg(subLanes.size());
            events.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("thread_name")},
                                      {QStringLiteral("ph"), QStringLiteral("M")},
                                      {QStringLiteral("pid"), 1},
                                      {QStringLiteral("tid"), tid},
                                      {QStringLiteral("args"), QJsonObject{{QStringLiteral("name"), name}}}});
            events.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("thread_sort_index")},
                                      {QStringLiteral("ph"), QStringLiteral("M")},
                                      {QStringLiteral("pid"), 1},
                                      {QStringLiteral("tid"), tid},
                                      {QStringLiteral("args"), QJsonObject{{QStringLiteral("sort_index"), tid}}}});
        }
        QJsonObject e;
        e[QStringLiteral("name")] = s->label.isEmpty() ? spanStateId(s->state) : s->label;
        e[QStringLiteral("cat")] = spanStateId(s->state);
        e[QStringLiteral("ph")] = QStringLiteral("X");
        e[QStringLiteral("pid")] = 1;
        e[QStringLiteral("tid")] = tid;
        e[QStringLiteral("ts")] = static_cast<double>(s->beginUs);
        e[QStringLiteral("dur")] = static_cast<double>(std::max<qint64>(0, s->endUs - s->beginUs));
        events.append(e);
    }
    QJsonObject root;
    root[QStringLiteral("traceEvents")] = events;
    root[QStringLiteral("displayTimeUnit")] = QStringLiteral("ms");
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

bool checkWritable(const QString& path, QString* error)
{
    const QFileInfo fi(path);
    if (fi.exists() && fi.isDir()) {
        if (error) *error = QStringLiteral("cannot write %1: it is a directory").arg(path);
        return false;
    }
    const QFileInfo dir(fi.absolutePath());
    if (!dir.exists() || !dir.isDir()) {
        if (error) *error = QStringLiteral("cannot write %1: directory %2 does not exist").arg(path, fi.absolutePath());
        return false;
    }
    if (!dir.isWritable() || (fi.exists() && !fi.isWritable())) {
        if (error) *error = QStringLiteral("cannot write %1: permission denied").arg(path);
        return false;
    }
    return true;
}

} // namespace lab
