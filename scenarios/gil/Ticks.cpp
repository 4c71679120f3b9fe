#include "Ticks.h"

#include <algorithm>
#include <chrono>

namespace gil {

namespace {
std::atomic<std::uint64_t> g_sink{0}; // keeps the calibration's tick chain alive
}

double calibrateTicks(const std::function<bool()>& stop)
{
    using Clock = std::chrono::steady_clock;
    const std::atomic<std::uint32_t> breaker{0};
    std::uint64_t x = kSeed;
    const auto warm = Clock::now();
    while (Clock::now() - warm < std::chrono::milliseconds(30)) {
        runTicks(x, kBatch, breaker);
        if (stop()) return -1;
    }
    double best = 0;
    for (int r = 0; r < 16; ++r) { // short runs: on a busy machine some of them are not preempted
        constexpr qint64 n = 1 << 14;
        const auto t0 = Clock::now();
        runTicks(x, n, breaker);
        const double ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
        if (ms > 0) best = std::max(best, static_cast<double>(n) / ms);
        if (stop()) return -1;
    }
    g_sink.store(x, std::memory_order_relaxed);
    return best;
}

} // namespace gil
