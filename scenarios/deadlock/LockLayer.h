#pragma once
// The instrumented lock layer: real std::timed_mutex locks that tell a registry who owns them
// and who waits for them, and that wait in short timed slices so a waiting thread notices a
// stop request. The deadlock is real (the threads really block on each other's mutexes);
// only the way they wait lets Stop end it.
#include "WaitGraph.h"

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <vector>

namespace lab { class Recorder; }

namespace deadlock {

// Thrown out of a blocking wait when the run is stopping (std::lock/std::scoped_lock release
// what they took and rethrow it).
struct Stopped {};

// What the lock layer needs from the thread that calls it. Each worker thread installs one.
class LockClient {
public:
    explicit LockClient(int worker) : m_worker(worker) {}
    virtual ~LockClient() = default;
    int worker() const { return m_worker; }
    virtual bool stopping() const = 0;
    virtual void onSlice() = 0; // called after every wait slice (live timeline chunks)

    static LockClient* current();
    static void setCurrent(LockClient* c);

private:
    int m_worker;
};

// Knows owners and waiters. One small mutex of its own; every change bumps a version.
class WaitRegistry {
public:
    WaitRegistry(const QStringList& workers, const QStringList& locks, const lab::Recorder* clock);

    void beginWait(int worker, int lock, bool timed);
    void endWait(int worker); // gave up (timeout or stop)
    void acquired(int worker, int lock);
    void released(int worker, int lock);

    struct Snapshot {
        WaitGraph graph;
        std::vector<qint64> waitSinceUs; // per worker, when its current wait began
        quint64 version = 0;
    };
    Snapshot snapshot() const;
    quint64 version() const;

private:
    const lab::Recorder* m_clock;
    mutable std::mutex m_mutex;
    WaitGraph m_graph;
    std::vector<qint64> m_waitSince;
    quint64 m_version = 0;
};

// A real mutex with an identity in the registry. Meets Lockable and TimedLockable, so
// std::unique_lock, std::lock and std::scoped_lock work with it. Its timed waits go through
// lab::tryLockFor (lab/Sanitizers.h) so that ThreadSanitizer sees them.
class InstrumentedLock {
public:
    static constexpr auto kSlice = std::chrono::milliseconds(20);

    InstrumentedLock(WaitRegistry& reg, int index) : m_reg(reg), m_index(index) {}
    InstrumentedLock(const InstrumentedLock&) = delete;
    InstrumentedLock& operator=(const InstrumentedLock&) = delete;

    int index() const { return m_index; }
    // Blocks until the lock is ours (an unbounded wait: a deadlock can form here). Throws
    // Stopped if the run stops first.
    void lock();
    // Never waits: no wait-for edge.
    bool try_lock();
    // A bounded wait: gives up after d (a timed edge in the graph). Throws Stopped on stop.
    bool try_lock_for(std::chrono::milliseconds d);
    template <class Rep, class Period>
    bool try_lock_for(const std::chrono::duration<Rep, Period>& d)
    {
        return try_lock_for(std::chrono::duration_cast<std::chrono::milliseconds>(d));
    }
    void unlock();

private:
    WaitRegistry& m_reg;
    const int m_index;
    std::timed_mutex m_mutex;
};

// The waiter of the dining philosophers: admits at most `permits` workers at the table.
// Waits in slices like the locks (not part of the wait-for graph: it cannot close a cycle).
class Arbitrator {
public:
    explicit Arbitrator(int permits) : m_free(permits) {}
    void acquire(); // throws Stopped
    void release();

private:
    std::mutex m_mutex;
    std::condition_variable m_cv;
    int m_free;
};

} // namespace deadlock
