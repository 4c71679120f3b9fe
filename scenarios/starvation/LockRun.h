#pragma once
// The engine of the `lock` variant for one lock: N real threads loop lock / critical section /
// unlock / think until *halt. Every figure a worker keeps lives in its own cache line (relaxed
// stores, no read-modify-write on the uncontended path); the monitor reads them while it runs.
// The critical section updates the lock's protected record (whose streak it is, a plain counter
// that checks mutual exclusion), as real critical sections touch the data their lock protects.
#include "Locks.h"
#include "Starvation.h"
#include "Stats.h"

#include <oneapi/tbb/queuing_mutex.h>

#include <atomic>
#include <latch>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace starvation {

struct ThreadResult {
    qint64 count = 0;   // acquisitions (lock), reads or writes (rwlock)
    WaitCounts waits;   // per acquisition, uncontended ones as 0
    double cpuS = 0;    // CPU time of the thread
};

struct LockResult {
    QString lock;
    double elapsedS = 0;
    std::vector<ThreadResult> threads;
    qint64 longestStreak = 0;   // consecutive acquisitions by one thread while others waited
    int streakThread = -1;
    qint64 exclusionErrors = 0; // acquisitions the protected counter missed (0 if the lock works)
    qint64 switches = 0, handOffs = 0; // starvation_mode only
};

// Busy work until the monotonic clock reaches `until` (ns) or the run stops; returns the last
// clock reading.
qint64 busyUntil(qint64 until, const std::atomic<bool>* halt);
inline void store(std::atomic<qint64>& a, qint64 v) { a.store(v, std::memory_order_relaxed); }

// What one worker publishes (its own cache line; it is the only writer).
struct alignas(64) WorkerSlot {
    std::atomic<qint64> count{0};     // acquisitions (reads, writes)
    std::atomic<qint64> holdNs{0};    // live only: time inside the lock
    std::atomic<qint64> waitNs{0};    // finished waits
    std::atomic<qint64> waitSince{0}; // live only: start of the current wait, 0 if none
    std::atomic<qint64> sleptNs{0};   // rwlock writer: time between writes
    std::atomic<qint64> cpuNs{0};     // at the end
    WaitHistogram hist;
    SemaWaiter waiter;                // starvation_mode: this thread's place in the queue
    // Nanoseconds waited so far in total (finished waits plus the current one).
    qint64 waitedNs(qint64 now) const
    {
        const qint64 since = waitSince.load(std::memory_order_relaxed);
        const qint64 done = waitNs.load(std::memory_order_relaxed);
        return done + (since > 0 && now > since ? now - since : 0);
    }
};

class LockRun {
public:
    using Slot = WorkerSlot;

    LockRun(const Config& cfg, const QString& lock, const std::atomic<bool>* halt);
    ~LockRun(); // joins (the workers stop on *halt)
    LockRun(const LockRun&) = delete;
    LockRun& operator=(const LockRun&) = delete;

    void start(); // creates the threads and releases them together; throws if it cannot
    qint64 beginNs() const { return m_beginNs; }
    int threads() const { return m_cfg.threads; }
    const Slot& slot(int t) const { return m_slots[static_cast<size_t>(t)]; }
    qint64 waitedNs(int t, qint64 now) const { return slot(t).waitedNs(now); }
    // The longest streak so far (updated inside the critical section when it grows).
    qint64 longestStreak() const { return m_longestLive.load(std::memory_order_relaxed); }
    bool finished() const { return m_running.load(std::memory_order_acquire) == 0; }
    // Joins the workers and gathers the figures (endNs: when the monitor set *halt).
    LockResult result(qint64 endNs);

private:
    struct alignas(64) Protected {
        int owner = -1;
        qint64 streak = 0;
        qint64 longest = 0;
        int longestOwner = -1;
        qint64 count = 0;
    };
    template <class Handle> void work(int t, Handle& h);
    void worker(int t);
    void enter(int t);
    void join();

    const Config m_cfg;
    const QString m_lock;
    const std::atomic<bool>* m_halt;
    std::vector<Slot> m_slots;
    std::vector<std::jthread> m_threads;
    std::unique_ptr<std::latch> m_start;
    std::atomic<int> m_running{0};
    std::atomic<bool> m_aborted{false};
    qint64 m_beginNs = 0;

    alignas(64) std::atomic<int> m_waiting{0}; // threads inside a contended lock()
    Protected m_shared;
    std::atomic<qint64> m_longestLive{0};      // m_shared.longest, for the monitor
    alignas(64) std::mutex m_std;
    alignas(64) SpinLock m_spin;
    alignas(64) TicketLock m_ticket;
    alignas(64) tbb::queuing_mutex m_queuing;
    alignas(64) GoMutex m_go;
};

} // namespace starvation
