#pragma once
// Helpers shared by the tests: run a scenario to its end and look at what it recorded; count
// this process's threads and child processes (zombies included); the bound a stop must meet.
#include "lab/Registry.h"
#include "lab/Runner.h"

#include <QDir>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <initializer_list>
#include <memory>
#include <utility>

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>

#include <unistd.h>

namespace testutil {

// A stop requested in a test must end the run within this bound. Generous on purpose: the tests
// run on 1-2 cores busy with other builds, and under ThreadSanitizer (5-15x slower), so only a
// hang fails, not a slow stop. Runs started through testutil::start get it as their stop grace
// (lab::Runner reports a run that outlives its grace as failed); a test that makes its own
// Runner calls runner.setStopGraceMs(testutil::kStopBoundMs). The real latency is printed with
// reportStopLatency and measured by bench/bench_stop (docs/benchmarks.md).
inline constexpr int kStopBoundMs = 2000;

inline void reportStopLatency(const QString& what, double ms)
{
    qInfo("stop latency %s: %.1f ms", qPrintable(what), ms);
}

// How a run ended and what it recorded.
struct Outcome {
    lab::RunStatus status = lab::RunStatus::Idle;
    QString error;
    lab::RunData data;
    double elapsedS = 0;
    double stopLatencyMs = -1;
    double num(const char* key) const { return data.summary.value(QLatin1String(key)).toDouble(); }
    qint64 integer(const char* key) const { return data.summary.value(QLatin1String(key)).toLongLong(); }
    QString text(const char* key) const { return data.summary.value(QLatin1String(key)).toString(); }
    bool has(const char* key) const { return data.summary.contains(QLatin1String(key)); }
    bool logHas(const QString& s) const
    {
        for (const QString& l : data.log)
            if (l.contains(s)) return true;
        return false;
    }
    QString logText() const { return data.log.join(QLatin1Char('\n')); }
};

// The description of a scenario written inside a test: an id and nothing else.
// Parameters written inline: with({{"threads", 2}, {"gil", "new"}}).
inline QVariantMap with(std::initializer_list<std::pair<const char*, QVariant>> kv)
{
    QVariantMap m;
    for (const auto& [k, v] : kv) m.insert(QString::fromLatin1(k), v);
    return m;
}

inline lab::ScenarioInfo infoWithId(const QString& id)
{
    lab::ScenarioInfo i;
    i.id = id;
    return i;
}

// Complete, validated parameters of scenario `id`: its defaults with `given` on top. A bad
// value is a bug in the test, not a result: it aborts.
inline lab::Params params(const QString& id, const QVariantMap& given = {})
{
    lab::Params p;
    QString err;
    if (!lab::validate(lab::Registry::instance().info(id).params, given, &p, &err))
        qFatal("bad params for %s: %s", qPrintable(id), qPrintable(err));
    return p;
}

// Starts scenario `id` with `given` on top of its defaults (stop grace: kStopBoundMs).
inline bool start(lab::Runner& runner, const QString& id, const QVariantMap& given = {}, double seconds = 0,
                  quint64 seed = 1)
{
    QString err;
    runner.setStopGraceMs(kStopBoundMs);
    if (!runner.start(lab::Registry::instance().create(id), params(id, given), seconds, seed, &err)) {
        qWarning("start of %s failed: %s", qPrintable(id), qPrintable(err));
        return false;
    }
    return true;
}

// Waits for the run to end (a generous bound: a hang fails the test, it does not block it).
inline Outcome finish(lab::Runner& runner, int timeoutMs = 120000)
{
    Outcome o;
    o.status = runner.waitFinished(timeoutMs);
    o.error = runner.errorMessage();
    o.elapsedS = runner.elapsedS();
    o.stopLatencyMs = runner.stopLatencyMs();
    if (runner.recorder()) {
        runner.recorder()->drain();
        o.data = runner.recorder()->data();
    }
    return o;
}

// Runs scenario `id` with `given` on top of its defaults, for at most `seconds` (0 = until it
// ends by itself), and returns what it recorded.
inline Outcome run(const QString& id, const QVariantMap& given = {}, double seconds = 0, quint64 seed = 1)
{
    lab::Runner runner;
    if (!start(runner, id, given, seconds, seed)) return {};
    return finish(runner);
}

// Starts a run, lets it work for `afterMs` (less if it ends by itself), presses Stop and returns
// the outcome; stopLatencyMs says how long the stop took.
inline Outcome runAndStop(const QString& id, const QVariantMap& given, int afterMs)
{
    lab::Runner runner;
    if (!start(runner, id, given)) return {};
    runner.waitFinished(afterMs);
    runner.stop();
    return finish(runner);
}

// Runs a command and collects its exit code and output, through posix_spawn as pplab starts its
// own children. Not QProcess, in a test that starts threads afterwards: under ThreadSanitizer,
// QProcess's clone leaves the runtime believing the test is a forked child ("starting new
// threads after multi-threaded fork is not supported").
struct CommandResult {
    int code = -1; // the exit code; -1 if it could not start or was killed by a signal
    QString out, err;
};
inline CommandResult runCommand(const QString& program, const QStringList& args)
{
    CommandResult r;
    int outPipe[2], errPipe[2];
    if (pipe2(outPipe, O_CLOEXEC) != 0) return r;
    if (pipe2(errPipe, O_CLOEXEC) != 0) { ::close(outPipe[0]); ::close(outPipe[1]); return r; }
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, outPipe[1], 1);
    posix_spawn_file_actions_adddup2(&fa, errPipe[1], 2);
    QList<QByteArray> bytes{program.toLocal8Bit()};
    for (const QString& a : args) bytes << a.toLocal8Bit();
    std::vector<char*> argv;
    for (QByteArray& b : bytes) argv.push_back(b.data());
    argv.push_back(nullptr);
    pid_t pid = -1;
    const int rc = posix_spawn(&pid, argv[0], &fa, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&fa);
    ::close(outPipe[1]);
    ::close(errPipe[1]);
    QByteArray out, err;
    pollfd fds[2] = {{outPipe[0], POLLIN, 0}, {errPipe[0], POLLIN, 0}};
    int open = rc == 0 ? 2 : 0;
    while (open > 0 && poll(fds, 2, 60000) > 0) {
        for (int i = 0; i < 2; ++i) {
            if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP))) continue;
            char buf[4096];
            const ssize_t n = ::read(fds[i].fd, buf, sizeof buf);
            if (n > 0) { (i == 0 ? out : err).append(buf, n); continue; }
            ::close(fds[i].fd);
            fds[i].fd = -1;
            --open;
        }
    }
    for (const pollfd& f : fds)
        if (f.fd >= 0) ::close(f.fd);
    int status = 0;
    if (rc == 0 && waitpid(pid, &status, 0) == pid && WIFEXITED(status)) r.code = WEXITSTATUS(status);
    r.out = QString::fromLocal8Bit(out);
    r.err = QString::fromLocal8Bit(err);
    return r;
}

inline int threadCount()
{
    return static_cast<int>(QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
}

// Names of this process's threads (comm), comma-separated: says which thread was left behind.
inline QString threadNames()
{
    QStringList names;
    const QStringList tasks = QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& t : tasks) {
        QFile f(QStringLiteral("/proc/self/task/%1/comm").arg(t));
        if (f.open(QIODevice::ReadOnly)) names << QString::fromLatin1(f.readAll()).trimmed();
    }
    return names.join(QLatin1Char(','));
}

// Every process as /proc/PID/stat shows it (running or zombie): its state letter, parent and
// process group.
struct Proc {
    int pid;
    char state;
    int ppid = 0;
    int pgid = 0;
};
inline QList<Proc> processes()
{
    QList<Proc> out;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& e : entries) {
        bool ok = false;
        const int pid = e.toInt(&ok);
        if (!ok) continue;
        QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!f.open(QIODevice::ReadOnly)) continue;
        const QByteArray stat = f.readAll();
        // Fields after the ")" that closes the command name: state ppid pgrp ...
        const qsizetype close = stat.lastIndexOf(')');
        if (close < 0) continue;
        const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
        if (fields.size() < 3) continue;
        out.push_back({pid, fields[0].isEmpty() ? '?' : fields[0][0], fields[1].toInt(), fields[2].toInt()});
    }
    return out;
}

// Processes whose parent is this process (running or zombie).
inline QList<Proc> children()
{
    QList<Proc> out;
    const int self = getpid();
    for (const Proc& p : processes())
        if (p.ppid == self) out << p;
    return out;
}

// PIDs of this process's children (zombies included).
inline QStringList childPids()
{
    QStringList out;
    for (const Proc& p : children()) out << QString::number(p.pid);
    return out;
}

inline int firstChildPid()
{
    for (const Proc& p : children())
        if (p.state != 'Z') return p.pid;
    return -1;
}

} // namespace testutil
