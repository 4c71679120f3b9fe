#pragma once
// The emulated interpreter lock, on a real std::mutex and std::condition_variable.
//
//  New  — CPython >= 3.2, Python/ceval_gil.c: take_gil() waits on gil->cond for the switch
//         interval; if it timed out and no switch happened meanwhile, it sets the drop request
//         (SET_GIL_DROP_REQUEST). The holder sees the request between two ticks through the eval
//         breaker (a relaxed atomic load), calls drop_gil() and, with FORCE_SWITCHING, waits on
//         switch_cond until another thread has taken the lock before it calls take_gil() again.
//  Old  — CPython <= 3.1 (Python/ceval.c, Python/thread_pthread.h): every check_interval ticks
//         the holder releases the lock (locked = 0, signal lock_released) and at once acquires
//         it again. The woken waiter usually finds it taken again: a failed wake-up.
//  None — free-threaded (PEP 703): no global lock; take/drop do nothing.
//
// Every wait observes halt() (which ends the phase or the run): waits are notified by halt()
// and the waiting loops check it, so Stop never waits for a lock that is never released.
#include <QtGlobal>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <vector>

namespace gil {

enum class GilKind { New, Old, None };

// What one emulated thread is doing, for its timeline lane (LaneTrack maps it to a span).
enum class Phase {
    Holding,   // holds the GIL and runs ticks
    Waiting,   // waits for the GIL
    Switching, // new GIL: dropped on request, waits until another thread has taken it
    Io,        // blocking I/O without the GIL
    Free,      // runs ticks without any lock (free-threaded)
    Done,      // finished its ticks, waits for the others
};
constexpr int kPhaseCount = 6;
enum class Mark { DropRequest, FailedWakeup };

// Told about state changes, never from the tick loop. The lock reports a release and an
// acquisition while it holds its mutex, so the lanes of two threads never show both holding.
class Observer {
public:
    virtual ~Observer() = default;
    virtual qint64 enter(Phase p) = 0;               // now; returns that time (-1: no change)
    virtual void enterAt(Phase p, qint64 atUs) = 0;  // at a time read earlier with nowUs()
    virtual qint64 nowUs() const = 0;
    virtual void mark(Mark m) = 0;
};

struct GilStats {
    qint64 acquisitions = 0;
    qint64 switches = 0;          // the lock went to another thread than its last holder
    qint64 contendedReleases = 0; // releases while another thread was waiting ...
    qint64 reacquiredSame = 0;    // ... after which the releaser itself took it again
    qint64 dropRequests = 0;      // new: drop requests set (0 -> 1)
    qint64 failedWakeups = 0;     // a waiter woken by a signal found the lock taken
    qint64 forcedWaits = 0;       // new: drops on request that waited for the switch
    std::vector<qint64> handoffNs; // new: drop request -> another thread holds the lock
    double reacquireSamePct() const
    {
        return contendedReleases > 0 ? 100.0 * static_cast<double>(reacquiredSame) / static_cast<double>(contendedReleases) : 0.0;
    }
};

class Interp {
public:
    static constexpr std::uint32_t kDropRequest = 1u, kHalt = 2u;

    Interp(GilKind kind, double switchIntervalMs, int checkInterval);
    Interp(const Interp&) = delete;
    Interp& operator=(const Interp&) = delete;

    GilKind kind() const { return m_kind; }
    int checkInterval() const { return m_checkInterval; }
    // The eval breaker: the holder loads it (relaxed) between two ticks.
    const std::atomic<std::uint32_t>& breaker() const { return m_breaker; }

    // take_gil(). Returns false, holding nothing, once halted.
    bool take(int me, Observer* obs);
    // drop_gil(). next: what the thread does once the lock is released (Io around a blocking
    // call, Done when it leaves; final: no forced switching, like CPython's last release).
    void drop(int me, Observer* obs, Phase next, bool final = false);
    // The eval breaker fired: honours a drop request (drop, then take again). False if halted.
    bool serviceBreaker(int me, Observer* obs);
    // Old GIL, every check_interval ticks: release, signal a waiter, acquire again. False if halted.
    bool periodicSwitch(int me, Observer* obs);

    // Ends every wait and makes the holder leave its tick loop (phase over, or Stop).
    void halt();
    bool halted() const { return m_halted.load(std::memory_order_acquire); }

    GilStats stats(bool withHandoffs) const;

private:
    bool takeNew(int me, Observer* obs, std::unique_lock<std::mutex>& lk);
    bool takeOld(int me, Observer* obs, std::unique_lock<std::mutex>& lk);
    void acquired(int me, Observer* obs); // m_mutex held: the lock is ours now
    void requestDrop(Observer* obs);
    static qint64 nowNs();

    const GilKind m_kind;
    const std::chrono::microseconds m_interval;
    const int m_checkInterval;
    std::atomic<std::uint32_t> m_breaker{0};
    std::atomic<bool> m_halted{false};

    mutable std::mutex m_mutex;      // gil->mutex
    std::condition_variable m_cond;  // gil->cond (old: lock_released)
    bool m_locked = false;
    int m_holder = -1;
    int m_waiters = 0;
    bool m_contendedPending = false; // the last release happened while someone waited
    int m_releaser = -1;
    qint64 m_dropRequestNs = 0;      // when the pending drop request was set
    qint64 m_acquiredUs = -1;        // timeline time of the last acquisition that changed a lane
    GilStats m_stats;                // guarded by m_mutex (forcedWaits: by m_switchMutex)

    mutable std::mutex m_switchMutex;     // gil->switch_mutex
    std::condition_variable m_switchCond; // gil->switch_cond
    int m_lastHolder = -1;                // gil->last_holder
    quint64 m_switchNumber = 0;           // gil->switch_number (also read under m_mutex)
    qint64 m_forcedWaits = 0;
};

} // namespace gil
