#include "Decimate.h"

#include <algorithm>
#include <cmath>

namespace lab {

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

} // namespace lab
