#pragma once
// What a running scenario sees: validated parameters, the Recorder, the stop request
// (user Stop or the run's time limit), a private temporary directory, and child processes.
#include "ChildProcess.h"
#include "Param.h"
#include "Recorder.h"

#include <QString>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <stop_token>
#include <vector>

class QTemporaryDir;

namespace lab {

class RunContext {
public:
    RunContext(Params params, std::stop_token stop, double durationLimitS, quint64 seed);
    ~RunContext(); // kills and reaps children that are still alive, removes the temp dir
    RunContext(const RunContext&) = delete;
    RunContext& operator=(const RunContext&) = delete;

    const Params& params() const { return m_params; }
    Recorder& recorder() { return m_recorder; }

    // True once Stop was pressed or the time limit passed. Cheap: check it in loops.
    bool stopRequested() const;
    std::stop_token stopToken() const { return m_stop; }
    // Why the run is ending: user stop or time limit.
    bool deadlineReached() const;
    // Sleeps, waking early on stop. Returns false if the run is stopping.
    bool sleepFor(std::chrono::nanoseconds d) const;
    // Seconds since the run started, and the limit (0 = none).
    double elapsedS() const { return m_recorder.nowS(); }
    double durationLimitS() const { return m_durationS; }
    quint64 seed() const { return m_seed; }

    // Progress in [0,1] (shown by the GUI and on stderr); -1 = unknown.
    void setProgress(double fraction) { m_progress.store(fraction, std::memory_order_relaxed); }
    double progress() const { return m_progress.load(std::memory_order_relaxed); }

    // Ends the run as failed with this message (the scenario should then return).
    void fail(const QString& message);
    std::optional<QString> failure() const;

    // A private directory for this run (created on first use, removed afterwards).
    // Returns an empty string (and fails the run) if it cannot be created.
    QString tempDir();

    // Starts a worker child process. It is killed when the run stops and reaped at the end.
    std::shared_ptr<ChildProcess> spawnChild(const QString& worker, const QStringList& args,
                                             const std::vector<ChildProcess::FdMap>& fds, QString* error);
    // Kills and reaps every child (also called on stop).
    void killChildren();
    // End of run: kills and reaps children, removes the temporary directory.
    void cleanup();

private:
    Params m_params;
    std::stop_token m_stop;
    double m_durationS;
    quint64 m_seed;
    Recorder m_recorder;
    std::atomic<double> m_progress{-1.0};

    mutable std::mutex m_mutex;
    std::optional<QString> m_failure;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    std::vector<std::shared_ptr<ChildProcess>> m_children;
    std::stop_callback<std::function<void()>> m_onStop; // last: uses the members above
};

} // namespace lab
