#pragma once
// The "bytecode" of the emulated interpreter: a tick is a fixed chain of dependent xorshift
// steps (no memory traffic, about 50-100 ns on a current x86 core). A worker runs ticks in
// batches and, like CPython's eval loop, looks at the eval breaker (one relaxed atomic load)
// between two ticks. The same loop runs in threads, in child processes, in the sequential
// baseline and (without the breaker) in bench/gil_baseline.c.
#include <QtGlobal>

#include <atomic>
#include <cstdint>
#include <functional>

namespace gil {

constexpr int kStepsPerTick = 32;       // xorshift64 steps per tick
constexpr qint64 kBatch = 4096;         // ticks between two looks at progress and the clock
constexpr std::uint64_t kSeed = 0x9E3779B97F4A7C15ull;

inline std::uint64_t tick(std::uint64_t x)
{
    for (int i = 0; i < kStepsPerTick; ++i) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
    }
    return x;
}

// Runs up to n ticks on x; stops right after a tick that finds the breaker set. Returns the
// number of ticks run (n unless the breaker stopped it).
inline qint64 runTicks(std::uint64_t& x, qint64 n, const std::atomic<std::uint32_t>& breaker)
{
    std::uint64_t v = x;
    qint64 i = 0;
    while (i < n) {
        v = tick(v);
        asm volatile("" : "+r"(v)); // every tick is computed, even when nobody reads the result
        ++i;
        if (breaker.load(std::memory_order_relaxed) != 0) [[unlikely]] break;
    }
    x = v;
    return i;
}

// Number of calls naive recursive fib(n) makes: calls(n) = 2·fib(n+1) − 1. "fib(n) as ticks"
// runs this many ticks, one per call, as the seeds' Python fib does one call per frame.
inline qint64 fibCalls(int n)
{
    qint64 a = 0, b = 1; // fib(0), fib(1)
    for (int i = 0; i < n + 1; ++i) {
        const qint64 c = a + b;
        a = b;
        b = c;
    }
    return 2 * a - 1; // a = fib(n + 1)
}

// The tick rate of this machine, in ticks per millisecond on one thread (the fastest of a few
// short timed runs after a warm-up). Returns <= 0 if stop() became true meanwhile.
double calibrateTicks(const std::function<bool()>& stop);

} // namespace gil
