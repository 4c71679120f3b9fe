// The `rwlock` variant: one RwRun per lock (each in turn with `compare`), watched by the run's
// own thread. The charts follow the writer: writes done against writes wanted, its waits.
#include "Lanes.h"
#include "Platform.h"
#include "Publish.h"
#include "RwRun.h"

#include "lab/RunContext.h"

#include <algorithm>
#include <chrono>
#include <limits>
#include <stop_token>

namespace starvation {

namespace {
using platform::nowNs;

QString laneName(const RwRun& run, int t)
{
    return t == run.writer() ? QCoreApplication::translate("starvation::RwMonitor", "W (writer)")
                             : QCoreApplication::translate("starvation::RwMonitor", "R%1").arg(t + 1);
}

class RwMonitor {
    Q_DECLARE_TR_FUNCTIONS(starvation::RwMonitor)
public:
    RwMonitor(lab::Recorder& rec, const Config& cfg, const RwRun& run, const QString& lock, Publisher& pub)
        : m_rec(rec), m_cfg(cfg), m_run(run), m_lock(lock), m_pub(pub), m_n(cfg.threads),
          m_prevHold(static_cast<size_t>(m_n), 0), m_prevWait(m_prevHold), m_prevSlept(m_prevHold)
    {
        const QString t = lockTitle(lock);
        m_writes = rec.series(QStringLiteral("writes_") + lock, tr("writes done (%1)").arg(t), kChartAcq);
        m_wanted = rec.series(QStringLiteral("wanted_") + lock, tr("writes wanted (%1)").arg(t), kChartAcq, lab::SeriesStyle::Dashed);
        rec.sample(m_writes, rec.nowS(), 0);
        rec.sample(m_wanted, rec.nowS(), 0);
        for (int i = 0; i < m_n; ++i) m_lanes.emplace_back(rec, rec.lane(laneName(run, i)), t);
    }
    void begin(qint64 now) { m_prevNs = now; m_prevUs = m_rec.nowUs(); m_lastHist = now; }
    void tick(qint64 now);
    void finish() { for (LaneTrack& l : m_lanes) l.flush(); }

private:
    lab::Recorder& m_rec;
    const Config& m_cfg;
    const RwRun& m_run;
    const QString m_lock;
    Publisher& m_pub;
    const int m_n;
    int m_writes = -1, m_wanted = -1;
    std::vector<LaneTrack> m_lanes;
    std::vector<qint64> m_prevHold, m_prevWait, m_prevSlept;
    qint64 m_prevNs = 0, m_prevUs = 0, m_lastHist = 0;
};

void RwMonitor::tick(qint64 now)
{
    const double tS = m_rec.nowS(), elapsedS = (now - m_run.beginNs()) / 1e9;
    const qint64 us = m_rec.nowUs();
    const double dt = static_cast<double>(std::max<qint64>(1, now - m_prevNs));
    qint64 reads = 0;
    for (int t = 0; t < m_n; ++t) {
        const WorkerSlot& s = m_run.slot(t);
        const auto i = static_cast<size_t>(t);
        const qint64 hold = s.holdNs.load(std::memory_order_relaxed), wait = s.waitedNs(now);
        const qint64 slept = s.sleptNs.load(std::memory_order_relaxed);
        LaneTrack::Parts parts{(hold - m_prevHold[i]) / dt, 0.0, (slept - m_prevSlept[i]) / dt, (wait - m_prevWait[i]) / dt};
        parts[1] = std::max(0.0, 1.0 - parts[0] - parts[2] - parts[3]);
        m_lanes[i].slice(m_prevUs, us, parts);
        m_prevHold[i] = hold;
        m_prevWait[i] = wait;
        m_prevSlept[i] = slept;
        if (t != m_run.writer()) reads += s.count.load(std::memory_order_relaxed);
    }
    const WorkerSlot& w = m_run.slot(m_run.writer());
    const qint64 writes = w.count.load(std::memory_order_relaxed);
    const double wanted = elapsedS * 1000.0 / m_cfg.writeEveryMs;
    m_rec.sample(m_writes, tS, static_cast<double>(writes));
    m_rec.sample(m_wanted, tS, wanted);
    const qint64 since = w.waitSince.load(std::memory_order_relaxed);
    const double waitNow = since > 0 && now > since ? static_cast<double>(now - since) : 0.0;
    m_rec.setSummary(QStringLiteral("writes"), writes);
    m_rec.setSummary(QStringLiteral("writes_wanted"), static_cast<qint64>(wanted));
    m_rec.setSummary(QStringLiteral("writer_wait_max_ms"), std::max(static_cast<double>(w.hist.maxNs()), waitNow) / 1e6);
    m_rec.setSummary(QStringLiteral("reads_per_s"), elapsedS > 0 ? static_cast<double>(reads) / elapsedS : 0.0);
    if (now - m_lastHist >= 1000000000) {
        m_lastHist = now;
        WaitCounts wc;
        wc.add(w.hist);
        m_pub.waits(QStringLiteral("wait_writer_") + m_lock, tr("writer (%1)").arg(lockTitle(m_lock)), wc);
    }
    m_prevNs = now;
    m_prevUs = us;
}

QList<QPair<QString, QVariant>> figures(const RwResult& r)
{
    const ThreadResult& w = r.threads.back();
    WaitCounts readerWaits;
    std::vector<double> reads;
    for (size_t t = 0; t + 1 < r.threads.size(); ++t) {
        readerWaits.add(r.threads[t].waits);
        reads.push_back(static_cast<double>(r.threads[t].count));
    }
    double total = 0;
    for (double x : reads) total += x;
    const bool writerStarved = static_cast<double>(w.count) < 0.1 * r.writesWanted;
    return {
        {QStringLiteral("writes"), w.count},
        {QStringLiteral("writes_wanted"), static_cast<qint64>(r.writesWanted)},
        {QStringLiteral("writer_wait_max_ms"), static_cast<double>(w.waits.maxNs) / 1e6},
        {QStringLiteral("writer_wait_median_ms"), w.waits.quantileNs(0.5) / 1e6},
        {QStringLiteral("reads_per_s"), r.elapsedS > 0 ? total / r.elapsedS : 0.0},
        {QStringLiteral("reader_wait_p99_us"), readerWaits.quantileNs(0.99) / 1e3},
        {QStringLiteral("starved_threads"), starvedCount(reads) + (writerStarved ? 1 : 0)},
        {QStringLiteral("mutual_exclusion_errors"), r.exclusionErrors},
    };
}

void published(lab::Recorder& rec, Publisher& pub, const RwResult& r, const Config& cfg)
{
    const auto f = figures(r);
    for (const auto& [key, value] : f) rec.setSummary(key, value);
    const QString title = lockTitle(r.lock);
    const ThreadResult& w = r.threads.back();
    const double done = r.writesWanted > 0 ? std::min(1.0, static_cast<double>(w.count) / r.writesWanted) : 0.0;
    const int point = rec.series(QStringLiteral("tradeoff_") + r.lock, title, kChartTradeoff, lab::SeriesStyle::Points);
    rec.sample(point, done, f[4].second.toDouble());
    pub.waits(QStringLiteral("wait_writer_") + r.lock, RwMonitor::tr("writer (%1)").arg(title), w.waits);
    double reads = 0;
    WaitCounts readerWaits;
    for (size_t t = 0; t + 1 < r.threads.size(); ++t) { reads += static_cast<double>(r.threads[t].count); readerWaits.add(r.threads[t].waits); }
    if (cfg.lock != QLatin1String("compare")) pub.waits(QStringLiteral("wait_readers"), RwMonitor::tr("readers"), readerWaits);
    for (size_t t = 0; t < r.threads.size(); ++t) {
        const ThreadResult& tr = r.threads[t];
        const bool writer = t + 1 == r.threads.size();
        const QString name = writer ? RwMonitor::tr("W (writer)") : RwMonitor::tr("R%1").arg(t + 1);
        pub.tableRow(r.lock, threadRow(name, tr.count, writer ? done : (reads > 0 ? static_cast<double>(tr.count) / reads : 0.0), tr.waits, tr.cpuS));
    }
    rec.log(RwMonitor::tr("%1: %2 writes of %3 wanted, writer wait median %4, max %5; %6 reads/s, reader wait p99 %7")
                .arg(title).arg(w.count).arg(static_cast<qint64>(r.writesWanted))
                .arg(Publisher::duration(w.waits.quantileNs(0.5)), Publisher::duration(static_cast<double>(w.waits.maxNs)))
                .arg(f[4].second.toDouble(), 0, 'f', 0).arg(Publisher::duration(readerWaits.quantileNs(0.99))));
    if (r.exclusionErrors != 0)
        rec.log(RwMonitor::tr("%1: a reader saw the writer inside %2 times: the lock did not exclude").arg(title).arg(r.exclusionErrors));
    pub.publishTable();
}

bool runOne(lab::RunContext& ctx, const Config& cfg, const QString& lock, double slotS, Publisher& pub, RwResult* out)
{
    std::atomic<bool> halt{false};
    std::stop_callback onStop(ctx.stopToken(), [&halt] { halt.store(true, std::memory_order_relaxed); });
    RwRun run(cfg, lock, &halt);
    RwMonitor mon(ctx.recorder(), cfg, run, lock, pub);
    try {
        run.start();
    } catch (const std::exception& e) {
        ctx.fail(RwMonitor::tr("could not start %1 threads: %2").arg(cfg.threads).arg(QString::fromLocal8Bit(e.what())));
        return false;
    }
    const qint64 end = slotS > 0 ? run.beginNs() + static_cast<qint64>(slotS * 1e9) : std::numeric_limits<qint64>::max();
    mon.begin(run.beginNs());
    for (;;) {
        const qint64 left = end - nowNs();
        if (left <= 0 || !ctx.sleepFor(std::min<std::chrono::nanoseconds>(std::chrono::milliseconds(50), std::chrono::nanoseconds(left)))) break;
        if (cfg.live && nowNs() < end) mon.tick(nowNs());
    }
    const qint64 endNs = nowNs();
    halt.store(true, std::memory_order_relaxed);
    *out = run.result(endNs);
    if (cfg.live) mon.finish();
    published(ctx.recorder(), pub, *out, cfg);
    return true;
}
} // namespace

void runRwVariant(lab::RunContext& ctx, const Config& cfg)
{
    lab::Recorder& rec = ctx.recorder();
    const bool compare = cfg.lock == QLatin1String("compare");
    const QStringList locks = compare ? rwLockIds() : QStringList{cfg.lock};
    const double limit = ctx.durationLimitS();
    const double slotS = !compare ? 0.0 : (limit > 0 ? limit / locks.size() : StarvationScenario::kCompareSlotS);
    rec.log(RwMonitor::tr("%1 readers hold the shared lock %2 µs each, back to back; one writer asks every %3 ms.")
                .arg(cfg.threads - 1).arg(cfg.readUs).arg(cfg.writeEveryMs));
    Publisher pub(rec);
    std::vector<RwResult> results;
    for (int i = 0; i < locks.size() && !ctx.stopRequested(); ++i) {
        RwResult r;
        if (!runOne(ctx, cfg, locks[i], slotS, pub, &r)) return;
        results.push_back(std::move(r));
        ctx.setProgress(compare ? static_cast<double>(i + 1) / locks.size() : -1.0);
    }
    if (results.empty()) return;
    for (const auto& [key, value] : figures(results.front())) rec.setSummary(key, value);
    if (compare)
        for (const RwResult& r : results)
            for (const auto& [key, value] : figures(r))
                if (key == QLatin1String("writes") || key == QLatin1String("reads_per_s") || key.startsWith(QLatin1String("writer_wait")))
                    rec.setSummary(key + QLatin1Char('_') + r.lock, value);
}

} // namespace starvation
