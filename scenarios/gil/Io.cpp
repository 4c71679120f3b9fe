// The convoy effect: one I/O thread does request/response round trips with a responder
// process over a socketpair, releasing the GIL before it blocks and taking it back after (as
// CPython does around system calls), while CPU-bound workers run.
#include "Eval.h"
#include "Phases.h"
#include "Procs.h"

#include <algorithm>
#include <cstring>
#include <cerrno>
#include <latch>
#include <memory>
#include <poll.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

namespace gil {

namespace {
// One round trip: write a byte, wait for the reply (in 20 ms slices, so that a halt is seen),
// read it. False on EOF or an error (the responder died, or the run is stopping).
bool roundTrip(int sock, const Interp& interp, QString* error)
{
    const char ping = 'p';
    ssize_t w;
    do { w = ::send(sock, &ping, 1, MSG_NOSIGNAL); } while (w < 0 && errno == EINTR); // EPIPE, not SIGPIPE
    if (w != 1) { *error = QStringLiteral("write: %1").arg(QString::fromLocal8Bit(strerror(errno))); return false; }
    pollfd p{sock, POLLIN, 0};
    for (;;) {
        if (interp.halted()) return false;
        const int r = ::poll(&p, 1, 20);
        if (r > 0) break;
        if (r < 0 && errno != EINTR) { *error = QStringLiteral("poll: %1").arg(QString::fromLocal8Bit(strerror(errno))); return false; }
    }
    char reply;
    ssize_t n;
    do { n = ::read(sock, &reply, 1); } while (n < 0 && errno == EINTR);
    if (n != 1) { *error = n == 0 ? QStringLiteral("the responder closed the connection") : QStringLiteral("read: %1").arg(QString::fromLocal8Bit(strerror(errno))); return false; }
    return true;
}

constexpr size_t kMaxLatencySamples = 2'000'000; // 16 MB; beyond it only the count grows

struct IoThreadState {
    std::vector<qint64> latNs;
    std::atomic<qint64> ops{0};
    std::atomic<qint64> cpuNs{0}; // CPU time of the I/O thread and the CPU threads
    std::atomic<bool> finished{false};
    QString error;
    qint64 beginNs = 0, endNs = 0;
};

void ioThread(Interp& interp, int sock, qint64 durationNs, LaneTrack* track, IoThreadState& st)
{
    EvalThread et(interp, 0, track, nullptr, kSeed);
    st.latNs.reserve(1 << 16);
    st.beginNs = monoNs();
    const qint64 cpu0 = threadCpuNs();
    const qint64 end = st.beginNs + durationNs;
    if (et.take()) {
        while (monoNs() < end) {
            if (!et.run(kIoTicks)) break; // the Python code that handles a reply
            const qint64 t0 = monoNs();
            et.release(Phase::Io);
            if (!roundTrip(sock, interp, &st.error)) break;
            if (!et.take()) break;
            if (st.latNs.size() < kMaxLatencySamples) st.latNs.push_back(monoNs() - t0);
            st.ops.fetch_add(1, std::memory_order_relaxed);
        }
        et.release(Phase::Done, /*final=*/true);
    }
    st.endNs = monoNs();
    st.cpuNs.fetch_add(threadCpuNs() - cpu0, std::memory_order_relaxed);
    st.finished.store(true, std::memory_order_release);
}

} // namespace

IoResult runIoPhase(Env& env, const IoJob& job)
{
    IoResult res;
    // Processes: the CPU workers have their own interpreters; the I/O thread's lock is its own.
    Interp interp(job.processes ? GilKind::New : job.kind, env.intervalMs, env.checkInterval);
    const int cpuThreads = job.processes ? 0 : job.cpuWorkers;
    std::unique_ptr<ProcGroup> group;
    if (job.processes && job.cpuWorkers > 0) {
        group = std::make_unique<ProcGroup>(env, job.cpuLanes);
        if (!group->spawn(job.cpuWorkers, 0, job.durationMs) || !group->waitReady()) return res;
    }
    std::vector<std::unique_ptr<LaneTrack>> tracks(static_cast<size_t>(cpuThreads + 1));
    if (env.live) {
        if (job.ioLane >= 0) tracks[0] = std::make_unique<LaneTrack>(&env.rec, job.ioLane, env.marks, QCoreApplication::translate("gil::Run", "I/O thread"));
        for (int i = 0; i < cpuThreads && i < static_cast<int>(job.cpuLanes.size()); ++i)
            tracks[static_cast<size_t>(i + 1)] = std::make_unique<LaneTrack>(&env.rec, job.cpuLanes[static_cast<size_t>(i)], env.marks,
                                                                              QCoreApplication::translate("gil::Run", "CPU %1").arg(i + 1));
    }
    IoThreadState st;
    std::latch go(cpuThreads + 2);
    std::vector<std::jthread> threads;
    try {
        for (int i = 1; i <= cpuThreads; ++i)
            threads.emplace_back([&, i] {
                go.arrive_and_wait();
                const qint64 cpu0 = threadCpuNs();
                EvalThread et(interp, i, tracks[static_cast<size_t>(i)].get(), nullptr, kSeed);
                if (et.take()) {
                    while (et.run(kBatch * 64)) {}
                    et.release(Phase::Done, true);
                }
                st.cpuNs.fetch_add(threadCpuNs() - cpu0, std::memory_order_relaxed);
            });
        threads.emplace_back([&] {
            go.arrive_and_wait();
            ioThread(interp, job.sock, job.durationMs * 1'000'000, tracks[0].get(), st);
        });
    } catch (const std::system_error& e) {
        interp.halt();
        go.count_down(cpuThreads + 2 - static_cast<int>(threads.size()));
        threads.clear();
        env.ctx.fail(QCoreApplication::translate("gil::Run", "threads: cannot start a thread (%1)").arg(QString::fromLocal8Bit(e.what())));
        return res;
    }
    if (group) group->go();
    const qint64 t0 = monoNs();
    go.count_down();
    while (!st.finished.load(std::memory_order_acquire)) {
        if (group) group->pump(0);
        if (!env.ctx.sleepFor(std::chrono::milliseconds(group ? 20 : 50))) { interp.halt(); if (group) group->killAll(); }
        if (env.progress && env.live) env.progress(st.ops.load(std::memory_order_relaxed), static_cast<double>(monoNs() - t0) / 1e9);
    }
    interp.halt(); // the I/O thread is done: the CPU threads leave their loops
    threads.clear();
    if (group) {
        while (!env.ctx.stopRequested() && group->pump(50)) {}
        if (env.ctx.stopRequested()) group->killAll();
        group->reap();
    }
    res.cpuS = static_cast<double>(st.cpuNs.load()) / 1e9 + (group ? group->cpuS() : 0.0);
    const qint64 endUs = env.rec.nowUs();
    for (auto& t : tracks)
        if (t) t->finish(endUs);
    res.ops = st.ops.load();
    res.wallS = static_cast<double>(st.endNs - st.beginNs) / 1e9;
    res.opsPerS = res.wallS > 0 ? static_cast<double>(res.ops) / res.wallS : 0.0;
    res.p50Ms = percentileNs(st.latNs, 0.50) / 1e6;
    res.p99Ms = percentileNs(st.latNs, 0.99) / 1e6;
    res.error = st.error;
    res.complete = st.error.isEmpty() && !env.ctx.stopRequested() && (!group || group->allDone());
    res.stats = interp.stats(true);
    return res;
}

} // namespace gil
