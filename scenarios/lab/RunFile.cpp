// The run file: RunRecord <-> JSON. Writing keeps every field a run has; reading checks every
// field it uses and names the first one that is wrong.
#include "Export.h"
#include "RunRecord.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace lab {

namespace {
QJsonValue jsonNumber(double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null); }

QString tr(const char* s) { return QCoreApplication::translate("lab::RunFile", s); }

QJsonArray chartsJson(const QList<ChartSpec>& charts)
{
    QJsonArray out;
    for (const ChartSpec& c : charts) {
        QJsonObject o{{QStringLiteral("key"), c.key}, {QStringLiteral("title"), c.title},
                      {QStringLiteral("x_label"), c.xLabel}, {QStringLiteral("y_label"), c.yLabel},
                      {QStringLiteral("kind"), chartKindId(c.kind)}};
        if (c.logX) o[QStringLiteral("log_x")] = true;
        if (c.logY) o[QStringLiteral("log_y")] = true;
        if (c.yMax > c.yMin) { o[QStringLiteral("y_min")] = c.yMin; o[QStringLiteral("y_max")] = c.yMax; }
        out.append(o);
    }
    return out;
}

QJsonArray seriesJson(const RunRecord& r, const RunData& d)
{
    QJsonArray series;
    for (int i = 0; i < d.series.size(); ++i) {
        const SeriesInfo& s = d.series[i];
        QJsonObject so{{QStringLiteral("key"), s.key}, {QStringLiteral("title"), s.title},
                       {QStringLiteral("chart"), s.chart}, {QStringLiteral("style"), seriesStyleId(s.style)}};
        for (const ChartSpec& c : r.info.charts) {
            if (c.key != s.chart) continue;
            so[QStringLiteral("x_label")] = c.xLabel;
            so[QStringLiteral("y_label")] = c.yLabel;
        }
        if (d.categories.contains(s.chart))
            so[QStringLiteral("categories")] = QJsonArray::fromStringList(d.categories.value(s.chart));
        QJsonArray pts;
        for (const QPointF& p : d.points[static_cast<size_t>(i)]) pts.append(QJsonArray{jsonNumber(p.x()), jsonNumber(p.y())});
        so[QStringLiteral("points")] = pts;
        series.append(so);
    }
    return series;
}

QJsonArray spansJson(const RunData& d)
{
    QJsonArray spans;
    for (const Span& s : d.spans) {
        QJsonObject so{{QStringLiteral("thread"), s.lane >= 0 && s.lane < d.lanes.size() ? d.lanes[s.lane] : QString::number(s.lane)},
                       {QStringLiteral("state"), spanStateId(s.state)},
                       {QStringLiteral("begin_us"), static_cast<double>(s.beginUs)},
                       {QStringLiteral("end_us"), static_cast<double>(s.endUs)}};
        if (!s.label.isEmpty()) so[QStringLiteral("label")] = s.label;
        spans.append(so);
    }
    return spans;
}
} // namespace

QJsonObject toJson(const RunRecord& r)
{
    QJsonObject o;
    o[QStringLiteral("format")] = QStringLiteral("pplab-run");
    o[QStringLiteral("format_version")] = kRunFormatVersion;
    o[QStringLiteral("scenario")] = r.info.id;
    o[QStringLiteral("title")] = r.info.title;
    if (!r.name.isEmpty()) o[QStringLiteral("name")] = r.name;
    if (r.created.isValid()) o[QStringLiteral("created")] = r.created.toUTC().toString(Qt::ISODateWithMs);
    o[QStringLiteral("params")] = QJsonObject::fromVariantMap(r.params);
    o[QStringLiteral("seed")] = QString::number(r.seed);
    o[QStringLiteral("machine")] = r.machine.isEmpty() ? machineInfo() : r.machine;
    o[QStringLiteral("status")] = r.status;
    if (!r.error.isEmpty()) o[QStringLiteral("error")] = r.error;
    o[QStringLiteral("duration_s")] = r.durationS;
    o[QStringLiteral("charts")] = chartsJson(r.info.charts);
    QJsonArray figures;
    for (const auto& [key, label] : r.info.figures.entries())
        figures.append(QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("label"), label}});
    o[QStringLiteral("figures")] = figures;
    if (!r.notes.isEmpty()) o[QStringLiteral("notes")] = QJsonArray::fromStringList(r.notes);
    const RunData& d = *r.data;
    o[QStringLiteral("summary")] = QJsonObject::fromVariantMap(d.summary);
    if (!d.panels.isEmpty()) o[QStringLiteral("panels")] = QJsonObject::fromVariantMap(d.panels);
    o[QStringLiteral("series")] = seriesJson(r, d);
    o[QStringLiteral("lanes")] = QJsonArray::fromStringList(d.lanes);
    o[QStringLiteral("spans")] = spansJson(d);
    o[QStringLiteral("log")] = QJsonArray::fromStringList(d.log);
    return o;
}

namespace {
// Reads one run object, remembering the first problem with the path of the field.
class Reader {
public:
    QString problem;
    bool fail(const QString& field, const QString& what)
    {
        if (problem.isEmpty()) problem = QStringLiteral("%1: %2").arg(field, what);
        return false;
    }
    bool string(const QJsonObject& o, const QString& key, const QString& path, QString* out, bool required = true)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() && !required) return true;
        if (!v.isString()) return fail(path + key, tr("expected text"));
        *out = v.toString();
        return true;
    }
    bool array(const QJsonObject& o, const QString& key, const QString& path, QJsonArray* out, bool required = true)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() && !required) return true;
        if (!v.isArray()) return fail(path + key, tr("expected a list"));
        *out = v.toArray();
        return true;
    }
    bool charts(const QJsonArray& a, QList<ChartSpec>* out);
    bool series(const QJsonArray& a, RunData* d);
    bool spans(const QJsonArray& a, RunData* d);
};

bool Reader::charts(const QJsonArray& a, QList<ChartSpec>* out)
{
    for (int i = 0; i < a.size(); ++i) {
        const QString at = QStringLiteral("charts[%1].").arg(i);
        const QJsonObject c = a[i].toObject();
        ChartSpec spec;
        QString kind;
        if (!string(c, QStringLiteral("key"), at, &spec.key) || !string(c, QStringLiteral("title"), at, &spec.title)
            || !string(c, QStringLiteral("x_label"), at, &spec.xLabel, false)
            || !string(c, QStringLiteral("y_label"), at, &spec.yLabel, false) || !string(c, QStringLiteral("kind"), at, &kind))
            return false;
        if (!chartKindFromId(kind, &spec.kind)) return fail(at + QStringLiteral("kind"), tr("unknown chart kind '%1'").arg(kind));
        spec.logX = c.value(QStringLiteral("log_x")).toBool();
        spec.logY = c.value(QStringLiteral("log_y")).toBool();
        spec.yMin = c.value(QStringLiteral("y_min")).toDouble();
        spec.yMax = c.value(QStringLiteral("y_max")).toDouble();
        out->append(spec);
    }
    return true;
}

bool Reader::series(const QJsonArray& a, RunData* d)
{
    for (int i = 0; i < a.size(); ++i) {
        const QString at = QStringLiteral("series[%1].").arg(i);
        const QJsonObject so = a[i].toObject();
        SeriesInfo s;
        QString style = QStringLiteral("line");
        QJsonArray pts, cats;
        if (!string(so, QStringLiteral("key"), at, &s.key) || !string(so, QStringLiteral("title"), at, &s.title)
            || !string(so, QStringLiteral("chart"), at, &s.chart) || !string(so, QStringLiteral("style"), at, &style, false)
            || !array(so, QStringLiteral("points"), at, &pts) || !array(so, QStringLiteral("categories"), at, &cats, false))
            return false;
        if (!seriesStyleFromId(style, &s.style)) return fail(at + QStringLiteral("style"), tr("unknown style '%1'").arg(style));
        std::vector<QPointF> points;
        points.reserve(static_cast<size_t>(pts.size()));
        for (int k = 0; k < pts.size(); ++k) {
            const QJsonArray p = pts[k].toArray();
            if (p.size() != 2 || !(p[0].isDouble() || p[0].isNull()) || !(p[1].isDouble() || p[1].isNull()))
                return fail(at + QStringLiteral("points[%1]").arg(k), tr("expected [x, y]"));
            const double nan = std::nan("");
            points.emplace_back(p[0].isNull() ? nan : p[0].toDouble(), p[1].isNull() ? nan : p[1].toDouble());
        }
        if (!cats.isEmpty() && !d->categories.contains(s.chart)) {
            QStringList names;
            for (const QJsonValue& c : cats) names << c.toString();
            d->categories.insert(s.chart, names);
        }
        d->series.append(s);
        d->points.push_back(std::move(points));
    }
    return true;
}

bool Reader::spans(const QJsonArray& a, RunData* d)
{
    d->spans.reserve(static_cast<size_t>(a.size()));
    for (int i = 0; i < a.size(); ++i) {
        const QString at = QStringLiteral("spans[%1].").arg(i);
        const QJsonObject so = a[i].toObject();
        QString thread, state, label;
        if (!string(so, QStringLiteral("thread"), at, &thread) || !string(so, QStringLiteral("state"), at, &state)
            || !string(so, QStringLiteral("label"), at, &label, false))
            return false;
        Span s;
        if (!spanStateFromId(state, &s.state)) return fail(at + QStringLiteral("state"), tr("unknown state '%1'").arg(state));
        const QJsonValue b = so.value(QStringLiteral("begin_us")), e = so.value(QStringLiteral("end_us"));
        if (!b.isDouble() || !e.isDouble()) return fail(at + QStringLiteral("begin_us"), tr("expected numbers"));
        s.beginUs = static_cast<qint64>(b.toDouble());
        s.endUs = static_cast<qint64>(e.toDouble());
        s.label = label;
        s.lane = static_cast<int>(d->lanes.indexOf(thread));
        if (s.lane < 0) { d->lanes.append(thread); s.lane = static_cast<int>(d->lanes.size() - 1); }
        d->spans.push_back(s);
    }
    return true;
}
} // namespace

bool fromJson(const QByteArray& bytes, RunRecord* out, QString* error)
{
    auto fail = [&](const QString& m) { if (error) *error = m; return false; };
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError) {
        const int line = static_cast<int>(bytes.left(pe.offset).count('\n')) + 1;
        return fail(tr("not valid JSON (%1 at line %2): truncated or not a pplab run").arg(pe.errorString()).arg(line));
    }
    const QJsonObject o = doc.object();
    const bool legacy = !o.contains(QStringLiteral("format")) && o.contains(QStringLiteral("scenario"))
                        && o.contains(QStringLiteral("summary")) && o.contains(QStringLiteral("series"));
    if (!doc.isObject() || (o.value(QStringLiteral("format")).toString() != QLatin1String("pplab-run") && !legacy))
        return fail(tr("not a pplab run (no \"format\": \"pplab-run\")"));
    const int version = legacy ? 1 : o.value(QStringLiteral("format_version")).toInt(-1);
    if (version > kRunFormatVersion)
        return fail(tr("written by a newer pplab (format_version %1; this pplab reads up to %2)").arg(version).arg(kRunFormatVersion));
    if (version < 1) return fail(tr("format_version: expected a whole number from 1 to %1").arg(kRunFormatVersion));

    Reader rd;
    RunRecord r;
    auto d = std::make_shared<RunData>();
    QJsonArray charts, figures, series, spans, lanes, log, notes;
    QString created, seed;
    const bool ok = rd.string(o, QStringLiteral("scenario"), {}, &r.info.id) && rd.string(o, QStringLiteral("title"), {}, &r.info.title, false)
                    && rd.string(o, QStringLiteral("name"), {}, &r.name, false) && rd.string(o, QStringLiteral("status"), {}, &r.status)
                    && rd.string(o, QStringLiteral("error"), {}, &r.error, false) && rd.string(o, QStringLiteral("created"), {}, &created, false)
                    && rd.string(o, QStringLiteral("seed"), {}, &seed, false)
                    && rd.array(o, QStringLiteral("charts"), {}, &charts, false) && rd.array(o, QStringLiteral("figures"), {}, &figures, false)
                    && rd.array(o, QStringLiteral("series"), {}, &series) && rd.array(o, QStringLiteral("lanes"), {}, &lanes, false)
                    && rd.array(o, QStringLiteral("spans"), {}, &spans, false) && rd.array(o, QStringLiteral("log"), {}, &log, false)
                    && rd.array(o, QStringLiteral("notes"), {}, &notes, false)
                    && rd.charts(charts, &r.info.charts);
    if (!ok) return fail(rd.problem);
    if (!o.value(QStringLiteral("params")).isObject()) return fail(QStringLiteral("params: ") + tr("expected an object"));
    if (!o.value(QStringLiteral("summary")).isObject()) return fail(QStringLiteral("summary: ") + tr("expected an object"));
    for (const QJsonValue& l : lanes) d->lanes << l.toString();
    if (!rd.series(series, d.get()) || !rd.spans(spans, d.get())) return fail(rd.problem);
    for (const QJsonValue& f : figures) {
        const QJsonObject fo = f.toObject();
        r.info.figures.insert(fo.value(QStringLiteral("key")).toString(), fo.value(QStringLiteral("label")).toString());
    }
    r.params = o.value(QStringLiteral("params")).toObject().toVariantMap();
    r.seed = seed.toULongLong();
    r.durationS = o.value(QStringLiteral("duration_s")).toDouble();
    r.created = QDateTime::fromString(created, Qt::ISODateWithMs);
    r.machine = o.value(QStringLiteral("machine")).toObject();
    for (const QJsonValue& n : notes) r.notes << n.toString();
    d->summary = o.value(QStringLiteral("summary")).toObject().toVariantMap();
    d->panels = o.value(QStringLiteral("panels")).toObject().toVariantMap();
    for (const QJsonValue& l : log) d->log << l.toString();
    r.data = std::move(d);
    r.opened = true;
    *out = std::move(r);
    return true;
}

bool readRunFile(const QString& path, RunRecord* out, QString* error)
{
    const QFileInfo fi(path);
    auto fail = [&](const QString& m) { if (error) *error = QStringLiteral("%1: %2").arg(path, m); return false; };
    if (!fi.exists()) return fail(tr("no such file"));
    if (!fi.isFile()) return fail(tr("not a regular file"));
    if (fi.size() > kMaxRunFileBytes)
        return fail(tr("%1 MB is too large for a pplab run (at most %2 MB)").arg(fi.size() >> 20).arg(kMaxRunFileBytes >> 20));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return fail(f.errorString());
    QString problem;
    if (!fromJson(f.readAll(), out, &problem)) return fail(problem);
    return true;
}

} // namespace lab
