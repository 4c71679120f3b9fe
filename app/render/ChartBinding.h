#pragma once
// One code path for a chart on screen and a chart exported: a ChartBinding fills a QChart
// from a run's data (creating series as they appear, decimating to the pixel width), and the
// same binding is used for the live view and for offscreen export.
//
// Per-frame cost follows what is new, not the run's length: RunData points are append-only
// during a run, so each series keeps its running bounds and an incremental decimation, and an
// update folds in only the points added since the last one. What Qt Charts then redraws is the
// decimated series (a few points per pixel column).
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
class QChart;
class QXYSeries;
QT_END_NAMESPACE

namespace render {

// The colour of the index-th series of a chart, in order of appearance. The one place that
// chooses series colours (a colour-blind palette replaces it here).
QColor seriesColor(int index);

// Incremental min/max decimation of an append-only series. x is cut into buckets of width 2^k
// (in log10 x on a log axis), at most `maxBuckets` of them over the data's x range; a run of
// consecutive points in one bucket is kept as its first, lowest, highest and last point, so the
// line keeps its extremes and its order. Appending folds in only the new points. When the x
// range outgrows the buckets, k grows and neighbouring runs merge (an exact, O(buckets) step),
// so the result is the same however the points were split into appends. Up to 4 × maxBuckets
// points the series is kept whole. Points that cannot be drawn (not finite, or <= 0 on a log
// axis) are skipped.
class Decimator {
public:
    explicit Decimator(int maxBuckets = 1000, bool logX = false, bool logY = false);
    // Folds in pts[consumed()..] (pts must be the same series, grown by appending).
    void append(const std::vector<QPointF>& pts);
    size_t consumed() const { return m_consumed; }
    // The decimated points, in their original order.
    QList<QPointF> points(const std::vector<QPointF>& pts) const;
    size_t outputSize() const;
    bool decimating() const { return m_bucketed; }

    // Bounds of the drawable points folded in so far (infinite while there are none).
    double xMin = std::numeric_limits<double>::infinity(), xMax = -std::numeric_limits<double>::infinity();
    double yMin = std::numeric_limits<double>::infinity(), yMax = -std::numeric_limits<double>::infinity();

private:
    struct Run {
        double bucket; // floor(tx / 2^k), an integer value
        size_t first, lo, hi, last;
    };
    void add(const std::vector<QPointF>& pts, size_t i);
    void startBuckets(const std::vector<QPointF>& pts);
    void coarsen(const std::vector<QPointF>& pts); // k + 1: bucket ids halve, neighbouring runs in one bucket merge
    double bucketOf(double tx) const;
    double tx(const QPointF& p) const;

    int m_maxBuckets;
    bool m_logX, m_logY;
    size_t m_consumed = 0;
    size_t m_valid = 0;
    bool m_bucketed = false;
    int m_exp = 0;
    double m_txMin = std::numeric_limits<double>::infinity(), m_txMax = -std::numeric_limits<double>::infinity();
    double m_bMin = 0, m_bMax = 0;
    std::vector<Run> m_runs;
};

// Reduces points to at most about 4 per bucket (first, min, max, last of each x bucket), so a
// line of 100 000 points draws as fast as one of a few thousand and keeps its extremes.
std::vector<QPointF> decimate(const std::vector<QPointF>& points, int buckets);

class ChartBinding {
public:
    // The chart is owned by the caller (a QChartView or a scene).
    ChartBinding(const lab::ChartSpec& spec, QChart* chart);
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
    };
    struct BarState {
        size_t consumed = 0;
        QPointF firstPoint;
        QList<qreal> values; // latest sample per category index
    };
    void ensureAxes();
    void updateXY(const lab::RunData& data, int pixelWidth);
    void updateBars(const lab::RunData& data);
    QXYSeries* createSeries(const lab::SeriesInfo& info);
    void applyRanges(double xlo, double xhi, double ylo, double yhi);

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
};

} // namespace render
