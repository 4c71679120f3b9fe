// The cpython engine: the same experiment in the real interpreter, after the emulation (never
// at the same time, so that neither disturbs the other's measurement).
#include "GilRun.h"

#include "CPython.h"
#include "Gil.h"

namespace gil {

void GilRun::runPython()
{
    QString why;
    const QString python = findPython(&why);
    if (python.isEmpty()) { // checkParams refuses this; the machine may have changed since
        m_ctx.fail(tr("engine: the cpython engine is unavailable: %1").arg(why));
        return;
    }
    QList<double> intervals;
    QStringList args;
    if (!m_io) {
        args = {QStringLiteral("cpu"), QStringLiteral("--workers"), QString::number(m_threads), QStringLiteral("--work-ms"),
                QString::number(m_workMs), QStringLiteral("--fib-n"), QString::number(m_fibN)};
    } else {
        intervals = m_sweep ? sweepIntervals(m_intervalMs) : QList<double>{m_intervalMs};
        QStringList ivs;
        for (double iv : intervals) ivs << intervalKey(iv);
        args = {QStringLiteral("io"), QStringLiteral("--cpu-threads"), QString::number(m_cpuThreads), QStringLiteral("--seconds"),
                QString::number(m_workMs / 1000.0), QStringLiteral("--intervals"), ivs.join(QLatin1Char(',')),
                QStringLiteral("--delay-us"), QString::number(m_ioDelayUs)};
    }
    m_rec.log(tr("Real interpreter: %1 gil_cpython.py %2").arg(python, args.join(QLatin1Char(' '))));
    m_ctx.setProgress(-1.0);
    bool labelled = false;
    const PyResult r = PythonRun::run(m_ctx, python, args, [&](const PyResult& part) {
        if (labelled || part.info.version.isEmpty()) return;
        labelled = true;
        m_rec.setSummary(QStringLiteral("cpython_version"), part.info.version);
        m_rec.setSummary(QStringLiteral("cpython_gil_enabled"), part.info.gilEnabled != 0);
        m_rec.log(part.info.gilEnabled < 0
                      ? tr("%1: sys._is_gil_enabled() does not exist before 3.13; this interpreter always has its GIL.")
                            .arg(part.info.label())
                      : tr("%1: sys._is_gil_enabled() is %2.").arg(part.info.label(),
                                                                    part.info.gilEnabled ? QStringLiteral("True") : QStringLiteral("False")));
    });
    if (m_ctx.stopRequested()) return;
    if (!r.ok) {
        const QString msg = tr("CPython engine: %1").arg(r.error);
        if (m_engine == QLatin1String("cpython")) m_ctx.fail(msg);
        else m_rec.log(msg + tr(" (the emulator's figures stand)"));
        return;
    }
    if (m_io) publishPythonIo(r); else publishPythonCpu(r);
}

void GilRun::publishPythonCpu(const PyResult& r)
{
    const double spT = r.threadsS > 0 ? r.seqS / r.threadsS : 0.0, spP = r.procsS > 0 ? r.seqS / r.procsS : 0.0;
    m_rec.setSummary(QStringLiteral("cpython_fib_n"), r.fibN);
    m_rec.setSummary(QStringLiteral("cpython_sequential_s"), r.seqS);
    m_rec.setSummary(QStringLiteral("cpython_threads_s"), r.threadsS);
    m_rec.setSummary(QStringLiteral("cpython_processes_s"), r.procsS);
    m_rec.setSummary(QStringLiteral("cpython_process_startup_s"), r.procStartupS);
    m_rec.setSummary(QStringLiteral("cpython_speedup_threads"), spT);
    m_rec.setSummary(QStringLiteral("cpython_speedup_processes"), spP);
    const QString label = r.info.label();
    const QString threads = r.info.freeThreaded() ? QStringLiteral("none") : QStringLiteral("new");
    const int bars = m_rec.series(QStringLiteral("time_cpython"), label, QStringLiteral("time"));
    m_timeBars->set(bars, QStringLiteral("sequential"), r.seqS);
    m_timeBars->set(bars, threads, r.threadsS);
    m_timeBars->set(bars, QStringLiteral("processes"), r.procsS);
    const int sT = m_rec.series(QStringLiteral("speedup_cpython_threads"), tr("%1, threads").arg(label),
                                QStringLiteral("speedup"), lab::SeriesStyle::Points);
    const int sP = m_rec.series(QStringLiteral("speedup_cpython_processes"), tr("%1, processes").arg(label),
                                QStringLiteral("speedup"), lab::SeriesStyle::Points);
    m_rec.sample(sT, m_threads, spT);
    m_rec.sample(sP, m_threads, spP);
    m_rec.log(tr("%1: fib(%2) (%3 calls) × %4 workers: sequential %5 s, threads %6 s (speedup %7), processes %8 s "
                 "(speedup %9; their start-up, %10 s with the %11 start method, is not counted)")
                  .arg(label).arg(r.fibN).arg(r.calls).arg(m_threads).arg(r.seqS, 0, 'f', 3).arg(r.threadsS, 0, 'f', 3)
                  .arg(spT, 0, 'f', 2).arg(r.procsS, 0, 'f', 3).arg(spP, 0, 'f', 2).arg(r.procStartupS, 0, 'f', 3)
                  .arg(r.startMethod));
    if (m_emuSpeedup.contains(threads))
        m_rec.log(tr("Side by side, speedup over sequential with %1 threads (%2): %3 (emulator) vs %4 (CPython).")
                      .arg(m_threads).arg(kindTitle(threads)).arg(m_emuSpeedup.value(threads), 0, 'f', 2).arg(spT, 0, 'f', 2));
    if (m_emuSpeedup.contains(QStringLiteral("processes")))
        m_rec.log(tr("Side by side, speedup over sequential with %1 processes: %2 (emulator) vs %3 (CPython).")
                      .arg(m_threads).arg(m_emuSpeedup.value(QStringLiteral("processes")), 0, 'f', 2).arg(spP, 0, 'f', 2));
}

void GilRun::publishPythonIo(const PyResult& r)
{
    const QString label = r.info.label();
    const QString busy = r.info.freeThreaded() ? QStringLiteral("none") : QStringLiteral("new");
    const int bars = m_rec.series(QStringLiteral("io_cpython"), label, QStringLiteral("io"));
    const int latAlone = m_rec.series(QStringLiteral("latency_cpython_alone"), tr("%1, alone").arg(label), QStringLiteral("latency"));
    const int latBusy = m_rec.series(QStringLiteral("latency_cpython"), tr("%1, beside CPU-bound threads").arg(label),
                                     QStringLiteral("latency"));
    if (r.haveAlone) {
        m_rec.setSummary(QStringLiteral("cpython_io_ops_per_s_alone"), r.alone.opsPerS);
        m_rec.setSummary(QStringLiteral("cpython_io_latency_p50_ms_alone"), r.alone.p50Ms);
        m_ioBars->set(bars, QStringLiteral("alone"), r.alone.opsPerS);
        m_latencyBars->set(latAlone, QStringLiteral("p50"), r.alone.p50Ms);
        m_latencyBars->set(latAlone, QStringLiteral("p99"), r.alone.p99Ms);
    }
    const int sweep = m_sweep ? m_rec.series(QStringLiteral("sweep_cpython"), label, QStringLiteral("sweep"), lab::SeriesStyle::LinePoints) : -1;
    for (const PyIo& io : r.io) {
        if (m_sweep) {
            m_rec.sample(sweep, io.intervalMs, io.opsPerS);
            m_rec.setSummary(QStringLiteral("cpython_io_ops_per_s_") + intervalKey(io.intervalMs), io.opsPerS);
        }
        if (!qFuzzyCompare(io.intervalMs, m_intervalMs)) continue;
        m_rec.setSummary(QStringLiteral("cpython_io_ops_per_s"), io.opsPerS);
        m_rec.setSummary(QStringLiteral("cpython_io_latency_p50_ms"), io.p50Ms);
        m_rec.setSummary(QStringLiteral("cpython_io_latency_p99_ms"), io.p99Ms);
        m_ioBars->set(bars, busy, io.opsPerS);
        m_latencyBars->set(latBusy, QStringLiteral("p50"), io.p50Ms);
        m_latencyBars->set(latBusy, QStringLiteral("p99"), io.p99Ms);
        m_rec.log(tr("%1: I/O thread alone %2 round trips/s (median %3 ms); beside %4 CPU-bound thread(s) at a %5 ms switch "
                     "interval %6/s (median %7 ms, p99 %8 ms)")
                      .arg(label).arg(r.alone.opsPerS, 0, 'f', 0).arg(r.alone.p50Ms, 0, 'f', 3).arg(m_cpuThreads)
                      .arg(intervalKey(io.intervalMs)).arg(io.opsPerS, 0, 'f', 0).arg(io.p50Ms, 0, 'f', 3).arg(io.p99Ms, 0, 'f', 3));
        if (m_emuIoOps > 0)
            m_rec.log(tr("Side by side, I/O round trips per second beside CPU-bound work: %1 (emulator) vs %2 (CPython); "
                         "alone: %3 vs %4.").arg(m_emuIoOps, 0, 'f', 0).arg(io.opsPerS, 0, 'f', 0)
                          .arg(m_emuIoAlone, 0, 'f', 0).arg(r.alone.opsPerS, 0, 'f', 0));
    }
}

} // namespace gil
