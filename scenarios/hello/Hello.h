#pragma once
// "Hello threads": the smallest real scenario. `threads` threads each count as fast as they
// can in bursts, sleeping between bursts; the lab shows each thread's rate and its
// running/sleeping spans. It proves the framework end to end and shows that the operating
// system shares the cores between runnable threads.
#include "lab/Scenario.h"

#include <QCoreApplication>

namespace hello {

class HelloScenario : public lab::Scenario {
    Q_DECLARE_TR_FUNCTIONS(hello::HelloScenario)
public:
    lab::ScenarioInfo info() const override;
    void run(lab::RunContext& ctx) override;
};

} // namespace hello
