#pragma once
// "Amdahl and Gustafson": measures real speedup with oneTBB for 1..threads_max threads and
// draws it against both laws, the fitted Amdahl (or Gustafson) curve, efficiency and the
// Karp–Flatt metric. Engine pieces: Theory.h (pure laws and fits), Workload.h (the kernels
// and the TBB loop).
#include "lab/Cpus.h"
#include "lab/Scenario.h"

#include <QCoreApplication>
#include <QLatin1String>

namespace scaling {

// Keys the scenario declares and its calculator panel (panel/ScalingPanel) reads: one place,
// so that the two cannot drift apart.
namespace keys {
inline constexpr QLatin1String serialFraction{"serial_fraction"}; // parameter
inline constexpr QLatin1String speedupChart{"speedup"};           // chart of measured speedup
inline constexpr QLatin1String measuredSpeedup{"speedup"};        // series: median speedup per thread count
} // namespace keys

class ScalingScenario : public lab::Scenario {
    Q_DECLARE_TR_FUNCTIONS(scaling::ScalingScenario)
public:
    lab::ScenarioInfo info() const override;
    void run(lab::RunContext& ctx) override;
};

} // namespace scaling
