#pragma once
// Runner: runs one scenario at a time on a worker thread it owns, ends it on Stop or at its
// time limit, and reports how the run ended. A scenario that does not return within the
// stop grace period after a stop request is reported as failed, never waited on forever.
#include "Param.h"
#include "RunContext.h"
#include "RunRecord.h"
#include "Scenario.h"

#include <QObject>
#include <QString>

#include <memory>

namespace lab {

enum class RunStatus { Idle, Running, Finished, Stopped, Failed };
QString runStatusId(RunStatus s);    // "idle", "running", "finished", "stopped", "failed"
QString runStatusTitle(RunStatus s); // translated

class Runner : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultStopGraceMs = 250;

    explicit Runner(QObject* parent = nullptr);
    ~Runner() override; // stops a run in progress and waits for it (up to the grace period)

    // Starts a run. durationS = 0: no time limit. Fails if a run is in progress.
    bool start(std::shared_ptr<Scenario> scenario, const Params& params, double durationS,
               quint64 seed, QString* error);
    // Requests a stop; returns at once. The run ends with status Stopped.
    void stop();
    // Blocks until the run has ended (or timeoutMs passed, -1 = no limit). Returns the status
    // (Running if it timed out).
    RunStatus waitFinished(int timeoutMs = -1);

    bool isRunning() const;
    RunStatus status() const;
    QString errorMessage() const;
    // Wall time of the run so far (or in total, once ended), in seconds.
    double elapsedS() const;
    // Milliseconds from the stop request to the scenario's return (-1 if not stopped).
    double stopLatencyMs() const;
    // The context of the current or last run (parameters, recorder). Null before the first run.
    RunContext* context() const;
    Recorder* recorder() const;
    // The current or last run as a record (a copy of the data drained so far): what
    // `pplab run --json` writes and what the window keeps in its Runs list.
    RunRecord record(const ScenarioInfo& info) const;

    void setStopGraceMs(int ms) { m_graceMs = ms; }

Q_SIGNALS:
    // Emitted on the Runner's thread after the run has ended.
    void finished(lab::RunStatus status);

private:
    struct State;
    static void releaseThreads(State& st);
    std::shared_ptr<State> m_state;
    int m_graceMs = kDefaultStopGraceMs;
};

} // namespace lab

Q_DECLARE_METATYPE(lab::RunStatus)
