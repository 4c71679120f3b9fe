#pragma once
// Min/max decimation of a series for drawing and for keeping: a line of a million points keeps
// its extremes and its order in a few points per pixel column (or per history bucket). Widget-
// free: the charts (render::ChartBinding) and the run history (lab::compacted) share it.
#include <QList>
#include <QPointF>

#include <limits>
#include <vector>

namespace lab {

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

} // namespace lab
