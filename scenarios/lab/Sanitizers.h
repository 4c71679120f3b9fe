#pragma once
// What ThreadSanitizer cannot see by itself, told to it explicitly. Everything here compiles to
// nothing (or to the plain call) in a build without -fsanitize=thread.
//
// TSan learns about synchronisation from instrumented code and from the libc calls it
// intercepts. Three kinds of real synchronisation escape it, and all show up as false reports
// in pplab's own code unless annotated here:
// - oneTBB's scheduler (libtbb.so is not instrumented): the hand-over of a task from the thread
//   that spawns it to the worker that runs it, and the join at the end of a parallel loop.
//   Use lab::TsanForkJoin around the body of a parallel algorithm.
// - timed locks on std::steady_clock: libstdc++ 12 implements std::timed_mutex::try_lock_for
//   with pthread_mutex_clocklock (and std::shared_timed_mutex with pthread_rwlock_clock*lock),
//   which GCC 12's libtsan does not intercept: TSan never learns that the lock was taken and
//   reports the unlock as "unlock of an unlocked mutex". Use lab::tryLockFor / tryLockSharedFor.
// - Qt's event queue: a functor queued to another thread (QMetaObject::invokeMethod with
//   Qt::QueuedConnection) crosses a QMutex, which waits on a futex TSan does not see. Wrap the
//   functor in lab::tsanHandOver.
#include <chrono>
#include <utility>

#if defined(__SANITIZE_THREAD__)
#define PPLAB_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define PPLAB_TSAN 1
#endif
#endif

#if defined(PPLAB_TSAN)
#include <sanitizer/tsan_interface.h>
#endif

namespace lab {

// A happens-before edge TSan cannot see: everything a thread did before release(x) happens
// before everything another thread does after a later acquire(x).
inline void tsanRelease([[maybe_unused]] const void* token)
{
#if defined(PPLAB_TSAN)
    __tsan_release(const_cast<void*>(token));
#endif
}
inline void tsanAcquire([[maybe_unused]] const void* token)
{
#if defined(PPLAB_TSAN)
    __tsan_acquire(const_cast<void*>(token));
#endif
}

// The edges of a fork-join parallel loop whose scheduler TSan cannot see (oneTBB):
//     lab::TsanForkJoin fj;            // fork: what the caller did so far is published
//     tbb::parallel_for(..., [&](auto& r) { fj.enterBody(); ...; fj.leaveBody(); });
//     fj.joined();                      // join: every body's work is visible to the caller
// Bodies do not acquire each other's edges, so a real race between two bodies is still found.
class TsanForkJoin {
public:
    TsanForkJoin() { tsanRelease(&m_fork); }
    void enterBody() const { tsanAcquire(&m_fork); }
    void leaveBody() const { tsanRelease(&m_join); }
    void joined() const { tsanAcquire(&m_join); }

private:
    char m_fork = 0;
    char m_join = 0;
};

// A functor that one thread builds and another runs, through a queue TSan cannot see (Qt's
// posted events): it is published where it finally lives (Qt moves it into its slot object
// before posting it), and the thread that calls it acquires it first. Qt's slot object is
// reference counted (atomics in uninstrumented code): whichever thread drops the last reference
// destroys the functor, possibly the poster after the call, so the call releases it again and
// the destructor acquires it.
//     QMetaObject::invokeMethod(obj, lab::tsanHandOver([captures] { ... }), Qt::QueuedConnection);
template <class F>
class TsanHandOver {
public:
    explicit TsanHandOver(F f) : m_f(std::move(f)) { tsanRelease(this); }
    TsanHandOver(TsanHandOver&& o) : m_f(std::move(o.m_f)) { tsanRelease(this); }
    TsanHandOver(const TsanHandOver& o) : m_f(o.m_f) { tsanRelease(this); }
    TsanHandOver& operator=(const TsanHandOver&) = delete;
    ~TsanHandOver() { tsanAcquire(this); }
    void operator()()
    {
        tsanAcquire(this);
        m_f();
        tsanRelease(this);
    }

private:
    F m_f;
};
template <class F>
TsanHandOver<F> tsanHandOver(F f)
{
    return TsanHandOver<F>(std::move(f));
}

// m.try_lock_for(d), with the outcome told to TSan (see above). M: std::timed_mutex,
// std::recursive_timed_mutex, std::shared_timed_mutex or anything with try_lock_for.
template <class M, class Rep, class Period>
bool tryLockFor(M& m, const std::chrono::duration<Rep, Period>& d)
{
#if defined(PPLAB_TSAN)
    __tsan_mutex_pre_lock(&m, __tsan_mutex_try_lock);
    const bool ok = m.try_lock_for(d);
    __tsan_mutex_post_lock(&m, __tsan_mutex_try_lock | (ok ? 0u : __tsan_mutex_try_lock_failed), 0);
    return ok;
#else
    return m.try_lock_for(d);
#endif
}

// m.try_lock_shared_for(d), with the outcome told to TSan (a reader's lock).
template <class M, class Rep, class Period>
bool tryLockSharedFor(M& m, const std::chrono::duration<Rep, Period>& d)
{
#if defined(PPLAB_TSAN)
    __tsan_mutex_pre_lock(&m, __tsan_mutex_try_lock | __tsan_mutex_read_lock);
    const bool ok = m.try_lock_shared_for(d);
    __tsan_mutex_post_lock(&m, __tsan_mutex_try_lock | __tsan_mutex_read_lock | (ok ? 0u : __tsan_mutex_try_lock_failed), 0);
    return ok;
#else
    return m.try_lock_shared_for(d);
#endif
}

} // namespace lab
