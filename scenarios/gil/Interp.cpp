#include "Interp.h"

#include <algorithm>

namespace gil {

namespace {
constexpr size_t kMaxHandoffSamples = 200000;
// The old GIL's waits are untimed in CPython; here they are bounded so that a lost notify can
// never hang a phase (a timeout is not a wake-up: it is not counted as a failed one).
constexpr auto kOldWaitSlice = std::chrono::milliseconds(100);
} // namespace

Interp::Interp(GilKind kind, double switchIntervalMs, int checkInterval)
    : m_kind(kind),
      m_interval(std::max<qint64>(1, static_cast<qint64>(switchIntervalMs * 1000.0 + 0.5))),
      m_checkInterval(std::max(1, checkInterval))
{
}

qint64 Interp::nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

bool Interp::take(int me, Observer* obs)
{
    if (m_kind == GilKind::None) {
        if (obs) obs->enter(Phase::Free);
        return !halted();
    }
    std::unique_lock lk(m_mutex);
    return m_kind == GilKind::New ? takeNew(me, obs, lk) : takeOld(me, obs, lk);
}

// take_gil() of Python/ceval_gil.c (3.2 and later), without the eval-breaker bookkeeping.
bool Interp::takeNew(int me, Observer* obs, std::unique_lock<std::mutex>& lk)
{
    if (m_locked && !halted()) {
        if (obs) obs->enter(Phase::Waiting);
        ++m_waiters;
        while (m_locked && !halted()) {
            const quint64 saved = m_switchNumber;
            const bool timedOut = m_cond.wait_for(lk, m_interval) == std::cv_status::timeout;
            if (!m_locked || halted()) break;
            if (timedOut) {
                // Timed out and no switch happened meanwhile: ask the holder to drop the GIL.
                if (m_switchNumber == saved) requestDrop(obs);
            } else {
                ++m_stats.failedWakeups; // signalled, but another thread took the lock first
                if (obs) obs->mark(Mark::FailedWakeup);
            }
        }
        --m_waiters;
    }
    if (halted()) return false;
    acquired(me, obs);
    return true;
}

// PyThread_acquire_lock(interpreter_lock, 1) of CPython 2 (the mutex + condition variable
// version of Python/thread_pthread.h): wait until `locked` is clear, then set it.
bool Interp::takeOld(int me, Observer* obs, std::unique_lock<std::mutex>& lk)
{
    if (m_locked && !halted()) {
        if (obs) obs->enter(Phase::Waiting);
        ++m_waiters;
        while (m_locked && !halted()) {
            const bool signalled = m_cond.wait_for(lk, kOldWaitSlice) == std::cv_status::no_timeout;
            if (signalled && m_locked && !halted()) {
                ++m_stats.failedWakeups; // woken by the release, but the releaser took it again
                if (obs) obs->mark(Mark::FailedWakeup);
            }
        }
        --m_waiters;
    }
    if (halted()) return false;
    acquired(me, obs);
    return true;
}

void Interp::acquired(int me, Observer* obs)
{
    m_locked = true;
    m_holder = me;
    if (obs) {
        const qint64 at = obs->enter(Phase::Holding);
        if (at >= 0) m_acquiredUs = at;
    }
    ++m_stats.acquisitions;
    if (m_contendedPending) {
        m_contendedPending = false;
        ++m_stats.contendedReleases;
        if (m_releaser == me) ++m_stats.reacquiredSame;
    }
    {
        std::lock_guard s(m_switchMutex);
        if (m_lastHolder != me) {
            if (m_lastHolder >= 0) ++m_stats.switches;
            m_lastHolder = me;
            ++m_switchNumber;
        }
        m_switchCond.notify_all(); // a thread in drop_gil's forced switching may go on
    }
    if (m_breaker.load(std::memory_order_relaxed) & kDropRequest)
        m_breaker.fetch_and(~kDropRequest, std::memory_order_relaxed); // RESET_GIL_DROP_REQUEST
    if (m_dropRequestNs != 0) {
        if (m_stats.handoffNs.size() < kMaxHandoffSamples) m_stats.handoffNs.push_back(nowNs() - m_dropRequestNs);
        m_dropRequestNs = 0;
    }
}

void Interp::requestDrop(Observer* obs)
{
    const std::uint32_t before = m_breaker.fetch_or(kDropRequest, std::memory_order_relaxed);
    if (before & kDropRequest) return;
    ++m_stats.dropRequests;
    m_dropRequestNs = nowNs();
    if (obs) obs->mark(Mark::DropRequest);
}

void Interp::drop(int me, Observer* obs, Phase next, bool final)
{
    if (m_kind == GilKind::None) {
        if (obs) obs->enter(next);
        return;
    }
    {
        std::lock_guard lk(m_mutex);
        if (!m_locked || m_holder != me) return;
        if (obs) obs->enter(next);
        m_locked = false;
        m_holder = -1;
        if (m_waiters > 0) {
            m_contendedPending = true;
            m_releaser = me;
        }
        if (m_kind == GilKind::New) m_cond.notify_one(); // drop_gil signals under the mutex
    }
    if (m_kind == GilKind::Old) {
        m_cond.notify_one(); // PyThread_release_lock signals after unlocking the mutex
        return;
    }
    // FORCE_SWITCHING: after a drop request, wait until another thread took the lock, so that
    // this thread cannot take it back at once.
    if (final || !(m_breaker.load(std::memory_order_relaxed) & kDropRequest)) return;
    std::unique_lock s(m_switchMutex);
    if (m_lastHolder != me) return;
    m_breaker.fetch_and(~kDropRequest, std::memory_order_relaxed); // RESET_GIL_DROP_REQUEST
    ++m_forcedWaits;
    m_switchCond.wait(s, [&] { return m_lastHolder != me || halted(); });
}

bool Interp::serviceBreaker(int me, Observer* obs)
{
    const std::uint32_t b = m_breaker.load(std::memory_order_relaxed);
    if (b & kHalt) return false;
    if (!(b & kDropRequest) || m_kind != GilKind::New) return true;
    drop(me, obs, Phase::Switching);
    return take(me, obs);
}

// The old eval loop every check_interval ticks: PyThread_release_lock, then at once
// PyThread_acquire_lock. Only a contended release reads the clock (for the timeline).
bool Interp::periodicSwitch(int me, Observer* obs)
{
    if (m_kind != GilKind::Old) return !halted();
    std::unique_lock lk(m_mutex);
    if (!m_locked || m_holder != me) return !halted();
    m_locked = false;
    m_holder = -1;
    const qint64 acquisitions = m_stats.acquisitions;
    qint64 releasedUs = -1;
    if (m_waiters > 0) {
        m_contendedPending = true;
        m_releaser = me;
        if (obs) releasedUs = obs->nowUs();
    }
    lk.unlock();
    m_cond.notify_one();
    lk.lock();
    if (obs && !halted() && (m_locked || m_stats.acquisitions != acquisitions)) {
        // Another thread had it meanwhile (it may even have released it already): this one
        // waited since its release (or, if nobody was waiting then, since the other thread's
        // acquisition, which came after it).
        obs->enterAt(Phase::Waiting, releasedUs >= 0 ? releasedUs : m_acquiredUs >= 0 ? m_acquiredUs : obs->nowUs());
    }
    return takeOld(me, obs, lk);
}

void Interp::halt()
{
    m_halted.store(true, std::memory_order_release);
    m_breaker.fetch_or(kHalt, std::memory_order_relaxed);
    {
        std::lock_guard lk(m_mutex); // a waiter checks `halted` under this mutex: no lost wake-up
        m_cond.notify_all();
    }
    std::lock_guard s(m_switchMutex);
    m_switchCond.notify_all();
}

GilStats Interp::stats(bool withHandoffs) const
{
    std::lock_guard lk(m_mutex);
    GilStats s;
    if (withHandoffs) {
        s = m_stats;
    } else {
        s.acquisitions = m_stats.acquisitions;
        s.switches = m_stats.switches;
        s.contendedReleases = m_stats.contendedReleases;
        s.reacquiredSame = m_stats.reacquiredSame;
        s.dropRequests = m_stats.dropRequests;
        s.failedWakeups = m_stats.failedWakeups;
    }
    std::lock_guard sw(m_switchMutex);
    s.forcedWaits = m_forcedWaits;
    return s;
}

} // namespace gil
