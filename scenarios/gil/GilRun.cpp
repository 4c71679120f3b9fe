#include "GilRun.h"

#include "Gil.h"
#include "Ticks.h"

#include <algorithm>
#include <cmath>
#include <unistd.h>

namespace gil {

namespace {
GilKind lockOf(const QString& kind, const QString& gil)
{
    const QString k = kind == QLatin1String("sequential") ? gil : kind;
    if (k == QLatin1String("old")) return GilKind::Old;
    if (k == QLatin1String("none")) return GilKind::None;
    return GilKind::New; // new, processes' own lock, and compare's sequential baseline
}
} // namespace

void GilScenario::run(lab::RunContext& ctx)
{
    GilRun r(ctx);
    r.run();
}

GilRun::GilRun(lab::RunContext& ctx)
    : m_ctx(ctx), m_rec(ctx.recorder()), m_env{ctx, ctx.recorder(), 5.0, 100, true, {}, {}}
{
    const lab::Params& p = ctx.params();
    m_gil = p.text(QStringLiteral("gil"));
    m_engine = p.text(QStringLiteral("engine"));
    m_io = p.text(QStringLiteral("workload")) == QLatin1String("io");
    m_sweep = p.flag(QStringLiteral("sweep"));
    m_compare = m_gil == QLatin1String("compare");
    m_threads = static_cast<int>(p.integer(QStringLiteral("threads")));
    m_cpuThreads = static_cast<int>(p.integer(QStringLiteral("cpu_threads")));
    m_workMs = static_cast<int>(p.integer(QStringLiteral("work_ms")));
    m_fibN = static_cast<int>(p.integer(QStringLiteral("fib_n")));
    m_ioDelayUs = static_cast<int>(p.integer(QStringLiteral("io_delay_us")));
    m_intervalMs = p.real(QStringLiteral("switch_interval_ms"));
    m_cpus = lab::usableCpus();
    m_env.intervalMs = m_intervalMs;
    m_env.checkInterval = static_cast<int>(p.integer(QStringLiteral("check_interval")));
    m_env.live = p.flag(QStringLiteral("live"));
}

GilRun::~GilRun()
{
    if (m_responderSock >= 0) ::close(m_responderSock);
}

void GilRun::run()
{
    QStringList ids{QStringLiteral("sequential")}, titles{kindTitle(QStringLiteral("sequential"))};
    for (const QString& k : kindIds()) { ids << k; titles << kindTitle(k); }
    m_timeBars = std::make_unique<BarChart>(m_rec, QStringLiteral("time"), ids, titles);
    ids[0] = QStringLiteral("alone");
    titles[0] = tr("alone");
    m_ioBars = std::make_unique<BarChart>(m_rec, QStringLiteral("io"), ids, titles);
    m_latencyBars = std::make_unique<BarChart>(m_rec, QStringLiteral("latency"),
                                               QStringList{QStringLiteral("p50"), QStringLiteral("p99")},
                                               QStringList{tr("median"), tr("99th percentile")});
    if (m_engine != QLatin1String("cpython")) {
        setUpLanes();
        if (!calibrate()) return;
        if (m_io) runIo(); else runCpu();
    }
    if (m_engine != QLatin1String("emulator") && !m_ctx.stopRequested() && !m_ctx.failure()) runPython();
    m_ctx.setProgress(1.0);
}

void GilRun::setUpLanes()
{
    if (!m_env.live) return;
    const bool threads = m_compare || m_gil != QLatin1String("processes");
    const bool procs = m_compare || m_gil == QLatin1String("processes");
    if (m_io) {
        m_ioLane = m_rec.lane(tr("I/O thread"));
    } else {
        m_seqLane = m_rec.lane(tr("main (sequential)"));
    }
    const int n = m_io ? m_cpuThreads : m_threads;
    for (int i = 0; i < n && threads; ++i) {
        m_threadNames << (m_io ? tr("CPU %1").arg(i + 1) : tr("T%1").arg(i + 1));
        m_threadLanes.push_back(m_rec.lane(m_io ? tr("CPU thread %1").arg(i + 1) : tr("T%1 (thread)").arg(i + 1)));
    }
    for (int i = 0; i < n && procs; ++i)
        m_procLanes.push_back(m_rec.lane(m_io ? tr("CPU process %1").arg(i + 1) : tr("P%1 (process)").arg(i + 1)));
    if (m_compare || m_gil == QLatin1String("new")) m_env.marks.drops = m_rec.lane(tr("drop requests"));
    if (m_compare || m_gil == QLatin1String("new") || m_gil == QLatin1String("old"))
        m_env.marks.fails = m_rec.lane(tr("failed wake-ups"));
}

bool GilRun::calibrate()
{
    const double perMs = calibrateTicks([this] { return m_ctx.stopRequested(); });
    if (perMs <= 0) return false;
    m_nsPerTick = 1e6 / perMs;
    m_ticksEach = m_fibN > 0 ? fibCalls(m_fibN) : std::max<qint64>(1, std::llround(perMs * m_workMs));
    m_rec.setSummary(QStringLiteral("ns_per_tick"), m_nsPerTick);
    if (!m_io) {
        m_rec.setSummary(QStringLiteral("ticks_per_worker"), m_ticksEach);
        m_rec.log(m_fibN > 0 ? tr("One tick takes %1 ns here. Each worker runs fib(%2) as ticks: %3 ticks (about %4 ms on one core).")
                                   .arg(m_nsPerTick, 0, 'f', 1).arg(m_fibN).arg(m_ticksEach).arg(m_ticksEach * m_nsPerTick / 1e6, 0, 'f', 0)
                             : tr("One tick takes %1 ns here. Each worker runs %2 ticks (%3 ms on one core).")
                                   .arg(m_nsPerTick, 0, 'f', 1).arg(m_ticksEach).arg(m_workMs));
    }
    return true;
}

void GilRun::runCpu()
{
    const QStringList kinds = m_compare ? kindIds() : QStringList{m_gil};
    const double t = static_cast<double>(m_ticksEach);
    m_unitsPlanned = m_threads * t;
    for (int k = 0; k < kinds.size(); ++k)
        for (int n = m_compare ? 1 : m_threads; n <= m_threads; ++n) m_unitsPlanned += n * t;
    m_timeSeries = m_rec.series(QStringLiteral("time_emulator"), tr("pplab emulator"), QStringLiteral("time"));
    m_ideal = m_rec.series(QStringLiteral("speedup_ideal"), tr("ideal (N workers, N cores)"), QStringLiteral("speedup"),
                           lab::SeriesStyle::Dashed);
    for (int n = 1; n <= m_threads; ++n) m_rec.sample(m_ideal, n, n);
    for (const QString& k : kinds)
        m_speedupSeries.insert(k, m_rec.series(QStringLiteral("speedup_") + k, kindTitle(k), QStringLiteral("speedup"),
                                               lab::SeriesStyle::LinePoints));

    const CpuResult seq = cpuPhase(QStringLiteral("sequential"), 1, m_ticksEach * m_threads);
    if (!seq.complete) return;
    m_timeBars->set(m_timeSeries, QStringLiteral("sequential"), seq.wallS);
    m_rec.setSummary(QStringLiteral("sequential_s"), seq.wallS);
    const double seqCores = seq.wallS > 0 ? seq.cpuS / seq.wallS : 0.0;
    m_rec.setSummary(QStringLiteral("sequential_cores_used"), seqCores);
    if (seqCores < 0.8)
        m_rec.log(tr("Warning: the sequential run had only %1 of a core (CPU time ÷ wall time): other programs are using "
                     "the processors, so the speedups below compare unequal conditions.").arg(seqCores, 0, 'f', 2));
    for (const QString& k : kinds) {
        for (int n = m_compare ? 1 : m_threads; n <= m_threads; ++n) {
            const CpuResult r = cpuPhase(k, n, m_ticksEach);
            if (!r.complete) return;
            const double seqN = seq.wallS * n / m_threads; // the same n workers' ticks on one thread
            m_rec.sample(m_speedupSeries.value(k), n, r.wallS > 0 ? seqN / r.wallS : 0.0);
            if (n == m_threads) publishCpu(k, r, seq.wallS, !m_compare || k == QLatin1String("new"));
        }
    }
}

CpuResult GilRun::cpuPhase(const QString& kind, int workers, qint64 ticksEach)
{
    const bool seq = kind == QLatin1String("sequential");
    const QString rateKey = QStringLiteral("rate_") + kind;
    if (!m_rateSeries.contains(rateKey))
        m_rateSeries.insert(rateKey, m_rec.series(rateKey, kindTitle(kind), QStringLiteral("rate")));
    const int rate = m_rateSeries.value(rateKey);
    const double planned = static_cast<double>(ticksEach) * workers;
    m_lastRateT = -1;
    m_env.progress = [&, rate](qint64 ticks, double elapsedS) {
        m_ctx.setProgress(std::min(1.0, (m_unitsDone + static_cast<double>(ticks)) / m_unitsPlanned));
        if (workers == m_threads || seq) m_timeBars->set(m_timeSeries, kind, elapsedS);
        const double now = m_rec.nowS();
        if (m_lastRateT < 0) { m_lastRateT = now; m_lastRateUnits = static_cast<double>(ticks); return; }
        if (now - m_lastRateT < 0.1) return;
        m_rec.sample(rate, now, (static_cast<double>(ticks) - m_lastRateUnits) / (now - m_lastRateT) / 1e6);
        m_lastRateT = now;
        m_lastRateUnits = static_cast<double>(ticks);
    };
    CpuResult r;
    if (kind == QLatin1String("processes")) {
        r = runProcesses(m_env, workers, ticksEach, m_procLanes);
    } else {
        const std::vector<int> lanes = seq ? std::vector<int>{m_seqLane} : m_threadLanes;
        const QStringList names = seq ? QStringList{tr("main")} : m_threadNames;
        r = runThreads(m_env, lockOf(kind, m_gil), workers, ticksEach, m_env.live ? lanes : std::vector<int>{}, names);
    }
    m_env.progress = nullptr;
    m_unitsDone += planned;
    if (!r.complete) {
        if (!m_ctx.stopRequested() && !m_ctx.failure())
            m_ctx.fail(tr("%1: only %2 of %3 ticks were run").arg(kindTitle(kind)).arg(r.ticks).arg(ticksEach * workers));
        return r;
    }
    if (workers == m_threads) m_timeBars->set(m_timeSeries, kind, r.wallS);
    m_rec.log(tr("%1, %2 worker(s): %3 s for %4 ticks (CPU time %5 s; %6 lock switches, %7 drop requests, %8 failed wake-ups)")
                  .arg(kindTitle(kind)).arg(workers).arg(r.wallS, 0, 'f', 3).arg(r.ticks).arg(r.cpuS, 0, 'f', 3)
                  .arg(r.stats.switches).arg(r.stats.dropRequests).arg(r.stats.failedWakeups));
    return r;
}

// The headline figures of the lock, the same for the CPU and the I/O workload.
void GilRun::publishLock(const GilStats& s, double wallS, double cpuS)
{
    m_rec.setSummary(QStringLiteral("switches_per_s"), wallS > 0 ? s.switches / wallS : 0.0);
    m_rec.setSummary(QStringLiteral("reacquire_same_pct"), s.reacquireSamePct());
    m_rec.setSummary(QStringLiteral("drop_requests"), s.dropRequests);
    m_rec.setSummary(QStringLiteral("failed_wakeups"), s.failedWakeups);
    m_rec.setSummary(QStringLiteral("cpu_utilization"), wallS > 0 ? cpuS / wallS / m_cpus : 0.0);
    m_rec.setSummary(QStringLiteral("cores_used"), wallS > 0 ? cpuS / wallS : 0.0);
    publishHandoff(s);
}

void GilRun::publishCpu(const QString& kind, const CpuResult& r, double seqS, bool headline)
{
    const double speedup = r.wallS > 0 ? seqS / r.wallS : 0.0;
    const QString checksum = QString::number(r.checksum, 16);
    m_emuSpeedup.insert(kind, speedup);
    if (m_compare) {
        m_rec.setSummary(QStringLiteral("speedup_") + kind, speedup);
        m_rec.setSummary(QStringLiteral("wall_s_") + kind, r.wallS);
        m_rec.setSummary(QStringLiteral("cores_used_") + kind, r.wallS > 0 ? r.cpuS / r.wallS : 0.0);
        m_rec.setSummary(QStringLiteral("ticks_total_") + kind, r.ticks);
        m_rec.setSummary(QStringLiteral("checksum_") + kind, checksum);
        m_rec.setSummary(QStringLiteral("failed_wakeups_") + kind, r.stats.failedWakeups);
        m_rec.setSummary(QStringLiteral("switches_per_s_") + kind, r.wallS > 0 ? r.stats.switches / r.wallS : 0.0);
    }
    if (kind == QLatin1String("processes")) m_rec.setSummary(QStringLiteral("process_startup_s"), r.startupS);
    if (!headline) return;
    m_rec.setSummary(QStringLiteral("wall_s"), r.wallS);
    m_rec.setSummary(QStringLiteral("speedup"), speedup);
    m_rec.setSummary(QStringLiteral("ticks_total"), r.ticks);
    m_rec.setSummary(QStringLiteral("checksum"), checksum);
    publishLock(r.stats, r.wallS, r.cpuS);
}

void GilRun::publishHandoff(const GilStats& s)
{
    if (s.handoffNs.empty()) return;
    m_rec.setSummary(QStringLiteral("handoff_p50_us"), percentileNs(s.handoffNs, 0.5) / 1e3);
    m_rec.setSummary(QStringLiteral("handoff_p99_us"), percentileNs(s.handoffNs, 0.99) / 1e3);
}

} // namespace gil
