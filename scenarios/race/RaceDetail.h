#pragma once
// Internal helpers shared by the race engine's translation units (not a public header).
#include "RaceEngine.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <thread>

namespace race::detail {

using Clock = std::chrono::steady_clock;

inline qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch()).count();
}

// The gap between read and write: `n` spins, then optionally a yield. A wide gap is cut short
// when the run stops (the write still happens), so Stop stays prompt with any window.
inline void gap(int n, bool yield, const std::atomic<bool>* halt)
{
    for (int i = 0; i < n; ++i) {
        if ((i & 255) == 255 && halt->load(std::memory_order_relaxed)) return;
#if defined(__x86_64__) || defined(__i386__)
        __builtin_ia32_pause();
#else
        asm volatile("" ::: "memory");
#endif
    }
    if (yield) std::this_thread::yield();
}

// Bank word: balance (signed, 32 bits) | writer (thread + 1, 8 bits) | chain length (24 bits).
// Each write stores "what I read + 1" in the chain-length field, so the final word says how many
// operations its balance really contains (the surviving chain of reads and writes): lost
// updates = operations performed - chain length, exactly, as long as the total stays below
// 2^24 (bankMaxOperations). The writer field lets the thread that overwrites a value say whose
// update it destroys. Both ride in the very word the race is on, so they add no
// synchronisation: the race is still one load and one (exchanging) store.
constexpr int kBalShift = 32;
constexpr std::uint64_t kCountMask = (std::uint64_t{1} << 24) - 1;
inline std::uint64_t pack(qint64 balance, int writer, std::uint64_t count)
{
    return (static_cast<std::uint64_t>(balance) << kBalShift)
           | (static_cast<std::uint64_t>(writer & 0xff) << 24) | (count & kCountMask);
}
inline qint64 balanceOf(std::uint64_t w) { return static_cast<qint64>(w) >> kBalShift; }
inline int writerOf(std::uint64_t w) { return static_cast<int>((w >> 24) & 0xff); }
inline qint64 countOf(std::uint64_t w) { return static_cast<qint64>(w & kCountMask); }

// How many increments between looks at the stop flag (and live progress).
inline qint64 subChunk(const RaceConfig& c)
{
    return std::max<qint64>(1, 1024 / (1 + c.window + (c.yield ? 64 : 0)));
}
constexpr qint64 kSliceUs = 5000; // one timeline span per thread per 5 ms of work

// Locks m_mutex inside a RaceRun worker (uses its locals `live` and `waitNs`); with live recording, measures the time spent waiting (only when contended).
#define RACE_LOCK()                                                                      \
    do {                                                                                 \
        if (!live) { m_mutex.lock(); break; }                                            \
        if (!m_mutex.try_lock()) {                                                       \
            const qint64 w0 = nowNs();                                                   \
            m_mutex.lock();                                                              \
            waitNs += nowNs() - w0;                                                      \
        }                                                                                \
    } while (0)

} // namespace race::detail
