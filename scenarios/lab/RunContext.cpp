#include "RunContext.h"

#include <QDir>
#include <QTemporaryDir>

#include <csignal>
#include <functional>

namespace lab {

RunContext::RunContext(Params params, std::stop_token stop, double durationLimitS, quint64 seed)
    : m_params(std::move(params)),
      m_stop(stop),
      m_durationS(durationLimitS),
      m_seed(seed),
      m_onStop(stop, std::function<void()>([this] {
          // Stop must end blocking system calls in children: signal them now, reap later.
          std::lock_guard lock(m_mutex);
          for (auto& c : m_children) c->signal(SIGKILL);
      }))
{
}

RunContext::~RunContext()
{
    cleanup();
}

void RunContext::cleanup()
{
    killChildren();
    std::lock_guard lock(m_mutex);
    m_tempDir.reset(); // QTemporaryDir removes the directory recursively
}

bool RunContext::deadlineReached() const
{
    return m_durationS > 0 && m_recorder.nowUs() >= static_cast<qint64>(m_durationS * 1e6);
}

bool RunContext::stopRequested() const
{
    return m_stop.stop_requested() || deadlineReached();
}

bool RunContext::sleepFor(std::chrono::nanoseconds d) const
{
    using namespace std::chrono;
    if (stopRequested()) return false;
    auto until = steady_clock::now() + d;
    if (m_durationS > 0) {
        const auto deadline = steady_clock::now()
                              + microseconds(static_cast<qint64>(m_durationS * 1e6) - m_recorder.nowUs());
        if (deadline < until) until = deadline;
    }
    std::mutex m;
    std::condition_variable_any cv;
    std::unique_lock lock(m);
    std::stop_token token = m_stop;
    cv.wait_until(lock, token, until, [] { return false; });
    return !stopRequested();
}

void RunContext::fail(const QString& message)
{
    std::lock_guard lock(m_mutex);
    if (!m_failure) m_failure = message;
}

std::optional<QString> RunContext::failure() const
{
    std::lock_guard lock(m_mutex);
    return m_failure;
}

QString RunContext::tempDir()
{
    std::lock_guard lock(m_mutex);
    if (!m_tempDir) {
        m_tempDir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/pplab-XXXXXX"));
        if (!m_tempDir->isValid()) {
            if (!m_failure) m_failure = QStringLiteral("cannot create a temporary directory: %1").arg(m_tempDir->errorString());
            m_tempDir.reset();
            return {};
        }
    }
    return m_tempDir->path();
}

std::shared_ptr<ChildProcess> RunContext::spawnChild(const QString& worker, const QStringList& args,
                                                     const std::vector<ChildProcess::FdMap>& fds, QString* error)
{
    auto child = std::make_shared<ChildProcess>();
    std::lock_guard lock(m_mutex);
    if (m_stop.stop_requested()) {
        if (error) *error = QStringLiteral("the run is stopping");
        return nullptr;
    }
    if (!child->start(worker, args, fds, error))
        return nullptr;
    m_children.push_back(child);
    return child;
}

void RunContext::killChildren()
{
    std::vector<std::shared_ptr<ChildProcess>> children;
    {
        std::lock_guard lock(m_mutex);
        children = m_children;
    }
    for (auto& c : children) c->kill();
}

} // namespace lab
