#pragma once
// "Named pipes": unrelated processes meet through a FIFO file (mkfifo(3)). A writer and a
// reader child that share nothing but the path exchange "Hello from pid [N]"; the writer's
// open() blocks until a reader opens (and fails with ENXIO in non-blocking mode); several
// writers show that writes of at most PIPE_BUF bytes are atomic and larger ones are not.
#include "lab/Scenario.h"

#include <QCoreApplication>

namespace named_pipes {

class NamedPipesScenario : public lab::Scenario {
    Q_DECLARE_TR_FUNCTIONS(named_pipes::NamedPipesScenario)
public:
    lab::ScenarioInfo info() const override;
    QString checkParams(const lab::Params& params) const override;
    void run(lab::RunContext& ctx) override;
};

// Registers the scenario's worker entry points (called from scenarios/all.cpp).
void registerNamedPipesWorkers();

} // namespace named_pipes
