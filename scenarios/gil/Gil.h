#pragma once
// "GIL contention": a global interpreter lock emulated in C++ on real threads — CPython's new
// GIL (3.2+, Python/ceval_gil.c), its old one (<= 3.1), no lock (free-threaded, PEP 703) — next
// to the same work on real child processes; CPU-bound workers against sequential, and an I/O
// thread's round trips behind CPU-bound ones (the convoy effect). Optionally the same
// experiments in the real interpreter (python3) beside the emulation.
//
// Engine pieces: Ticks.h (the "bytecode"), Interp.h (the locks), Eval.h (the eval loop),
// LaneTrack.h (the timeline), Phases.h (threads, processes, I/O), CPython.h (python3).
#include "lab/Cpus.h"
#include "lab/Scenario.h"

#include <QCoreApplication>

namespace gil {

class GilScenario : public lab::Scenario {
    Q_DECLARE_TR_FUNCTIONS(gil::GilScenario)
public:
    lab::ScenarioInfo info() const override;
    QString checkParams(const lab::Params& params) const override;
    void run(lab::RunContext& ctx) override;
};

// The kinds of worker a run can compare, in the order of the seeds' table.
QStringList kindIds();                 // "new", "old", "processes", "none"
QString kindTitle(const QString& id);  // translated
// The switch intervals of the sweep (ms), with `configured` added when it is not among them.
QList<double> sweepIntervals(double configured);
QString intervalKey(double ms);        // "0.1", "5", "20": the suffix of io_ops_per_s_<interval>

// Registers the child-process entry points gil_worker, gil_responder and gil_python.
void registerGilWorkers();

} // namespace gil
