// The `lock` variant: one LockRun per lock (each in turn with `compare`), watched by the run's
// own thread (the monitor). Everything the user sees is made here, from the workers' counters:
// the measured loop never calls the Recorder.
#include "Lanes.h"
#include "LockRun.h"
#include "Platform.h"
#include "Publish.h"

#include "lab/RunContext.h"

#include <algorithm>
#include <chrono>
#include <climits>
#include <limits>
#include <stop_token>

namespace starvation {

namespace {
using platform::nowNs;

class LockMonitor {
    Q_DECLARE_TR_FUNCTIONS(starvation::LockMonitor)
public:
    LockMonitor(lab::Recorder& rec, const Config& cfg, const QString& lock, bool compare, Publisher& pub)
        : m_rec(rec), m_lock(lock), m_compare(compare), m_pub(pub),
          m_n(cfg.threads), m_prevCount(static_cast<size_t>(m_n), 0), m_prevHold(m_prevCount), m_prevWait(m_prevCount)
    {
        for (int t = 0; t < m_n; ++t) {
            const QString name = Publisher::thread(t);
            m_acq.push_back(rec.series(QStringLiteral("acq_") + name, name, kChartAcq));
            m_lanes.emplace_back(rec, rec.lane(name), lockTitle(lock));
        }
        m_jainSeries = rec.series(QStringLiteral("jain_") + lock, tr("J (%1)").arg(lockTitle(lock)), kChartJain);
        for (int s : m_acq) rec.sample(s, rec.nowS(), 0); // each lock's curves start at 0
    }
    void begin(qint64 now) { m_prevNs = now; m_prevUs = m_rec.nowUs(); m_lastHist = now; }
    void tick(const LockRun& run, qint64 now);
    void finish()
    {
        for (LaneTrack& l : m_lanes) l.flush();
    }

private:
    void liveFigures(const LockRun& run, const std::vector<double>& counts, double elapsedS, bool histogram);

    lab::Recorder& m_rec;
    const QString m_lock;
    const bool m_compare;
    Publisher& m_pub;
    const int m_n;
    std::vector<int> m_acq;
    std::vector<LaneTrack> m_lanes;
    int m_jainSeries = -1;
    JainWindow m_jain;
    std::vector<qint64> m_prevCount, m_prevHold, m_prevWait;
    qint64 m_prevNs = 0, m_prevUs = 0, m_lastHist = 0;
};

void LockMonitor::tick(const LockRun& run, qint64 now)
{
    const double tS = m_rec.nowS();
    const qint64 us = m_rec.nowUs();
    const double dt = static_cast<double>(std::max<qint64>(1, now - m_prevNs));
    std::vector<double> counts(static_cast<size_t>(m_n));
    for (int t = 0; t < m_n; ++t) {
        const LockRun::Slot& s = run.slot(t);
        const auto i = static_cast<size_t>(t);
        const qint64 c = s.count.load(std::memory_order_relaxed);
        const qint64 hold = s.holdNs.load(std::memory_order_relaxed), wait = run.waitedNs(t, now);
        counts[i] = static_cast<double>(c);
        m_rec.sample(m_acq[i], tS, counts[i]);
        LaneTrack::Parts parts{static_cast<double>(hold - m_prevHold[i]) / dt, 0.0, 0.0,
                               static_cast<double>(wait - m_prevWait[i]) / dt};
        parts[1] = std::max(0.0, 1.0 - parts[0] - parts[3]);
        m_lanes[i].slice(m_prevUs, us, parts, tr("%n acquisition(s)", "", static_cast<int>(std::min<qint64>(c - m_prevCount[i], INT_MAX))));
        m_prevCount[i] = c;
        m_prevHold[i] = hold;
        m_prevWait[i] = wait;
    }
    m_jain.add(tS, counts);
    if (const double j = m_jain.value(); j >= 0) m_rec.sample(m_jainSeries, tS, j);
    const bool hist = now - m_lastHist >= 1000000000;
    if (hist) m_lastHist = now;
    liveFigures(run, counts, (now - run.beginNs()) / 1e9, hist);
    m_prevNs = now;
    m_prevUs = us;
}

void LockMonitor::liveFigures(const LockRun& run, const std::vector<double>& counts, double elapsedS, bool histogram)
{
    double total = 0;
    for (double c : counts) total += c;
    WaitCounts all;
    std::vector<WaitCounts> per(static_cast<size_t>(m_n));
    for (int t = 0; t < m_n; ++t) {
        per[static_cast<size_t>(t)].add(run.slot(t).hist);
        all.add(per[static_cast<size_t>(t)]);
    }
    m_rec.setSummary(QStringLiteral("jain_index"), jainIndex(counts));
    m_rec.setSummary(QStringLiteral("starved_threads"), starvedCount(counts));
    m_rec.setSummary(QStringLiteral("wait_max_ms"), static_cast<double>(all.maxNs) / 1e6);
    m_rec.setSummary(QStringLiteral("wait_median_us"), all.quantileNs(0.5) / 1e3);
    m_rec.setSummary(QStringLiteral("wait_p99_us"), all.quantileNs(0.99) / 1e3);
    m_rec.setSummary(QStringLiteral("longest_streak"), run.longestStreak());
    m_rec.setSummary(QStringLiteral("acquisitions_total"), static_cast<qint64>(total));
    m_rec.setSummary(QStringLiteral("acquisitions_min"), static_cast<qint64>(*std::min_element(counts.begin(), counts.end())));
    m_rec.setSummary(QStringLiteral("acquisitions_max"), static_cast<qint64>(*std::max_element(counts.begin(), counts.end())));
    m_rec.setSummary(QStringLiteral("acquisitions_per_s"), elapsedS > 0 ? total / elapsedS : 0.0);
    if (!histogram) return;
    if (m_compare) m_pub.waits(QStringLiteral("wait_") + m_lock, lockTitle(m_lock), all);
    else
        for (int t = 0; t < m_n; ++t) m_pub.waits(QStringLiteral("wait_") + Publisher::thread(t), Publisher::thread(t), per[static_cast<size_t>(t)]);
}

// The figures of one lock's run, by summary key.
QList<QPair<QString, QVariant>> figures(const LockResult& r)
{
    std::vector<double> counts;
    WaitCounts all;
    double total = 0;
    for (const ThreadResult& t : r.threads) {
        counts.push_back(static_cast<double>(t.count));
        total += static_cast<double>(t.count);
        all.add(t.waits);
    }
    return {
        {QStringLiteral("jain_index"), jainIndex(counts)},
        {QStringLiteral("starved_threads"), starvedCount(counts)},
        {QStringLiteral("wait_max_ms"), static_cast<double>(all.maxNs) / 1e6},
        {QStringLiteral("longest_streak"), r.longestStreak},
        {QStringLiteral("acquisitions_per_s"), r.elapsedS > 0 ? total / r.elapsedS : 0.0},
        {QStringLiteral("acquisitions_total"), static_cast<qint64>(total)},
        {QStringLiteral("acquisitions_min"), static_cast<qint64>(counts.empty() ? 0 : *std::min_element(counts.begin(), counts.end()))},
        {QStringLiteral("acquisitions_max"), static_cast<qint64>(counts.empty() ? 0 : *std::max_element(counts.begin(), counts.end()))},
        {QStringLiteral("wait_median_us"), all.quantileNs(0.5) / 1e3},
        {QStringLiteral("wait_p99_us"), all.quantileNs(0.99) / 1e3},
        {QStringLiteral("mutual_exclusion_errors"), r.exclusionErrors},
    };
}

// Keys repeated per lock in compare mode.
const QStringList& perLockKeys()
{
    static const QStringList k = {QStringLiteral("jain_index"), QStringLiteral("acquisitions_per_s"),
                                  QStringLiteral("longest_streak"), QStringLiteral("starved_threads"),
                                  QStringLiteral("wait_p99_us"), QStringLiteral("wait_max_ms")};
    return k;
}
} // namespace

void lockResultPublished(lab::Recorder& rec, Publisher& pub, const LockResult& r, bool compare);

namespace {
// One lock: start the threads, watch them for `slotS` seconds (0 = until the run stops).
bool runOneLock(lab::RunContext& ctx, const Config& cfg, const QString& lock, double slotS, bool compare,
                Publisher& pub, LockResult* out)
{
    std::atomic<bool> halt{false};
    std::stop_callback onStop(ctx.stopToken(), [&halt] { halt.store(true, std::memory_order_relaxed); });
    LockRun run(cfg, lock, &halt);
    LockMonitor mon(ctx.recorder(), cfg, lock, compare, pub);
    try {
        run.start();
    } catch (const std::exception& e) {
        ctx.fail(LockMonitor::tr("could not start %1 threads: %2").arg(cfg.threads).arg(QString::fromLocal8Bit(e.what())));
        return false;
    }
    const qint64 end = slotS > 0 ? run.beginNs() + static_cast<qint64>(slotS * 1e9) : std::numeric_limits<qint64>::max();
    const auto tick = std::chrono::milliseconds(50 * std::max(1, cfg.threads / 8));
    mon.begin(run.beginNs());
    for (;;) {
        const qint64 left = end - nowNs();
        if (left <= 0 || !ctx.sleepFor(std::min<std::chrono::nanoseconds>(tick, std::chrono::nanoseconds(left)))) break;
        if (cfg.live && nowNs() < end) mon.tick(run, nowNs());
    }
    const qint64 endNs = nowNs();
    halt.store(true, std::memory_order_relaxed);
    *out = run.result(endNs);
    if (cfg.live) mon.finish();
    lockResultPublished(ctx.recorder(), pub, *out, compare);
    return true;
}
} // namespace

void runLockVariant(lab::RunContext& ctx, const Config& cfg)
{
    lab::Recorder& rec = ctx.recorder();
    const bool compare = cfg.lock == QLatin1String("compare");
    const QStringList locks = compare ? lockIds() : QStringList{cfg.lock};
    const double limit = ctx.durationLimitS();
    const double slotS = !compare ? 0.0 : (limit > 0 ? limit / locks.size() : StarvationScenario::kCompareSlotS);
    Publisher pub(rec);
    std::vector<LockResult> results;
    for (int i = 0; i < locks.size() && !ctx.stopRequested(); ++i) {
        if (compare) rec.log(LockMonitor::tr("Running %1 (%2 threads, %3 s)").arg(lockTitle(locks[i])).arg(cfg.threads).arg(slotS, 0, 'g', 3));
        LockResult r;
        if (!runOneLock(ctx, cfg, locks[i], slotS, compare, pub, &r)) return;
        results.push_back(std::move(r));
        ctx.setProgress(compare ? static_cast<double>(i + 1) / locks.size() : -1.0);
    }
    if (results.empty()) return;
    for (const auto& [key, value] : figures(results.front())) rec.setSummary(key, value); // headline: the first lock
    if (compare)
        for (const LockResult& r : results)
            for (const auto& [key, value] : figures(r))
                if (perLockKeys().contains(key)) rec.setSummary(key + QLatin1Char('_') + r.lock, value);
}

void lockResultPublished(lab::Recorder& rec, Publisher& pub, const LockResult& r, bool compare)
{
    const auto f = figures(r);
    auto num = [&](const char* key) {
        for (const auto& [k, v] : f)
            if (k == QLatin1String(key)) return v.toDouble();
        return 0.0;
    };
    for (const auto& [key, value] : f) rec.setSummary(key, value);
    const QString title = lockTitle(r.lock);
    const int point = rec.series(QStringLiteral("tradeoff_") + r.lock, title, kChartTradeoff, lab::SeriesStyle::Points);
    rec.sample(point, num("jain_index"), num("acquisitions_per_s"));
    WaitCounts all;
    double total = 0;
    for (const ThreadResult& t : r.threads) { all.add(t.waits); total += static_cast<double>(t.count); }
    if (compare) pub.waits(QStringLiteral("wait_") + r.lock, title, all);
    for (size_t t = 0; t < r.threads.size(); ++t) {
        const ThreadResult& tr = r.threads[t];
        if (!compare) pub.waits(QStringLiteral("wait_") + Publisher::thread(static_cast<int>(t)), Publisher::thread(static_cast<int>(t)), tr.waits);
        pub.tableRow(r.lock, threadRow(Publisher::thread(static_cast<int>(t)), tr.count,
                                       total > 0 ? static_cast<double>(tr.count) / total : 0.0, tr.waits, tr.cpuS));
        rec.log(LockMonitor::tr("%1 %2: %3 acquisitions (%4 %), wait median %5, p99 %6, max %7")
                    .arg(title, Publisher::thread(static_cast<int>(t))).arg(tr.count)
                    .arg(total > 0 ? 100.0 * static_cast<double>(tr.count) / total : 0.0, 0, 'f', 1)
                    .arg(Publisher::duration(tr.waits.quantileNs(0.5)), Publisher::duration(tr.waits.quantileNs(0.99)),
                         Publisher::duration(static_cast<double>(tr.waits.maxNs))));
    }
    rec.log(LockMonitor::tr("%1: J = %2, %3 acquisitions/s, longest streak %4, wait p99 %5, max %6")
                .arg(title).arg(num("jain_index"), 0, 'f', 3).arg(num("acquisitions_per_s"), 0, 'f', 0)
                .arg(r.longestStreak).arg(Publisher::duration(num("wait_p99_us") * 1e3), Publisher::duration(num("wait_max_ms") * 1e6)));
    if (r.lock == QLatin1String("starvation_mode"))
        rec.log(LockMonitor::tr("%1: switched to starvation mode %2 times, handed the lock off %3 times")
                    .arg(title).arg(r.switches).arg(r.handOffs));
    if (r.exclusionErrors != 0)
        rec.log(LockMonitor::tr("%1: mutual exclusion FAILED (%2 updates of the protected counter lost)").arg(title).arg(r.exclusionErrors));
    pub.publishTable();
}

} // namespace starvation
