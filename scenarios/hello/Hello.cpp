#include "Hello.h"

#include "lab/RunContext.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

#include <time.h>

namespace hello {

lab::ScenarioInfo HelloScenario::info() const
{
    lab::ScenarioInfo i;
    i.id = QStringLiteral("hello");
    i.title = tr("Hello threads");
    i.category = QStringLiteral("basics");
    i.summary = tr("Real threads count in bursts; see how the cores are shared between them.");
    i.explanation = QStringLiteral(":/explanations/hello.html");
    const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    i.params = {
        lab::ParamSpec::integer(QStringLiteral("threads"), tr("Threads"),
                                tr("Number of real threads that count at the same time."),
                                cores, 1, 64),
        lab::ParamSpec::integer(QStringLiteral("burst_ms"), tr("Burst (ms)"),
                                tr("How long each thread counts before it sleeps."), 50, 1, 1000),
        lab::ParamSpec::integer(QStringLiteral("sleep_ms"), tr("Sleep (ms)"),
                                tr("How long each thread sleeps between bursts (0 = never sleeps)."), 20, 0, 1000),
    };
    i.charts = {
        {QStringLiteral("rate"), tr("Counting rate per thread"), tr("time (s)"), tr("million counts per second"),
         lab::ChartSpec::Line},
        {QStringLiteral("counts"), tr("Total counts per thread"), tr("thread"), tr("million counts"),
         lab::ChartSpec::Bar},
        {QStringLiteral("timeline"), tr("Timeline"), tr("time"), tr("thread"), lab::ChartSpec::Timeline},
    };
    i.presets = {
        {tr("One thread per core"), {{QStringLiteral("threads"), cores}, {QStringLiteral("sleep_ms"), 20}}},
        {tr("Oversubscribed (4 threads per core)"), {{QStringLiteral("threads"), 4 * cores}, {QStringLiteral("sleep_ms"), 0}}},
        {tr("Mostly sleeping"), {{QStringLiteral("threads"), 2 * cores}, {QStringLiteral("burst_ms"), 5}, {QStringLiteral("sleep_ms"), 45}}},
    };
    i.figures = {
        {QStringLiteral("threads"), tr("threads")},
        {QStringLiteral("total_counts"), tr("total counts")},
        {QStringLiteral("million_counts_per_s"), tr("million counts per second")},
        {QStringLiteral("fairness"), tr("fairness (slowest ÷ fastest)")},
        {QStringLiteral("cores_busy"), tr("cores kept busy")},
    };
    i.defaultDuration = 3.0;
    return i;
}

void HelloScenario::run(lab::RunContext& ctx)
{
    using Clock = std::chrono::steady_clock;
    const int n = static_cast<int>(ctx.params().integer(QStringLiteral("threads")));
    const auto burst = std::chrono::milliseconds(ctx.params().integer(QStringLiteral("burst_ms")));
    const auto pause = std::chrono::milliseconds(ctx.params().integer(QStringLiteral("sleep_ms")));
    lab::Recorder& rec = ctx.recorder();

    QStringList names;
    for (int t = 0; t < n; ++t) names << tr("T%1").arg(t + 1);
    rec.setCategories(QStringLiteral("counts"), names);
    const int totalSeries = rec.series(QStringLiteral("counts"), tr("counts"), QStringLiteral("counts"));
    std::vector<std::atomic<qint64>> counts(static_cast<size_t>(n));
    // CPU time each thread has had (CLOCK_THREAD_CPUTIME_ID, read after every burst): the cores
    // the threads really kept busy, whatever the scheduler did.
    std::vector<std::atomic<qint64>> cpuNs(static_cast<size_t>(n));
    rec.setSummary(QStringLiteral("threads"), n);

    // Lanes and series registered here, in thread order (not in the order threads start).
    std::vector<int> lanes, rateSeries;
    for (int t = 0; t < n; ++t) {
        lanes.push_back(rec.lane(names[t]));
        rateSeries.push_back(rec.series(QStringLiteral("rate_T%1").arg(t + 1), names[t], QStringLiteral("rate")));
    }

    auto worker = [&](int t) {
        const int lane = lanes[static_cast<size_t>(t)];
        const int series = rateSeries[static_cast<size_t>(t)];
        qint64 mine = 0;
        while (!ctx.stopRequested()) {
            const qint64 b0 = rec.nowUs();
            const auto end = Clock::now() + burst;
            qint64 local = 0;
            // Count; look at the clock and the stop flag only every 4096 counts.
            do {
                for (int k = 0; k < 4096; ++k) {
                    local = local + 1;
                    asm volatile("" : "+r"(local)); // keep the loop: the work is the point
                }
            } while (Clock::now() < end && !ctx.stopRequested());
            const qint64 b1 = rec.nowUs();
            mine += local;
            counts[static_cast<size_t>(t)].store(mine, std::memory_order_relaxed);
            timespec cpu{};
            if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu) == 0)
                cpuNs[static_cast<size_t>(t)].store(qint64(cpu.tv_sec) * 1000000000 + cpu.tv_nsec, std::memory_order_relaxed);
            rec.span(lane, lab::SpanState::Running, b0, b1);
            rec.sample(series, b1 / 1e6, b1 > b0 ? static_cast<double>(local) / static_cast<double>(b1 - b0) : 0.0);
            rec.sample(totalSeries, t, mine / 1e6);
            if (pause.count() > 0) {
                const qint64 s0 = rec.nowUs();
                if (!ctx.sleepFor(pause)) { rec.span(lane, lab::SpanState::Sleeping, s0, rec.nowUs()); break; }
                rec.span(lane, lab::SpanState::Sleeping, s0, rec.nowUs());
            }
        }
    };

    std::vector<std::jthread> threads;
    threads.reserve(static_cast<size_t>(n));
    for (int t = 0; t < n; ++t) threads.emplace_back(worker, t);
    // The scenario's own thread publishes the live counters while the workers count.
    auto publish = [&] {
        qint64 total = 0, lo = -1, hi = 0;
        for (auto& c : counts) {
            const qint64 v = c.load(std::memory_order_relaxed);
            total += v;
            lo = lo < 0 ? v : std::min(lo, v);
            hi = std::max(hi, v);
        }
        const double secs = std::max(1e-9, ctx.elapsedS());
        qint64 cpu = 0;
        for (auto& c : cpuNs) cpu += c.load(std::memory_order_relaxed);
        rec.setSummary(QStringLiteral("cores_busy"), static_cast<double>(cpu) / 1e9 / secs);
        rec.setSummary(QStringLiteral("total_counts"), static_cast<double>(total));
        rec.setSummary(QStringLiteral("million_counts_per_s"), total / secs / 1e6);
        rec.setSummary(QStringLiteral("fairness"), hi > 0 ? static_cast<double>(lo) / static_cast<double>(hi) : 1.0);
        if (ctx.durationLimitS() > 0) ctx.setProgress(std::min(1.0, ctx.elapsedS() / ctx.durationLimitS()));
    };
    while (ctx.sleepFor(std::chrono::milliseconds(100))) publish();
    for (auto& th : threads) th.join();
    publish();
}

} // namespace hello
