#include "Race.h"

#include "RaceEngine.h"
#include "lab/RunContext.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <stop_token>

namespace race {

namespace {
QString strategyTitle(Strategy s)
{
    switch (s) {
    case Strategy::Unsafe: return RaceScenario::tr("unsafe");
    case Strategy::Mutex: return RaceScenario::tr("mutex");
    case Strategy::Atomic: return RaceScenario::tr("atomic");
    case Strategy::Local: return RaceScenario::tr("local + combine");
    }
    return {};
}
} // namespace

lab::ScenarioInfo RaceScenario::info() const
{
    lab::ScenarioInfo i;
    i.id = QStringLiteral("race");
    i.title = tr("Race conditions");
    i.category = QStringLiteral("hazards");
    i.summary = tr("Threads update one shared counter or bank balance; watch updates get lost, then fix it "
                   "with a mutex, an atomic or private counts, and compare what each fix costs.");
    i.explanation = QStringLiteral(":/explanations/race.html");
    QStringList strategies = strategyIds();
    QStringList strategyLabels;
    for (int s = 0; s < kStrategyCount; ++s) strategyLabels << strategyTitle(static_cast<Strategy>(s));
    strategies << QStringLiteral("compare");
    strategyLabels << tr("compare all (one run per strategy)");
    i.params = {
        lab::ParamSpec::choice(QStringLiteral("variant"), tr("Variant"),
                               tr("counter: N threads each add 1 to a shared counter M times. bank: N account "
                                  "holders deposit (T1, T3) or withdraw (T2, T4) on one joint balance."),
                               {QStringLiteral("counter"), QStringLiteral("bank")}, QStringLiteral("counter"),
                               {tr("shared counter"), tr("joint bank account")}),
        lab::ParamSpec::choice(QStringLiteral("strategy"), tr("Strategy"),
                               tr("unsafe: read, then write (a real race). mutex: std::mutex around the update. "
                                  "atomic: fetch_add. local: each thread counts privately (oneTBB "
                                  "enumerable_thread_specific) and the counts are combined at the end. "
                                  "compare: runs each strategy in turn with the same threads and increments."),
                               strategies, QStringLiteral("unsafe"), strategyLabels),
        lab::ParamSpec::integer(QStringLiteral("threads"), tr("Threads (N)"),
                                tr("Number of real threads updating the shared value."), 2, 1, 64),
        lab::ParamSpec::integer(QStringLiteral("increments"), tr("Increments per thread (M)"),
                                tr("How many updates each thread makes (bank: operations per holder)."),
                                50000000, 1, 1000000000).withLogScale(),
        lab::ParamSpec::integer(QStringLiteral("window"), tr("Window (spins)"),
                                tr("Busy-wait spins between reading and writing the shared value: a wider "
                                   "window loses more updates and slows the run down for a classroom."),
                                0, 0, 100000),
        lab::ParamSpec::flag(QStringLiteral("yield"), tr("Yield in the window"),
                             tr("Also give the processor away between read and write, so updates are lost "
                                "even on a single core."), false),
        lab::ParamSpec::flag(QStringLiteral("live"), tr("Live counters and timeline"),
                             tr("Publish progress and timeline spans while running. Turn off to measure the "
                                "loop without any recording."), true),
        lab::ParamSpec::integer(QStringLiteral("balance"), tr("Initial balance"),
                                tr("Bank variant: the balance of the joint account before the run."), 100,
                                -1000000000, 1000000000),
    };
    i.charts = {
        {QStringLiteral("lost"), tr("Lost updates over time"), tr("time (s)"), tr("lost updates"), lab::ChartSpec::Line},
        {QStringLiteral("cost"), tr("Cost per increment"), tr("strategy"), tr("ns per increment (wall time ÷ increments)"),
         lab::ChartSpec::Bar},
        {QStringLiteral("timeline"), tr("Timeline"), tr("time"), tr("thread"), lab::ChartSpec::Timeline},
    };
    i.presets = {
        {tr("Lost updates on two threads"), {{QStringLiteral("strategy"), QStringLiteral("unsafe")},
                                             {QStringLiteral("threads"), 2}, {QStringLiteral("increments"), 50000000}}},
        {tr("Slow motion (loses updates even on one core)"),
         {{QStringLiteral("strategy"), QStringLiteral("unsafe")}, {QStringLiteral("threads"), 2},
          {QStringLiteral("increments"), 3000}, {QStringLiteral("window"), 20000}, {QStringLiteral("yield"), true}}},
        {tr("Compare all strategies"), {{QStringLiteral("strategy"), QStringLiteral("compare")},
                                        {QStringLiteral("threads"), 2}, {QStringLiteral("increments"), 10000000}}},
        {tr("Mutex: who waits for the lock"), {{QStringLiteral("strategy"), QStringLiteral("mutex")},
                                               {QStringLiteral("threads"), 4}, {QStringLiteral("increments"), 200000},
                                               {QStringLiteral("window"), 50}}},
        {tr("Joint bank account (unsafe)"), {{QStringLiteral("variant"), QStringLiteral("bank")},
                                             {QStringLiteral("strategy"), QStringLiteral("unsafe")},
                                             {QStringLiteral("threads"), 2}, {QStringLiteral("increments"), 100000},
                                             {QStringLiteral("window"), 100}}},
    };
    i.figures = {
        {QStringLiteral("expected"), tr("expected")},
        {QStringLiteral("actual"), tr("actual")},
        {QStringLiteral("lost_updates"), tr("lost updates")},
        {QStringLiteral("lost_percent"), tr("% lost")},
        {QStringLiteral("ns_per_increment"), tr("ns per increment")},
        {QStringLiteral("expected_balance"), tr("expected balance")},
        {QStringLiteral("actual_balance"), tr("actual balance")},
    };
    for (int s = 0; s < kStrategyCount; ++s) {
        const QString id = strategyId(static_cast<Strategy>(s)), t = strategyTitle(static_cast<Strategy>(s));
        i.figures.insert(QStringLiteral("ns_per_increment_") + id, tr("ns per increment (%1)").arg(t));
        i.figures.insert(QStringLiteral("lost_updates_") + id, tr("lost updates (%1)").arg(t));
    }
    i.defaultDuration = 0.0; // ends by itself
    return i;
}

QString RaceScenario::checkParams(const lab::Params& p) const
{
    if (p.text(QStringLiteral("variant")) != QLatin1String("bank")) return {};
    const qint64 threads = p.integer(QStringLiteral("threads"));
    const qint64 most = bankMaxOperations(p.integer(QStringLiteral("balance")));
    if (p.integer(QStringLiteral("increments")) * threads <= most) return {};
    return tr("increments: the bank variant counts its operations in 24 bits of the balance word, so threads × "
              "increments must be at most %1: with %2 threads, set increments to %3 or fewer (the bank preset "
              "uses 100000).").arg(most).arg(threads).arg(most / threads);
}

namespace {
// The steps of RaceScenario::run: one strategy after the other (several to compare them), each
// run live, then its figures.
class RaceSteps {
    Q_DECLARE_TR_FUNCTIONS(race::RaceScenario)
public:
    RaceSteps(lab::RunContext& ctx, const RaceConfig& cfg, const QList<Strategy>& strategies)
        : m_ctx(ctx), m_rec(ctx.recorder()), m_cfg(cfg), m_strategies(strategies),
          m_compare(strategies.size() > 1), m_bank(cfg.variant == Variant::Bank),
          m_planned(cfg.increments * cfg.threads)
    {
    }

    void run()
    {
        QStringList names;
        for (int s = 0; s < kStrategyCount; ++s) names << strategyTitle(static_cast<Strategy>(s));
        m_rec.setCategories(QStringLiteral("cost"), names);
        m_costSeries = m_rec.series(QStringLiteral("cost"), tr("ns per increment"), QStringLiteral("cost"));
        std::stop_callback onStop(m_ctx.stopToken(), [this] { m_halt.store(true, std::memory_order_relaxed); });
        if (m_bank) logBankSetup();
        RaceResult first;
        int index = 0;
        for (Strategy s : m_strategies) {
            const RaceResult r = runStrategy(s, index);
            if (index == 0) first = r;
            report(s, r);
            ++index;
            if (m_halt.load()) break;
        }
        if (m_compare && index > 0) // the headline figures of a comparison are the unsafe run's
            publish(first.expected, first.actual, first.lost, first.nsPerIncrement, first.expectedBalance, first.actualBalance);
        m_ctx.setProgress(1.0);
    }

private:
    void logBankSetup()
    {
        QStringList who;
        for (int t = 0; t < std::min(m_cfg.threads, 4); ++t) {
            const qint64 a = bankAmount(t);
            who << (a > 0 ? tr("%1 deposits %2").arg(RaceRun::threadName(t)).arg(a)
                          : tr("%1 withdraws %2").arg(RaceRun::threadName(t)).arg(-a));
        }
        m_rec.log(tr("Joint account, initial balance %1; each operation: read balance, compute, write balance. %2%3.")
                      .arg(m_cfg.initialBalance).arg(who.join(QStringLiteral(", ")))
                      .arg(m_cfg.threads > 4 ? tr(" (and so on)") : QString()));
    }

    // The summary figures of one run (live, or at its end).
    void publish(qint64 done, qint64 actual, qint64 lost, double ns, qint64 eb, qint64 ab)
    {
        m_rec.setSummary(QStringLiteral("expected"), done);
        m_rec.setSummary(QStringLiteral("actual"), actual);
        m_rec.setSummary(QStringLiteral("lost_updates"), lost);
        m_rec.setSummary(QStringLiteral("lost_percent"), done > 0 ? 100.0 * static_cast<double>(lost) / static_cast<double>(done) : 0.0);
        m_rec.setSummary(QStringLiteral("ns_per_increment"), ns);
        if (m_bank) {
            m_rec.setSummary(QStringLiteral("expected_balance"), eb);
            m_rec.setSummary(QStringLiteral("actual_balance"), ab);
        }
    }

    // Runs one strategy to its end (or to Stop), publishing live figures if asked to.
    RaceResult runStrategy(Strategy s, int index)
    {
        RaceConfig cfg = m_cfg;
        cfg.strategy = s;
        m_lostSeries = m_rec.series(QStringLiteral("lost_") + strategyId(s), tr("lost updates (%1)").arg(strategyTitle(s)),
                                    QStringLiteral("lost"));
        if (m_compare) m_rec.log(tr("Running strategy %1 (%2 threads × %3)").arg(strategyTitle(s)).arg(cfg.threads).arg(cfg.increments));
        RaceRun run(cfg, &m_rec, &m_halt);
        run.start();
        while (!run.finished()) {
            if (!m_ctx.sleepFor(std::chrono::milliseconds(20))) { m_halt.store(true); break; }
            if (!cfg.live) continue;
            const RaceSnapshot snap = run.snapshot();
            publish(snap.done, snap.actual, snap.lost, snap.done > 0 ? snap.elapsedS * 1e9 / static_cast<double>(snap.done) : 0.0,
                    snap.expectedBalance, snap.actualBalance);
            m_rec.sample(m_lostSeries, m_rec.nowS(), static_cast<double>(snap.lost));
            m_ctx.setProgress((static_cast<double>(index) + static_cast<double>(snap.done) / static_cast<double>(m_planned))
                              / static_cast<double>(m_strategies.size()));
        }
        return run.result();
    }

    // A strategy's final figures, samples and log line.
    void report(Strategy s, const RaceResult& r)
    {
        const QString id = strategyId(s);
        publish(r.expected, r.actual, r.lost, r.nsPerIncrement, r.expectedBalance, r.actualBalance);
        m_rec.sample(m_lostSeries, m_rec.nowS(), static_cast<double>(r.lost));
        m_rec.sample(m_costSeries, static_cast<int>(s), r.nsPerIncrement);
        if (m_compare) {
            m_rec.setSummary(QStringLiteral("ns_per_increment_") + id, r.nsPerIncrement);
            m_rec.setSummary(QStringLiteral("lost_updates_") + id, r.lost);
        }
        QString line = tr("%1: expected %2, actual %3, lost %4 (%5%), %6 ns per increment")
                           .arg(strategyTitle(s)).arg(r.expected).arg(r.actual).arg(r.lost)
                           .arg(r.expected > 0 ? 100.0 * static_cast<double>(r.lost) / static_cast<double>(r.expected) : 0.0, 0, 'f', 2)
                           .arg(r.nsPerIncrement, 0, 'f', 2);
        if (m_bank) line += tr("; balance expected %1, actual %2").arg(r.expectedBalance).arg(r.actualBalance);
        if (!r.complete) line += tr(" (stopped after %1 of %2 increments)").arg(r.expected).arg(m_planned);
        m_rec.log(line);
    }

    lab::RunContext& m_ctx;
    lab::Recorder& m_rec;
    const RaceConfig m_cfg;
    const QList<Strategy> m_strategies;
    const bool m_compare, m_bank;
    const qint64 m_planned;
    int m_costSeries = -1;
    int m_lostSeries = -1;
    std::atomic<bool> m_halt{false};
};
} // namespace

void RaceScenario::run(lab::RunContext& ctx)
{
    const lab::Params& p = ctx.params();
    RaceConfig cfg;
    cfg.variant = p.text(QStringLiteral("variant")) == QLatin1String("bank") ? Variant::Bank : Variant::Counter;
    cfg.threads = static_cast<int>(p.integer(QStringLiteral("threads")));
    cfg.increments = p.integer(QStringLiteral("increments"));
    cfg.window = static_cast<int>(p.integer(QStringLiteral("window")));
    cfg.yield = p.flag(QStringLiteral("yield"));
    cfg.live = p.flag(QStringLiteral("live"));
    cfg.initialBalance = p.integer(QStringLiteral("balance"));
    const bool bank = cfg.variant == Variant::Bank;
    if (const QString problem = checkParams(p); !problem.isEmpty()) { ctx.fail(problem); return; }
    QList<Strategy> strategies;
    const QString sid = p.text(QStringLiteral("strategy"));
    Strategy one = Strategy::Unsafe;
    if (strategyFromId(sid, &one)) strategies << one;
    else for (int s = 0; s < kStrategyCount; ++s) strategies << static_cast<Strategy>(s);
    RaceSteps steps(ctx, cfg, strategies);
    steps.run();
}

} // namespace race
