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

void RaceScenario::run(lab::RunContext& ctx)
{
    const lab::Params& p = ctx.params();
    lab::Recorder& rec = ctx.recorder();
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
    const bool compare = strategies.size() > 1;

    QStringList names;
    for (int s = 0; s < kStrategyCount; ++s) names << strategyTitle(static_cast<Strategy>(s));
    rec.setCategories(QStringLiteral("cost"), names);
    const int costSeries = rec.series(QStringLiteral("cost"), tr("ns per increment"), QStringLiteral("cost"));

    std::atomic<bool> halt{false};
    std::stop_callback onStop(ctx.stopToken(), [&halt] { halt.store(true, std::memory_order_relaxed); });
    const qint64 planned = cfg.increments * cfg.threads;
    if (bank) {
        QStringList who;
        for (int t = 0; t < std::min(cfg.threads, 4); ++t) {
            const qint64 a = bankAmount(t);
            who << (a > 0 ? tr("%1 deposits %2").arg(RaceRun::threadName(t)).arg(a)
                          : tr("%1 withdraws %2").arg(RaceRun::threadName(t)).arg(-a));
        }
        rec.log(tr("Joint account, initial balance %1; each operation: read balance, compute, write balance. %2%3.")
                    .arg(cfg.initialBalance).arg(who.join(QStringLiteral(", ")))
                    .arg(cfg.threads > 4 ? tr(" (and so on)") : QString()));
    }

    RaceResult first;
    int index = 0;
    for (Strategy s : strategies) {
        cfg.strategy = s;
        const int sIdx = static_cast<int>(s);
        const QString id = strategyId(s);
        const int lostSeries = rec.series(QStringLiteral("lost_") + id, tr("lost updates (%1)").arg(strategyTitle(s)),
                                          QStringLiteral("lost"));
        if (compare) rec.log(tr("Running strategy %1 (%2 threads × %3)").arg(strategyTitle(s)).arg(cfg.threads).arg(cfg.increments));
        auto publish = [&](qint64 done, qint64 actual, qint64 lost, double ns, qint64 eb, qint64 ab) {
            rec.setSummary(QStringLiteral("expected"), done);
            rec.setSummary(QStringLiteral("actual"), actual);
            rec.setSummary(QStringLiteral("lost_updates"), lost);
            rec.setSummary(QStringLiteral("lost_percent"), done > 0 ? 100.0 * static_cast<double>(lost) / static_cast<double>(done) : 0.0);
            rec.setSummary(QStringLiteral("ns_per_increment"), ns);
            if (bank) {
                rec.setSummary(QStringLiteral("expected_balance"), eb);
                rec.setSummary(QStringLiteral("actual_balance"), ab);
            }
        };

        RaceRun run(cfg, &rec, &halt);
        run.start();
        while (!run.finished()) {
            if (!ctx.sleepFor(std::chrono::milliseconds(20))) { halt.store(true); break; }
            if (!cfg.live) continue;
            const RaceSnapshot snap = run.snapshot();
            publish(snap.done, snap.actual, snap.lost, snap.done > 0 ? snap.elapsedS * 1e9 / static_cast<double>(snap.done) : 0.0,
                    snap.expectedBalance, snap.actualBalance);
            rec.sample(lostSeries, rec.nowS(), static_cast<double>(snap.lost));
            ctx.setProgress((static_cast<double>(index) + static_cast<double>(snap.done) / static_cast<double>(planned))
                            / static_cast<double>(strategies.size()));
        }
        const RaceResult r = run.result();
        if (index == 0) first = r;
        publish(r.expected, r.actual, r.lost, r.nsPerIncrement, r.expectedBalance, r.actualBalance);
        rec.sample(lostSeries, rec.nowS(), static_cast<double>(r.lost));
        rec.sample(costSeries, sIdx, r.nsPerIncrement);
        if (compare) {
            rec.setSummary(QStringLiteral("ns_per_increment_") + id, r.nsPerIncrement);
            rec.setSummary(QStringLiteral("lost_updates_") + id, r.lost);
        }
        QString line = tr("%1: expected %2, actual %3, lost %4 (%5%), %6 ns per increment")
                           .arg(strategyTitle(s)).arg(r.expected).arg(r.actual).arg(r.lost)
                           .arg(r.expected > 0 ? 100.0 * static_cast<double>(r.lost) / static_cast<double>(r.expected) : 0.0, 0, 'f', 2)
                           .arg(r.nsPerIncrement, 0, 'f', 2);
        if (bank) line += tr("; balance expected %1, actual %2").arg(r.expectedBalance).arg(r.actualBalance);
        if (!r.complete) line += tr(" (stopped after %1 of %2 increments)").arg(r.expected).arg(planned);
        rec.log(line);
        ++index;
        if (halt.load()) break;
    }
    if (compare && index > 0) { // the headline figures of a comparison are the unsafe run's
        rec.setSummary(QStringLiteral("expected"), first.expected);
        rec.setSummary(QStringLiteral("actual"), first.actual);
        rec.setSummary(QStringLiteral("lost_updates"), first.lost);
        rec.setSummary(QStringLiteral("lost_percent"),
                       first.expected > 0 ? 100.0 * static_cast<double>(first.lost) / static_cast<double>(first.expected) : 0.0);
        rec.setSummary(QStringLiteral("ns_per_increment"), first.nsPerIncrement);
        if (bank) {
            rec.setSummary(QStringLiteral("expected_balance"), first.expectedBalance);
            rec.setSummary(QStringLiteral("actual_balance"), first.actualBalance);
        }
    }
    ctx.setProgress(1.0);
}

} // namespace race
