#pragma once
// One code path for a chart on screen and a chart exported: a ChartBinding fills a QChart
// from a run's data (creating series as they appear, decimating to the pixel width), and the
// same binding is used for the live view and for offscreen export.
//
// Per-frame cost follows what is new, not the run's length: RunData points are append-only
// during a run, so each series keeps its running bounds and an incremental decimation, and an
// update folds in only the points added since the last one. What Qt Charts then redraws is the
// decimated series (a few points per pixel column).
#include "Palette.h"
#include "lab/Decimate.h"
#include "lab/Recorder.h"
#include "lab/Scenario.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>

#include <limits>
#include <vector>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QAbstractSeries;
class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QChart;
class QXYSeries;
QT_END_NAMESPACE

namespace render {

// The shared decimation (lab/Decimate.h), under the names the chart code has always used.
using lab::Decimator;
using lab::decimate;

// Colours a chart's surface (background, title, legend, every axis and grid) from the palette;
// the legend shows each series' line pattern or marker. For charts built outside a binding too.
void styleChart(QChart* chart, const Palette& palette);

class ChartBinding {
public:
    // The chart is owned by the caller (a QChartView or a scene). Exports use the light palette;
    // the window passes the one that matches its theme.
    ChartBinding(const lab::ChartSpec& spec, QChart* chart, const Palette& palette = Palette::light());
    ~ChartBinding();
    // Brings the chart up to date with the data. pixelWidth bounds the number of points drawn.
    void update(const lab::RunData& data, int pixelWidth);
    // New titles after a language change.
    void retitle(const lab::ChartSpec& spec);
    // New titles and fixed y range (the same key, kind and axes): the next update() applies them.
    void setSpec(const lab::ChartSpec& spec);
    // The data was replaced rather than appended to (a calculator redrawing its curves): the
    // next update() reads every series from its first point. The chart's series stay.
    void reload() { m_source = nullptr; }
    // The chart series showing a lab series (nullptr until the first update() that has it).
    QXYSeries* xySeries(const QString& key) const;
    // Forgets the series (a new run starts).
    void clear();
    // Recolours the chart and its series (the window's theme changed).
    void setPalette(const Palette& palette);
    const Palette& palette() const { return *m_palette; }
    QChart* chart() const { return m_chart; }
    const lab::ChartSpec& spec() const { return m_spec; }

    // What the updates cost, for tests and benchmarks: data points read (each new point once,
    // all of a series only when it must be rebuilt), points handed to the chart, and
    // rebuilds from the first point (a new run's data, a new pixel width).
    struct Stats {
        quint64 pointsScanned = 0;
        quint64 pointsDrawn = 0;
        int rebuilds = 0;
    };
    const Stats& stats() const { return m_stats; }

private:
    struct XYState {
        QXYSeries* series = nullptr;
        Decimator dec;
        QPointF firstPoint; // tells a new run's data from more of the same
        int colour = 0;     // palette index of its colour (its run's, in a comparison)
        int pattern = 0;    // palette index of its dash pattern or marker
        lab::SeriesStyle style = lab::SeriesStyle::Line;
    };
    struct BarState {
        size_t consumed = 0;
        QPointF firstPoint;
        QList<qreal> values; // latest sample per category index
    };
    void ensureAxes();
    void updateXY(const lab::RunData& data, int pixelWidth);
    void updateBars(const lab::RunData& data);
    QXYSeries* createSeries(const lab::SeriesInfo& info, XYState* st);
    void applyRanges(double xlo, double xhi, double ylo, double yhi);
    void applySurface();
    void styleSeries(const XYState& st);
    void styleBarSet(QBarSet* set, int index);

    lab::ChartSpec m_spec;
    QChart* m_chart;
    QAbstractAxis* m_x = nullptr;
    QAbstractAxis* m_y = nullptr;
    QBarSeries* m_bars = nullptr;
    QHash<QString, XYState> m_xy;    // lab series key -> chart series and its decimation
    QHash<QString, BarState> m_bar;  // lab series key -> bar values
    const lab::RunData* m_source = nullptr;
    int m_buckets = 0;
    Stats m_stats;
    const Palette* m_palette;
    QHash<int, int> m_groupSize; // colour group -> series created in it so far
};

} // namespace render
