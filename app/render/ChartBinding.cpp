#include "ChartBinding.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QImage>
#include <QLegend>
#include <QPainter>
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

ChartBinding::ChartBinding(const lab::ChartSpec& spec, QChart* chart, const Palette& palette)
    : m_spec(spec), m_chart(chart), m_palette(&palette)
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
    applySurface();
}

void ChartBinding::setPalette(const Palette& palette)
{
    if (&palette == m_palette) return;
    m_palette = &palette;
    applySurface();
    for (const XYState& st : std::as_const(m_xy)) styleSeries(st);
    if (m_bars) {
        int k = 0;
        for (QBarSet* b : m_bars->barSets()) styleBarSet(b, k++);
    }
}

void ChartBinding::styleBarSet(QBarSet* set, int index)
{
    // Colour and hatching: sets stay apart without colour vision.
    set->setBrush(m_palette->barBrush(index));
    set->setBorderColor(m_palette->series(index).darker(140));
    set->setLabelColor(m_palette->text);
}

void styleChart(QChart* chart, const Palette& pal)
{
    chart->setBackgroundBrush(pal.background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(pal.text);
    chart->legend()->setLabelColor(pal.text);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    for (QAbstractAxis* a : chart->axes()) {
        a->setLabelsColor(pal.text);
        a->setTitleBrush(pal.text);
        a->setLinePenColor(pal.axis);
        a->setGridLineColor(pal.grid);
        a->setMinorGridLineColor(pal.isDark() ? pal.grid.darker(130) : pal.grid.lighter(110));
    }
}

void ChartBinding::applySurface() { styleChart(m_chart, *m_palette); }

namespace {
QImage markerImage(const Palette& pal, int colour, int pattern, qreal size)
{
    const int px = static_cast<int>(std::ceil(size)) + 2;
    QImage img(px, px, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    Palette::paintMarker(p, QPointF(px / 2.0, px / 2.0), size, pal.seriesMarker(pattern), pal.series(colour),
                         pal.isDark() ? pal.background : pal.series(colour).darker(160));
    return img;
}

QScatterSeries::MarkerShape scatterShape(Marker m)
{
    switch (m) {
    case Marker::Circle: return QScatterSeries::MarkerShapeCircle;
    case Marker::Rectangle: return QScatterSeries::MarkerShapeRectangle;
    case Marker::Triangle: return QScatterSeries::MarkerShapeTriangle;
    case Marker::Star: return QScatterSeries::MarkerShapeStar;
    case Marker::Pentagon: return QScatterSeries::MarkerShapePentagon;
    case Marker::Diamond: return QScatterSeries::MarkerShapeRotatedRectangle;
    }
    return QScatterSeries::MarkerShapeCircle;
}
} // namespace

// Colour, and a second cue that does not need colour vision: the dash pattern of a line, the
// shape of a marker. In a comparison the colour is the run's and the pattern tells its series
// apart.
void ChartBinding::styleSeries(const XYState& st)
{
    const Palette& pal = *m_palette;
    const QColor colour = pal.series(st.colour);
    if (auto* sc = qobject_cast<QScatterSeries*>(st.series)) {
        sc->setColor(colour);
        sc->setBorderColor(pal.isDark() ? pal.background : colour.darker(160));
        sc->setMarkerShape(scatterShape(pal.seriesMarker(st.pattern)));
        sc->setMarkerSize(st.style == lab::SeriesStyle::Points ? 10 : 9);
        return;
    }
    QPen pen = pal.seriesPen(st.pattern, st.style == lab::SeriesStyle::Dashed, 2.0);
    pen.setColor(colour);
    st.series->setPen(pen);
    if (st.style == lab::SeriesStyle::LinePoints) {
        st.series->setLightMarker(markerImage(pal, st.colour, st.pattern, 9));
        st.series->setMarkerSize(11);
    }
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
    m_groupSize.clear();
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

QXYSeries* ChartBinding::createSeries(const lab::SeriesInfo& info, XYState* st)
{
    QXYSeries* s = nullptr;
    const bool scatter = m_spec.kind == lab::ChartSpec::Scatter || info.style == lab::SeriesStyle::Points;
    if (scatter) s = new QScatterSeries;
    else s = new QLineSeries;
    s->setName(info.title);
    m_chart->addSeries(s);
    s->attachAxis(m_x);
    s->attachAxis(m_y);
    // The palette's colours and patterns in order of appearance; a colour group (a run in a
    // comparison) shares one colour and counts its own patterns.
    st->series = s;
    st->style = info.style;
    const int ordinal = static_cast<int>(m_xy.size());
    if (info.colorGroup >= 0) {
        st->colour = info.colorGroup;
        st->pattern = m_groupSize[info.colorGroup]++;
    } else {
        st->colour = st->pattern = ordinal;
    }
    styleSeries(*st);
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
            createSeries(info, &st);
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
            styleBarSet(set, static_cast<int>(m_bars->count()));
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
