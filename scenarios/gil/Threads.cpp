// CPU-bound workers as threads of one emulated interpreter.
#include "Eval.h"
#include "Phases.h"

#include <ctime>

#include <algorithm>
#include <latch>
#include <memory>
#include <thread>

namespace gil {

qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<qint64>(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

qint64 monoNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

double percentileNs(std::vector<qint64> v, double q)
{
    if (v.empty()) return 0.0;
    std::sort(v.begin(), v.end());
    const double last = static_cast<double>(v.size() - 1);
    return static_cast<double>(v[static_cast<size_t>(std::clamp(q * last + 0.5, 0.0, last))]);
}

namespace {
struct alignas(64) Slot {
    std::atomic<qint64> done{0};
    // Written by the worker, read after join.
    qint64 beginNs = 0, endNs = 0, ticks = 0, cpuNs = 0;
    std::uint64_t x = 0;
    bool complete = false;
};

void worker(Interp& interp, int me, qint64 ticks, Slot& slot, LaneTrack* track, bool live, std::latch& go)
{
    go.arrive_and_wait();
    slot.beginNs = monoNs();
    const qint64 cpu0 = threadCpuNs();
    EvalThread et(interp, me, track, live ? &slot.done : nullptr, kSeed);
    if (et.take()) {
        slot.complete = et.run(ticks);
        et.release(Phase::Done, /*final=*/true);
    }
    slot.endNs = monoNs();
    slot.cpuNs = threadCpuNs() - cpu0;
    slot.ticks = et.ticks();
    slot.x = et.value();
}
} // namespace

CpuResult runThreads(Env& env, GilKind kind, int workers, qint64 ticksEach, const std::vector<int>& lanes,
                     const QStringList& names)
{
    CpuResult res;
    Interp interp(kind, env.intervalMs, env.checkInterval);
    std::vector<Slot> slots(static_cast<size_t>(workers));
    std::vector<std::unique_ptr<LaneTrack>> tracks(static_cast<size_t>(workers));
    if (env.live)
        for (int i = 0; i < workers && i < static_cast<int>(lanes.size()); ++i)
            tracks[static_cast<size_t>(i)] = std::make_unique<LaneTrack>(&env.rec, lanes[static_cast<size_t>(i)], env.marks, names.value(i));
    std::latch go(workers + 1);
    std::atomic<int> running{workers};
    std::vector<std::jthread> threads;
    threads.reserve(static_cast<size_t>(workers));
    int started = 0;
    try {
        for (; started < workers; ++started) {
            const auto i = static_cast<size_t>(started);
            threads.emplace_back([&, i] {
                worker(interp, static_cast<int>(i), ticksEach, slots[i], tracks[i].get(), env.live, go);
                running.fetch_sub(1, std::memory_order_release);
            });
        }
    } catch (const std::system_error& e) {
        interp.halt(); // the ones that started return at once
        go.count_down(workers - started + 1); // the missing workers and this thread
        running.fetch_sub(workers - started);
        threads.clear();
        env.ctx.fail(QCoreApplication::translate("gil::Run", "threads: cannot start thread %1 of %2 (%3)")
                         .arg(started + 1).arg(workers).arg(QString::fromLocal8Bit(e.what())));
        return res;
    }
    const qint64 t0 = monoNs();
    go.count_down();
    while (running.load(std::memory_order_acquire) > 0) {
        if (!env.ctx.sleepFor(std::chrono::milliseconds(50))) interp.halt();
        if (env.progress && env.live) {
            qint64 done = 0;
            for (const Slot& s : slots) done += s.done.load(std::memory_order_relaxed);
            env.progress(done, static_cast<double>(monoNs() - t0) / 1e9);
        }
    }
    threads.clear(); // joins
    const qint64 endUs = env.rec.nowUs();
    for (auto& t : tracks)
        if (t) t->finish(endUs);
    qint64 begin = 0, end = 0;
    res.complete = true;
    for (const Slot& s : slots) {
        res.ticks += s.ticks;
        res.cpuS += static_cast<double>(s.cpuNs) / 1e9;
        res.checksum ^= s.x;
        res.complete = res.complete && s.complete && s.ticks == ticksEach;
        begin = begin == 0 ? s.beginNs : std::min(begin, s.beginNs);
        end = std::max(end, s.endNs);
    }
    res.wallS = end > begin ? static_cast<double>(end - begin) / 1e9 : 0.0;
    res.stats = interp.stats(true);
    return res;
}

} // namespace gil
