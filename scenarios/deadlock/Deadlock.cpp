#include "Deadlock.h"
#include "WaitGraph.h"

#include "lab/RunContext.h"

namespace deadlock {

namespace {
QVariantMap preset(std::initializer_list<std::pair<const char*, QVariant>> kv)
{
    QVariantMap m;
    for (const auto& [k, v] : kv) m.insert(QString::fromLatin1(k), v);
    return m;
}
} // namespace

lab::ScenarioInfo DeadlockScenario::info() const
{
    lab::ScenarioInfo i;
    i.id = QStringLiteral("deadlock");
    i.title = tr("Deadlock");
    i.category = QStringLiteral("hazards");
    i.summary = tr("Workers really block on each other's locks; a watchdog finds the cycle and names the four "
                   "Coffman conditions; six strategies show how to prevent it.");
    i.explanation = QStringLiteral(":/explanations/deadlock.html");
    i.params = {
        lab::ParamSpec::choice(QStringLiteral("variant"), tr("Variant"),
                               tr("pair: two threads take two locks in opposite order; philosophers: N threads "
                                  "share N forks; processes: two child processes lock byte ranges of a file with "
                                  "fcntl(F_SETLKW)."),
                               {QStringLiteral("pair"), QStringLiteral("philosophers"), QStringLiteral("processes")},
                               QStringLiteral("pair"), {tr("Pair (revolving door)"), tr("Dining philosophers"), tr("Two processes, fcntl locks")}),
        lab::ParamSpec::choice(QStringLiteral("strategy"), tr("Strategy"),
                               tr("naive: each takes its own first lock, then the other; ordered: a global lock order; "
                                  "scoped_lock: std::scoped_lock takes both without holding one while blocking; "
                                  "try_backoff: try the second lock, release and back off; timeout: wait a bounded "
                                  "time, release and retry; waiter: an arbitrator admits at most N-1 at a time. "
                                  "The processes variant offers naive, ordered and try_backoff."),
                               {QStringLiteral("naive"), QStringLiteral("ordered"), QStringLiteral("scoped_lock"),
                                QStringLiteral("try_backoff"), QStringLiteral("timeout"), QStringLiteral("waiter")},
                               QStringLiteral("naive"),
                               {tr("Naive (deadlock-prone)"), tr("Global lock order"), tr("std::scoped_lock"),
                                tr("Try-lock and back off"), tr("Timed lock and retry"), tr("Waiter (N-1 admitted)")}),
        lab::ParamSpec::integer(QStringLiteral("philosophers"), tr("Philosophers"),
                                tr("Number of philosophers (and forks) for the philosophers variant."), 5, 2, 16),
        lab::ParamSpec::integer(QStringLiteral("hold_ms"), tr("Hold before second lock (ms)"),
                                tr("Pause between taking the first lock and asking for the second (0 = deadlock is rare, "
                                   "larger = almost certain)."), 50, 0, 2000),
        lab::ParamSpec::integer(QStringLiteral("think_ms"), tr("Think (ms)"),
                                tr("Average time a worker spends without locks between rounds (randomised ±50%)."), 10, 0, 2000),
        lab::ParamSpec::integer(QStringLiteral("eat_ms"), tr("Eat / work (ms)"),
                                tr("Time spent holding both locks in each round."), 10, 0, 2000),
        lab::ParamSpec::integer(QStringLiteral("timeout_ms"), tr("Timeout (ms)"),
                                tr("timeout strategy: how long to wait for the second lock before giving up."), 100, 1, 10000),
        lab::ParamSpec::integer(QStringLiteral("backoff_ms"), tr("Backoff (ms)"),
                                tr("try_backoff and timeout: pause after giving up before trying again."), 20, 0, 2000),
        lab::ParamSpec::flag(QStringLiteral("random_backoff"), tr("Random backoff"),
                             tr("Randomise the backoff (exponential, full jitter). Off: every worker waits exactly "
                                "backoff_ms, so they can retry in step forever (livelock)."), true),
        lab::ParamSpec::integer(QStringLiteral("rounds"), tr("Rounds per worker"),
                                tr("Rounds (meals) each worker completes before the run ends (0 = until the time limit)."),
                                0, 0, 1000000),
        lab::ParamSpec::flag(QStringLiteral("stop_on_deadlock"), tr("Stop on deadlock"),
                             tr("End the run as soon as the watchdog detects a deadlock (off: it stays stuck until the "
                                "time limit or Stop, as a real program would)."), false),
    };
    i.charts = {
        {QStringLiteral("progress"), tr("Rounds completed"), tr("time (s)"), tr("rounds (meals) per worker"), lab::ChartSpec::Line},
        {QStringLiteral("per_worker"), tr("Rounds per worker"), tr("worker"), tr("rounds (meals)"), lab::ChartSpec::Bar},
        {QStringLiteral("timeline"), tr("Timeline"), tr("time"), tr("worker"), lab::ChartSpec::Timeline},
    };
    i.presets = {
        {tr("Revolving door: a real deadlock"), preset({{"variant", QStringLiteral("pair")}, {"strategy", QStringLiteral("naive")}, {"hold_ms", 50}})},
        {tr("Pair with a global lock order"), preset({{"variant", QStringLiteral("pair")}, {"strategy", QStringLiteral("ordered")}, {"hold_ms", 50}})},
        {tr("Pair with std::scoped_lock"), preset({{"variant", QStringLiteral("pair")}, {"strategy", QStringLiteral("scoped_lock")}})},
        {tr("Livelock: try-lock, fixed backoff"), preset({{"variant", QStringLiteral("pair")}, {"strategy", QStringLiteral("try_backoff")},
                                                          {"hold_ms", 30}, {"backoff_ms", 2}, {"think_ms", 30}, {"random_backoff", false}})},
        {tr("Try-lock, random backoff"), preset({{"variant", QStringLiteral("pair")}, {"strategy", QStringLiteral("try_backoff")},
                                                 {"hold_ms", 30}, {"backoff_ms", 2}, {"think_ms", 30}})},
        {tr("Timed lock and retry"), preset({{"variant", QStringLiteral("pair")}, {"strategy", QStringLiteral("timeout")}, {"hold_ms", 50}, {"timeout_ms", 100}})},
        {tr("Five philosophers, naive"), preset({{"variant", QStringLiteral("philosophers")}, {"strategy", QStringLiteral("naive")}, {"hold_ms", 50}})},
        {tr("Five philosophers with a waiter"), preset({{"variant", QStringLiteral("philosophers")}, {"strategy", QStringLiteral("waiter")}, {"hold_ms", 50}})},
        {tr("Two processes: the kernel says EDEADLK"), preset({{"variant", QStringLiteral("processes")}, {"strategy", QStringLiteral("naive")}, {"hold_ms", 100}})},
    };
    i.figures = {
        {QStringLiteral("deadlock_detected"), tr("Deadlock detected")},
        {QStringLiteral("detection_ms"), tr("Detected after (ms)")},
        {QStringLiteral("cycle"), tr("Cycle")},
        {QStringLiteral("coffman"), tr("Coffman conditions")},
        {QStringLiteral("rounds"), tr("Rounds")},
        {QStringLiteral("meals"), tr("Meals")},
        {QStringLiteral("meals_min"), tr("Fewest meals")},
        {QStringLiteral("meals_max"), tr("Most meals")},
        {QStringLiteral("livelock_detected"), tr("Livelock detected")},
        {QStringLiteral("retries"), tr("Give-ups (retries)")},
        {QStringLiteral("edeadlk"), tr("EDEADLK from the kernel")},
        {QStringLiteral("edeadlk_pid"), tr("Process that got EDEADLK")},
    };
    i.panelData = {{kGraphKey, tr("The wait-for graph: who holds which lock, who waits for which, and the cycle.")}};
    i.defaultDuration = 5.0;
    return i;
}

QString DeadlockScenario::checkParams(const lab::Params& p) const
{
    const QString strategy = p.text(QStringLiteral("strategy"));
    if (p.text(QStringLiteral("variant")) == QLatin1String("processes") && strategy != QLatin1String("naive")
        && strategy != QLatin1String("ordered") && strategy != QLatin1String("try_backoff"))
        return tr("strategy=%1 is not available with variant=processes (fcntl locks allow naive, ordered or "
                  "try_backoff)").arg(strategy);
    return {};
}

void DeadlockScenario::run(lab::RunContext& ctx)
{
    const lab::Params& p = ctx.params();
    Config cfg;
    cfg.variant = p.text(QStringLiteral("variant"));
    cfg.strategy = p.text(QStringLiteral("strategy"));
    cfg.workers = cfg.variant == QLatin1String("philosophers") ? static_cast<int>(p.integer(QStringLiteral("philosophers"))) : 2;
    cfg.holdMs = static_cast<int>(p.integer(QStringLiteral("hold_ms")));
    cfg.thinkMs = static_cast<int>(p.integer(QStringLiteral("think_ms")));
    cfg.eatMs = static_cast<int>(p.integer(QStringLiteral("eat_ms")));
    cfg.timeoutMs = static_cast<int>(p.integer(QStringLiteral("timeout_ms")));
    cfg.backoffMs = static_cast<int>(p.integer(QStringLiteral("backoff_ms")));
    cfg.randomBackoff = p.flag(QStringLiteral("random_backoff"));
    cfg.stopOnDeadlock = p.flag(QStringLiteral("stop_on_deadlock"));
    cfg.rounds = p.integer(QStringLiteral("rounds"));
    cfg.seed = ctx.seed();

    const bool processes = cfg.variant == QLatin1String("processes");
    if (const QString problem = checkParams(p); !problem.isEmpty()) { ctx.fail(problem); return; }

    lab::Recorder& rec = ctx.recorder();
    rec.setSummary(QStringLiteral("deadlock_detected"), 0);
    rec.setSummary(QStringLiteral("detection_ms"), 0);
    rec.setSummary(QStringLiteral("cycle"), QString());
    rec.setSummary(QStringLiteral("livelock_detected"), 0);
    if (processes) rec.setSummary(QStringLiteral("edeadlk"), 0);
    if (cfg.variant == QLatin1String("philosophers")) {
        rec.setSummary(QStringLiteral("meals"), 0);
        rec.setSummary(QStringLiteral("meals_min"), 0);
        rec.setSummary(QStringLiteral("meals_max"), 0);
    } else {
        rec.setSummary(QStringLiteral("rounds"), 0);
    }

    if (processes) runProcesses(ctx, cfg);
    else runThreads(ctx, cfg);
}

} // namespace deadlock
