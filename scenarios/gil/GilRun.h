#pragma once
// One run of the gil scenario on the scenario's thread: calibration, then the phases the
// parameters ask for (GilRun.cpp: set-up and the cpu workload; GilRunIo.cpp: the io workload;
// GilRunPython.cpp: the real interpreter), each followed by its figures.
#include "Bars.h"
#include "Phases.h"

#include "lab/ChildProcess.h"
#include "lab/RunContext.h"

#include <QCoreApplication>
#include <QHash>

#include <memory>
#include <vector>

namespace gil {

struct PyResult;

class GilRun {
    Q_DECLARE_TR_FUNCTIONS(gil::GilRun)
public:
    explicit GilRun(lab::RunContext& ctx);
    ~GilRun();
    GilRun(const GilRun&) = delete;
    GilRun& operator=(const GilRun&) = delete;
    void run();

private:
    // GilRun.cpp
    void setUpLanes();
    bool calibrate();
    void runCpu();
    CpuResult cpuPhase(const QString& kind, int workers, qint64 ticksEach);
    void publishCpu(const QString& kind, const CpuResult& r, double seqS, bool headline);
    void publishLock(const GilStats& s, double wallS, double cpuS);
    void publishHandoff(const GilStats& s);
    // GilRunIo.cpp
    void runIo();
    bool startResponder();
    IoResult ioPhase(const QString& kind, int cpuWorkers);
    void publishIo(const QString& suffix, const IoResult& r, bool headline);
    // GilRunPython.cpp
    void runPython();
    void publishPythonCpu(const PyResult& r);
    void publishPythonIo(const PyResult& r);

    lab::RunContext& m_ctx;
    lab::Recorder& m_rec;
    Env m_env;
    QString m_gil, m_engine;
    bool m_io = false, m_sweep = false, m_compare = false;
    int m_threads = 2, m_cpuThreads = 1, m_workMs = 300, m_fibN = 0, m_ioDelayUs = 100, m_cpus = 1;
    double m_intervalMs = 5.0;
    qint64 m_ticksEach = 0;
    double m_nsPerTick = 0;

    // Timeline lanes.
    int m_seqLane = -1, m_ioLane = -1;
    std::vector<int> m_threadLanes, m_procLanes;
    QStringList m_threadNames;
    // Charts.
    std::unique_ptr<BarChart> m_timeBars, m_ioBars, m_latencyBars;
    int m_timeSeries = -1, m_ioSeries = -1, m_latAlone = -1, m_latBusy = -1, m_ideal = -1;
    QHash<QString, int> m_rateSeries, m_speedupSeries;
    // Progress over the whole run: units done before the current phase, and in all.
    double m_unitsDone = 0, m_unitsPlanned = 1;
    // The live rate chart: last sample.
    double m_lastRateT = -1, m_lastRateUnits = 0;
    // The io workload's responder process and the parent's end of the socketpair.
    std::shared_ptr<lab::ChildProcess> m_responder;
    int m_responderSock = -1;
    // The emulator's figures, for the side-by-side lines of the cpython engine.
    QHash<QString, double> m_emuSpeedup;
    double m_emuIoOps = 0, m_emuIoAlone = 0;
};

} // namespace gil
