#pragma once
// "Deadlock": workers really block on each other's locks. Variants: a pair of workers taking
// two locks in opposite order, N dining philosophers, and two child processes locking byte
// ranges of a file with fcntl(F_SETLKW), where the kernel answers EDEADLK. An instrumented
// lock layer knows owners and waiters; a watchdog finds the cycle in the wait-for graph and
// names the Coffman conditions; strategies show how each one is prevented.
#include "lab/Scenario.h"

#include <QCoreApplication>

namespace lab { class RunContext; }

namespace deadlock {

struct Config {
    QString variant;  // pair | philosophers | processes
    QString strategy; // naive | ordered | scoped_lock | try_backoff | timeout | waiter
    int workers = 2;
    int holdMs = 0, thinkMs = 0, eatMs = 0, timeoutMs = 0, backoffMs = 0;
    bool randomBackoff = true;
    bool stopOnDeadlock = false;
    qint64 rounds = 0; // per worker; 0 = until the time limit
    quint64 seed = 1;
};

class DeadlockScenario : public lab::Scenario {
    Q_DECLARE_TR_FUNCTIONS(deadlock::DeadlockScenario)
public:
    lab::ScenarioInfo info() const override;
    QString checkParams(const lab::Params& params) const override;
    void run(lab::RunContext& ctx) override;
};

// Registers the child-process worker of the `processes` variant (called from scenarios/all.cpp).
void registerWorkers();

// Variant engines (ThreadEngine.cpp, Processes.cpp).
void runThreads(lab::RunContext& ctx, const Config& cfg);
void runProcesses(lab::RunContext& ctx, const Config& cfg);

} // namespace deadlock
