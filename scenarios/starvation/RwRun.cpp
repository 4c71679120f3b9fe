#include "RwRun.h"

#include "Platform.h"

#include <algorithm>
#include <cerrno>
#include <ctime>

namespace starvation {

namespace {
using platform::nowNs;

// Sleeps `ns` in slices of at most 20 ms, ending early when the run stops.
void napNs(qint64 ns, const std::atomic<bool>* halt)
{
    const qint64 end = nowNs() + ns;
    for (qint64 left = ns; left > 0 && !halt->load(std::memory_order_relaxed); left = end - nowNs()) {
        const qint64 slice = std::min<qint64>(left, 20000000);
        timespec ts{0, static_cast<long>(slice)};
        nanosleep(&ts, nullptr);
    }
}

timespec realtimeIn(qint64 ns)
{
    timespec ts{};
    clock_gettime(CLOCK_REALTIME, &ts);
    const qint64 sum = ts.tv_nsec + ns;
    ts.tv_sec += static_cast<time_t>(sum / 1000000000);
    ts.tv_nsec = static_cast<long>(sum % 1000000000);
    return ts;
}
} // namespace

RwRun::RwRun(const Config& cfg, const QString& lock, const std::atomic<bool>* halt)
    : m_cfg(cfg), m_lock(lock), m_tbb(lock == QLatin1String("tbb_queuing")), m_halt(halt),
      m_slots(static_cast<size_t>(cfg.threads))
{
    pthread_rwlockattr_t attr;
    pthread_rwlockattr_init(&attr);
    // glibc: PREFER_READER_NP is the default; PREFER_WRITER_NP is ignored (treated as reader
    // preference); only PREFER_WRITER_NONRECURSIVE_NP makes new readers wait behind a writer.
    pthread_rwlockattr_setkind_np(&attr, lock == QLatin1String("writer_pref") ? PTHREAD_RWLOCK_PREFER_WRITER_NONRECURSIVE_NP
                                                                             : PTHREAD_RWLOCK_PREFER_READER_NP);
    pthread_rwlock_init(&m_rw, &attr);
    pthread_rwlockattr_destroy(&attr);
}

RwRun::~RwRun()
{
    join();
    pthread_rwlock_destroy(&m_rw);
}

void RwRun::start()
{
    const int n = m_cfg.threads;
    m_start = std::make_unique<std::latch>(n + 1);
    m_threads.reserve(static_cast<size_t>(n));
    int started = 0;
    try {
        for (; started < n; ++started) m_threads.emplace_back([this, started] { worker(started); });
    } catch (...) {
        m_aborted.store(true);
        m_start->count_down(n - started + 1);
        join();
        throw;
    }
    m_beginNs = nowNs();
    m_start->arrive_and_wait();
}

void RwRun::join()
{
    for (auto& th : m_threads)
        if (th.joinable()) th.join();
    m_threads.clear();
}

void RwRun::worker(int t)
{
    WorkerSlot& s = m_slots[static_cast<size_t>(t)];
    m_start->arrive_and_wait();
    if (!m_aborted.load()) {
        if (t == writer()) writerLoop(s); else reader(s);
    }
    store(s.cpuNs, platform::selfCpuNs());
}

void RwRun::lockShared(tbb::queuing_rw_mutex::scoped_lock& node)
{
    if (m_tbb) node.acquire(m_queuing, false);
    else pthread_rwlock_rdlock(&m_rw);
}

bool RwRun::lockExclusive(tbb::queuing_rw_mutex::scoped_lock& node)
{
    if (m_tbb) {
        node.acquire(m_queuing, true);
        return true;
    }
    while (!m_halt->load(std::memory_order_relaxed)) {
        const timespec until = realtimeIn(20000000);
        if (pthread_rwlock_timedwrlock(&m_rw, &until) == 0) return true;
    }
    return false;
}

void RwRun::unlock(tbb::queuing_rw_mutex::scoped_lock& node)
{
    if (m_tbb) node.release();
    else pthread_rwlock_unlock(&m_rw);
}

void RwRun::reader(WorkerSlot& s)
{
    tbb::queuing_rw_mutex::scoped_lock node;
    const qint64 read = qint64{m_cfg.readUs} * 1000, think = qint64{m_cfg.thinkUs} * 1000;
    const bool live = m_cfg.live;
    qint64 count = 0, hold = 0, waited = 0;
    while (!m_halt->load(std::memory_order_relaxed)) {
        const qint64 t0 = nowNs();
        if (live) store(s.waitSince, t0);
        lockShared(node);
        const qint64 t1 = nowNs();
        s.hist.add(static_cast<std::uint64_t>(t1 - t0));
        store(s.waitNs, waited += t1 - t0);
        if (live) store(s.waitSince, 0);
        if (m_halt->load(std::memory_order_relaxed)) { unlock(node); break; }
        const bool before = m_version.load(std::memory_order_acquire) & 1;
        const qint64 t2 = busyUntil(t1 + read, m_halt);
        const bool after = m_version.load(std::memory_order_acquire) & 1;
        if (before || after) m_exclusionErrors.fetch_add(1, std::memory_order_relaxed);
        unlock(node);
        store(s.count, ++count);
        if (live) store(s.holdNs, hold += t2 - t1);
        if (think > 0) busyUntil(nowNs() + think, m_halt);
    }
}

void RwRun::writerLoop(WorkerSlot& s)
{
    tbb::queuing_rw_mutex::scoped_lock node;
    const qint64 write = qint64{m_cfg.csUs} * 1000, every = qint64{m_cfg.writeEveryMs} * 1000000;
    qint64 count = 0, hold = 0, waited = 0, slept = 0;
    for (;;) {
        const qint64 s0 = nowNs();
        napNs(every, m_halt);
        store(s.sleptNs, slept += nowNs() - s0);
        if (m_halt->load(std::memory_order_relaxed)) break;
        const qint64 t0 = nowNs();
        store(s.waitSince, t0);
        const bool got = lockExclusive(node);
        const qint64 t1 = nowNs();
        // A wait cut short by the end of the run counts with the time it had lasted: a writer
        // that never got in must not report a zero wait.
        s.hist.add(static_cast<std::uint64_t>(t1 - t0));
        store(s.waitNs, waited += t1 - t0);
        store(s.waitSince, 0);
        if (!got) break;
        if (m_halt->load(std::memory_order_relaxed)) { unlock(node); break; }
        m_version.store(m_version.load(std::memory_order_relaxed) + 1, std::memory_order_release); // odd: inside
        const qint64 t2 = busyUntil(t1 + write, m_halt);
        m_version.store(m_version.load(std::memory_order_relaxed) + 1, std::memory_order_release); // even
        unlock(node);
        store(s.count, ++count);
        store(s.holdNs, hold += t2 - t1);
    }
}

RwResult RwRun::result(qint64 endNs)
{
    join();
    RwResult r;
    r.lock = m_lock;
    r.elapsedS = std::max<qint64>(0, endNs - m_beginNs) / 1e9;
    for (const WorkerSlot& s : m_slots) {
        ThreadResult tr;
        tr.count = s.count.load();
        tr.waits.add(s.hist);
        tr.cpuS = s.cpuNs.load() / 1e9;
        r.threads.push_back(std::move(tr));
    }
    r.exclusionErrors = m_exclusionErrors.load();
    r.writesWanted = r.elapsedS * 1000.0 / m_cfg.writeEveryMs;
    return r;
}

} // namespace starvation
