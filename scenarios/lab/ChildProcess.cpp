#include "ChildProcess.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <mutex>
#include <thread>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace lab {

namespace {
QMutex g_mutex;
QString g_executable;
QHash<QString, WorkerFn>& workers()
{
    static QHash<QString, WorkerFn> w;
    return w;
}
constexpr const char* kParentEnv = "PPLAB_PARENT_PID";

// PR_SET_PDEATHSIG fires when the *thread* that created the child exits, not the process. So
// every child is spawned from one thread that lives as long as the process: a child then dies
// with pplab, never with a short-lived worker thread that happened to start it.
class SpawnerThread {
public:
    static SpawnerThread& instance()
    {
        static SpawnerThread* s = new SpawnerThread; // never destroyed: lives until exit
        return *s;
    }
    int run(const std::function<int()>& fn)
    {
        std::packaged_task<int()> task(fn);
        auto result = task.get_future();
        {
            std::lock_guard lock(m_mutex);
            m_queue.push_back(std::move(task));
        }
        m_cv.notify_one();
        return result.get();
    }

private:
    SpawnerThread()
    {
        std::thread([this] {
            for (;;) {
                std::unique_lock lock(m_mutex);
                m_cv.wait(lock, [this] { return !m_queue.empty(); });
                auto task = std::move(m_queue.front());
                m_queue.pop_front();
                lock.unlock();
                task();
            }
        }).detach();
    }
    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::deque<std::packaged_task<int()>> m_queue;
};
} // namespace

void ChildProcess::setExecutable(const QString& path)
{
    QMutexLocker lock(&g_mutex);
    g_executable = path;
}

void ChildProcess::startSpawner()
{
    SpawnerThread::instance();
}

QString ChildProcess::executable()
{
    QMutexLocker lock(&g_mutex);
    return g_executable.isEmpty() ? QStringLiteral("/proc/self/exe") : g_executable;
}

ChildProcess::~ChildProcess()
{
    kill();
    std::lock_guard lock(m_mutex);
    if (m_pidfd >= 0) { ::close(m_pidfd); m_pidfd = -1; }
}

pid_t ChildProcess::pid() const
{
    std::lock_guard lock(m_mutex);
    return m_pid;
}

bool ChildProcess::reaped() const
{
    std::lock_guard lock(m_mutex);
    return m_reaped;
}

int ChildProcess::exitCode() const
{
    std::lock_guard lock(m_mutex);
    return m_exitCode;
}

int ChildProcess::termSignal() const
{
    std::lock_guard lock(m_mutex);
    return m_termSignal;
}

namespace {
// The spawn attributes and file actions of one child; every call's result is checked.
struct SpawnSetup {
    posix_spawn_file_actions_t actions;
    posix_spawnattr_t attr;
    std::vector<int> temps; // CLOEXEC copies of descriptors that must move out of the way
    bool ok = false;

    SpawnSetup()
    {
        posix_spawn_file_actions_init(&actions);
        posix_spawnattr_init(&attr);
    }
    ~SpawnSetup()
    {
        posix_spawn_file_actions_destroy(&actions);
        posix_spawnattr_destroy(&attr);
        for (int t : temps) ::close(t);
    }
    // Returns 0 or an errno value.
    int prepare(const std::vector<ChildProcess::FdMap>& fds)
    {
        for (const ChildProcess::FdMap& m : fds) {
            int src = m.parentFd;
            // dup2(fd, fd) would not clear close-on-exec, and a source that is another map's
            // target would be overwritten first: go through a temporary copy.
            const bool clash = std::any_of(fds.begin(), fds.end(), [&](const auto& o) { return o.childFd == src; });
            if (src == m.childFd || clash) {
                src = fcntl(m.parentFd, F_DUPFD_CLOEXEC, 64);
                if (src < 0) return errno;
                temps.push_back(src);
            }
            if (const int rc = posix_spawn_file_actions_adddup2(&actions, src, m.childFd)) return rc;
        }
        const bool mapsStdin = std::any_of(fds.begin(), fds.end(), [](const auto& m) { return m.childFd == 0; });
        if (!mapsStdin)
            if (const int rc = posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)) return rc;
        // The child starts with no blocked signals and every signal at its default action:
        // pplab ignores SIGPIPE, a worker decides for itself (prepareWorkerProcess).
        sigset_t none, all;
        sigemptyset(&none);
        sigfillset(&all);
        if (const int rc = posix_spawnattr_setsigmask(&attr, &none)) return rc;
        if (const int rc = posix_spawnattr_setsigdefault(&attr, &all)) return rc;
        if (const int rc = posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF)) return rc;
        ok = true;
        return 0;
    }
};

QList<QByteArray> childEnvironment()
{
    QList<QByteArray> env;
    const QByteArray parentVar = QByteArray(kParentEnv) + '=';
    for (char** e = environ; e && *e; ++e)
        if (strncmp(*e, parentVar.constData(), static_cast<size_t>(parentVar.size())) != 0) env.append(QByteArray(*e));
    env.append(parentVar + QByteArray::number(getpid()));
    return env;
}

std::vector<char*> pointers(QList<QByteArray>& store)
{
    std::vector<char*> out;
    for (QByteArray& a : store) out.push_back(a.data());
    out.push_back(nullptr);
    return out;
}
} // namespace

bool ChildProcess::start(const QString& worker, const QStringList& args, const std::vector<FdMap>& fds,
                         QString* error)
{
    auto fail = [&](const QString& what, int err) {
        if (error) *error = QStringLiteral("%1: %2").arg(what, QString::fromLocal8Bit(strerror(err)));
        return false;
    };
    std::lock_guard lock(m_mutex);
    if (m_pid > 0) return fail(QStringLiteral("child already started"), EBUSY);

    SpawnSetup setup;
    if (const int rc = setup.prepare(fds)) return fail(QStringLiteral("cannot prepare the child's descriptors"), rc);
    const QByteArray exe = executable().toLocal8Bit();
    QList<QByteArray> argStore{exe, QByteArrayLiteral("worker"), worker.toUtf8()};
    for (const QString& a : args) argStore.append(a.toUtf8());
    QList<QByteArray> envStore = childEnvironment();
    std::vector<char*> argv = pointers(argStore), envp = pointers(envStore);

    pid_t pid = -1;
    const int rc = SpawnerThread::instance().run([&] {
        return posix_spawn(&pid, exe.constData(), &setup.actions, &setup.attr, argv.data(), envp.data());
    });
    if (rc != 0)
        return fail(QStringLiteral("cannot start %1").arg(QString::fromLocal8Bit(exe)), rc);
    m_pid = pid;
    m_reaped = false;
    // Until it is reaped (by us: no one else waits for our children) the pid cannot be reused,
    // so the pidfd opened now names this child.
    m_pidfd = static_cast<int>(syscall(SYS_pidfd_open, pid, 0));
    return true;
}

void ChildProcess::recordStatusLocked(int status)
{
    m_reaped = true;
    if (WIFEXITED(status)) m_exitCode = WEXITSTATUS(status);
    if (WIFSIGNALED(status)) m_termSignal = WTERMSIG(status);
}

bool ChildProcess::reapNoHangLocked()
{
    if (m_pid <= 0 || m_reaped) return true;
    int status = 0;
    pid_t r;
    do { r = waitpid(m_pid, &status, WNOHANG); } while (r < 0 && errno == EINTR);
    if (r == m_pid) { recordStatusLocked(status); return true; }
    if (r < 0 && errno == ECHILD) { m_reaped = true; return true; }
    return false;
}

bool ChildProcess::wait(int timeoutMs)
{
    using Clock = std::chrono::steady_clock;
    const auto deadline = Clock::now() + std::chrono::milliseconds(std::max(0, timeoutMs));
    for (;;) {
        int pidfd;
        {
            std::lock_guard lock(m_mutex);
            if (reapNoHangLocked()) return true;
            pidfd = m_pidfd;
        }
        int waitMs = -1;
        if (timeoutMs >= 0) {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
            if (left <= 0) return false;
            waitMs = static_cast<int>(left);
        }
        if (pidfd >= 0) {
            // Readable once the child has exited; the pidfd stays open while this object lives.
            pollfd p{pidfd, POLLIN, 0};
            if (poll(&p, 1, waitMs) < 0 && errno != EINTR) usleep(1000);
        } else {
            usleep(static_cast<useconds_t>(std::min(waitMs < 0 ? 2 : waitMs, 2) * 1000)); // old kernel: poll waitpid
        }
    }
}

void ChildProcess::signalLocked(int sig)
{
    if (m_pid <= 0 || m_reaped) return;
    if (m_pidfd >= 0 && syscall(SYS_pidfd_send_signal, m_pidfd, sig, nullptr, 0) == 0) return;
    ::kill(m_pid, sig); // no pidfd: still safe, the unreaped pid is ours
}

void ChildProcess::kill()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_pid <= 0 || m_reaped) return;
        signalLocked(SIGKILL);
    }
    wait(-1);
}

void ChildProcess::signal(int sig)
{
    std::lock_guard lock(m_mutex);
    signalLocked(sig);
}

void prepareWorkerProcess()
{
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    const char* parent = getenv(kParentEnv);
    if (parent && atoi(parent) != getppid())
        _exit(70); // the parent died before we could register for its death
    signal(SIGPIPE, SIG_IGN); // workers report EPIPE instead of dying
}

void registerWorker(const QString& name, WorkerFn fn)
{
    QMutexLocker lock(&g_mutex);
    workers().insert(name, fn);
}

WorkerFn findWorker(const QString& name)
{
    QMutexLocker lock(&g_mutex);
    return workers().value(name, nullptr);
}

QStringList workerNames()
{
    QMutexLocker lock(&g_mutex);
    QStringList names = workers().keys();
    names.sort();
    return names;
}

} // namespace lab
