#pragma once
// The engine of the `priority` variant: CPU-bound threads, each pinning ITSELF to one CPU;
// thread 0 then lowers its own priority (nice via setpriority on its tid, or SCHED_IDLE). No
// other pplab thread is touched, and the settings end with the threads.
#include "Starvation.h"

#include <QString>

#include <atomic>
#include <latch>
#include <memory>
#include <thread>
#include <vector>

namespace starvation {

class PriorityRun {
public:
    struct alignas(64) Slot {
        std::atomic<qint64> work{0};    // loop iterations so far
        std::atomic<qint64> sleptNs{0}; // busy_pct < 100: time slept by design
        std::atomic<qint64> cpuNs{0};   // at the end
        std::atomic<int> tid{0};
        std::atomic<int> nice{0};
        std::atomic<int> policy{0};     // SCHED_OTHER (0) or SCHED_IDLE (5)
        std::atomic<int> error{0};      // errno of the setup step that failed
        std::atomic<int> failedStep{0}; // 1 = pin, 2 = nice, 3 = SCHED_IDLE
    };

    PriorityRun(const Config& cfg, int cpu, const std::atomic<bool>* halt);
    ~PriorityRun(); // joins (the workers stop on *halt)
    PriorityRun(const PriorityRun&) = delete;
    PriorityRun& operator=(const PriorityRun&) = delete;

    // Creates the threads and waits until each has pinned and (T1) lowered itself. Returns an
    // empty string, or what failed (the threads are then released to end at once). Throws if
    // threads cannot be created.
    QString start();
    // Releases the threads into their loops (after a successful start()).
    void go(qint64 epochNs);
    int threads() const { return m_cfg.threads; }
    const Slot& slot(int t) const { return m_slots[static_cast<size_t>(t)]; }
    // CPU time of thread t so far (its CPU clock while it runs, its own final reading after).
    qint64 cpuNs(int t) const;
    // Lets every worker run on all of `cpus` again (on stop: a SCHED_IDLE thread then finishes on
    // any idle CPU instead of waiting for its turn on the pinned one).
    void unpinAll(const QList<int>& cpus);
    void join();

private:
    void worker(int t);
    void loop(Slot& s, bool duty);

    const Config m_cfg;
    const int m_cpu;
    const std::atomic<bool>* m_halt;
    std::vector<Slot> m_slots;
    std::vector<std::jthread> m_threads;
    std::unique_ptr<std::latch> m_ready, m_go;
    std::atomic<bool> m_abort{false};
    std::atomic<qint64> m_epochNs{0};
};

} // namespace starvation
