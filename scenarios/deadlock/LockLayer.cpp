#include "LockLayer.h"

#include "lab/Recorder.h"
#include "lab/Sanitizers.h"

namespace deadlock {

namespace {
thread_local LockClient* t_client = nullptr;

LockClient& client()
{
    // Every thread that takes an instrumented lock installs a client first; a missing one is a
    // programming error in the scenario.
    Q_ASSERT(t_client);
    return *t_client;
}
} // namespace

LockClient* LockClient::current() { return t_client; }
void LockClient::setCurrent(LockClient* c) { t_client = c; }

WaitRegistry::WaitRegistry(const QStringList& workers, const QStringList& locks, const lab::Recorder* clock)
    : m_clock(clock)
{
    m_graph.workers = workers;
    m_graph.locks = locks;
    m_graph.resize(static_cast<int>(workers.size()), static_cast<int>(locks.size()));
    m_waitSince.assign(static_cast<size_t>(workers.size()), 0);
}

void WaitRegistry::beginWait(int worker, int lock, bool timed)
{
    const qint64 now = m_clock->nowUs();
    std::lock_guard g(m_mutex);
    m_graph.waitsFor[static_cast<size_t>(worker)] = lock;
    m_graph.timed[static_cast<size_t>(worker)] = timed;
    m_waitSince[static_cast<size_t>(worker)] = now;
    ++m_version;
}

void WaitRegistry::endWait(int worker)
{
    std::lock_guard g(m_mutex);
    m_graph.waitsFor[static_cast<size_t>(worker)] = -1;
    m_graph.timed[static_cast<size_t>(worker)] = false;
    ++m_version;
}

void WaitRegistry::acquired(int worker, int lock)
{
    std::lock_guard g(m_mutex);
    m_graph.waitsFor[static_cast<size_t>(worker)] = -1;
    m_graph.timed[static_cast<size_t>(worker)] = false;
    m_graph.owner[static_cast<size_t>(lock)] = worker;
    ++m_version;
}

void WaitRegistry::released(int worker, int lock)
{
    std::lock_guard g(m_mutex);
    if (m_graph.owner[static_cast<size_t>(lock)] == worker) m_graph.owner[static_cast<size_t>(lock)] = -1;
    ++m_version;
}

WaitRegistry::Snapshot WaitRegistry::snapshot() const
{
    std::lock_guard g(m_mutex);
    return {m_graph, m_waitSince, m_version};
}

quint64 WaitRegistry::version() const
{
    std::lock_guard g(m_mutex);
    return m_version;
}

void InstrumentedLock::lock()
{
    LockClient& c = client();
    if (m_mutex.try_lock()) { m_reg.acquired(c.worker(), m_index); return; }
    m_reg.beginWait(c.worker(), m_index, false);
    // A real futex wait on the mutex, cut into slices only to look at the stop request.
    while (!lab::tryLockFor(m_mutex, kSlice)) {
        if (c.stopping()) {
            m_reg.endWait(c.worker());
            throw Stopped{};
        }
        c.onSlice();
    }
    m_reg.acquired(c.worker(), m_index);
}

bool InstrumentedLock::try_lock()
{
    if (!m_mutex.try_lock()) return false;
    m_reg.acquired(client().worker(), m_index);
    return true;
}

bool InstrumentedLock::try_lock_for(std::chrono::milliseconds d)
{
    LockClient& c = client();
    if (m_mutex.try_lock()) { m_reg.acquired(c.worker(), m_index); return true; }
    m_reg.beginWait(c.worker(), m_index, true);
    const auto deadline = std::chrono::steady_clock::now() + d;
    for (;;) {
        const auto left = deadline - std::chrono::steady_clock::now();
        if (left <= std::chrono::steady_clock::duration::zero()) break;
        if (lab::tryLockFor(m_mutex, std::min<std::chrono::steady_clock::duration>(left, kSlice))) {
            m_reg.acquired(c.worker(), m_index);
            return true;
        }
        if (c.stopping()) {
            m_reg.endWait(c.worker());
            throw Stopped{};
        }
        c.onSlice();
    }
    m_reg.endWait(c.worker());
    return false;
}

void InstrumentedLock::unlock()
{
    // Forget the owner first, so the graph never shows a lock with an owner that let it go.
    m_reg.released(client().worker(), m_index);
    m_mutex.unlock();
}

void Arbitrator::acquire()
{
    LockClient& c = client();
    std::unique_lock g(m_mutex);
    while (m_free == 0) {
        m_cv.wait_for(g, InstrumentedLock::kSlice);
        if (m_free > 0) break;
        if (c.stopping()) throw Stopped{};
        g.unlock();
        c.onSlice();
        g.lock();
    }
    --m_free;
}

void Arbitrator::release()
{
    {
        std::lock_guard g(m_mutex);
        ++m_free;
    }
    m_cv.notify_one();
}

} // namespace deadlock
