#include "RunRecord.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace lab {

QString RunRecord::machineLabel() const
{
    const QString host = machine.value(QStringLiteral("hostname")).toString();
    const QString cpu = machine.value(QStringLiteral("cpu_model")).toString();
    const int cpus = machine.value(QStringLiteral("logical_cpus")).toInt();
    QString detail = cpu;
    if (cpus > 0)
        detail += (detail.isEmpty() ? QString() : QStringLiteral(", "))
                  + QCoreApplication::translate("lab::RunRecord", "%n CPUs", nullptr, cpus);
    if (host.isEmpty()) return detail;
    return detail.isEmpty() ? host : QStringLiteral("%1 (%2)").arg(host, detail);
}

std::vector<QPointF> decimate(const std::vector<QPointF>& pts, int buckets)
{
    if (buckets < 1 || pts.size() <= static_cast<size_t>(buckets) * 4) return pts;
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (const QPointF& p : pts) {
        lo = std::min(lo, p.x());
        hi = std::max(hi, p.x());
    }
    if (!(hi > lo)) return {pts.front(), pts.back()};
    const double width = (hi - lo) / buckets;
    auto bucketOf = [&](const QPointF& p) { return std::min(buckets - 1, static_cast<int>((p.x() - lo) / width)); };
    std::vector<QPointF> out;
    out.reserve(static_cast<size_t>(buckets) * 4);
    size_t i = 0;
    while (i < pts.size()) {
        const int b = bucketOf(pts[i]);
        size_t first = i, mn = i, mx = i, last = i;
        while (i < pts.size() && bucketOf(pts[i]) == b) {
            if (pts[i].y() < pts[mn].y()) mn = i;
            if (pts[i].y() > pts[mx].y()) mx = i;
            last = i++;
        }
        const size_t keep[4] = {first, std::min(mn, mx), std::max(mn, mx), last};
        size_t prev = std::numeric_limits<size_t>::max();
        for (size_t k : keep)
            if (k != prev) { out.push_back(pts[k]); prev = k; }
    }
    return out;
}

qint64 approxBytes(const RunData& d)
{
    auto str = [](const QString& s) { return static_cast<qint64>(sizeof(QString) + s.capacity() * 2); };
    qint64 n = sizeof(RunData);
    for (const auto& p : d.points) n += static_cast<qint64>(sizeof(p) + p.capacity() * sizeof(QPointF));
    for (const SeriesInfo& s : d.series) n += str(s.key) + str(s.title) + str(s.chart);
    n += static_cast<qint64>(d.spans.capacity() * sizeof(Span));
    for (const Span& s : d.spans) n += s.label.capacity() * 2;
    for (const QString& l : d.log) n += str(l);
    for (const QString& l : d.lanes) n += str(l);
    n += 64 * (d.summary.size() + d.panels.size()); // map nodes; panel values are small trees
    return n;
}

RunRecord compacted(const RunRecord& r, const CompactLimits& limits)
{
    RunRecord out = r;
    auto d = std::make_shared<RunData>(*r.data);
    qint64 before = 0, after = 0;
    for (auto& pts : d->points) {
        before += static_cast<qint64>(pts.size());
        if (pts.size() > static_cast<size_t>(limits.maxPoints))
            pts = decimate(pts, std::max(1, limits.maxPoints / 4));
        pts.shrink_to_fit();
        after += static_cast<qint64>(pts.size());
    }
    if (after < before)
        out.notes << QCoreApplication::translate("lab::RunRecord", "Series decimated for the history: %1 of %2 points "
                                                                   "kept (extremes of every stretch included).")
                         .arg(after).arg(before);
    if (d->spans.size() > static_cast<size_t>(limits.maxSpans)) {
        out.notes << QCoreApplication::translate("lab::RunRecord", "Timeline cut for the history: the first %1 of %2 "
                                                                   "spans kept.")
                         .arg(limits.maxSpans).arg(d->spans.size());
        d->spans.resize(static_cast<size_t>(limits.maxSpans));
    }
    d->spans.shrink_to_fit();
    if (d->log.size() > limits.maxLog) {
        out.notes << QCoreApplication::translate("lab::RunRecord", "Log cut for the history: the last %1 of %2 lines kept.")
                         .arg(limits.maxLog).arg(d->log.size());
        d->log = d->log.mid(d->log.size() - limits.maxLog);
    }
    out.data = std::move(d);
    return out;
}

namespace {
const char* const kKindIds[] = {"line", "bar", "scatter", "histogram", "timeline"};
const char* const kStyleIds[] = {"line", "dashed", "points", "line_points"};
} // namespace

QString chartKindId(ChartSpec::Kind k) { return QString::fromLatin1(kKindIds[static_cast<int>(k)]); }

bool chartKindFromId(const QString& id, ChartSpec::Kind* out)
{
    for (int i = 0; i < 5; ++i)
        if (id == QLatin1String(kKindIds[i])) { *out = static_cast<ChartSpec::Kind>(i); return true; }
    return false;
}

QString seriesStyleId(SeriesStyle s) { return QString::fromLatin1(kStyleIds[static_cast<int>(s)]); }

bool seriesStyleFromId(const QString& id, SeriesStyle* out)
{
    for (int i = 0; i < 4; ++i)
        if (id == QLatin1String(kStyleIds[i])) { *out = static_cast<SeriesStyle>(i); return true; }
    return false;
}

} // namespace lab
