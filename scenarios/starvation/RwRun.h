#pragma once
// The engine of the `rwlock` variant: threads-1 readers hold a reader-writer lock in overlapping
// read sections; the last thread writes every write_every_ms. Locks: glibc's pthread_rwlock_t
// with reader preference (the default) or PTHREAD_RWLOCK_PREFER_WRITER_NONRECURSIVE_NP, and
// oneTBB's FIFO queuing_rw_mutex. The writer waits in 20 ms timed slices (pthread) so that a
// starving writer still sees Stop; oneTBB's queue has no timed wait, but the readers stop
// asking on Stop, so the writer's turn comes within one read section.
#include "LockRun.h"

#include <oneapi/tbb/queuing_rw_mutex.h>

#include <pthread.h>

namespace starvation {

struct RwResult {
    QString lock;
    double elapsedS = 0;
    std::vector<ThreadResult> threads; // readers, then the writer (last)
    qint64 exclusionErrors = 0;        // read sections that saw a writer inside
    double writesWanted = 0;           // elapsed ÷ write_every_ms
};

class RwRun {
public:
    RwRun(const Config& cfg, const QString& lock, const std::atomic<bool>* halt);
    ~RwRun();
    RwRun(const RwRun&) = delete;
    RwRun& operator=(const RwRun&) = delete;

    void start(); // throws if it cannot create the threads
    qint64 beginNs() const { return m_beginNs; }
    int threads() const { return m_cfg.threads; }
    int writer() const { return m_cfg.threads - 1; }
    const WorkerSlot& slot(int t) const { return m_slots[static_cast<size_t>(t)]; }
    RwResult result(qint64 endNs);

private:
    void worker(int t);
    void reader(WorkerSlot& s);
    void writerLoop(WorkerSlot& s);
    void lockShared(tbb::queuing_rw_mutex::scoped_lock& node);
    bool lockExclusive(tbb::queuing_rw_mutex::scoped_lock& node); // false: stopped while waiting
    void unlock(tbb::queuing_rw_mutex::scoped_lock& node);
    void join();

    const Config m_cfg;
    const QString m_lock;
    const bool m_tbb;
    const std::atomic<bool>* m_halt;
    std::vector<WorkerSlot> m_slots;
    std::vector<std::jthread> m_threads;
    std::unique_ptr<std::latch> m_start;
    std::atomic<bool> m_aborted{false};
    qint64 m_beginNs = 0;
    pthread_rwlock_t m_rw;
    tbb::queuing_rw_mutex m_queuing;
    alignas(64) std::atomic<std::uint64_t> m_version{0}; // odd while the writer is inside
    alignas(64) std::atomic<qint64> m_exclusionErrors{0};
};

} // namespace starvation
