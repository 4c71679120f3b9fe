// The one explicit list of scenarios (self-registering globals in static libraries would be
// dropped by the linker). Adding a scenario: one line here, one in CMakeLists.txt.
#include "all.h"

#include <QtGlobal>

#include "lab/ChildProcess.h"
#include "lab/Registry.h"
#include "lab/SelfTest.h"
#include "hello/Hello.h"
#include "pipes/Pipes.h"
#include "named_pipes/NamedPipes.h"
#include "race/Race.h"
#include "scaling/Scaling.h"
#include "deadlock/Deadlock.h"

namespace lab {

void registerAll()
{
    static bool done = false;
    if (done) return;
    done = true;
    registerBuiltinWorkers();
    ChildProcess::startSpawner();

    Registry& r = Registry::instance();
    r.add<hello::HelloScenario>();
    r.add<pipes::PipesScenario>();
    pipes::registerPipesWorkers();
    r.add<named_pipes::NamedPipesScenario>();
    named_pipes::registerNamedPipesWorkers();
    r.add<race::RaceScenario>();
    r.add<scaling::ScalingScenario>();
    r.add<deadlock::DeadlockScenario>();
    deadlock::registerWorkers();

    if (qEnvironmentVariableIsSet("PPLAB_SELFTEST")) r.add<lab::SelfTestScenario>();
}

} // namespace lab
