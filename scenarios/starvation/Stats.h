#pragma once
// Figures of fairness: wait-time histograms that a worker fills without locks or atomic
// read-modify-writes (it is their only writer), percentiles from them, Jain's index, the
// "starved" rule, the doubling bins of the wait-time chart.
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <atomic>
#include <cstdint>
#include <vector>

namespace starvation {

// Jain's fairness index J = (Σx)² / (n·Σx²): 1 when all x are equal, 1/n when one gets all.
// 1 for an empty list or all zeros (nobody was treated worse than anybody else).
double jainIndex(const std::vector<double>& x);

// How many of x got less than `fraction` (0.1) of a fair share (the mean).
int starvedCount(const std::vector<double>& x, double fraction = 0.1);

// A log-linear histogram of nanosecond values: 8 bins per doubling (12.5 % resolution), exact
// below 8 ns. One writer (its worker thread) adds with a relaxed load and store, readers (the
// monitor) read while it runs: no data race, no locked instruction on the hot path.
class WaitHistogram {
public:
    static constexpr int kBins = 8 * 40; // up to 2^42 ns (about 73 minutes)
    static int binOf(std::uint64_t ns)
    {
        if (ns < 8) return static_cast<int>(ns);
        const int msb = 63 - __builtin_clzll(ns);
        const int b = (msb - 2) * 8 + static_cast<int>((ns >> (msb - 3)) & 7);
        return b < kBins ? b : kBins - 1;
    }
    static double lowerNs(int bin)
    {
        if (bin < 8) return bin;
        const int msb = bin / 8 + 2;
        return static_cast<double>((8 + bin % 8)) * static_cast<double>(std::uint64_t{1} << (msb - 3));
    }
    void add(std::uint64_t ns)
    {
        bump(m_bins[static_cast<size_t>(binOf(ns))], 1);
        if (ns > m_max.load(std::memory_order_relaxed)) m_max.store(ns, std::memory_order_relaxed);
    }
    void addZeros(std::uint64_t n) { bump(m_bins[0], n); }
    std::uint64_t count(int bin) const { return m_bins[static_cast<size_t>(bin)].load(std::memory_order_relaxed); }
    std::uint64_t maxNs() const { return m_max.load(std::memory_order_relaxed); }

private:
    static void bump(std::atomic<std::uint64_t>& a, std::uint64_t n)
    {
        a.store(a.load(std::memory_order_relaxed) + n, std::memory_order_relaxed);
    }
    std::array<std::atomic<std::uint64_t>, kBins> m_bins{};
    std::atomic<std::uint64_t> m_max{0};
};

// A plain copy of one or more histograms, for percentiles and charts.
struct WaitCounts {
    std::vector<std::uint64_t> bins = std::vector<std::uint64_t>(WaitHistogram::kBins, 0);
    std::uint64_t maxNs = 0;
    void add(const WaitHistogram& h);
    void add(const WaitCounts& c);
    std::uint64_t total() const;
    // The q-quantile (0..1) in nanoseconds: the middle of the bin where it falls (never above the
    // maximum). 0 with no values.
    double quantileNs(double q) const;
};

// The wait-time chart's doubling bins: "< 1 µs", "1–2 µs", ..., "≥ 2^(n-2) µs".
constexpr int kChartBins = 20;
QStringList chartBinLabels();
// Counts per chart bin.
std::vector<double> chartBins(const WaitCounts& c);

} // namespace starvation
