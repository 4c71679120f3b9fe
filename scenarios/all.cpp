// Registration of every scenario and worker entry point. The list itself is generated from the
// pplab_add_scenario() calls (scenarios/PplabScenario.cmake) into registered_scenarios.cpp, in
// the order of the add_subdirectory() lines of scenarios/CMakeLists.txt: an explicit list, since
// self-registering globals in static libraries get dropped by the linker.
#include "all.h"

#include <QtGlobal>

#include "lab/ChildProcess.h"
#include "lab/Registry.h"
#include "lab/SelfTest.h"

namespace lab {

namespace generated {
void registerScenarios(Registry& r);
void registerWorkers();
} // namespace generated

void registerWorkers()
{
    static bool done = false;
    if (done) return;
    done = true;
    registerBuiltinWorkers();
    generated::registerWorkers();
}

void registerAll()
{
    static bool done = false;
    if (done) return;
    done = true;
    registerWorkers();
    ChildProcess::startSpawner();
    Registry& r = Registry::instance();
    generated::registerScenarios(r);
    if (qEnvironmentVariableIsSet("PPLAB_SELFTEST")) r.add<lab::SelfTestScenario>();
}

} // namespace lab
