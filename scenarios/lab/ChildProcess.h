#pragma once
// A child process: the pplab binary re-executed in its hidden `worker` mode with
// posix_spawn (never a bare fork of a multi-threaded Qt process). File descriptors are
// passed by dup2; the child dies with its parent (PR_SET_PDEATHSIG) and is always reaped.
#include <QString>
#include <QStringList>

#include <sys/types.h>
#include <mutex>
#include <vector>

namespace lab {

// Thread safety: every method may be called from any thread at any time (the scenario thread
// waits while the stop callback kills, the Runner reaps on a stop timeout). One mutex owns the
// state; the child is reaped exactly once; signals go through a pidfd, which names this process
// and no other, and the pidfd is closed only by the destructor.
class ChildProcess {
public:
    struct FdMap {
        int parentFd; // a descriptor open in this process
        int childFd;  // the number it gets in the child (>= 3; 0-2 to replace stdio)
    };

    ChildProcess() = default;
    ~ChildProcess(); // kills and reaps a child that is still running
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    // The binary to re-execute. Defaults to /proc/self/exe; tests that are not pplab set the
    // path of the built pplab binary.
    static void setExecutable(const QString& path);
    // Starts the process-wide thread that spawns every child (PR_SET_PDEATHSIG follows the
    // creating thread). Called at start-up so that thread counts stay stable during runs.
    static void startSpawner();
    static QString executable();

    // Starts `pplab worker <worker> <args...>`. Returns false with a message on failure.
    bool start(const QString& worker, const QStringList& args, const std::vector<FdMap>& fds,
               QString* error);

    pid_t pid() const;
    bool started() const { return pid() > 0; }
    bool reaped() const;

    // Waits up to timeoutMs (-1 = forever) for the child to exit. Returns true if it exited
    // (and was reaped); exitCode()/signal() then describe how.
    bool wait(int timeoutMs);
    // Sends SIGKILL (if still running) and reaps. Safe to call more than once, from any thread.
    void kill();
    // Sends a signal without reaping (e.g. SIGTERM). Does nothing once the child is reaped.
    void signal(int sig);

    int exitCode() const;   // -1 unless exited normally
    int termSignal() const; // 0 unless killed by a signal

private:
    bool reapNoHangLocked();
    void recordStatusLocked(int status);
    void signalLocked(int sig);

    mutable std::mutex m_mutex;
    pid_t m_pid = -1;
    int m_pidfd = -1; // closed by the destructor only: no other thread can see it reused
    bool m_reaped = false;
    int m_exitCode = -1;
    int m_termSignal = 0;
};

// Child side. Called first thing in `pplab worker`: dies with the parent, checks the parent
// is still the one that spawned it.
void prepareWorkerProcess();

// Worker entry points, registered by name (see scenarios/all.cpp).
using WorkerFn = int (*)(const QStringList& args);
void registerWorker(const QString& name, WorkerFn fn);
WorkerFn findWorker(const QString& name);
QStringList workerNames();

} // namespace lab
