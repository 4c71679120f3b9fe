// The `priority` variant: CPU-bound threads on one pinned CPU, T1 at a low priority. The monitor
// (the run's own thread, not pinned) reads each thread's CPU clock and compares the shares with
// what the CFS weight table predicts.
#include "Lanes.h"
#include "Platform.h"
#include "PriorityRun.h"
#include "Publish.h"

#include "lab/RunContext.h"

#include <algorithm>
#include <chrono>
#include <deque>
#include <stop_token>

#include <sched.h>

namespace starvation {

namespace {
using platform::nowNs;

class PriorityMonitor {
    Q_DECLARE_TR_FUNCTIONS(starvation::PriorityMonitor)
public:
    PriorityMonitor(lab::RunContext& ctx, const Config& cfg, const PriorityRun& run);
    std::vector<double> predicted() const { return m_pred; }
    QString threadTitle(int t) const;
    void begin(qint64 now);
    void tick(qint64 now);
    void finish() { for (LaneTrack& l : m_lanes) l.flush(); }

private:
    lab::Recorder& m_rec;
    const Config& m_cfg;
    const PriorityRun& m_run;
    const int m_n;
    std::vector<int> m_weight;
    std::vector<double> m_pred;
    std::vector<int> m_series, m_progress;
    int m_predSeries = -1, m_jainSeries = -1;
    std::vector<LaneTrack> m_lanes;
    std::deque<std::pair<qint64, std::vector<double>>> m_window; // (time, CPU ns per thread)
    std::vector<qint64> m_prevSlept;
    qint64 m_prevUs = 0, m_begin = 0;
    double m_cpu0 = 0; // CPU time of the threads at the start (their set-up)
    JainWindow m_jain;
};

PriorityMonitor::PriorityMonitor(lab::RunContext& ctx, const Config& cfg, const PriorityRun& run)
    : m_rec(ctx.recorder()), m_cfg(cfg), m_run(run), m_n(run.threads()), m_prevSlept(static_cast<size_t>(m_n), 0)
{
    // The weights the kernel gives the threads as they really are (read back from each thread).
    double sum = 0;
    for (int t = 0; t < m_n; ++t) {
        const PriorityRun::Slot& s = run.slot(t);
        m_weight.push_back(s.policy.load() == SCHED_IDLE ? platform::kIdleWeight : platform::cfsWeight(s.nice.load()));
        sum += m_weight.back();
    }
    // The nice-0 threads compute a fraction d of every period and all at once: during it the CPU
    // is shared by weight, during the rest T1 has it alone.
    const double d = cfg.busyPct / 100.0;
    for (int t = 0; t < m_n; ++t)
        m_pred.push_back(t == 0 ? (1 - d) + d * m_weight[0] / sum : d * m_weight[static_cast<size_t>(t)] / sum);
    for (int t = 0; t < m_n; ++t) {
        m_series.push_back(m_rec.series(QStringLiteral("cpu_") + Publisher::thread(t), threadTitle(t), kChartCpu));
        m_progress.push_back(m_rec.series(QStringLiteral("acq_") + Publisher::thread(t), threadTitle(t), kChartAcq));
        m_lanes.emplace_back(m_rec, m_rec.lane(Publisher::thread(t)), threadTitle(t),
                             LaneTrack::Titles{QString(), tr("on the CPU"), tr("asleep"), tr("waiting for the CPU")});
    }
    m_rec.setSummary(QStringLiteral("cpu_share_low_predicted"), m_pred[0]);
    m_predSeries = m_rec.series(QStringLiteral("cpu_T1_predicted"), tr("T1 predicted by the CFS weights"), kChartCpu,
                                lab::SeriesStyle::Dashed);
    m_jainSeries = m_rec.series(QStringLiteral("jain_cpu"), tr("J of CPU time"), kChartJain);
}

QString PriorityMonitor::threadTitle(int t) const
{
    const PriorityRun::Slot& s = m_run.slot(t);
    if (s.policy.load() == SCHED_IDLE) return tr("%1 (SCHED_IDLE)").arg(Publisher::thread(t));
    return tr("%1 (nice %2)").arg(Publisher::thread(t)).arg(s.nice.load());
}

void PriorityMonitor::begin(qint64 now)
{
    m_prevUs = m_rec.nowUs();
    m_begin = now;
    m_window.emplace_back(now, std::vector<double>(static_cast<size_t>(m_n), 0.0));
    for (int t = 0; t < m_n; ++t) {
        m_window.back().second[static_cast<size_t>(t)] = static_cast<double>(m_run.cpuNs(t));
        m_cpu0 += m_window.back().second[static_cast<size_t>(t)];
    }
}

void PriorityMonitor::tick(qint64 now)
{
    const double tS = m_rec.nowS();
    const qint64 us = m_rec.nowUs();
    std::vector<double> cpu(static_cast<size_t>(m_n));
    for (int t = 0; t < m_n; ++t) cpu[static_cast<size_t>(t)] = static_cast<double>(m_run.cpuNs(t));
    const auto& [prevNs, prevCpu] = m_window.back();
    const double dt = static_cast<double>(std::max<qint64>(1, now - prevNs));
    for (int t = 0; t < m_n; ++t) { // the timeline: on the CPU, asleep by design, or waiting for it
        const auto i = static_cast<size_t>(t);
        const qint64 slept = m_run.slot(t).sleptNs.load(std::memory_order_relaxed);
        LaneTrack::Parts parts{0.0, (cpu[i] - prevCpu[i]) / dt, static_cast<double>(slept - m_prevSlept[i]) / dt, 0.0};
        parts[3] = std::max(0.0, 1.0 - parts[1] - parts[2]);
        m_lanes[i].slice(m_prevUs, us, parts);
        m_prevSlept[i] = slept;
        m_rec.sample(m_progress[i], tS, static_cast<double>(m_run.slot(t).work.load(std::memory_order_relaxed)) / 1e6);
    }
    m_prevUs = us;
    m_window.emplace_back(now, cpu);
    while (m_window.size() > 2 && m_window[1].first <= now - 1000000000) m_window.pop_front();
    // Shares over the last second (a nice-19 thread runs in slices of a few ms: a shorter
    // window would only show 0 or a slice).
    const auto& first = m_window.front().second;
    double sum = 0;
    for (int t = 0; t < m_n; ++t) sum += cpu[static_cast<size_t>(t)] - first[static_cast<size_t>(t)];
    if (sum > 0)
        for (int t = 0; t < m_n; ++t)
            m_rec.sample(m_series[static_cast<size_t>(t)], tS, 100.0 * (cpu[static_cast<size_t>(t)] - first[static_cast<size_t>(t)]) / sum);
    m_rec.sample(m_predSeries, tS, 100.0 * m_pred[0]);
    m_jain.add(tS, cpu);
    if (const double j = m_jain.value(); j >= 0) m_rec.sample(m_jainSeries, tS, j);
    double total = 0;
    for (double c : cpu) total += c;
    m_rec.setSummary(QStringLiteral("cpu_share_low"), total > 0 ? cpu[0] / total : 0.0);
    m_rec.setSummary(QStringLiteral("jain_index"), jainIndex(cpu));
    m_rec.setSummary(QStringLiteral("starved_threads"), starvedCount(cpu));
    const double wall = static_cast<double>(now - m_begin);
    m_rec.setSummary(QStringLiteral("cpu_used"), wall > 0 ? (total - m_cpu0) / wall : 0.0);
}

void finalFigures(lab::RunContext& ctx, const PriorityRun& run, const PriorityMonitor& mon, double wallS)
{
    lab::Recorder& rec = ctx.recorder();
    const int n = run.threads();
    std::vector<double> cpu;
    double total = 0;
    for (int t = 0; t < n; ++t) {
        cpu.push_back(static_cast<double>(run.slot(t).cpuNs.load()));
        total += cpu.back();
    }
    const std::vector<double> pred = mon.predicted();
    rec.setSummary(QStringLiteral("cpu_share_low"), total > 0 ? cpu[0] / total : 0.0);
    rec.setSummary(QStringLiteral("cpu_share_low_predicted"), pred[0]);
    rec.setSummary(QStringLiteral("cpu_used"), wallS > 0 ? total / 1e9 / wallS : 0.0);
    rec.setSummary(QStringLiteral("jain_index"), jainIndex(cpu));
    rec.setSummary(QStringLiteral("starved_threads"), starvedCount(cpu));
    Publisher pub(rec);
    for (int t = 0; t < n; ++t) {
        const double share = total > 0 ? cpu[static_cast<size_t>(t)] / total : 0.0;
        QVariantMap row = threadRow(mon.threadTitle(t), run.slot(t).work.load(), share, WaitCounts(), cpu[static_cast<size_t>(t)] / 1e9);
        row.insert(QStringLiteral("predicted_share"), pred[static_cast<size_t>(t)]);
        pub.tableRow(QStringLiteral("priority"), row);
        rec.log(PriorityMonitor::tr("%1: %2 s of CPU, %3 % of what the pinned threads got (CFS predicts %4 %)")
                    .arg(mon.threadTitle(t)).arg(cpu[static_cast<size_t>(t)] / 1e9, 0, 'f', 3)
                    .arg(100 * share, 0, 'f', 2).arg(100 * pred[static_cast<size_t>(t)], 0, 'f', 2));
    }
    pub.publishTable();
    rec.log(PriorityMonitor::tr("The threads used %1 % of the pinned CPU (the rest went to other programs).")
                .arg(wallS > 0 ? 100 * total / 1e9 / wallS : 0.0, 0, 'f', 1));
}
} // namespace

void runPriorityVariant(lab::RunContext& ctx, const Config& cfg)
{
    const QList<int> cpus = platform::allowedCpus();
    const int cpu = cfg.cpu >= 0 ? cfg.cpu : (cpus.isEmpty() ? 0 : cpus.last());
    lab::Recorder& rec = ctx.recorder();
    if (cpus.size() <= 1)
        rec.log(PriorityMonitor::tr("pplab may use only one CPU here: the window shares CPU %1 with the pinned threads "
                                    "and may answer slowly until the run ends.").arg(cpu));
    std::atomic<bool> halt{false};
    std::stop_callback onStop(ctx.stopToken(), [&halt] { halt.store(true, std::memory_order_relaxed); });
    PriorityRun run(cfg, cpu, &halt);
    QString problem;
    try {
        problem = run.start();
    } catch (const std::exception& e) {
        problem = PriorityMonitor::tr("could not start %1 threads: %2").arg(cfg.threads).arg(QString::fromLocal8Bit(e.what()));
    }
    if (!problem.isEmpty()) { ctx.fail(problem); return; }
    PriorityMonitor mon(ctx, cfg, run);
    rec.log(PriorityMonitor::tr("%1 threads pinned to CPU %2: %3 against %4 other(s) at nice %5. CFS predicts %6 % of the CPU for T1.")
                .arg(cfg.threads).arg(cpu).arg(mon.threadTitle(0)).arg(cfg.threads - 1).arg(run.slot(1).nice.load())
                .arg(100 * mon.predicted()[0], 0, 'f', 2));
    const qint64 begin = nowNs();
    mon.begin(begin);
    run.go(begin);
    while (ctx.sleepFor(std::chrono::milliseconds(250)))
        if (cfg.live) mon.tick(nowNs());
    const qint64 end = nowNs();
    halt.store(true, std::memory_order_relaxed);
    run.unpinAll(cpus);
    run.join();
    if (cfg.live) mon.finish();
    finalFigures(ctx, run, mon, (end - begin) / 1e9);
}

} // namespace starvation
