// The io workload: the I/O thread alone, then beside CPU-bound workers (one lock kind, each
// kind in turn, or the new GIL at each switch interval of the sweep).
#include "GilRun.h"

#include "Gil.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#include <unistd.h>

namespace gil {

bool GilRun::startResponder()
{
    int sp[2];
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sp) < 0) {
        m_ctx.fail(tr("socketpair: %1").arg(QString::fromLocal8Bit(strerror(errno))));
        return false;
    }
    QString err;
    m_responder = m_ctx.spawnChild(QStringLiteral("gil_responder"), {QString::number(m_ioDelayUs)}, {{sp[1], 3}}, &err);
    ::close(sp[1]);
    if (!m_responder) {
        ::close(sp[0]);
        if (!m_ctx.stopRequested()) m_ctx.fail(tr("cannot start the responder process: %1").arg(err));
        return false;
    }
    m_responderSock = sp[0];
    m_rec.log(tr("Responder: process %1, answers each request after %2 µs.").arg(m_responder->pid()).arg(m_ioDelayUs));
    return true;
}

void GilRun::runIo()
{
    if (!startResponder()) return;
    const QStringList kinds = m_sweep ? QStringList{} : m_compare ? kindIds() : QStringList{m_gil};
    const QList<double> intervals = m_sweep ? sweepIntervals(m_intervalMs) : QList<double>{};
    m_unitsPlanned = 1 + static_cast<double>(m_sweep ? intervals.size() : kinds.size());
    m_ioSeries = m_rec.series(QStringLiteral("io_emulator"), tr("pplab emulator"), QStringLiteral("io"));
    m_latAlone = m_rec.series(QStringLiteral("latency_alone"), tr("alone"), QStringLiteral("latency"));

    const bool ownLock = m_compare || m_sweep || m_gil == QLatin1String("processes");
    const IoResult alone = ioPhase(ownLock ? QStringLiteral("new") : m_gil, 0);
    if (!alone.complete) return;
    m_ioBars->set(m_ioSeries, QStringLiteral("alone"), alone.opsPerS);
    m_latencyBars->set(m_latAlone, QStringLiteral("p50"), alone.p50Ms);
    m_latencyBars->set(m_latAlone, QStringLiteral("p99"), alone.p99Ms);
    m_rec.setSummary(QStringLiteral("io_ops_per_s_alone"), alone.opsPerS);
    m_emuIoAlone = alone.opsPerS;
    m_rec.setSummary(QStringLiteral("io_latency_p50_ms_alone"), alone.p50Ms);
    m_rec.setSummary(QStringLiteral("io_latency_p99_ms_alone"), alone.p99Ms);

    for (const QString& k : kinds) {
        const IoResult r = ioPhase(k, m_cpuThreads);
        if (!r.complete) return;
        m_ioBars->set(m_ioSeries, k, r.opsPerS);
        const int lat = m_rec.series(QStringLiteral("latency_") + k, tr("beside CPU-bound workers, %1").arg(kindTitle(k)),
                                     QStringLiteral("latency"));
        m_latencyBars->set(lat, QStringLiteral("p50"), r.p50Ms);
        m_latencyBars->set(lat, QStringLiteral("p99"), r.p99Ms);
        publishIo(m_compare ? k : QString(), r, !m_compare || k == QLatin1String("new"));
    }
    if (m_sweep) {
        const int measured = m_rec.series(QStringLiteral("sweep_emulator"), tr("pplab emulator (new GIL)"),
                                          QStringLiteral("sweep"), lab::SeriesStyle::LinePoints);
        const int bound = m_rec.series(QStringLiteral("sweep_bound"), tr("model: one round trip per (interval + round trip alone)"),
                                       QStringLiteral("sweep"), lab::SeriesStyle::Dashed);
        const int flat = m_rec.series(QStringLiteral("sweep_alone"), tr("alone (no CPU-bound worker)"),
                                      QStringLiteral("sweep"), lab::SeriesStyle::Dashed);
        m_rec.sample(flat, intervals.first(), alone.opsPerS);
        m_rec.sample(flat, intervals.last(), alone.opsPerS);
        for (double iv : intervals) m_rec.sample(bound, iv, 1000.0 / (iv + alone.p50Ms));
        for (double iv : intervals) {
            m_env.intervalMs = iv;
            const IoResult r = ioPhase(QStringLiteral("new"), m_cpuThreads);
            if (!r.complete) break;
            m_rec.sample(measured, iv, r.opsPerS);
            m_rec.setSummary(QStringLiteral("io_ops_per_s_") + intervalKey(iv), r.opsPerS);
            if (qFuzzyCompare(iv, m_intervalMs)) publishIo(QString(), r, true);
        }
        m_env.intervalMs = m_intervalMs;
    }
    ::close(m_responderSock); // the responder reads EOF and ends
    m_responderSock = -1;
    if (!m_responder->wait(2000)) m_responder->kill();
}

IoResult GilRun::ioPhase(const QString& kind, int cpuWorkers)
{
    IoJob job;
    job.kind = kind == QLatin1String("old") ? GilKind::Old : kind == QLatin1String("none") ? GilKind::None : GilKind::New;
    job.processes = kind == QLatin1String("processes") && cpuWorkers > 0;
    job.cpuWorkers = cpuWorkers;
    job.durationMs = m_workMs;
    job.sock = m_responderSock;
    job.ioLane = m_ioLane;
    job.cpuLanes = job.processes ? m_procLanes : m_threadLanes;
    const QString bar = cpuWorkers == 0 ? QStringLiteral("alone") : kind;
    const bool liveBar = !m_sweep || cpuWorkers == 0;
    m_env.progress = [&](qint64 ops, double elapsedS) {
        m_ctx.setProgress(std::min(1.0, (m_unitsDone + std::min(1.0, elapsedS * 1000.0 / m_workMs)) / m_unitsPlanned));
        if (liveBar && elapsedS > 0.05) m_ioBars->set(m_ioSeries, bar, static_cast<double>(ops) / elapsedS);
    };
    const IoResult r = runIoPhase(m_env, job);
    m_env.progress = nullptr;
    m_unitsDone += 1;
    if (!r.complete) {
        if (!m_ctx.stopRequested() && !m_ctx.failure())
            m_ctx.fail(tr("I/O thread: %1").arg(r.error.isEmpty() ? tr("the measurement did not complete") : r.error));
        return r;
    }
    const QString what = cpuWorkers == 0 ? tr("I/O thread alone")
                         : m_sweep ? tr("I/O thread beside %1 CPU-bound worker(s), new GIL, switch interval %2 ms")
                                         .arg(cpuWorkers).arg(intervalKey(m_env.intervalMs))
                                   : tr("I/O thread beside %1 CPU-bound worker(s), %2").arg(cpuWorkers).arg(kindTitle(kind));
    m_rec.log(tr("%1: %2 round trips in %3 s = %4 per second; latency median %5 ms, p99 %6 ms (%7 lock switches, "
                 "%8 drop requests, %9 failed wake-ups)")
                  .arg(what).arg(r.ops).arg(r.wallS, 0, 'f', 3).arg(r.opsPerS, 0, 'f', 0).arg(r.p50Ms, 0, 'f', 3)
                  .arg(r.p99Ms, 0, 'f', 3).arg(r.stats.switches).arg(r.stats.dropRequests).arg(r.stats.failedWakeups));
    return r;
}

void GilRun::publishIo(const QString& suffix, const IoResult& r, bool headline)
{
    if (!suffix.isEmpty()) {
        m_rec.setSummary(QStringLiteral("io_ops_per_s_") + suffix, r.opsPerS);
        m_rec.setSummary(QStringLiteral("io_latency_p50_ms_") + suffix, r.p50Ms);
        m_rec.setSummary(QStringLiteral("io_latency_p99_ms_") + suffix, r.p99Ms);
        m_rec.setSummary(QStringLiteral("failed_wakeups_") + suffix, r.stats.failedWakeups);
    }
    if (!headline) return;
    m_emuIoOps = r.opsPerS;
    m_rec.setSummary(QStringLiteral("io_ops_per_s"), r.opsPerS);
    m_rec.setSummary(QStringLiteral("io_latency_p50_ms"), r.p50Ms);
    m_rec.setSummary(QStringLiteral("io_latency_p99_ms"), r.p99Ms);
    publishLock(r.stats, r.wallS, r.cpuS);
}

} // namespace gil
