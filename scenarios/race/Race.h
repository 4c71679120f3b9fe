#pragma once
// "Race conditions": N real threads update one shared counter (or a joint bank balance) with a
// split read-modify-write (unsafe), a mutex, an atomic fetch_add, or private accumulation
// combined at the end (oneTBB enumerable_thread_specific). Shows lost updates live, what each
// fix costs per increment ("compare" runs every strategy in turn), and the mutex's waiting.
// The step-through engine (StepThrough.h) is the hand-made schedule of two real threads.
#include "lab/Scenario.h"

#include <QCoreApplication>

namespace race {

class RaceScenario : public lab::Scenario {
    Q_DECLARE_TR_FUNCTIONS(race::RaceScenario)
public:
    lab::ScenarioInfo info() const override;
    QString checkParams(const lab::Params& params) const override;
    void run(lab::RunContext& ctx) override;
};

} // namespace race
