// The `processes` variant: two real child processes lock two byte ranges of a file with
// fcntl(F_SETLKW) in opposite order. Linux follows the chain of blocked POSIX lock owners and
// fails the request that would close the cycle with EDEADLK. The children report every step
// over a pipe (fd 3); a second pipe (fd 4) is closed by the parent to start both at once.
#include "Deadlock.h"
#include "WaitGraph.h"

#include "lab/RunContext.h"

#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <poll.h>
#include <random>
#include <unistd.h>

namespace deadlock {

namespace {
constexpr int kRangeLen = 100;
constexpr int kReportFd = 3;
constexpr int kGoFd = 4;

qint64 monoUs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<qint64>(ts.tv_sec) * 1000000 + ts.tv_nsec / 1000;
}

// ---- child side ---------------------------------------------------------------------------

void say(const char* event, long long arg)
{
    // "<pid> <monotonic us> <event> <arg>": both children share the pipe; the pid tells them apart.
    char line[112];
    const int n = snprintf(line, sizeof line, "%d %lld %s %lld\n", static_cast<int>(getpid()),
                           static_cast<long long>(monoUs()), event, arg);
    (void)!::write(kReportFd, line, static_cast<size_t>(n)); // < PIPE_BUF: atomic
}

int setLock(int fd, int range, short type, bool wait)
{
    struct flock fl{};
    fl.l_type = type;
    fl.l_whence = SEEK_SET;
    fl.l_start = range * kRangeLen;
    fl.l_len = kRangeLen;
    int rc;
    do { rc = fcntl(fd, wait ? F_SETLKW : F_SETLK, &fl); } while (rc < 0 && errno == EINTR);
    return rc < 0 ? errno : 0;
}

void sleepMs(int ms)
{
    if (ms <= 0) return;
    timespec ts{ms / 1000, (ms % 1000) * 1000000L};
    while (nanosleep(&ts, &ts) < 0 && errno == EINTR) {}
}

// deadlock-ranges <name> <file> <first> <second> <hold_ms> <eat_ms> <rounds> <naive|ordered|try>
//                 <backoff_ms> <random 0|1> <seed>
int rangesWorker(const QStringList& args)
{
    if (args.size() != 11) return 2;
    int first = args[2].toInt(), second = args[3].toInt();
    const int hold = args[4].toInt(), eat = args[5].toInt(), backoff = args[8].toInt();
    const long long rounds = args[6].toLongLong();
    const QString mode = args[7];
    const bool random = args[9] == QLatin1String("1");
    std::mt19937_64 rng(args[10].toULongLong());
    if (mode == QLatin1String("ordered") && first > second) std::swap(first, second);

    const int fd = ::open(args[1].toLocal8Bit().constData(), O_RDWR | O_CLOEXEC);
    if (fd < 0) { say("error", errno); return 3; }
    say("ready", getpid());
    char c;
    while (::read(kGoFd, &c, 1) < 0 && errno == EINTR) {} // EOF: the parent says go
    for (long long r = 1; rounds == 0 || r <= rounds; ++r) {
        for (int failures = 0;; ++failures) {
            say("wait", first);
            if (int e = setLock(fd, first, F_WRLCK, true)) { say("error", e); return 4; }
            say("hold", first);
            sleepMs(hold);
            say("wait", second);
            const int e = setLock(fd, second, F_WRLCK, mode != QLatin1String("try"));
            if (e == 0) { say("hold", second); break; }
            if (e == EDEADLK) say("edeadlk", second);
            else if (e == EAGAIN || e == EACCES) say("busy", second);
            else { say("error", e); return 4; }
            // What it does next: gives its first range back so the other process can go on.
            setLock(fd, first, F_UNLCK, false);
            say("release", first);
            int ms = backoff;
            if (random) ms = std::uniform_int_distribution<int>(0, std::max(1, backoff) << std::min(failures, 5))(rng);
            say("backoff", ms);
            sleepMs(ms);
        }
        sleepMs(eat);
        setLock(fd, second, F_UNLCK, false);
        setLock(fd, first, F_UNLCK, false);
        say("release", second);
        say("release", first);
        say("round", r);
    }
    ::close(fd);
    say("exit", 0);
    return 0;
}

// ---- parent side --------------------------------------------------------------------------

class Parent {
    Q_DECLARE_TR_FUNCTIONS(deadlock::DeadlockScenario)
public:
    Parent(lab::RunContext& ctx, const Config& cfg) : m_ctx(ctx), m_cfg(cfg), m_rec(ctx.recorder()) {}
    void run();

private:
    struct Child {
        std::shared_ptr<lab::ChildProcess> proc;
        QString name;
        int lane = -1;
        pid_t pid = 0;
        qint64 spanBegin = 0;
        lab::SpanState state = lab::SpanState::Running;
        QString label;
        bool open = false;
        qint64 rounds = 0, busy = 0, waitBeginUs = 0;
        bool exited = false;
    };
    // A window without a completed round while both processes kept giving up: a livelock.
    struct LivelockWatch {
        qint64 windowUs = 0, start = 0, rounds = 0, busy[2] = {0, 0};
        bool found = false;
    };
    // The steps of run().
    QString createRangesFile();
    void initGraph();
    bool openPipes(int report[2], int go[2]);
    bool startChildren(const QString& path, int report[2], int go[2]);
    void announceChildren();
    void supervise(int reportFd, int goFd);
    bool readReports(int fd, QByteArray& buf); // false at end of file
    void chunkLongSpans();
    void watchForLivelock(LivelockWatch& watch, qint64 rounds);
    void reapChildren();

    void handle(int c, const QByteArray& line);
    void setState(Child& ch, lab::SpanState s, const QString& label, qint64 t);
    void closeSpan(Child& ch, qint64 t);
    void publishGraph(bool force);

    lab::RunContext& m_ctx;
    const Config& m_cfg;
    lab::Recorder& m_rec;
    Child m_ch[2];
    WaitGraph m_graph;
    qint64 m_offsetUs = 0;
    int m_ready = 0;
    qint64 m_lastPublish = -1000000, m_stickyUntil = 0;
    bool m_edeadlk = false;
    QVariantMap m_refusedGraph; // the first refused cycle: the picture kept at the end of the run
};

void Parent::setState(Child& ch, lab::SpanState s, const QString& label, qint64 t)
{
    if (ch.open) t = std::max(t, ch.spanBegin); // a live chunk may have passed the child's clock
    closeSpan(ch, t);
    ch.state = s;
    ch.label = label;
    ch.spanBegin = t;
    ch.open = true;
}

void Parent::closeSpan(Child& ch, qint64 t)
{
    if (ch.open) m_rec.span(ch.lane, ch.state, ch.spanBegin, std::max(t, ch.spanBegin), ch.label);
    ch.open = false;
}

void Parent::publishGraph(bool force)
{
    const qint64 now = m_rec.nowUs();
    if (!force && (now < m_stickyUntil || now - m_lastPublish < 30000)) return;
    m_rec.publish(kGraphKey, m_graph.toVariant());
    m_lastPublish = now;
}

void Parent::handle(int c, const QByteArray& line)
{
    const QList<QByteArray> f = line.split(' ');
    if (f.size() != 3) return;
    Child& ch = m_ch[c];
    const qint64 t = f[0].toLongLong() - m_offsetUs;
    const QByteArray ev = f[1];
    const long long arg = f[2].toLongLong();
    const int r = static_cast<int>(arg) & 1;
    const QString rn = m_graph.locks.value(r);
    const size_t w = static_cast<size_t>(c);
    if (ev == "ready") {
        ch.pid = static_cast<pid_t>(arg);
        ++m_ready;
        setState(ch, lab::SpanState::Idle, tr("ready"), t);
    } else if (ev == "wait") {
        m_graph.waitsFor[w] = r;
        ch.waitBeginUs = t;
        setState(ch, lab::SpanState::Waiting, tr("F_SETLKW %1").arg(rn), t);
    } else if (ev == "hold") {
        m_graph.waitsFor[w] = -1;
        m_graph.owner[static_cast<size_t>(r)] = c;
        setState(ch, lab::SpanState::Holding, tr("holds %1").arg(rn), t);
    } else if (ev == "edeadlk" || ev == "busy") {
        setState(ch, lab::SpanState::Failed, ev == "edeadlk" ? tr("EDEADLK on %1").arg(rn) : tr("EAGAIN on %1").arg(rn), t);
        ++ch.busy; // gave up once
        if (ev == "busy") { m_graph.waitsFor[w] = -1; return; }
        // The request that would have closed the cycle: show the cycle, then take the edge away.
        m_graph.waitsFor[w] = r;
        const QList<int> cycle = m_graph.findCycle();
        m_graph.cycle = cycle;
        m_graph.kind = QStringLiteral("refused");
        const QString words = cycle.isEmpty() ? QString() : m_graph.describeCycle(cycle);
        const QString other = m_ch[1 - c].name;
        const QString held = m_graph.locks.value(1 - r);
        m_rec.log(tr("%1 got EDEADLK from fcntl(F_SETLKW) on %2 while holding %3: %4 already waits for %3. "
                     "The kernel refused the request that would have closed the cycle.")
                      .arg(ch.name, rn, held, other));
        if (!m_edeadlk) {
            m_edeadlk = true;
            const double ms = std::round((t - ch.waitBeginUs) / 10.0) / 100.0;
            m_rec.setSummary(QStringLiteral("edeadlk"), 1);
            m_rec.setSummary(QStringLiteral("edeadlk_pid"), static_cast<qint64>(ch.pid));
            m_rec.setSummary(QStringLiteral("deadlock_detected"), 1);
            m_rec.setSummary(QStringLiteral("detection_ms"), ms);
            m_rec.setSummary(QStringLiteral("cycle"), tr("%1 (refused by the kernel with EDEADLK to %2)").arg(words, ch.name));
            m_rec.setSummary(QStringLiteral("coffman"), coffmanText(m_graph, cycle)
                                 + tr(" (the kernel refused the last wait, so the cycle never blocked)"));
        }
        publishGraph(true);
        if (m_refusedGraph.isEmpty()) m_refusedGraph = m_graph.toVariant();
        m_stickyUntil = m_rec.nowUs() + 1000000; // let the window show the refused cycle for a second
        m_graph.waitsFor[w] = -1;
        m_graph.cycle.clear();
        m_graph.kind.clear();
        return;
    } else if (ev == "release") {
        if (m_graph.owner[static_cast<size_t>(r)] == c) m_graph.owner[static_cast<size_t>(r)] = -1;
        if (ch.state == lab::SpanState::Failed)
            m_rec.log(tr("%1 released %2 and backed off (what it did next).").arg(ch.name, rn));
        if (m_graph.owner[0] != c && m_graph.owner[1] != c) setState(ch, lab::SpanState::Running, tr("between rounds"), t);
    } else if (ev == "backoff") {
        setState(ch, lab::SpanState::Sleeping, tr("backs off %1 ms").arg(arg), t);
    } else if (ev == "round") {
        ch.rounds = arg;
    } else if (ev == "exit") {
        ch.exited = true;
        closeSpan(ch, t);
    } else if (ev == "error") {
        m_rec.log(tr("%1 failed: %2").arg(ch.name, QString::fromLocal8Bit(strerror(static_cast<int>(arg)))));
    }
    publishGraph(false);
}

void Parent::run()
{
    const QString path = createRangesFile();
    if (path.isEmpty()) return; // the run has failed with the reason
    initGraph();
    int report[2], go[2];
    if (!openPipes(report, go)) return;
    if (!startChildren(path, report, go)) return;
    announceChildren();
    supervise(report[0], go[1]);
    reapChildren();
    m_rec.setSummary(QStringLiteral("rounds"), m_ch[0].rounds + m_ch[1].rounds);
    m_stickyUntil = 0;
    publishGraph(true);
    if (!m_refusedGraph.isEmpty()) m_rec.publish(kGraphKey, m_refusedGraph);
}

QString Parent::createRangesFile()
{
    const QString dir = m_ctx.tempDir();
    if (dir.isEmpty()) return {}; // the context has failed the run with the reason
    const QString path = dir + QStringLiteral("/ranges.dat");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QByteArray(2 * kRangeLen, '\0')) != 2 * kRangeLen) {
        m_ctx.fail(tr("cannot create %1: %2").arg(path, f.errorString()));
        return {};
    }
    return path;
}

void Parent::initGraph()
{
    const qint64 mono0 = monoUs();
    m_offsetUs = mono0 - m_rec.nowUs();
    m_graph.workers = QStringList{tr("A"), tr("B")};
    m_graph.locks = QStringList{tr("bytes %1–%2").arg(0).arg(kRangeLen - 1), tr("bytes %1–%2").arg(kRangeLen).arg(2 * kRangeLen - 1)};
    m_graph.resize(2, 2);
}

bool Parent::openPipes(int report[2], int go[2])
{
    if (pipe2(report, O_CLOEXEC) < 0) { m_ctx.fail(tr("pipe: %1").arg(QString::fromLocal8Bit(strerror(errno)))); return false; }
    if (pipe2(go, O_CLOEXEC) < 0) {
        m_ctx.fail(tr("pipe: %1").arg(QString::fromLocal8Bit(strerror(errno))));
        ::close(report[0]); ::close(report[1]);
        return false;
    }
    return true;
}

bool Parent::startChildren(const QString& path, int report[2], int go[2])
{
    const QString mode = m_cfg.strategy == QLatin1String("try_backoff") ? QStringLiteral("try") : m_cfg.strategy;
    QString err;
    for (int c = 0; c < 2; ++c) {
        const QStringList args{QString(QLatin1Char(static_cast<char>('A' + c))), path, QString::number(c), QString::number(1 - c),
                               QString::number(m_cfg.holdMs), QString::number(m_cfg.eatMs), QString::number(m_cfg.rounds), mode,
                               QString::number(m_cfg.backoffMs), m_cfg.randomBackoff ? QStringLiteral("1") : QStringLiteral("0"),
                               QString::number(m_cfg.seed * 31 + static_cast<quint64>(c))};
        m_ch[c].proc = m_ctx.spawnChild(QStringLiteral("deadlock-ranges"), args, {{report[1], kReportFd}, {go[0], kGoFd}}, &err);
        if (!m_ch[c].proc) break;
    }
    ::close(report[1]);
    ::close(go[0]);
    if (!m_ch[0].proc || !m_ch[1].proc) {
        ::close(go[1]); ::close(report[0]);
        if (!m_ctx.stopRequested()) m_ctx.fail(tr("cannot start the child processes: %1").arg(err));
        return false;
    }
    return true;
}

void Parent::announceChildren()
{
    for (int c = 0; c < 2; ++c) {
        m_ch[c].pid = m_ch[c].proc->pid();
        m_ch[c].name = tr("%1 (pid %2)").arg(m_graph.workers[c]).arg(m_ch[c].pid);
        m_ch[c].lane = m_rec.lane(m_ch[c].name);
    }
    m_graph.workers = QStringList{m_ch[0].name, m_ch[1].name};
    if (m_cfg.strategy == QLatin1String("ordered"))
        m_rec.log(tr("Started %1 and %2; both lock %3 before %4 (global order).")
                      .arg(m_ch[0].name, m_ch[1].name, m_graph.locks[0], m_graph.locks[1]));
    else
        m_rec.log(tr("Started %1 (locks %2, then %3) and %4 (locks %3, then %2).")
                      .arg(m_ch[0].name, m_graph.locks[0], m_graph.locks[1], m_ch[1].name));
    publishGraph(true);
}

// Reads the children's reports until both have closed the pipe or the run is stopped; lets them
// start together (closing the go pipe) once both are ready. Closes both descriptors.
void Parent::supervise(int reportFd, int goFd)
{
    QByteArray buf;
    bool goSent = false, eof = false;
    LivelockWatch watch;
    watch.windowUs = std::max(300, 10 * (m_cfg.holdMs + m_cfg.backoffMs + m_cfg.eatMs)) * 1000LL;
    watch.start = m_rec.nowUs();
    while (!eof && !m_ctx.stopRequested()) {
        pollfd p{reportFd, POLLIN, 0};
        const int pr = poll(&p, 1, 20);
        if (pr < 0 && errno != EINTR) break;
        if (pr > 0) eof = !readReports(reportFd, buf);
        if (!goSent && m_ready == 2) { ::close(goFd); goSent = true; }
        chunkLongSpans();
        publishGraph(false);
        const qint64 rounds = m_ch[0].rounds + m_ch[1].rounds;
        m_rec.setSummary(QStringLiteral("rounds"), rounds);
        if (goSent) watchForLivelock(watch, rounds);
        if (m_cfg.rounds > 0) m_ctx.setProgress(std::min(1.0, rounds / (2.0 * m_cfg.rounds)));
        else if (m_ctx.durationLimitS() > 0) m_ctx.setProgress(std::min(1.0, m_ctx.elapsedS() / m_ctx.durationLimitS()));
    }
    if (!goSent) ::close(goFd);
    ::close(reportFd);
}

bool Parent::readReports(int fd, QByteArray& buf)
{
    char tmp[4096];
    const ssize_t n = ::read(fd, tmp, sizeof tmp);
    if (n == 0) return false;
    if (n > 0) buf.append(tmp, n);
    qsizetype nl;
    while ((nl = buf.indexOf('\n')) >= 0) {
        const QByteArray line = buf.left(nl);
        buf.remove(0, nl + 1);
        // The two children share one pipe: each line starts with the writer's pid.
        const int sp = line.indexOf(' ');
        const pid_t who = line.left(sp).toInt();
        const int c = who == m_ch[0].pid ? 0 : who == m_ch[1].pid ? 1 : -1;
        if (c >= 0) handle(c, line.mid(sp + 1));
    }
    return true;
}

void Parent::chunkLongSpans()
{
    for (Child& ch : m_ch) {
        if (ch.open && m_rec.nowUs() - ch.spanBegin > 50000) { // live chunks of long states
            const qint64 now = m_rec.nowUs();
            closeSpan(ch, now);
            ch.spanBegin = now;
            ch.open = true;
        }
    }
}

void Parent::watchForLivelock(LivelockWatch& w, qint64 rounds)
{
    if (m_rec.nowUs() - w.start < w.windowUs) return;
    const bool busy = m_ch[0].busy - w.busy[0] >= 2 && m_ch[1].busy - w.busy[1] >= 2;
    if (!w.found && busy && rounds == w.rounds) {
        w.found = true;
        m_rec.setSummary(QStringLiteral("livelock_detected"), 1);
        m_rec.log(tr("Livelock: for %1 ms neither process completed a round although both kept failing, "
                     "releasing and retrying.").arg(w.windowUs / 1000));
    }
    w.start = m_rec.nowUs();
    w.rounds = rounds;
    w.busy[0] = m_ch[0].busy;
    w.busy[1] = m_ch[1].busy;
}

void Parent::reapChildren()
{
    for (Child& ch : m_ch) {
        closeSpan(ch, m_rec.nowUs());
        while (!ch.proc->wait(20) && !m_ctx.stopRequested()) {}
        if (ch.proc->reaped())
            m_rec.log(ch.proc->termSignal() ? tr("%1 was ended by signal %2 and reaped.").arg(ch.name).arg(ch.proc->termSignal())
                                            : tr("%1 exited with code %2 and was reaped.").arg(ch.name).arg(ch.proc->exitCode()));
    }
}
} // namespace

void runProcesses(lab::RunContext& ctx, const Config& cfg)
{
    Parent(ctx, cfg).run();
}

void registerWorkers()
{
    lab::registerWorker(QStringLiteral("deadlock-ranges"), &rangesWorker);
}

} // namespace deadlock
