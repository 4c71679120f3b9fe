#include "Runner.h"

#include "Export.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>

#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>

namespace lab {

using Clock = std::chrono::steady_clock;

QString runStatusId(RunStatus s)
{
    switch (s) {
    case RunStatus::Idle: return QStringLiteral("idle");
    case RunStatus::Running: return QStringLiteral("running");
    case RunStatus::Finished: return QStringLiteral("finished");
    case RunStatus::Stopped: return QStringLiteral("stopped");
    case RunStatus::Failed: return QStringLiteral("failed");
    }
    return {};
}

QString runStatusTitle(RunStatus s)
{
    switch (s) {
    case RunStatus::Idle: return QCoreApplication::translate("lab::Runner", "Ready");
    case RunStatus::Running: return QCoreApplication::translate("lab::Runner", "Running");
    case RunStatus::Finished: return QCoreApplication::translate("lab::Runner", "Finished");
    case RunStatus::Stopped: return QCoreApplication::translate("lab::Runner", "Stopped");
    case RunStatus::Failed: return QCoreApplication::translate("lab::Runner", "Failed");
    }
    return {};
}

struct Runner::State {
    std::shared_ptr<Scenario> scenario;
    std::stop_source stop;
    std::unique_ptr<RunContext> ctx;
    Clock::time_point t0;
    QDateTime startedAt;

    mutable std::mutex mutex;
    std::condition_variable cv;
    bool scenarioDone = false;
    bool finalized = false;
    bool userStop = false;
    RunStatus status = RunStatus::Running;
    QString error;
    Clock::time_point stopAt{};
    Clock::time_point end{};

    std::thread worker;
    std::thread supervisor;
};

Runner::Runner(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<lab::RunStatus>();
}

// Joins the threads of an ended run. A scenario that ignored Stop is detached: its thread keeps
// the state alive through its own reference.
void Runner::releaseThreads(State& st)
{
    if (st.supervisor.joinable()) st.supervisor.join();
    if (!st.worker.joinable()) return;
    std::unique_lock lock(st.mutex);
    const bool done = st.scenarioDone;
    lock.unlock();
    if (done) st.worker.join(); else st.worker.detach();
}

Runner::~Runner()
{
    if (!m_state) return;
    stop();
    releaseThreads(*m_state);
}

bool Runner::start(std::shared_ptr<Scenario> scenario, const Params& params, double durationS,
                   quint64 seed, QString* error)
{
    if (isRunning()) {
        if (error) *error = tr("a run is already in progress");
        return false;
    }
    if (m_state) releaseThreads(*m_state);
    auto st = std::make_shared<State>();
    st->scenario = std::move(scenario);
    st->t0 = Clock::now();
    st->startedAt = QDateTime::currentDateTimeUtc();
    st->ctx = std::make_unique<RunContext>(params, st->stop.get_token(), durationS, seed);
    m_state = st;

    st->worker = std::thread([st] {
        QString err;
        try {
            st->scenario->run(*st->ctx);
        } catch (const std::exception& e) {
            err = QString::fromLocal8Bit(e.what());
        } catch (...) {
            err = QStringLiteral("unknown exception");
        }
        if (!err.isEmpty()) st->ctx->fail(err);
        std::lock_guard lock(st->mutex);
        st->scenarioDone = true;
        st->end = Clock::now();
        st->cv.notify_all();
    });

    const int grace = m_graceMs;
    QPointer<Runner> self(this);
    st->supervisor = std::thread([st, grace, self, durationS] {
        std::unique_lock lock(st->mutex);
        const auto deadline = st->t0 + std::chrono::microseconds(static_cast<qint64>(durationS * 1e6));
        while (!st->scenarioDone && !st->stop.stop_requested()) {
            if (durationS > 0) {
                if (st->cv.wait_until(lock, deadline) == std::cv_status::timeout && !st->scenarioDone) {
                    st->stopAt = Clock::now();
                    lock.unlock();
                    st->stop.request_stop(); // time limit: the run still counts as finished
                    lock.lock();
                }
            } else {
                st->cv.wait(lock);
            }
        }
        bool timedOut = false;
        if (!st->scenarioDone) {
            if (st->stopAt == Clock::time_point{}) st->stopAt = Clock::now();
            timedOut = !st->cv.wait_for(lock, std::chrono::milliseconds(grace), [&] { return st->scenarioDone; });
        }
        lock.unlock();
        st->ctx->killChildren();
        const auto failure = st->ctx->failure();
        RunStatus status;
        QString error;
        if (timedOut) {
            status = RunStatus::Failed;
            error = QCoreApplication::translate("lab::Runner", "the scenario did not stop within %1 ms").arg(grace);
        } else if (failure) {
            status = RunStatus::Failed;
            error = *failure;
        } else {
            status = st->userStop ? RunStatus::Stopped : RunStatus::Finished;
        }
        if (!timedOut) st->ctx->cleanup();
        lock.lock();
        st->status = status;
        st->error = error;
        if (timedOut) st->end = Clock::now();
        st->finalized = true;
        st->cv.notify_all();
        lock.unlock();
        if (self)
            QMetaObject::invokeMethod(self.data(), [self, status] {
                if (self) Q_EMIT self->finished(status);
            }, Qt::QueuedConnection);
    });
    return true;
}

void Runner::stop()
{
    auto st = m_state;
    if (!st) return;
    {
        std::lock_guard lock(st->mutex);
        if (st->finalized || st->scenarioDone) return;
        if (!st->stop.stop_requested()) {
            st->userStop = true;
            st->stopAt = Clock::now();
        }
    }
    st->stop.request_stop();
    std::lock_guard lock(st->mutex);
    st->cv.notify_all();
}

RunStatus Runner::waitFinished(int timeoutMs)
{
    auto st = m_state;
    if (!st) return RunStatus::Idle;
    std::unique_lock lock(st->mutex);
    if (timeoutMs < 0)
        st->cv.wait(lock, [&] { return st->finalized; });
    else
        st->cv.wait_for(lock, std::chrono::milliseconds(timeoutMs), [&] { return st->finalized; });
    return st->finalized ? st->status : RunStatus::Running;
}

bool Runner::isRunning() const
{
    auto st = m_state;
    if (!st) return false;
    std::lock_guard lock(st->mutex);
    return !st->finalized;
}

RunStatus Runner::status() const
{
    auto st = m_state;
    if (!st) return RunStatus::Idle;
    std::lock_guard lock(st->mutex);
    return st->finalized ? st->status : RunStatus::Running;
}

QString Runner::errorMessage() const
{
    auto st = m_state;
    if (!st) return {};
    std::lock_guard lock(st->mutex);
    return st->error;
}

double Runner::elapsedS() const
{
    auto st = m_state;
    if (!st) return 0.0;
    std::lock_guard lock(st->mutex);
    const auto end = st->scenarioDone || st->finalized ? st->end : Clock::now();
    return std::chrono::duration<double>(end - st->t0).count();
}

double Runner::stopLatencyMs() const
{
    auto st = m_state;
    if (!st) return -1;
    std::lock_guard lock(st->mutex);
    if (st->stopAt == Clock::time_point{} || !st->scenarioDone) return -1;
    return std::chrono::duration<double, std::milli>(st->end - st->stopAt).count();
}

RunContext* Runner::context() const
{
    return m_state ? m_state->ctx.get() : nullptr;
}

Recorder* Runner::recorder() const
{
    return m_state ? &m_state->ctx->recorder() : nullptr;
}

RunRecord Runner::record(const ScenarioInfo& info) const
{
    RunRecord r;
    r.info = info;
    if (!m_state) return r;
    const RunStatus st = status();
    r.params = m_state->ctx->params().values();
    r.seed = m_state->ctx->seed();
    r.status = runStatusId(st);
    r.error = errorMessage();
    r.durationS = elapsedS();
    r.created = m_state->startedAt;
    r.machine = machineInfo();
    r.data = std::make_shared<RunData>(m_state->ctx->recorder().data());
    return r;
}

} // namespace lab
