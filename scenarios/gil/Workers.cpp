// The child processes of the gil scenario (`pplab worker <name> ...`; lab::prepareWorkerProcess
// has already made them die with their parent).
//   gil_worker <ticks> <duration_ms> <interval_ms> <index>
//       a CPU-bound worker with its own emulated interpreter and lock (see Procs.h).
//   gil_responder <delay_us>
//       the I/O thread's peer on a socketpair (fd 3): answers every request after delay_us
//       (a network or disk round trip); ends at EOF.
//   gil_python <python3> <script> <args...>
//       becomes the leader of a new process group and executes the real interpreter: Stop
//       kills the whole group, so the script's own children (multiprocessing, the responder)
//       go with it. PR_SET_PDEATHSIG survives execve, so python3 also dies with pplab.
#include "Eval.h"
#include "Phases.h"

#include "lab/ChildProcess.h"

#include <QByteArray>
#include <QStringList>

#include <sys/resource.h>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <unistd.h>
#include <vector>

namespace gil {

namespace {
constexpr int kReport = 3, kGo = 4;

void report(const QByteArray& line)
{
    const char* p = line.constData();
    qsizetype left = line.size();
    while (left > 0) {
        const ssize_t w = ::write(kReport, p, static_cast<size_t>(left));
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) return;
        p += w;
        left -= w;
    }
}

qint64 cpuNs()
{
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    return (static_cast<qint64>(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000000 + ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) * 1000;
}

int cpuWorker(const QStringList& args)
{
    const qint64 ticks = args.value(0).toLongLong();
    const qint64 durationMs = args.value(1).toLongLong();
    const double intervalMs = args.value(2).toDouble();
    const int index = args.value(3).toInt();
    if (ticks <= 0 && durationMs <= 0) return 2;
    report("R\n");
    char go;
    ssize_t n;
    do { n = ::read(kGo, &go, 1); } while (n < 0 && errno == EINTR);
    if (n != 1) return 3; // the parent went away before the start

    Interp interp(GilKind::New, intervalMs > 0 ? intervalMs : 5.0, 100); // this process's own lock
    EvalThread et(interp, index, nullptr, nullptr, kSeed);
    et.take();
    const qint64 begin = monoNs(), cpu0 = cpuNs();
    const qint64 end = durationMs > 0 ? begin + durationMs * 1'000'000 : INT64_MAX;
    report("B " + QByteArray::number(begin) + '\n');
    qint64 lastReport = begin;
    for (;;) {
        qint64 chunk = 4 * kBatch;
        if (ticks > 0) chunk = std::min(chunk, ticks - et.ticks());
        if (chunk <= 0) break;
        et.run(chunk);
        const qint64 now = monoNs();
        if (now >= end) break;
        if (now - lastReport >= 20'000'000) {
            report("P " + QByteArray::number(et.ticks()) + ' ' + QByteArray::number(now) + '\n');
            lastReport = now;
        }
    }
    et.release(Phase::Done, true);
    const qint64 cpu = cpuNs() - cpu0;
    report("D " + QByteArray::number(et.ticks()) + ' ' + QByteArray::number(et.value()) + ' '
           + QByteArray::number(monoNs()) + ' ' + QByteArray::number(cpu) + '\n');
    return 0;
}

int responderWorker(const QStringList& args)
{
    const qint64 delayUs = args.value(0).toLongLong();
    char buf[64];
    for (;;) {
        ssize_t n;
        do { n = ::read(kReport, buf, sizeof buf); } while (n < 0 && errno == EINTR);
        if (n <= 0) return n == 0 ? 0 : 2;
        if (delayUs > 0) {
            timespec ts{static_cast<time_t>(delayUs / 1000000), static_cast<long>(delayUs % 1000000) * 1000};
            while (nanosleep(&ts, &ts) < 0 && errno == EINTR) {}
        }
        for (ssize_t off = 0; off < n;) {
            const ssize_t w = ::write(kReport, buf + off, static_cast<size_t>(n - off));
            if (w < 0 && errno == EINTR) continue;
            if (w <= 0) return 3;
            off += w;
        }
    }
}

int pythonWorker(const QStringList& args)
{
    if (args.size() < 2) return 2;
    setpgid(0, 0);
    std::vector<QByteArray> store;
    for (const QString& a : args) store.push_back(a.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& a : store) argv.push_back(a.data());
    argv.push_back(nullptr);
    ::execv(argv[0], argv.data());
    const QByteArray msg = "pplab: cannot execute " + store[0] + ": " + QByteArray(strerror(errno)) + '\n';
    (void)!::write(2, msg.constData(), static_cast<size_t>(msg.size()));
    return 127;
}
} // namespace

void registerGilWorkers()
{
    lab::registerWorker(QStringLiteral("gil_worker"), &cpuWorker);
    lab::registerWorker(QStringLiteral("gil_responder"), &responderWorker);
    lab::registerWorker(QStringLiteral("gil_python"), &pythonWorker);
}

} // namespace gil
