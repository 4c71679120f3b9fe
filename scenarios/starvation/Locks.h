#pragma once
// The locks of the `lock` variant that are written here, each a real lock (no simulation):
//   SpinLock     test-and-test-and-set, unfair: whoever sees it free first wins
//   TicketLock   FIFO: take a number, wait until it is served
//   GoMutex      Go's sync.Mutex policy: barging in normal mode, hand-off in starvation mode
// glibc's std::mutex and oneTBB's queuing_mutex are used as they are (LockRun.cpp).
//
// Waiters spin briefly, then yield the processor (as oneTBB's spin_mutex and queuing_mutex do),
// so that a lock still works when there are more threads than CPUs.
#include <atomic>
#include <cstdint>
#include <mutex>
#include <thread>

namespace starvation {

inline void cpuRelax()
{
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#elif defined(__aarch64__)
    asm volatile("yield" ::: "memory");
#else
    asm volatile("" ::: "memory");
#endif
}

// Exponential pause (1, 2, 4 ... 16 pauses), then sched_yield: oneTBB's atomic_backoff.
class Backoff {
public:
    void pause()
    {
        if (m_count <= 16) {
            for (int i = 0; i < m_count; ++i) cpuRelax();
            m_count *= 2;
        } else {
            std::this_thread::yield();
        }
    }

private:
    int m_count = 1;
};

// Test-and-test-and-set: wait while the flag reads "locked" (a plain load that stays in the
// cache), then try to swap it. Nothing orders the waiters.
class SpinLock {
public:
    bool try_lock()
    {
        return !m_locked.load(std::memory_order_relaxed) && !m_locked.exchange(true, std::memory_order_acquire);
    }
    void lock()
    {
        Backoff b;
        while (m_locked.exchange(true, std::memory_order_acquire))
            while (m_locked.load(std::memory_order_relaxed)) b.pause();
    }
    void unlock() { m_locked.store(false, std::memory_order_release); }

private:
    std::atomic<bool> m_locked{false};
};

// The ticket lock: like the numbered tickets at a counter. lock() takes the next number with
// one fetch_add and waits until `serving` shows it; unlock() serves the next number. Threads
// enter in the order they took their numbers (FIFO), so none can be overtaken forever.
class TicketLock {
public:
    bool try_lock()
    {
        // Only when no one holds or waits: the number being served is the next to be given.
        std::uint32_t s = m_serving.load(std::memory_order_acquire);
        return m_next.compare_exchange_strong(s, s + 1, std::memory_order_acquire, std::memory_order_relaxed);
    }
    void lock()
    {
        const std::uint32_t mine = m_next.fetch_add(1, std::memory_order_relaxed);
        Backoff b;
        while (m_serving.load(std::memory_order_acquire) != mine) b.pause();
    }
    void unlock()
    {
        // Only the holder writes `serving`: a load and a store suffice.
        m_serving.store(m_serving.load(std::memory_order_relaxed) + 1, std::memory_order_release);
    }

private:
    alignas(64) std::atomic<std::uint32_t> m_next{0};
    alignas(64) std::atomic<std::uint32_t> m_serving{0};
};

// A waiter's place in GoSema's queue. One per thread, alive for the whole run.
struct SemaWaiter {
    std::atomic<int> ready{0}; // futex word: 0 = asleep, 1 = woken
    bool handedOff = false;    // written before `ready` by the releaser
    SemaWaiter* prev = nullptr;
    SemaWaiter* next = nullptr;
};

// The semaphore Go's mutex sleeps on (runtime_SemacquireMutex / runtime_Semrelease): a count and
// a queue of sleepers; `lifo` puts a waiter back at the front; `handoff` gives the count
// directly to the first waiter. Sleeping is a futex wait on the waiter's own word.
class GoSema {
public:
    void acquire(SemaWaiter& w, bool lifo);
    void release(bool handoff);

private:
    void push(SemaWaiter& w, bool front);
    SemaWaiter* popFront();

    std::mutex m_guard;
    int m_count = 0;
    SemaWaiter* m_head = nullptr;
    SemaWaiter* m_tail = nullptr;
};

// Go's sync.Mutex (src/sync/mutex.go, now src/internal/sync/mutex.go), ported: in normal mode a
// woken waiter competes with newly arriving threads and usually loses (barging); a waiter that
// has waited longer than the threshold (Go: 1 ms) switches the mutex to starvation mode, where
// unlock hands ownership directly to the first waiter and newcomers queue at the tail; the mode
// ends when the new owner is the last waiter or waited less than the threshold. Go's brief
// active spinning before sleeping is left out.
class GoMutex {
public:
    explicit GoMutex(std::int64_t thresholdNs) : m_thresholdNs(thresholdNs) {}
    bool try_lock()
    {
        std::uint32_t old = m_state.load(std::memory_order_relaxed);
        if (old & (kLocked | kStarving)) return false;
        return m_state.compare_exchange_strong(old, old | kLocked, std::memory_order_acquire, std::memory_order_relaxed);
    }
    void lock(SemaWaiter& self)
    {
        std::uint32_t zero = 0;
        if (m_state.compare_exchange_strong(zero, kLocked, std::memory_order_acquire, std::memory_order_relaxed)) return;
        lockSlow(self);
    }
    void unlock()
    {
        const std::uint32_t now = m_state.fetch_sub(kLocked, std::memory_order_release) - kLocked;
        if (now != 0) unlockSlow(now);
    }
    // How often the mutex entered starvation mode, and how many times unlock handed it off.
    std::int64_t starvationSwitches() const { return m_switches.load(std::memory_order_relaxed); }
    std::int64_t handOffs() const { return m_handOffs.load(std::memory_order_relaxed); }

private:
    static constexpr std::uint32_t kLocked = 1, kWoken = 2, kStarving = 4, kWaiterShift = 3;
    static constexpr std::uint32_t kWaiter = 1u << kWaiterShift;
    void lockSlow(SemaWaiter& self);
    void unlockSlow(std::uint32_t state);

    const std::int64_t m_thresholdNs;
    std::atomic<std::uint32_t> m_state{0};
    GoSema m_sema;
    std::atomic<std::int64_t> m_switches{0};
    std::atomic<std::int64_t> m_handOffs{0};
};

} // namespace starvation
