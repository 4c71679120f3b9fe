#include "ChildProcess.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>

#include <cerrno>
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
}

bool ChildProcess::start(const QString& worker, const QStringList& args, const std::vector<FdMap>& fds,
                         QString* error)
{
    auto fail = [&](const QString& what, int err) {
        if (error) *error = QStringLiteral("%1: %2").arg(what, QString::fromLocal8Bit(strerror(err)));
        return false;
    };
    if (started()) return fail(QStringLiteral("child already started"), EBUSY);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    std::vector<int> temps;
    for (const FdMap& m : fds) {
        int src = m.parentFd;
        // dup2(fd, fd) would not clear close-on-exec: go through a temporary copy.
        if (src == m.childFd || std::any_of(fds.begin(), fds.end(), [&](const FdMap& o) { return o.childFd == src; })) {
            src = fcntl(m.parentFd, F_DUPFD_CLOEXEC, 64);
            if (src < 0) {
                posix_spawn_file_actions_destroy(&actions);
                for (int t : temps) ::close(t);
                return fail(QStringLiteral("dup"), errno);
            }
            temps.push_back(src);
        }
        posix_spawn_file_actions_adddup2(&actions, src, m.childFd);
    }
    const bool mapsStdin = std::any_of(fds.begin(), fds.end(), [](const FdMap& m) { return m.childFd == 0; });
    if (!mapsStdin)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);

    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    sigset_t none, all;
    sigemptyset(&none);
    sigfillset(&all);
    posix_spawnattr_setsigmask(&attr, &none);
    posix_spawnattr_setsigdefault(&attr, &all);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);

    const QByteArray exe = executable().toLocal8Bit();
    QList<QByteArray> argStore{exe, QByteArrayLiteral("worker"), worker.toUtf8()};
    for (const QString& a : args) argStore.append(a.toUtf8());
    std::vector<char*> argv;
    for (QByteArray& a : argStore) argv.push_back(a.data());
    argv.push_back(nullptr);

    QList<QByteArray> envStore;
    const QByteArray parentVar = QByteArray(kParentEnv) + '=';
    for (char** e = environ; e && *e; ++e)
        if (strncmp(*e, parentVar.constData(), static_cast<size_t>(parentVar.size())) != 0)
            envStore.append(QByteArray(*e));
    envStore.append(parentVar + QByteArray::number(getpid()));
    std::vector<char*> envp;
    for (QByteArray& e : envStore) envp.push_back(e.data());
    envp.push_back(nullptr);

    pid_t pid = -1;
    const int rc = SpawnerThread::instance().run([&] {
        return posix_spawn(&pid, exe.constData(), &actions, &attr, argv.data(), envp.data());
    });
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attr);
    for (int t : temps) ::close(t);
    if (rc != 0)
        return fail(QStringLiteral("cannot start %1").arg(QString::fromLocal8Bit(exe)), rc);
    m_pid = pid;
    m_reaped = false;
    m_pidfd = static_cast<int>(syscall(SYS_pidfd_open, pid, 0));
    return true;
}

void ChildProcess::recordStatus(int status)
{
    m_reaped = true;
    if (WIFEXITED(status)) m_exitCode = WEXITSTATUS(status);
    if (WIFSIGNALED(status)) m_termSignal = WTERMSIG(status);
    if (m_pidfd >= 0) { ::close(m_pidfd); m_pidfd = -1; }
}

bool ChildProcess::reapNoHang()
{
    if (!started() || m_reaped) return true;
    int status = 0;
    const pid_t r = waitpid(m_pid, &status, WNOHANG);
    if (r == m_pid) { recordStatus(status); return true; }
    if (r < 0 && errno == ECHILD) { m_reaped = true; return true; }
    return false;
}

bool ChildProcess::wait(int timeoutMs)
{
    if (!started() || m_reaped) return true;
    if (timeoutMs < 0) {
        int status = 0;
        pid_t r;
        do { r = waitpid(m_pid, &status, 0); } while (r < 0 && errno == EINTR);
        if (r == m_pid) recordStatus(status); else m_reaped = true;
        return true;
    }
    if (m_pidfd >= 0) {
        pollfd p{m_pidfd, POLLIN, 0};
        int r;
        do { r = poll(&p, 1, timeoutMs); } while (r < 0 && errno == EINTR);
        return reapNoHang();
    }
    // No pidfd (old kernel): poll waitpid.
    for (int waited = 0;; waited += 2) {
        if (reapNoHang()) return true;
        if (waited >= timeoutMs) return false;
        usleep(2000);
    }
}

void ChildProcess::kill()
{
    if (!started() || m_reaped) return;
    ::kill(m_pid, SIGKILL);
    wait(-1);
}

void ChildProcess::signal(int sig)
{
    if (started() && !m_reaped) ::kill(m_pid, sig);
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
