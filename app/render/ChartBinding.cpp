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

std::vector<QPointF> decimate(const std::vector<QPointF>& pts, int buckets)
{
    if (buckets < 1 || pts.size() <= static_cast<size_t>(buckets) * 4) return pts;
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (const QPointF& p : pts) { lo = std::min(lo, p.x()); hi = std::max(hi, p.x()); }
    if (!(hi > lo)) return {pts.front(), pts.back()};
    const double width = (hi - lo) / buckets;
    std::vector<QPointF> out;
    out.reserve(static_cast<size_t>(buckets) * 4);
    size_t i = 0;
    while (i < pts.size()) {
        const int b = std::min(buckets - 1, static_cast<int>((pts[i].x() - lo) / width));
        size_t first = i, mn = i, mx = i, last = i;
        while (i < pts.size() && std::min(buckets - 1, static_cast<int>((pts[i].x() - lo) / width)) == b) {
            if (pts[i].y() < pts[mn].y()) mn = i;
            if (pts[i].y() > pts[mx].y()) mx = i;
            last = i++;
        }
        size_t keep[4] = {first, std::min(mn, mx), std::max(mn, mx), last};
        size_t prev = std::numeric_limits<size_t>::max();
        for (size_t k : keep)
            if (k != prev) { out.push_back(pts[k]); prev = k; }
    }
    return out;
}

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
    int i = 0;
    for (QAbstractSeries* s : m_chart->series()) {
        if (s == m_bars) continue;
        styleSeries(s, i++, m_styles.value(m_series.key(s), lab::SeriesStyle::Line));
    }
    if (m_bars) {
        int k = 0;
        for (QBarSet* b : m_bars->barSets()) {
            b->setBrush(m_palette->barBrush(k));
            b->setBorderColor(m_palette->series(k).darker(140));
            b->setLabelColor(m_palette->text);
            ++k;
        }
    }
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
QImage markerImage(const Palette& pal, int index, qreal size)
{
    const int px = static_cast<int>(std::ceil(size)) + 2;
    QImage img(px, px, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    Palette::paintMarker(p, QPointF(px / 2.0, px / 2.0), size, pal.seriesMarker(index), pal.series(index),
                         pal.isDark() ? pal.background : pal.series(index).darker(160));
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
// shape of a marker.
void ChartBinding::styleSeries(QAbstractSeries* series, int index, lab::SeriesStyle style)
{
    const Palette& pal = *m_palette;
    if (auto* sc = qobject_cast<QScatterSeries*>(series)) {
        sc->setColor(pal.series(index));
        sc->setBorderColor(pal.isDark() ? pal.background : pal.series(index).darker(160));
        sc->setMarkerShape(scatterShape(pal.seriesMarker(index)));
        sc->setMarkerSize(style == lab::SeriesStyle::Points ? 10 : 9);
        return;
    }
    auto* line = qobject_cast<QXYSeries*>(series);
    if (!line) return;
    line->setPen(pal.seriesPen(index, style == lab::SeriesStyle::Dashed, 2.0));
    if (style == lab::SeriesStyle::LinePoints) {
        line->setLightMarker(markerImage(pal, index, 9));
        line->setMarkerSize(11);
    }
}

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

void ChartBinding::clear()
{
    for (QAbstractSeries* s : std::as_const(m_series)) {
        if (s == m_bars) continue;
        m_chart->removeSeries(s);
        delete s;
    }
    if (m_bars) m_bars->clear();
    m_series.clear();
    m_drawnCount.clear();
    m_styles.clear();
    m_chart->zoomReset();
}

void ChartBinding::update(const lab::RunData& data, int pixelWidth)
{
    if (m_spec.kind == lab::ChartSpec::Timeline) return;
    if (m_bars) updateBars(data); else updateXY(data, pixelWidth);
}

namespace {
void setRange(QAbstractAxis* axis, double lo, double hi, bool log)
{
    if (log) {
        lo = std::max(lo, 1e-12);
        hi = std::max(hi, lo * 10);
        static_cast<QLogValueAxis*>(axis)->setRange(lo, hi);
        return;
    }
    if (!(hi > lo)) { hi = lo + 1; }
    auto* v = static_cast<QValueAxis*>(axis);
    v->setRange(lo, hi);
    v->applyNiceNumbers();
    // Whole numbers for wide ranges (no "40000000.0"), significant digits for narrow ones.
    v->setLabelFormat(hi - lo >= 10 ? QStringLiteral("%.0f") : QStringLiteral("%.3g"));
}
} // namespace

void ChartBinding::updateXY(const lab::RunData& data, int pixelWidth)
{
    double xlo = std::numeric_limits<double>::infinity(), xhi = -xlo, ylo = xlo, yhi = -xlo;
    bool changed = false;
    for (int i = 0; i < data.series.size(); ++i) {
        const lab::SeriesInfo& info = data.series[i];
        if (info.chart != m_spec.key) continue;
        const auto& pts = data.points[static_cast<size_t>(i)];
        for (const QPointF& p : pts) {
            if (m_spec.logX && p.x() <= 0) continue;
            if (m_spec.logY && p.y() <= 0) continue;
            xlo = std::min(xlo, p.x()); xhi = std::max(xhi, p.x());
            ylo = std::min(ylo, p.y()); yhi = std::max(yhi, p.y());
        }
        QXYSeries* s = static_cast<QXYSeries*>(m_series.value(info.key));
        if (!s) {
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
            s->attachAxis(m_x);
            s->attachAxis(m_y);
            // The palette's colours and patterns, in order of appearance (render::Palette).
            styleSeries(s, static_cast<int>(m_series.size()), info.style);
            m_styles.insert(info.key, info.style);
            m_series.insert(info.key, s);
            changed = true;
        }
        if (s->name() != info.title) s->setName(info.title);
        if (m_drawnCount.value(info.key, static_cast<size_t>(-1)) == pts.size()) continue;
        m_drawnCount.insert(info.key, pts.size());
        changed = true;
        std::vector<QPointF> shown = decimate(pts, std::max(50, pixelWidth));
        if (m_spec.logX || m_spec.logY)
            shown.erase(std::remove_if(shown.begin(), shown.end(), [&](const QPointF& p) {
                            return (m_spec.logX && p.x() <= 0) || (m_spec.logY && p.y() <= 0);
                        }), shown.end());
        s->replace(QList<QPointF>(shown.begin(), shown.end()));
    }
    // Many series: legend on the right, one per line, so names are not cut to "measure...".
    const bool crowded = m_series.size() > 5;
    if (crowded != (m_chart->legend()->alignment() == Qt::AlignRight)) {
        m_chart->legend()->setAlignment(crowded ? Qt::AlignRight : Qt::AlignBottom);
        m_chart->legend()->setShowToolTips(true);
    }
    // A chart the user has zoomed into keeps its zoom while the run adds points.
    if (!changed || m_chart->isZoomed()) return;
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
    QList<QPair<const lab::SeriesInfo*, QList<qreal>>> sets;
    for (int i = 0; i < data.series.size(); ++i) {
        const lab::SeriesInfo& info = data.series[i];
        if (info.chart != m_spec.key) continue;
        const auto& pts = data.points[static_cast<size_t>(i)];
        QList<qreal> values;
        for (const QPointF& p : pts) {
            const int idx = static_cast<int>(std::lround(p.x()));
            if (idx < 0 || idx > 10000) continue;
            if (idx >= values.size()) values.resize(idx + 1, 0.0);
            values[idx] = p.y();
            ymax = std::max(ymax, p.y());
        }
        count = std::max(count, static_cast<int>(values.size()));
        sets.append({&info, values});
    }
    for (int c = static_cast<int>(categories.size()); c < count; ++c) categories << QString::number(c);
    auto* axis = static_cast<QBarCategoryAxis*>(m_x);
    if (axis->categories() != categories) { axis->setCategories(categories); changed = true; }
    for (auto& [info, values] : sets) {
        values.resize(count, 0.0);
        QBarSet* set = nullptr;
        for (QBarSet* b : m_bars->barSets())
            if (b->property("pplabKey").toString() == info->key) set = b;
        if (!set) {
            set = new QBarSet(info->title);
            set->setProperty("pplabKey", info->key);
            // Colour and hatching: sets stay apart without colour vision.
            const int k = static_cast<int>(m_bars->count());
            set->setBrush(m_palette->barBrush(k));
            set->setBorderColor(m_palette->series(k).darker(140));
            set->setLabelColor(m_palette->text);
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
