#pragma once
// One code path for a chart on screen and a chart exported: a ChartBinding fills a QChart
// from a run's data (creating series as they appear, decimating to the pixel width), and the
// same binding is used for the live view and for offscreen export.
#include "Palette.h"
#include "lab/Recorder.h"
#include "lab/Scenario.h"

#include <QHash>
#include <QPointF>
#include <QString>

#include <vector>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QAbstractSeries;
class QBarCategoryAxis;
class QBarSeries;
class QChart;
QT_END_NAMESPACE

namespace render {

// Reduces points to at most about 4 per bucket (first, min, max, last of each x bucket), so a
// line of 100 000 points draws as fast as one of a few thousand and keeps its extremes.
std::vector<QPointF> decimate(const std::vector<QPointF>& points, int buckets);

// Colours a chart's surface (background, title, legend, every axis and grid) from the palette;
// the legend shows each series' line pattern or marker. For charts built outside a binding too.
void styleChart(QChart* chart, const Palette& palette);

class ChartBinding {
public:
    // The chart is owned by the caller (a QChartView or a scene). Exports use the light palette;
    // the window passes the one that matches its theme.
    ChartBinding(const lab::ChartSpec& spec, QChart* chart, const Palette& palette = Palette::light());
    // Brings the chart up to date with the data. pixelWidth bounds the number of points drawn.
    void update(const lab::RunData& data, int pixelWidth);
    // New titles after a language change.
    void retitle(const lab::ChartSpec& spec);
    // Forgets the series (a new run starts).
    void clear();
    // Recolours the chart and its series (the window's theme changed).
    void setPalette(const Palette& palette);
    const Palette& palette() const { return *m_palette; }
    QChart* chart() const { return m_chart; }
    const lab::ChartSpec& spec() const { return m_spec; }

private:
    void ensureAxes();
    void updateXY(const lab::RunData& data, int pixelWidth);
    void updateBars(const lab::RunData& data);
    void applySurface();
    void styleSeries(QAbstractSeries* series, int index, lab::SeriesStyle style);

    lab::ChartSpec m_spec;
    QChart* m_chart;
    QAbstractAxis* m_x = nullptr;
    QAbstractAxis* m_y = nullptr;
    QBarSeries* m_bars = nullptr;
    QHash<QString, QAbstractSeries*> m_series; // lab series key -> chart series
    QHash<QString, size_t> m_drawnCount;       // points shown last time (skip unchanged)
    QHash<QString, lab::SeriesStyle> m_styles; // lab series key -> its declared style
    const Palette* m_palette;
};

} // namespace render
