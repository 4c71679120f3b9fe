#include "LockRun.h"

#include "Platform.h"

#include <algorithm>

namespace starvation {

namespace {
using platform::nowNs;

// The lock of one thread, as the worker loop sees it: try_lock / lock / unlock.
template <class L> struct Plain {
    L& m;
    bool try_lock() { return m.try_lock(); }
    void lock() { m.lock(); }
    void unlock() { m.unlock(); }
};
struct Queuing { // oneTBB's MCS-style queue: each acquisition brings its own queue node
    tbb::queuing_mutex& m;
    tbb::queuing_mutex::scoped_lock node;
    bool try_lock() { return node.try_acquire(m); }
    void lock() { node.acquire(m); }
    void unlock() { node.release(); }
};
struct Go {
    GoMutex& m;
    SemaWaiter& self;
    bool try_lock() { return m.try_lock(); }
    void lock() { m.lock(self); }
    void unlock() { m.unlock(); }
};

} // namespace

qint64 busyUntil(qint64 until, const std::atomic<bool>* halt)
{
    qint64 now = nowNs();
    while (now < until && !halt->load(std::memory_order_relaxed)) now = nowNs();
    return now;
}

LockRun::LockRun(const Config& cfg, const QString& lock, const std::atomic<bool>* halt)
    : m_cfg(cfg), m_lock(lock), m_halt(halt), m_slots(static_cast<size_t>(cfg.threads)),
      m_go(static_cast<std::int64_t>(cfg.thresholdMs * 1e6))
{
}

LockRun::~LockRun()
{
    join();
}

void LockRun::start()
{
    const int n = m_cfg.threads;
    m_start = std::make_unique<std::latch>(n + 1);
    m_running.store(n, std::memory_order_release);
    m_threads.reserve(static_cast<size_t>(n));
    int started = 0;
    try {
        for (; started < n; ++started) m_threads.emplace_back([this, started] { worker(started); });
    } catch (...) { // out of threads: let the ones that started return at once
        m_aborted.store(true);
        m_running.fetch_sub(n - started);
        m_start->count_down(n - started + 1);
        join();
        throw;
    }
    m_beginNs = nowNs();
    m_start->arrive_and_wait(); // everyone starts together
}

void LockRun::join()
{
    for (auto& th : m_threads)
        if (th.joinable()) th.join();
    m_threads.clear();
}

void LockRun::worker(int t)
{
    if (m_lock == QLatin1String("std_mutex")) { Plain<std::mutex> h{m_std}; work(t, h); }
    else if (m_lock == QLatin1String("spin")) { Plain<SpinLock> h{m_spin}; work(t, h); }
    else if (m_lock == QLatin1String("ticket")) { Plain<TicketLock> h{m_ticket}; work(t, h); }
    else if (m_lock == QLatin1String("queuing")) { Queuing h{m_queuing, {}}; work(t, h); }
    else { Go h{m_go, m_slots[static_cast<size_t>(t)].waiter}; work(t, h); }
    store(m_slots[static_cast<size_t>(t)].cpuNs, platform::selfCpuNs());
    m_running.fetch_sub(1, std::memory_order_acq_rel);
}

// Inside the critical section: the protected record. Whose turn it is, and whether anybody
// else was waiting meanwhile, decide the streak.
inline void LockRun::enter(int t)
{
    Protected& p = m_shared;
    const bool othersWait = m_waiting.load(std::memory_order_relaxed) > 0;
    if (p.owner == t) {
        if (othersWait) ++p.streak;
    } else {
        p.owner = t;
        p.streak = othersWait ? 1 : 0;
    }
    if (p.streak > p.longest) {
        p.longest = p.streak;
        p.longestOwner = t;
        m_longestLive.store(p.longest, std::memory_order_relaxed);
    }
    ++p.count;
}

template <class Handle> void LockRun::work(int t, Handle& h)
{
    Slot& s = m_slots[static_cast<size_t>(t)];
    const qint64 cs = qint64{m_cfg.csUs} * 1000, think = qint64{m_cfg.thinkUs} * 1000;
    const bool live = m_cfg.live;
    // Only a timed section reads the clock on the uncontended path; with cs_us = 0 the
    // holding time is not worth two clock reads per acquisition (that would be the recording
    // cost dominating what it records), so the live timeline then shows waiting and running.
    const bool timed = cs > 0;
    qint64 count = 0, hold = 0, waited = 0;
    m_start->arrive_and_wait();
    if (m_aborted.load()) return;
    while (!m_halt->load(std::memory_order_relaxed)) {
        qint64 t1 = 0;
        if (h.try_lock()) {
            s.hist.addZeros(1);
            if (timed) t1 = nowNs();
        } else { // contended: measure the wait
            const qint64 t0 = nowNs();
            if (live) store(s.waitSince, t0);
            m_waiting.fetch_add(1, std::memory_order_relaxed);
            h.lock();
            m_waiting.fetch_sub(1, std::memory_order_relaxed);
            t1 = nowNs();
            s.hist.add(static_cast<std::uint64_t>(t1 - t0));
            waited += t1 - t0;
            store(s.waitNs, waited);
            if (live) store(s.waitSince, 0);
        }
        if (m_halt->load(std::memory_order_relaxed)) [[unlikely]] { // stopping: do not hold others up
            h.unlock();
            break;
        }
        enter(t);
        const qint64 t2 = timed ? busyUntil(t1 + cs, m_halt) : t1;
        h.unlock();
        store(s.count, ++count);
        if (live && timed) store(s.holdNs, hold += t2 - t1);
        if (think > 0) busyUntil(nowNs() + think, m_halt);
    }
}

LockResult LockRun::result(qint64 endNs)
{
    join();
    LockResult r;
    r.lock = m_lock;
    r.elapsedS = std::max<qint64>(0, endNs - m_beginNs) / 1e9;
    qint64 total = 0;
    for (const Slot& s : m_slots) {
        ThreadResult tr;
        tr.count = s.count.load();
        tr.waits.add(s.hist);
        tr.cpuS = s.cpuNs.load() / 1e9;
        total += tr.count;
        r.threads.push_back(std::move(tr));
    }
    r.longestStreak = m_shared.longest;
    r.streakThread = m_shared.longestOwner;
    r.exclusionErrors = total - m_shared.count;
    r.switches = m_go.starvationSwitches();
    r.handOffs = m_go.handOffs();
    return r;
}

} // namespace starvation
