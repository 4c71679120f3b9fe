#pragma once
// "Starvation": the program runs, yet one thread never gets its turn. Three variants on real
// threads and real locks:
//   lock      N threads loop lock / critical section / unlock / think on one lock: glibc's
//             std::mutex and a test-and-test-and-set spinlock let a releasing thread take the
//             lock again before a woken waiter runs (barging); a ticket lock and oneTBB's
//             queuing_mutex serve waiters in FIFO order; Go's sync.Mutex policy switches to
//             hand-off after a waiter waited longer than a threshold.
//   priority  CPU-bound threads pinned to one CPU; one has nice 19 (or SCHED_IDLE) and gets the
//             share the kernel's CFS weight table predicts.
//   rwlock    readers keep a reader-writer lock busy; the writer starves under glibc's default
//             reader preference, not under writer preference or oneTBB's FIFO queuing_rw_mutex.
// Figures: Jain's fairness index, starved threads, waits (median, p99, max), the longest streak.
#include "lab/Scenario.h"

#include <QCoreApplication>

namespace lab { class RunContext; }

namespace starvation {

struct Config {
    QString variant;           // lock | priority | rwlock
    QString lock;              // a lock of the variant, or compare
    int threads = 4;
    int csUs = 5;              // critical section (lock), write section (rwlock)
    int thinkUs = 0;
    double thresholdMs = 1.0;  // starvation_mode
    int lowNice = 19;
    bool idlePolicy = false;   // policy=idle: the low thread is SCHED_IDLE
    int busyPct = 100;         // priority: share of each 10 ms period the nice-0 threads compute
    int cpu = -1;              // priority: the CPU to pin to (-1 = the last one allowed)
    int readUs = 500;
    int writeEveryMs = 10;
    bool live = true;
};

// The locks of each variant (stable ids, without "compare").
QStringList lockIds();
QStringList rwLockIds();
QString lockTitle(const QString& id);

class StarvationScenario : public lab::Scenario {
    Q_DECLARE_TR_FUNCTIONS(starvation::StarvationScenario)
public:
    lab::ScenarioInfo info() const override;
    QString checkParams(const lab::Params& params) const override;
    void run(lab::RunContext& ctx) override;

    static Config config(const lab::Params& p);
    // The most threads the priority variant pins to its one CPU.
    static constexpr int kMaxPinned = 16;
    // Seconds per lock in compare mode when the run has no time limit.
    static constexpr double kCompareSlotS = 3.0;

private:
    static QList<lab::ParamSpec> params();
    static QList<lab::Preset> presets();
    static lab::Figures figures();
};

// The variant engines (LockVariant.cpp, PriorityVariant.cpp, RwVariant.cpp).
void runLockVariant(lab::RunContext& ctx, const Config& cfg);
void runPriorityVariant(lab::RunContext& ctx, const Config& cfg);
void runRwVariant(lab::RunContext& ctx, const Config& cfg);

} // namespace starvation
