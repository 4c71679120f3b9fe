#include "Stats.h"

#include <algorithm>
#include <cmath>

namespace starvation {

double jainIndex(const std::vector<double>& x)
{
    double sum = 0, sq = 0;
    for (double v : x) {
        sum += v;
        sq += v * v;
    }
    if (x.empty() || sq <= 0) return 1.0;
    return sum * sum / (static_cast<double>(x.size()) * sq);
}

int starvedCount(const std::vector<double>& x, double fraction)
{
    if (x.empty()) return 0;
    double sum = 0;
    for (double v : x) sum += v;
    const double fair = sum / static_cast<double>(x.size());
    if (fair <= 0) return 0;
    return static_cast<int>(std::count_if(x.begin(), x.end(), [&](double v) { return v < fraction * fair; }));
}

void WaitCounts::add(const WaitHistogram& h)
{
    for (int b = 0; b < WaitHistogram::kBins; ++b) bins[static_cast<size_t>(b)] += h.count(b);
    maxNs = std::max(maxNs, h.maxNs());
}

void WaitCounts::add(const WaitCounts& c)
{
    for (size_t b = 0; b < bins.size(); ++b) bins[b] += c.bins[b];
    maxNs = std::max(maxNs, c.maxNs);
}

std::uint64_t WaitCounts::total() const
{
    std::uint64_t t = 0;
    for (std::uint64_t n : bins) t += n;
    return t;
}

double WaitCounts::quantileNs(double q) const
{
    const std::uint64_t n = total();
    if (n == 0) return 0.0;
    // The rank of the quantile (1-based), then the bin that holds it.
    const auto rank = static_cast<std::uint64_t>(std::ceil(std::clamp(q, 0.0, 1.0) * static_cast<double>(n)));
    if (rank >= n) return static_cast<double>(maxNs); // the largest value is known exactly
    std::uint64_t seen = 0;
    for (int b = 0; b < WaitHistogram::kBins; ++b) {
        seen += bins[static_cast<size_t>(b)];
        if (seen >= std::max<std::uint64_t>(rank, 1)) {
            if (b == 0) return 0.0;
            const double lo = WaitHistogram::lowerNs(b), hi = WaitHistogram::lowerNs(b + 1);
            return std::min((lo + hi) / 2.0, static_cast<double>(maxNs));
        }
    }
    return static_cast<double>(maxNs);
}

namespace {
QString microseconds(double us)
{
    if (us < 1000) return QStringLiteral("%1 µs").arg(us);
    return QStringLiteral("%1 ms").arg(us / 1000.0, 0, 'g', 3);
}
} // namespace

QStringList chartBinLabels()
{
    // Each bin by its lower edge (the next label is its upper edge): short enough for 20 bins.
    QStringList l;
    l << QStringLiteral("< 1 µs");
    for (int k = 0; k + 2 < kChartBins; ++k) l << microseconds(std::ldexp(1.0, k));
    l << QStringLiteral("≥ %1").arg(microseconds(std::ldexp(1.0, kChartBins - 2)));
    return l;
}

std::vector<double> chartBins(const WaitCounts& c)
{
    std::vector<double> out(kChartBins, 0.0);
    for (int b = 0; b < WaitHistogram::kBins; ++b) {
        const std::uint64_t n = c.bins[static_cast<size_t>(b)];
        if (n == 0) continue;
        // The middle of the fine bin decides its doubling bin (edges at 1 µs × 2^k).
        const double us = (WaitHistogram::lowerNs(b) + WaitHistogram::lowerNs(b + 1)) / 2000.0;
        const int k = us < 1.0 ? 0 : 1 + static_cast<int>(std::floor(std::log2(us)));
        out[static_cast<size_t>(std::clamp(k, 0, kChartBins - 1))] += static_cast<double>(n);
    }
    return out;
}

} // namespace starvation
