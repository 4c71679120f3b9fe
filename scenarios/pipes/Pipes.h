#pragma once
// "Pipes": a parent and its child processes talk over anonymous pipes (pipe(2)), and, for
// comparison, over a Unix socketpair and a shared-memory ring. The classic exchange with
// PIDs, EOF and EPIPE, the pipe's capacity, a throughput sweep over message sizes with an
// integrity checksum, back-pressure (bytes in flight, the writer's blocked time) and the
// round-trip latency of a ping-pong.
#include "lab/Scenario.h"

#include <QCoreApplication>

namespace pipes {

class PipesScenario : public lab::Scenario {
    Q_DECLARE_TR_FUNCTIONS(pipes::PipesScenario)
public:
    lab::ScenarioInfo info() const override;
    QString checkParams(const lab::Params& params) const override;
    void run(lab::RunContext& ctx) override;
};

// Registers the scenario's worker entry points (called from scenarios/all.cpp).
void registerPipesWorkers();

} // namespace pipes
