#include "Locks.h"

#include "Platform.h"

#include <climits>

#include <linux/futex.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace starvation {

namespace {
void futexWait(std::atomic<int>* word, int expected)
{
    // Returns at once if *word != expected (EAGAIN), on a wake-up, or spuriously: callers loop.
    syscall(SYS_futex, reinterpret_cast<int*>(word), FUTEX_WAIT_PRIVATE, expected, nullptr, nullptr, 0);
}

void futexWake(std::atomic<int>* word)
{
    syscall(SYS_futex, reinterpret_cast<int*>(word), FUTEX_WAKE_PRIVATE, 1, nullptr, nullptr, 0);
}
} // namespace

void GoSema::push(SemaWaiter& w, bool front)
{
    w.prev = w.next = nullptr;
    if (!m_head) {
        m_head = m_tail = &w;
    } else if (front) {
        w.next = m_head;
        m_head->prev = &w;
        m_head = &w;
    } else {
        w.prev = m_tail;
        m_tail->next = &w;
        m_tail = &w;
    }
}

SemaWaiter* GoSema::popFront()
{
    SemaWaiter* w = m_head;
    if (!w) return nullptr;
    m_head = w->next;
    if (m_head) m_head->prev = nullptr; else m_tail = nullptr;
    w->next = nullptr;
    return w;
}

// runtime_SemacquireMutex: take a unit of the count, or sleep in the queue until a release
// wakes us (and, with hand-off, gives us its unit directly).
void GoSema::acquire(SemaWaiter& w, bool lifo)
{
    for (;;) {
        {
            std::lock_guard<std::mutex> g(m_guard);
            if (m_count > 0) { --m_count; return; }
            w.ready.store(0, std::memory_order_relaxed);
            w.handedOff = false;
            push(w, lifo);
        }
        while (w.ready.load(std::memory_order_acquire) == 0) futexWait(&w.ready, 0);
        if (w.handedOff) return;
        std::lock_guard<std::mutex> g(m_guard);
        if (m_count > 0) { --m_count; return; }
        // Another thread took the unit first: queue again.
    }
}

// runtime_Semrelease: add a unit and wake the first sleeper; with hand-off the unit is its.
void GoSema::release(bool handoff)
{
    SemaWaiter* w = nullptr;
    {
        std::lock_guard<std::mutex> g(m_guard);
        ++m_count;
        w = popFront();
        if (!w) return;
        if (handoff && m_count > 0) {
            --m_count;
            w->handedOff = true;
        }
        w->ready.store(1, std::memory_order_release);
    }
    // The waiter belongs to a thread that outlives every lock operation of the run, so waking
    // its word after it has already seen `ready` is harmless.
    futexWake(&w->ready);
    if (handoff) std::this_thread::yield(); // Go: goyield(), so the new owner runs at once
}

// Go's lockSlow, without the active spinning.
void GoMutex::lockSlow(SemaWaiter& self)
{
    std::int64_t waitStart = 0;
    bool starving = false, awoke = false;
    std::uint32_t old = m_state.load(std::memory_order_relaxed);
    for (;;) {
        std::uint32_t next = old;
        if (!(old & kStarving)) next |= kLocked;                 // normal mode: try to take it
        if (old & (kLocked | kStarving)) next += kWaiter;        // we will have to wait
        if (starving && (old & kLocked)) next |= kStarving;      // we waited too long: switch
        if (awoke) next &= ~kWoken;                              // we were the woken waiter
        if (!m_state.compare_exchange_weak(old, next, std::memory_order_acquire, std::memory_order_relaxed))
            continue; // `old` was reloaded
        if (!(old & (kLocked | kStarving))) return;              // took it with the CAS
        if ((next & kStarving) && !(old & kStarving)) m_switches.fetch_add(1, std::memory_order_relaxed);
        const bool lifo = waitStart != 0;                        // waited before: back to the front
        if (waitStart == 0) waitStart = platform::nowNs();
        m_sema.acquire(self, lifo);
        starving = starving || platform::nowNs() - waitStart > m_thresholdNs;
        old = m_state.load(std::memory_order_relaxed);
        if (old & kStarving) {
            // Handed off: the mutex is ours, but `locked` is not set and we still count as a
            // waiter. Leave starvation mode if we did not wait long or nobody else waits.
            std::uint32_t delta = kLocked - kWaiter;
            if (!starving || (old >> kWaiterShift) == 1) delta -= kStarving;
            m_state.fetch_add(delta, std::memory_order_acquire);
            return;
        }
        awoke = true;
    }
}

// Go's unlockSlow: in normal mode wake one waiter (who will compete); in starvation mode hand
// the mutex to the first waiter.
void GoMutex::unlockSlow(std::uint32_t state)
{
    if (state & kStarving) {
        m_handOffs.fetch_add(1, std::memory_order_relaxed);
        m_sema.release(true);
        return;
    }
    std::uint32_t old = state;
    for (;;) {
        // No waiters, or one was already woken, or someone took the lock: nobody to wake.
        if ((old >> kWaiterShift) == 0 || (old & (kLocked | kWoken | kStarving))) return;
        const std::uint32_t next = (old - kWaiter) | kWoken;
        if (m_state.compare_exchange_weak(old, next, std::memory_order_release, std::memory_order_relaxed)) {
            m_sema.release(false);
            return;
        }
    }
}

} // namespace starvation
