#include "PriorityRun.h"

#include "Platform.h"

#include <QCoreApplication>

#include <cstring>
#include <ctime>

#include <sched.h>

namespace starvation {

namespace {
constexpr qint64 kPeriodNs = 10000000; // busy_pct applies to every 10 ms
constexpr int kChunk = 4096;           // loop iterations between looks at the stop flag

void sleepNs(qint64 ns)
{
    timespec ts{static_cast<time_t>(ns / 1000000000), static_cast<long>(ns % 1000000000)};
    nanosleep(&ts, nullptr);
}
} // namespace

PriorityRun::PriorityRun(const Config& cfg, int cpu, const std::atomic<bool>* halt)
    : m_cfg(cfg), m_cpu(cpu), m_halt(halt), m_slots(static_cast<size_t>(cfg.threads))
{
}

PriorityRun::~PriorityRun()
{
    if (m_go && !m_go->try_wait()) { // started but never released: let the threads end
        m_abort.store(true);
        m_go->count_down();
    }
    join();
}

QString PriorityRun::start()
{
    const int n = m_cfg.threads;
    m_ready = std::make_unique<std::latch>(n);
    m_go = std::make_unique<std::latch>(1);
    m_threads.reserve(static_cast<size_t>(n));
    try {
        for (int t = 0; t < n; ++t) m_threads.emplace_back([this, t] { worker(t); });
    } catch (...) {
        m_abort.store(true);
        m_ready->count_down(n - static_cast<int>(m_threads.size()));
        m_go->count_down();
        join();
        throw;
    }
    m_ready->wait();
    for (int t = 0; t < n; ++t) {
        const Slot& s = slot(t);
        const int step = s.failedStep.load();
        if (step == 0) continue;
        const QString err = QString::fromLocal8Bit(std::strerror(s.error.load()));
        m_abort.store(true);
        m_go->count_down();
        join();
        if (step == 1) return QCoreApplication::translate("starvation::PriorityRun", "cpu: sched_setaffinity to CPU %1 failed: %2").arg(m_cpu).arg(err);
        if (step == 2) return QCoreApplication::translate("starvation::PriorityRun", "low_nice: setpriority(PRIO_PROCESS, tid, %1) failed: %2").arg(m_cfg.lowNice).arg(err);
        return QCoreApplication::translate("starvation::PriorityRun", "policy: sched_setscheduler(tid, SCHED_IDLE) failed: %1").arg(err);
    }
    return {};
}

void PriorityRun::go(qint64 epochNs)
{
    m_epochNs.store(epochNs);
    m_go->count_down();
}

void PriorityRun::worker(int t)
{
    Slot& s = m_slots[static_cast<size_t>(t)];
    s.tid.store(platform::threadId());
    // Every setting below is made by the thread on itself: nothing else in pplab changes.
    if (const int e = platform::pinSelf(m_cpu); e != 0) {
        s.error.store(e);
        s.failedStep.store(1);
    } else if (t == 0) {
        const int e2 = m_cfg.idlePolicy ? platform::setSelfIdle() : platform::setSelfNice(m_cfg.lowNice);
        if (e2 != 0) {
            s.error.store(e2);
            s.failedStep.store(m_cfg.idlePolicy ? 3 : 2);
        }
    }
    s.nice.store(platform::selfNice());
    s.policy.store(sched_getscheduler(0));
    m_ready->count_down();
    m_go->wait();
    if (!m_abort.load()) loop(s, t != 0 && m_cfg.busyPct < 100);
    s.cpuNs.store(platform::selfCpuNs());
}

// CPU-bound: a loop of additions. With `duty`, the thread computes for busy_pct of every 10 ms
// period (periods aligned on the common epoch, so all nice-0 threads compute at the same time)
// and sleeps the rest.
void PriorityRun::loop(Slot& s, bool duty)
{
    const qint64 epoch = m_epochNs.load(), busy = kPeriodNs * m_cfg.busyPct / 100;
    qint64 work = 0, slept = 0;
    std::uint64_t x = 0;
    while (!m_halt->load(std::memory_order_relaxed)) {
        for (int i = 0; i < kChunk; ++i) {
            x += static_cast<std::uint64_t>(i);
            asm volatile("" : "+r"(x)); // one real addition each time
        }
        work += kChunk;
        s.work.store(work, std::memory_order_relaxed);
        if (!duty) continue;
        const qint64 pos = (platform::nowNs() - epoch) % kPeriodNs;
        if (pos < busy) continue;
        const qint64 t0 = platform::nowNs();
        sleepNs(kPeriodNs - pos);
        slept += platform::nowNs() - t0;
        s.sleptNs.store(slept, std::memory_order_relaxed);
    }
}

qint64 PriorityRun::cpuNs(int t) const
{
    const qint64 done = slot(t).cpuNs.load();
    if (done > 0) return done;
    const auto i = static_cast<size_t>(t);
    if (i >= m_threads.size()) return 0;
    const qint64 v = platform::threadCpuNs(const_cast<std::jthread&>(m_threads[i]).native_handle());
    return v < 0 ? 0 : v;
}

void PriorityRun::unpinAll(const QList<int>& cpus)
{
    for (const Slot& s : m_slots)
        if (const int tid = s.tid.load(); tid > 0) platform::unpin(tid, cpus);
}

void PriorityRun::join()
{
    for (auto& th : m_threads)
        if (th.joinable()) th.join();
    m_threads.clear();
}

} // namespace starvation
