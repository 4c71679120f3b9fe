#pragma once
// A scenario for the lab's own tests, registered only when PPLAB_SELFTEST is set: it fails on
// request, so the command line's "run failed" exit code and the window's failure banner can be
// tested end to end.
#include "Scenario.h"

namespace lab {

class SelfTestScenario : public Scenario {
public:
    ScenarioInfo info() const override;
    void run(RunContext& ctx) override;
};

} // namespace lab
