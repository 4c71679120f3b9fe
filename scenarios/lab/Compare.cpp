#include "Compare.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace lab {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("lab::Compare", s); }

QString valueText(const QVariant& v)
{
    if (v.typeId() == QMetaType::Double) return QString::number(v.toDouble(), 'g', 6);
    return v.toString();
}

QString csvField(const QString& s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n'))) return s;
    QString q = s;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

// Parameters whose values are not all equal, in key order.
QStringList differingParams(const QList<RunRecord>& runs)
{
    QStringList keys;
    for (const RunRecord& r : runs)
        for (auto it = r.params.cbegin(); it != r.params.cend(); ++it)
            if (!keys.contains(it.key())) keys << it.key();
    std::sort(keys.begin(), keys.end());
    QStringList out;
    for (const QString& k : keys) {
        const QString first = valueText(runs.first().params.value(k));
        if (std::any_of(runs.begin(), runs.end(), [&](const RunRecord& r) { return valueText(r.params.value(k)) != first; }))
            out << k;
    }
    return out;
}
} // namespace

QString comparableProblem(const QList<RunRecord>& runs)
{
    if (runs.size() < 2) return tr("a comparison needs at least two runs");
    for (const RunRecord& r : runs)
        if (r.info.id != runs.first().info.id)
            return tr("runs of different scenarios cannot be compared (%1 and %2)").arg(runs.first().info.id, r.info.id);
    return {};
}

QStringList runLabels(const QList<RunRecord>& runs)
{
    QStringList labels;
    if (runs.isEmpty()) return labels;
    const QStringList keys = differingParams(runs);
    bool machinesDiffer = false;
    for (const RunRecord& r : runs) machinesDiffer = machinesDiffer || r.machineLabel() != runs.first().machineLabel();
    for (int i = 0; i < runs.size(); ++i) {
        const RunRecord& r = runs[i];
        QStringList parts;
        for (const QString& k : keys) parts << QStringLiteral("%1=%2").arg(k, valueText(r.params.value(k)));
        if (machinesDiffer) parts << tr("machine: %1").arg(r.machineLabel());
        QString label = parts.join(QStringLiteral(", "));
        if (label.isEmpty()) label = !r.name.isEmpty() ? r.name : r.created.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
        if (label.isEmpty() || labels.contains(label)) label = tr("run %1").arg(i + 1) + (label.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(label));
        labels << label;
    }
    return labels;
}

RunData overlay(const QList<RunRecord>& runs, const QStringList& labels, const QString& chartKey)
{
    RunData out;
    QStringList categories;
    for (int i = 0; i < runs.size(); ++i) {
        const RunData& d = *runs[i].data;
        int mine = 0;
        for (const SeriesInfo& s : d.series) mine += s.chart == chartKey ? 1 : 0;
        for (const QString& c : d.categories.value(chartKey))
            if (!categories.contains(c)) categories << c;
        for (int k = 0; k < d.series.size(); ++k) {
            const SeriesInfo& s = d.series[k];
            if (s.chart != chartKey) continue;
            SeriesInfo o = s;
            o.key = QStringLiteral("r%1:%2").arg(i).arg(s.key);
            o.title = mine == 1 ? labels.value(i) : QStringLiteral("%1 — %2").arg(labels.value(i), s.title);
            o.colorGroup = i;
            std::vector<QPointF> pts = d.points[static_cast<size_t>(k)];
            // Bars: x is a category index of this run; map it into the union of categories.
            const QStringList own = d.categories.value(chartKey);
            if (!own.isEmpty())
                for (QPointF& p : pts) {
                    const int idx = static_cast<int>(std::lround(p.x()));
                    if (idx >= 0 && idx < own.size()) p.setX(categories.indexOf(own[idx]));
                }
            out.series.append(o);
            out.points.push_back(std::move(pts));
        }
        // Timeline: each run's lanes, one block under the other.
        const int laneOffset = static_cast<int>(out.lanes.size());
        for (const QString& lane : d.lanes) out.lanes << QStringLiteral("%1 — %2").arg(labels.value(i), lane);
        for (Span sp : d.spans) {
            sp.lane += laneOffset;
            out.spans.push_back(std::move(sp));
        }
    }
    if (!categories.isEmpty()) out.categories.insert(chartKey, categories);
    return out;
}

bool xAxesDiffer(const QList<RunRecord>& runs, const QString& chartKey)
{
    // Runs share an x axis when they measure the same thing on it: the same categories on a bar
    // chart, the same axis title and scale otherwise (the time axis of every run starts at 0).
    auto specOf = [&](const RunRecord& r) {
        for (const ChartSpec& c : r.info.charts)
            if (c.key == chartKey) return c;
        return ChartSpec{};
    };
    const ChartSpec first = specOf(runs.first());
    const QStringList cats = runs.first().data->categories.value(chartKey);
    for (const RunRecord& r : runs) {
        const ChartSpec c = specOf(r);
        if (c.xLabel != first.xLabel || c.logX != first.logX || c.kind != first.kind) return true;
        if (r.data->categories.value(chartKey) != cats) return true;
    }
    return false;
}

QList<ChartSpec> commonCharts(const QList<RunRecord>& runs)
{
    QList<ChartSpec> out;
    if (runs.isEmpty()) return out;
    for (const ChartSpec& c : runs.first().info.charts) {
        const bool everywhere = std::all_of(runs.begin(), runs.end(), [&](const RunRecord& r) {
            return std::any_of(r.info.charts.begin(), r.info.charts.end(), [&](const ChartSpec& o) { return o.key == c.key; });
        });
        if (everywhere) out << c;
    }
    return out;
}

QList<FigureRow> figureTable(const QList<RunRecord>& runs)
{
    QStringList keys;
    if (!runs.isEmpty())
        for (const auto& [key, label] : runs.first().info.figures.entries())
            if (!label.isEmpty()) keys << key;
    QStringList rest;
    for (const RunRecord& r : runs)
        for (auto it = r.data->summary.cbegin(); it != r.data->summary.cend(); ++it)
            if (!keys.contains(it.key()) && !rest.contains(it.key())
                && (runs.first().info.figures.isEmpty() || !runs.first().info.figures.contains(it.key())))
                rest << it.key();
    std::sort(rest.begin(), rest.end());
    QList<FigureRow> rows;
    for (const QString& key : keys + rest) {
        FigureRow row;
        row.key = key;
        row.label = runs.first().info.figures.value(key, key);
        bool any = false;
        for (const RunRecord& r : runs) {
            const QVariant v = r.data->summary.value(key);
            any = any || v.isValid();
            row.values << v;
        }
        if (!any) continue;
        bool ok0 = false;
        const double first = row.values.first().toDouble(&ok0);
        for (const QVariant& v : std::as_const(row.values)) {
            bool ok = false;
            const double x = v.toDouble(&ok);
            const bool numeric = ok0 && ok && v.typeId() != QMetaType::QString && first != 0.0;
            row.ratios << (numeric ? x / first : std::nan(""));
        }
        rows << row;
    }
    return rows;
}

QByteArray comparisonCsv(const QList<RunRecord>& runs, const QStringList& labels)
{
    QByteArray out;
    QTextStream ts(&out);
    ts << "run,series,title,x,y\n";
    for (int i = 0; i < runs.size(); ++i) {
        const RunData& d = *runs[i].data;
        for (int k = 0; k < d.series.size(); ++k)
            for (const QPointF& p : d.points[static_cast<size_t>(k)])
                ts << csvField(labels.value(i)) << ',' << csvField(d.series[k].key) << ',' << csvField(d.series[k].title) << ','
                   << QString::number(p.x(), 'g', 12) << ',' << QString::number(p.y(), 'g', 12) << '\n';
    }
    ts.flush();
    return out;
}

QJsonObject comparisonJson(const QList<RunRecord>& runs, const QStringList& labels)
{
    QJsonArray runArray, figures, series;
    for (int i = 0; i < runs.size(); ++i) {
        const RunRecord& r = runs[i];
        runArray.append(QJsonObject{{QStringLiteral("run"), labels.value(i)}, {QStringLiteral("name"), r.name},
                                    {QStringLiteral("scenario"), r.info.id}, {QStringLiteral("status"), r.status},
                                    {QStringLiteral("params"), QJsonObject::fromVariantMap(r.params)},
                                    {QStringLiteral("machine"), r.machine},
                                    {QStringLiteral("summary"), QJsonObject::fromVariantMap(r.data->summary)}});
        const RunData& d = *r.data;
        for (int k = 0; k < d.series.size(); ++k) {
            QJsonArray pts;
            for (const QPointF& p : d.points[static_cast<size_t>(k)])
                pts.append(QJsonArray{std::isfinite(p.x()) ? QJsonValue(p.x()) : QJsonValue(),
                                      std::isfinite(p.y()) ? QJsonValue(p.y()) : QJsonValue()});
            series.append(QJsonObject{{QStringLiteral("run"), labels.value(i)}, {QStringLiteral("key"), d.series[k].key},
                                      {QStringLiteral("chart"), d.series[k].chart}, {QStringLiteral("title"), d.series[k].title},
                                      {QStringLiteral("points"), pts}});
        }
    }
    for (const FigureRow& row : figureTable(runs)) {
        QJsonArray values, ratios;
        for (const QVariant& v : row.values) values.append(QJsonValue::fromVariant(v));
        for (double x : row.ratios) ratios.append(std::isfinite(x) ? QJsonValue(x) : QJsonValue());
        figures.append(QJsonObject{{QStringLiteral("key"), row.key}, {QStringLiteral("label"), row.label},
                                   {QStringLiteral("values"), values}, {QStringLiteral("ratio_to_first"), ratios}});
    }
    return {{QStringLiteral("format"), QStringLiteral("pplab-comparison")},
            {QStringLiteral("format_version"), kRunFormatVersion},
            {QStringLiteral("runs"), runArray},
            {QStringLiteral("figures"), figures},
            {QStringLiteral("series"), series}};
}

} // namespace lab
