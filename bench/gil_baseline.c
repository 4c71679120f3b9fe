/* gil_baseline: the bare loop of the `gil` scenario's ticks, with nothing around it — no lock,
 * no eval breaker, no thread, no recording. The yardstick for the emulator's overhead: pplab's
 * `gil=none`, one worker, `live=false` runs the same ticks (scenarios/gil/Ticks.h: 32 xorshift64
 * steps per tick, the same seed), so the final value printed here equals pplab's
 * summary.checksum for that run.
 *
 *   cc -O2 -o gil_baseline gil_baseline.c
 *   ./gil_baseline [TICKS=7049155]          (7049155 = the calls of fib(32) = pplab's fib_n=32)
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static inline uint64_t tick(uint64_t x)
{
    for (int i = 0; i < 32; ++i) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
    }
    return x;
}

int main(int argc, char** argv)
{
    const long long n = argc > 1 ? atoll(argv[1]) : 7049155LL;
    uint64_t x = 0x9E3779B97F4A7C15ull ^ 0x2545F4914F6CDD1Dull; /* pplab's seed for worker 0 */
    const double t0 = now();
    for (long long i = 0; i < n; ++i) {
        x = tick(x);
        __asm__ volatile("" : "+r"(x)); /* as pplab: every tick is computed */
    }
    const double s = now() - t0;
    printf("%lld ticks in %.6f s = %.2f ns per tick, checksum %llx\n", n, s, s * 1e9 / (double)n, (unsigned long long)x);
    return 0;
}
