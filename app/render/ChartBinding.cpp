#include "ChartBinding.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QColor>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace render {

QColor seriesColor(int index)
{
    // Ten distinct colours (Qt's theme cycles through five), in order of appearance.
    static const QRgb palette[] = {0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd,
                                   0x8c564b, 0xe377c2, 0x7f7f7f, 0xbcbd22, 0x17becf};
    return QColor(palette[static_cast<unsigned>(index) % 10]);
}

Decimator::Decimator(int maxBuckets, bool logX, bool logY)
    : m_maxBuckets(std::max(2, maxBuckets)), m_logX(logX), m_logY(logY)
{
}

double Decimator::tx(const QPointF& p) const
{
    return m_logX ? std::log10(p.x()) : p.x();
}

double Decimator::bucketOf(double t) const
{
    return std::floor(std::ldexp(t, -m_exp));
}

void Decimator::append(const std::vector<QPointF>& pts)
{
    for (size_t i = m_consumed; i < pts.size(); ++i) add(pts, i);
    m_consumed = pts.size();
}

void Decimator::add(const std::vector<QPointF>& pts, size_t i)
{
    const QPointF& p = pts[i];
    if (!std::isfinite(p.x()) || !std::isfinite(p.y()) || (m_logX && p.x() <= 0) || (m_logY && p.y() <= 0)) return;
    xMin = std::min(xMin, p.x());
    xMax = std::max(xMax, p.x());
    yMin = std::min(yMin, p.y());
    yMax = std::max(yMax, p.y());
    const double t = tx(p);
    m_txMin = std::min(m_txMin, t);
    m_txMax = std::max(m_txMax, t);
    ++m_valid;
    if (!m_bucketed) {
        // Kept whole (one run per point) until there are more than 4 points per bucket.
        m_runs.push_back({0.0, i, i, i, i});
        if (m_valid > static_cast<size_t>(m_maxBuckets) * 4) startBuckets(pts);
        return;
    }
    const double b = bucketOf(t);
    m_bMin = std::min(m_bMin, b);
    m_bMax = std::max(m_bMax, b);
    while (m_bMax - m_bMin + 1 > m_maxBuckets) coarsen(pts);
    const double bk = bucketOf(t); // after coarsening
    if (!m_runs.empty() && m_runs.back().bucket == bk) {
        Run& r = m_runs.back();
        if (p.y() < pts[r.lo].y()) r.lo = i;
        if (p.y() > pts[r.hi].y()) r.hi = i;
        r.last = i;
    } else {
        m_runs.push_back({bk, i, i, i, i});
    }
}

void Decimator::startBuckets(const std::vector<QPointF>& pts)
{
    // The smallest k whose buckets cover the x range in at most maxBuckets. Start below it.
    const double range = m_txMax - m_txMin;
    if (range > 0 && std::isfinite(range))
        m_exp = static_cast<int>(std::floor(std::log2(range / m_maxBuckets))) - 2;
    else
        m_exp = std::ilogb(std::max(std::abs(m_txMin), std::abs(m_txMax)) + 1.0) + 1;
    const auto fits = [&] { return bucketOf(m_txMax) - bucketOf(m_txMin) + 1 <= m_maxBuckets; };
    for (int guard = 0; !fits() && guard < 4200; ++guard) ++m_exp;
    m_bMin = bucketOf(m_txMin);
    m_bMax = bucketOf(m_txMax);
    // Regroup the points kept so far into runs.
    std::vector<Run> whole;
    whole.swap(m_runs);
    m_bucketed = true;
    for (const Run& r : whole) {
        const double b = bucketOf(tx(pts[r.first]));
        if (!m_runs.empty() && m_runs.back().bucket == b) {
            Run& cur = m_runs.back();
            if (pts[r.first].y() < pts[cur.lo].y()) cur.lo = r.first;
            if (pts[r.first].y() > pts[cur.hi].y()) cur.hi = r.first;
            cur.last = r.first;
        } else {
            m_runs.push_back({b, r.first, r.first, r.first, r.first});
        }
    }
}
void Decimator::coarsen(const std::vector<QPointF>& pts)
{
    // floor(floor(t / w) / 2) == floor(t / 2w): the new buckets are unions of two old ones, and
    // a run of the new scale is a sequence of neighbouring old runs in the same new bucket.
    ++m_exp;
    m_bMin = std::floor(m_bMin / 2);
    m_bMax = std::floor(m_bMax / 2);
    size_t out = 0;
    for (size_t k = 0; k < m_runs.size(); ++k) {
        Run r = m_runs[k];
        r.bucket = std::floor(r.bucket / 2);
        if (out > 0 && m_runs[out - 1].bucket == r.bucket) {
            Run& cur = m_runs[out - 1];
            if (pts[r.lo].y() < pts[cur.lo].y()) cur.lo = r.lo;
            if (pts[r.hi].y() > pts[cur.hi].y()) cur.hi = r.hi;
            cur.last = r.last;
        } else {
            m_runs[out++] = r;
        }
    }
    m_runs.resize(out);
}

size_t Decimator::outputSize() const
{
    size_t n = 0;
    for (const Run& r : m_runs) {
        const size_t keep[4] = {r.first, std::min(r.lo, r.hi), std::max(r.lo, r.hi), r.last};
        size_t prev = std::numeric_limits<size_t>::max();
        for (size_t k : keep)
            if (k != prev) { ++n; prev = k; }
    }
    return n;
}

QList<QPointF> Decimator::points(const std::vector<QPointF>& pts) const
{
    QList<QPointF> out;
    out.reserve(static_cast<qsizetype>(m_runs.size()) * (m_bucketed ? 4 : 1));
    for (const Run& r : m_runs) {
        const size_t keep[4] = {r.first, std::min(r.lo, r.hi), std::max(r.lo, r.hi), r.last};
        size_t prev = std::numeric_limits<size_t>::max();
        for (size_t k : keep)
            if (k != prev) { out.push_back(pts[k]); prev = k; }
    }
    return out;
}

std::vector<QPointF> decimate(const std::vector<QPointF>& pts, int buckets)
{
    if (buckets < 1 || pts.size() <= static_cast<size_t>(buckets) * 4) return pts;
    Decimator d(buckets);
    d.append(pts);
    const QList<QPointF> out = d.points(pts);
    return {out.begin(), out.end()};
}

ChartBinding::ChartBinding(const lab::ChartSpec& spec, QChart* chart) : m_spec(spec), m_chart(chart)
{
    m_chart->setTitle(spec.title);
    QFont titleFont = m_chart->titleFont();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_chart->setTitleFont(titleFont);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setMargins(QMargins(6, 6, 6, 6));
    ensureAxes();
}

ChartBinding::~ChartBinding() = default;

void ChartBinding::ensureAxes()
{
    if (m_x) return;
    const bool bars = m_spec.kind == lab::ChartSpec::Bar || m_spec.kind == lab::ChartSpec::Histogram;
    if (bars) {
        m_x = new QBarCategoryAxis;
        m_bars = new QBarSeries;
        m_chart->addSeries(m_bars);
    } else if (m_spec.logX) {
        auto* ax = new QLogValueAxis;
        ax->setBase(10);
        ax->setLabelFormat(QStringLiteral("%g"));
        m_x = ax;
    } else {
        m_x = new QValueAxis;
    }
    if (m_spec.logY) {
        auto* ay = new QLogValueAxis;
        ay->setBase(10);
        ay->setLabelFormat(QStringLiteral("%g"));
        m_y = ay;
    } else {
        m_y = new QValueAxis;
    }
    m_x->setTitleText(m_spec.xLabel);
    m_y->setTitleText(m_spec.yLabel);
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    if (m_bars) {
        m_bars->attachAxis(m_x);
        m_bars->attachAxis(m_y);
    }
}

void ChartBinding::retitle(const lab::ChartSpec& spec)
{
    m_spec.title = spec.title;
    m_spec.xLabel = spec.xLabel;
    m_spec.yLabel = spec.yLabel;
    m_chart->setTitle(spec.title);
    if (m_x) m_x->setTitleText(spec.xLabel);
    if (m_y) m_y->setTitleText(spec.yLabel);
}

void ChartBinding::setSpec(const lab::ChartSpec& spec)
{
    retitle(spec);
    m_spec.yMin = spec.yMin;
    m_spec.yMax = spec.yMax;
    reload();
}

QXYSeries* ChartBinding::xySeries(const QString& key) const
{
    const auto it = m_xy.constFind(key);
    return it == m_xy.cend() ? nullptr : it->series;
}

void ChartBinding::clear()
{
    for (const XYState& st : std::as_const(m_xy)) {
        m_chart->removeSeries(st.series);
        delete st.series;
    }
    if (m_bars) m_bars->clear();
    m_xy.clear();
    m_bar.clear();
    m_source = nullptr;
    m_chart->zoomReset();
}

void ChartBinding::update(const lab::RunData& data, int pixelWidth)
{
    if (m_spec.kind == lab::ChartSpec::Timeline) return;
    if (m_bars) updateBars(data); else updateXY(data, pixelWidth);
    m_source = &data;
}

namespace {
// Sets a range only when it differs, since every change makes Qt Charts recompute the geometry
// of every series on the chart (a path and a stroked outline of all its points).
void setRange(QAbstractAxis* axis, double lo, double hi, bool log)
{
    if (log) {
        lo = std::max(lo, 1e-12);
        hi = std::max(hi, lo * 10);
        auto* a = static_cast<QLogValueAxis*>(axis);
        if (a->min() != lo || a->max() != hi) a->setRange(lo, hi);
        return;
    }
    if (!(hi > lo)) { hi = lo + 1; }
    // The nice range is worked out on a detached axis (from the default 5 ticks each time, so it
    // does not depend on the previous frame), then applied to the chart's axis only if it moved:
    // a growing time axis changes its nice range a few times a run, not 30 times a second.
    QValueAxis probe;
    probe.setTickCount(5);
    probe.setRange(lo, hi);
    probe.applyNiceNumbers();
    auto* v = static_cast<QValueAxis*>(axis);
    if (v->tickCount() != probe.tickCount()) v->setTickCount(probe.tickCount());
    if (v->min() != probe.min() || v->max() != probe.max()) v->setRange(probe.min(), probe.max());
    // Whole numbers for wide ranges (no "40000000.0"), significant digits for narrow ones.
    const QString format = hi - lo >= 10 ? QStringLiteral("%.0f") : QStringLiteral("%.3g");
    if (v->labelFormat() != format) v->setLabelFormat(format);
}
} // namespace

QXYSeries* ChartBinding::createSeries(const lab::SeriesInfo& info)
{
    QXYSeries* s = nullptr;
    const bool scatter = m_spec.kind == lab::ChartSpec::Scatter || info.style == lab::SeriesStyle::Points;
    if (scatter) {
        auto* sc = new QScatterSeries;
        sc->setMarkerSize(8);
        s = sc;
    } else {
        s = new QLineSeries;
    }
    s->setName(info.title);
    m_chart->addSeries(s);
    s->setColor(seriesColor(static_cast<int>(m_xy.size())));
    s->attachAxis(m_x);
    s->attachAxis(m_y);
    if (info.style == lab::SeriesStyle::Dashed) {
        QPen pen = s->pen();
        pen.setStyle(Qt::DashLine);
        pen.setWidthF(2);
        s->setPen(pen);
    } else if (info.style == lab::SeriesStyle::LinePoints) {
        s->setPointsVisible(true);
    }
    return s;
}

void ChartBinding::updateXY(const lab::RunData& data, int pixelWidth)
{
    const int buckets = std::max(50, pixelWidth);
    // Another run's data, or a new width: every series is decimated again from its first point.
    const bool rebuildAll = &data != m_source || buckets != m_buckets;
    m_buckets = buckets;
    double xlo = std::numeric_limits<double>::infinity(), xhi = -xlo, ylo = xlo, yhi = -xlo;
    bool changed = false;
    for (int i = 0; i < data.series.size(); ++i) {
        const lab::SeriesInfo& info = data.series[i];
        if (info.chart != m_spec.key) continue;
        const auto& pts = data.points[static_cast<size_t>(i)];
        auto it = m_xy.find(info.key);
        if (it == m_xy.end()) {
            XYState st;
            st.series = createSeries(info);
            st.dec = Decimator(buckets, m_spec.logX, m_spec.logY);
            it = m_xy.insert(info.key, std::move(st));
            changed = true;
        }
        XYState& st = it.value();
        if (st.series->name() != info.title) st.series->setName(info.title);
        // Points are only appended during a run; fewer points, or another first point, is a
        // series cleared for a new run.
        const bool restart = pts.size() < st.dec.consumed() || (st.dec.consumed() > 0 && pts.front() != st.firstPoint);
        if (rebuildAll || restart) {
            if (st.dec.consumed() > 0) ++m_stats.rebuilds;
            st.dec = Decimator(buckets, m_spec.logX, m_spec.logY);
            st.series->clear();
            changed = true;
        }
        if (pts.size() != st.dec.consumed()) {
            m_stats.pointsScanned += pts.size() - st.dec.consumed();
            st.dec.append(pts);
            st.firstPoint = pts.front();
            const QList<QPointF> shown = st.dec.points(pts);
            m_stats.pointsDrawn += static_cast<quint64>(shown.size());
            st.series->replace(shown);
            changed = true;
        }
        xlo = std::min(xlo, st.dec.xMin); xhi = std::max(xhi, st.dec.xMax);
        ylo = std::min(ylo, st.dec.yMin); yhi = std::max(yhi, st.dec.yMax);
    }
    // Many series: legend on the right, one per line, so names are not cut to "measure...".
    const bool crowded = m_xy.size() > 5;
    if (crowded != (m_chart->legend()->alignment() == Qt::AlignRight)) {
        m_chart->legend()->setAlignment(crowded ? Qt::AlignRight : Qt::AlignBottom);
        m_chart->legend()->setShowToolTips(true);
    }
    // A chart the user has zoomed into keeps its zoom while the run adds points.
    if (!changed || m_chart->isZoomed()) return;
    applyRanges(xlo, xhi, ylo, yhi);
}

void ChartBinding::applyRanges(double xlo, double xhi, double ylo, double yhi)
{
    if (!std::isfinite(xlo)) { xlo = m_spec.logX ? 1 : 0; xhi = xlo * 10 + 1; ylo = m_spec.logY ? 1 : 0; yhi = ylo * 10 + 1; }
    if (m_spec.yMax > m_spec.yMin) { ylo = m_spec.yMin; yhi = m_spec.yMax; }
    else if (!m_spec.logY) {
        // Non-negative quantities start at zero: an axis that starts elsewhere exaggerates.
        const double pad = (yhi - ylo) * 0.05;
        ylo = ylo >= 0 ? 0 : ylo - pad;
        yhi += pad;
    }
    setRange(m_x, xlo, xhi, m_spec.logX);
    setRange(m_y, ylo, yhi, m_spec.logY);
}

void ChartBinding::updateBars(const lab::RunData& data)
{
    QStringList categories = data.categories.value(m_spec.key);
    int count = static_cast<int>(categories.size());
    double ymax = 0;
    bool changed = false;
    const bool otherData = &data != m_source;
    QList<QPair<const lab::SeriesInfo*, const BarState*>> sets;
    for (int i = 0; i < data.series.size(); ++i) {
        const lab::SeriesInfo& info = data.series[i];
        if (info.chart != m_spec.key) continue;
        const auto& pts = data.points[static_cast<size_t>(i)];
        BarState& bs = m_bar[info.key];
        if (otherData || pts.size() < bs.consumed || (bs.consumed > 0 && pts.front() != bs.firstPoint)) bs = BarState{};
        // The latest sample for a category index is its bar: fold in the new samples only.
        m_stats.pointsScanned += pts.size() - bs.consumed;
        for (size_t k = bs.consumed; k < pts.size(); ++k) {
            const QPointF& p = pts[k];
            const int idx = static_cast<int>(std::lround(p.x()));
            if (idx < 0 || idx > 10000) continue;
            if (idx >= bs.values.size()) bs.values.resize(idx + 1, 0.0);
            bs.values[idx] = p.y();
        }
        if (!pts.empty()) bs.firstPoint = pts.front();
        bs.consumed = pts.size();
        for (qreal v : std::as_const(bs.values)) ymax = std::max(ymax, v);
        count = std::max(count, static_cast<int>(bs.values.size()));
        sets.append({&info, &bs});
    }
    for (int c = static_cast<int>(categories.size()); c < count; ++c) categories << QString::number(c);
    auto* axis = static_cast<QBarCategoryAxis*>(m_x);
    if (axis->categories() != categories) { axis->setCategories(categories); changed = true; }
    for (auto& [info, bs] : sets) {
        QList<qreal> values = bs->values;
        values.resize(count, 0.0);
        QBarSet* set = nullptr;
        for (QBarSet* b : m_bars->barSets())
            if (b->property("pplabKey").toString() == info->key) set = b;
        if (!set) {
            set = new QBarSet(info->title);
            set->setProperty("pplabKey", info->key);
            m_bars->append(set);
            changed = true;
        }
        if (set->label() != info->title) set->setLabel(info->title);
        if (set->count() != values.size()) {
            set->remove(0, set->count());
            set->append(values);
            changed = true;
        } else {
            for (int k = 0; k < values.size(); ++k)
                if (set->at(k) != values[k]) { set->replace(k, values[k]); changed = true; }
        }
    }
    if (changed) setRange(m_y, 0, ymax > 0 ? ymax * 1.1 : 1.0, false);
    m_bars->setLabelsVisible(count <= 12);
    m_bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_bars->setLabelsFormat(QStringLiteral("@value"));
}

} // namespace render
