#include "Workload.h"

#include "lab/Sanitizers.h"

#include <QScopeGuard>

#include <oneapi/tbb/blocked_range.h>
#include <oneapi/tbb/parallel_for.h>
#include <oneapi/tbb/partitioner.h>
#include <oneapi/tbb/task_group.h>

#include <algorithm>
#include <chrono>

namespace scaling {

namespace {
constexpr qint64 kCheckEvery = 4096; // items between stop checks inside a chunk

inline std::uint64_t computeItem(std::uint64_t i)
{
    std::uint64_t x = (i + 1) * 0x9E3779B97F4A7C15ull;
    for (int k = 0; k < Workload::kXorshiftPerItem; ++k) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
    }
    return x;
}

inline void keep(std::uint64_t v)
{
    asm volatile("" : : "r"(v) : "memory"); // the result is used: the work cannot be removed
}

struct alignas(64) Slot {
    std::atomic<qint64> chunks{0};
};
} // namespace

Workload::Workload(Kernel kernel, qint64 memoryBytes, std::function<bool()> stop)
    : m_kernel(kernel), m_memoryBytes(memoryBytes), m_stop(std::move(stop))
{
}

Workload::~Workload() = default;

bool Workload::pollStop()
{
    if (m_stopped.load(std::memory_order_relaxed)) return true;
    if (m_stop && m_stop()) {
        m_stopped.store(true, std::memory_order_relaxed);
        return true;
    }
    return false;
}

bool Workload::prepare()
{
    if (m_kernel != Kernel::Memory || m_array) return !pollStop();
    const qint64 words = std::max<qint64>(kWordsPerItem, m_memoryBytes / 8 / kWordsPerItem * kWordsPerItem);
    m_array.reset(new std::uint64_t[static_cast<size_t>(words)]); // uninitialised: touched below
    m_arrayItems = words / kWordsPerItem;
    // First touch in slices, so the page faults happen here and not in the measurements.
    constexpr qint64 kSlice = 1 << 20;
    for (qint64 w = 0; w < words; w += kSlice) {
        if (pollStop()) return false;
        const qint64 end = std::min(words, w + kSlice);
        for (qint64 k = w; k < end; ++k) m_array[static_cast<size_t>(k)] = static_cast<std::uint64_t>(k);
    }
    return true;
}

std::uint64_t Workload::runItems(qint64 begin, qint64 end)
{
    std::uint64_t acc = 0;
    if (m_kernel == Kernel::Compute) {
        for (qint64 b = begin; b < end; b += kCheckEvery) {
            const qint64 e = std::min(end, b + kCheckEvery);
            for (qint64 i = b; i < e; ++i) acc ^= computeItem(static_cast<std::uint64_t>(i));
            if (e < end && pollStop()) break;
        }
    } else {
        // Item i reads words [64 (i mod items), +64): the job wraps around the array.
        qint64 item = begin % m_arrayItems;
        for (qint64 b = begin; b < end; b += kCheckEvery) {
            const qint64 e = std::min(end, b + kCheckEvery);
            for (qint64 i = b; i < e; ++i) {
                const std::uint64_t* w = m_array.get() + item * kWordsPerItem;
                std::uint64_t s0 = 0, s1 = 0, s2 = 0, s3 = 0;
                for (int k = 0; k < kWordsPerItem; k += 4) {
                    s0 += w[k]; s1 += w[k + 1]; s2 += w[k + 2]; s3 += w[k + 3];
                }
                acc += s0 + s1 + s2 + s3;
                if (++item == m_arrayItems) item = 0;
            }
            if (e < end && pollStop()) break;
        }
    }
    keep(acc);
    return acc;
}

bool Workload::runSerial(qint64 count)
{
    if (pollStop()) return false;
    runItems(0, count);
    return !pollStop();
}

double Workload::calibrate()
{
    using Clock = std::chrono::steady_clock;
    const auto timeMs = [this](qint64 items) {
        const auto t0 = Clock::now();
        runItems(0, items);
        return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
    };
    // Grow the batch until one run takes >= 8 ms, and keep running for at least 40 ms in all:
    // a core that was idle needs a few tens of milliseconds to reach its full clock rate (the
    // first milliseconds run measurably slower, which would undersize the job).
    qint64 batch = 1024;
    double spentMs = 0;
    for (;;) {
        if (pollStop()) return 0;
        const double ms = timeMs(batch);
        spentMs += ms;
        if (ms >= 8.0 || batch > (qint64(1) << 40)) {
            if (spentMs >= 40.0) break;
            continue;
        }
        batch *= ms > 0.5 ? std::max<qint64>(2, static_cast<qint64>(10.0 / ms)) : 16;
    }
    // Then the fastest of three runs: interference only ever slows a run down.
    double best = 0;
    for (int r = 0; r < 3; ++r) {
        if (pollStop()) return 0;
        best = std::max(best, static_cast<double>(batch) / std::max(timeMs(batch), 1e-6));
    }
    return pollStop() ? 0 : best;
}

bool Workload::runParallel(tbb::task_arena& arena, int concurrency, qint64 count, qint64 grain,
                           ParallelStats* stats)
{
    if (pollStop()) return false;
    if (count <= 0) {
        if (stats) *stats = {};
        return true;
    }
    std::vector<Slot> slots(static_cast<size_t>(std::max(1, concurrency)));
    tbb::task_group_context group;
    const lab::TsanForkJoin forkJoin; // oneTBB's hand-over of the chunks, told to ThreadSanitizer
    arena.execute([&] {
        tbb::parallel_for(
            tbb::blocked_range<qint64>(0, count, static_cast<size_t>(std::max<qint64>(1, grain))),
            [&](const tbb::blocked_range<qint64>& r) {
                forkJoin.enterBody();
                const auto leave = qScopeGuard([&] { forkJoin.leaveBody(); });
                // Stop is checked once per chunk; the first chunk that sees it cancels the rest.
                if (pollStop()) {
                    group.cancel_group_execution();
                    return;
                }
                runItems(r.begin(), r.end());
                const int idx = tbb::this_task_arena::current_thread_index();
                if (idx >= 0 && idx < static_cast<int>(slots.size())) {
                    // Only this slot's thread writes it: a plain load+store, no locked add.
                    auto& c = slots[static_cast<size_t>(idx)].chunks;
                    c.store(c.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
                }
            },
            tbb::simple_partitioner(), group);
    });
    forkJoin.joined();
    if (stats) {
        *stats = {};
        for (const Slot& s : slots) {
            const qint64 c = s.chunks.load(std::memory_order_relaxed);
            stats->chunks += c;
            if (c > 0) ++stats->threadsSeen;
        }
    }
    return !pollStop();
}

} // namespace scaling
