// The gil scenario's descriptor: parameters, charts, presets, figures, and the checks made
// before a run.
#include "CPython.h"
#include "Gil.h"


#include <algorithm>

namespace gil {

QStringList kindIds()
{
    return {QStringLiteral("new"), QStringLiteral("old"), QStringLiteral("processes"), QStringLiteral("none")};
}

QString kindTitle(const QString& id)
{
    if (id == QLatin1String("new")) return GilScenario::tr("threads, new GIL (3.2+)");
    if (id == QLatin1String("old")) return GilScenario::tr("threads, old GIL (≤ 3.1)");
    if (id == QLatin1String("processes")) return GilScenario::tr("processes");
    if (id == QLatin1String("none")) return GilScenario::tr("free-threaded (no GIL)");
    if (id == QLatin1String("sequential")) return GilScenario::tr("sequential");
    return id;
}

QList<double> sweepIntervals(double configured)
{
    QList<double> l{0.1, 0.5, 1.0, 5.0, 20.0};
    if (std::none_of(l.begin(), l.end(), [&](double v) { return qFuzzyCompare(v, configured); })) l << configured;
    std::sort(l.begin(), l.end());
    return l;
}

QString intervalKey(double ms)
{
    return QString::number(ms, 'g', 6);
}

namespace {

QList<lab::ParamSpec> params()
{
    using lab::ParamSpec;
    QString why;
    const bool python = !findPython(&why).isEmpty();
    QStringList gils = kindIds(), gilLabels;
    for (const QString& k : gils) gilLabels << kindTitle(k);
    gils << QStringLiteral("compare");
    gilLabels << gil::GilScenario::tr("compare all (one run each)");
    return {
        ParamSpec::choice(QStringLiteral("gil"), gil::GilScenario::tr("Interpreter lock"),
                          gil::GilScenario::tr("new: CPython 3.2+ (a waiter asks the holder to drop the lock after the switch interval). "
                             "old: CPython ≤ 3.1 (the holder releases and re-takes it every check_interval ticks). "
                             "none: free-threaded, no lock. processes: each worker is a child process with its own "
                             "lock. compare: each of them in turn."),
                          gils, QStringLiteral("new"), gilLabels),
        ParamSpec::choice(QStringLiteral("workload"), gil::GilScenario::tr("Workload"),
                          gil::GilScenario::tr("cpu: N workers each run the same CPU-bound work, against the same work run "
                             "sequentially. io: one I/O thread does round trips with a responder process while "
                             "CPU-bound workers run (the convoy effect)."),
                          {QStringLiteral("cpu"), QStringLiteral("io")}, QStringLiteral("cpu"),
                          {gil::GilScenario::tr("CPU-bound workers"), gil::GilScenario::tr("I/O thread beside CPU-bound workers")}),
        ParamSpec::integer(QStringLiteral("threads"), gil::GilScenario::tr("Workers (N)"),
                           gil::GilScenario::tr("cpu workload: how many threads (or processes) share the work."), 2, 1, 16),
        ParamSpec::real(QStringLiteral("switch_interval_ms"), gil::GilScenario::tr("Switch interval (ms)"),
                        gil::GilScenario::tr("New GIL: how long a waiting thread waits before it asks the holder to drop the lock "
                           "(sys.setswitchinterval; CPython's default is 5 ms)."), 5.0, 0.01, 1000.0).withLogScale(),
        ParamSpec::integer(QStringLiteral("check_interval"), gil::GilScenario::tr("Check interval (ticks)"),
                           gil::GilScenario::tr("Old GIL: the holder releases and re-takes the lock every this many ticks "
                              "(sys.setcheckinterval; Python 2's default is 100)."), 100, 1, 1000000).withLogScale(),
        ParamSpec::integer(QStringLiteral("cpu_threads"), gil::GilScenario::tr("CPU-bound workers beside the I/O thread"),
                           gil::GilScenario::tr("io workload: how many CPU-bound workers run while the I/O thread is measured."), 1, 0, 16),
        ParamSpec::integer(QStringLiteral("work_ms"), gil::GilScenario::tr("Work per worker (ms)"),
                           gil::GilScenario::tr("cpu: each worker runs this many milliseconds of ticks (timed on one thread at the start). "
                              "io: how long each I/O measurement lasts."), 300, 10, 60000).withLogScale(),
        ParamSpec::integer(QStringLiteral("fib_n"), gil::GilScenario::tr("fib(n) as ticks"),
                           gil::GilScenario::tr("cpu: if above 0, each worker runs one tick per call of a naive recursive fib(n), "
                              "2·fib(n+1) − 1 ticks, like the books' Python fib, instead of work_ms."), 0, 0, 40),
        ParamSpec::integer(QStringLiteral("io_delay_us"), gil::GilScenario::tr("Responder delay (µs)"),
                           gil::GilScenario::tr("io: the responder answers each request after this long (a network or disk round "
                              "trip). At 0 the reply can come back before the CPU thread has even woken up."),
                           100, 0, 100000).withLogScale(),
        ParamSpec::flag(QStringLiteral("sweep"), gil::GilScenario::tr("Sweep the switch interval"),
                        gil::GilScenario::tr("io with the new GIL: measures the I/O thread at switch intervals of 0.1, 0.5, 1, 5 and "
                           "20 ms (and the one set above)."), false),
        ParamSpec::choice(QStringLiteral("engine"), gil::GilScenario::tr("Engine"),
                          gil::GilScenario::tr("emulator: the C++ emulation. cpython: the same experiments in the real interpreter "
                             "(python3 on the PATH, or $PPLAB_PYTHON). both: the emulation, then CPython beside it."),
                          {QStringLiteral("emulator"), QStringLiteral("cpython"), QStringLiteral("both")},
                          QStringLiteral("emulator"),
                          {gil::GilScenario::tr("emulator"), python ? gil::GilScenario::tr("real CPython") : gil::GilScenario::tr("real CPython (unavailable: %1)").arg(why),
                           python ? gil::GilScenario::tr("both side by side") : gil::GilScenario::tr("both (unavailable: %1)").arg(why)}),
        ParamSpec::flag(QStringLiteral("live"), gil::GilScenario::tr("Live timeline"),
                        gil::GilScenario::tr("Record the timeline and live figures while running. Turn off to measure without any "
                               "recording."), true),
    };
}

QList<lab::ChartSpec> charts()
{
    lab::ChartSpec sweep{QStringLiteral("sweep"), gil::GilScenario::tr("I/O operations per second against the switch interval"),
                         gil::GilScenario::tr("switch interval (ms)"), gil::GilScenario::tr("I/O operations per second"), lab::ChartSpec::Line};
    sweep.logX = sweep.logY = true;
    return {
        {QStringLiteral("timeline"), gil::GilScenario::tr("Who holds the GIL (timeline)"), gil::GilScenario::tr("time"), gil::GilScenario::tr("thread"), lab::ChartSpec::Timeline},
        {QStringLiteral("time"), gil::GilScenario::tr("Wall time: sequential, threads, processes, free-threaded"), gil::GilScenario::tr("how the work ran"),
         gil::GilScenario::tr("seconds"), lab::ChartSpec::Bar},
        {QStringLiteral("speedup"), gil::GilScenario::tr("Speedup against workers"), gil::GilScenario::tr("workers (threads or processes)"),
         gil::GilScenario::tr("speedup over sequential"), lab::ChartSpec::Line},
        {QStringLiteral("rate"), gil::GilScenario::tr("Work done per second"), gil::GilScenario::tr("time (s)"), gil::GilScenario::tr("million ticks per second"),
         lab::ChartSpec::Line},
        {QStringLiteral("io"), gil::GilScenario::tr("I/O operations per second"), gil::GilScenario::tr("beside what"), gil::GilScenario::tr("round trips per second"),
         lab::ChartSpec::Bar},
        {QStringLiteral("latency"), gil::GilScenario::tr("I/O latency (request to GIL taken back)"), gil::GilScenario::tr("percentile"), gil::GilScenario::tr("ms"),
         lab::ChartSpec::Bar},
        sweep,
    };
}

QList<lab::Preset> presets()
{
    const auto preset = [](std::initializer_list<std::pair<const char*, QVariant>> kv) {
        QVariantMap m;
        for (const auto& [k, v] : kv) m.insert(QString::fromLatin1(k), v);
        return m;
    };
    return {
        {gil::GilScenario::tr("The books' table: sequential, threads, processes, free-threaded"), preset({{"gil", QStringLiteral("compare")}})},
        {gil::GilScenario::tr("Two CPU-bound threads under the GIL"), preset({{"gil", QStringLiteral("new")}, {"threads", 2}})},
        {gil::GilScenario::tr("Old GIL: the releaser wins again (failed wake-ups)"), preset({{"gil", QStringLiteral("old")}, {"threads", 2}})},
        {gil::GilScenario::tr("fib(30) on two threads and two processes"), preset({{"gil", QStringLiteral("compare")}, {"fib_n", 30}})},
        {gil::GilScenario::tr("Convoy effect: an I/O thread behind a CPU thread"),
         preset({{"workload", QStringLiteral("io")}, {"gil", QStringLiteral("new")}, {"cpu_threads", 1}})},
        {gil::GilScenario::tr("I/O under each kind of lock"), preset({{"workload", QStringLiteral("io")}, {"gil", QStringLiteral("compare")}})},
        {gil::GilScenario::tr("Switch interval sweep"), preset({{"workload", QStringLiteral("io")}, {"sweep", true}})},
        {gil::GilScenario::tr("10 000 switches per second (0.1 ms interval)"),
         preset({{"gil", QStringLiteral("new")}, {"switch_interval_ms", 0.1}, {"threads", 2}})},
        {gil::GilScenario::tr("Emulation beside real CPython"), preset({{"gil", QStringLiteral("compare")}, {"engine", QStringLiteral("both")}})},
    };
}

lab::Figures figures()
{
    lab::Figures f = {
        {QStringLiteral("wall_s"), gil::GilScenario::tr("Wall time (s)")},
        {QStringLiteral("sequential_s"), gil::GilScenario::tr("Sequential (s)")},
        {QStringLiteral("sequential_cores_used"), gil::GilScenario::tr("Cores used, sequential")},
        {QStringLiteral("speedup"), gil::GilScenario::tr("Speedup")},
        {QStringLiteral("switches_per_s"), gil::GilScenario::tr("Lock switches per second")},
        {QStringLiteral("reacquire_same_pct"), gil::GilScenario::tr("% re-taken by the releaser")},
        {QStringLiteral("drop_requests"), gil::GilScenario::tr("Drop requests")},
        {QStringLiteral("failed_wakeups"), gil::GilScenario::tr("Failed wake-ups")},
        {QStringLiteral("cpu_utilization"), gil::GilScenario::tr("CPU utilisation (of all cores)")},
        {QStringLiteral("cores_used"), gil::GilScenario::tr("Cores used (CPU time ÷ wall)")},
        {QStringLiteral("io_ops_per_s"), gil::GilScenario::tr("I/O ops/s")},
        {QStringLiteral("io_ops_per_s_alone"), gil::GilScenario::tr("I/O ops/s alone")},
        {QStringLiteral("io_latency_p50_ms"), gil::GilScenario::tr("I/O latency median (ms)")},
        {QStringLiteral("io_latency_p99_ms"), gil::GilScenario::tr("I/O latency p99 (ms)")},
        {QStringLiteral("io_latency_p50_ms_alone"), gil::GilScenario::tr("I/O latency median alone (ms)")},
        {QStringLiteral("io_latency_p99_ms_alone"), gil::GilScenario::tr("I/O latency p99 alone (ms)")},
        {QStringLiteral("handoff_p50_us"), gil::GilScenario::tr("Hand-off median (µs)")},
        {QStringLiteral("handoff_p99_us"), gil::GilScenario::tr("Hand-off p99 (µs)")},
        {QStringLiteral("ns_per_tick"), gil::GilScenario::tr("ns per tick")},
        {QStringLiteral("ticks_total"), gil::GilScenario::tr("Ticks run")},
        {QStringLiteral("process_startup_s"), gil::GilScenario::tr("Process start-up (s)")},
        {QStringLiteral("ticks_per_worker"), QString()}, // data for tests and the JSON
        {QStringLiteral("checksum"), QString()},
    };
    for (const QString& k : kindIds()) {
        f.insert(QStringLiteral("speedup_") + k, gil::GilScenario::tr("Speedup, %1").arg(kindTitle(k)));
        f.insert(QStringLiteral("wall_s_") + k, gil::GilScenario::tr("Wall time, %1 (s)").arg(kindTitle(k)));
        f.insert(QStringLiteral("io_ops_per_s_") + k, gil::GilScenario::tr("I/O ops/s, %1").arg(kindTitle(k)));
    }
    for (double ms : sweepIntervals(5.0))
        f.insert(QStringLiteral("io_ops_per_s_") + intervalKey(ms), gil::GilScenario::tr("I/O ops/s at %1 ms").arg(intervalKey(ms)));
    // Per-kind details of a comparison: in the JSON, not on the counters.
    for (const QString& k : kindIds())
        for (const char* key : {"cores_used_", "ticks_total_", "checksum_", "failed_wakeups_", "switches_per_s_",
                                "io_latency_p50_ms_", "io_latency_p99_ms_"})
            f.insert(QLatin1String(key) + k, QString());
    const QList<QPair<QString, QString>> py = {
        {QStringLiteral("cpython_version"), gil::GilScenario::tr("CPython version")},
        {QStringLiteral("cpython_gil_enabled"), gil::GilScenario::tr("CPython GIL enabled")},
        {QStringLiteral("cpython_sequential_s"), gil::GilScenario::tr("CPython sequential (s)")},
        {QStringLiteral("cpython_threads_s"), gil::GilScenario::tr("CPython threads (s)")},
        {QStringLiteral("cpython_processes_s"), gil::GilScenario::tr("CPython processes (s)")},
        {QStringLiteral("cpython_speedup_threads"), gil::GilScenario::tr("CPython speedup, threads")},
        {QStringLiteral("cpython_speedup_processes"), gil::GilScenario::tr("CPython speedup, processes")},
        {QStringLiteral("cpython_io_ops_per_s"), gil::GilScenario::tr("CPython I/O ops/s")},
        {QStringLiteral("cpython_io_ops_per_s_alone"), gil::GilScenario::tr("CPython I/O ops/s alone")},
        {QStringLiteral("cpython_io_latency_p50_ms"), gil::GilScenario::tr("CPython I/O latency median (ms)")},
        {QStringLiteral("cpython_io_latency_p99_ms"), gil::GilScenario::tr("CPython I/O latency p99 (ms)")},
        {QStringLiteral("cpython_io_latency_p50_ms_alone"), gil::GilScenario::tr("CPython I/O latency median alone (ms)")},
        {QStringLiteral("cpython_fib_n"), gil::GilScenario::tr("CPython fib(n)")},
        {QStringLiteral("cpython_process_startup_s"), gil::GilScenario::tr("CPython process start-up (s)")},
    };
    for (const auto& [k, label] : py) f.insert(k, label);
    for (double ms : sweepIntervals(5.0))
        f.insert(QStringLiteral("cpython_io_ops_per_s_") + intervalKey(ms), gil::GilScenario::tr("CPython I/O ops/s at %1 ms").arg(intervalKey(ms)));
    return f;
}
} // namespace

lab::ScenarioInfo GilScenario::info() const
{
    lab::ScenarioInfo i;
    i.id = QStringLiteral("gil");
    i.title = tr("GIL contention");
    i.category = QStringLiteral("performance");
    i.summary = tr("A global interpreter lock emulated on real threads (CPython's new and old GIL, or none) "
                   "against real processes: why threads do not speed up CPU-bound Python, and why an I/O "
                   "thread stalls behind a busy one.");
    i.explanation = QStringLiteral(":/explanations/gil.html");
    i.params = params();
    i.charts = charts();
    i.presets = presets();
    i.figures = figures();
    i.defaultDuration = 0.0; // ends by itself
    return i;
}

QString GilScenario::checkParams(const lab::Params& p) const
{
    const QString engine = p.text(QStringLiteral("engine"));
    const bool io = p.text(QStringLiteral("workload")) == QLatin1String("io");
    if (!(p.real(QStringLiteral("switch_interval_ms")) > 0))
        return tr("switch_interval_ms: must be above 0 (CPython refuses a switch interval of 0)");
    if (engine != QLatin1String("emulator")) {
        QString why;
        if (findPython(&why).isEmpty())
            return tr("engine: the cpython engine is unavailable: %1; use engine=emulator").arg(why);
    }
    if (p.flag(QStringLiteral("sweep"))) {
        if (!io) return tr("sweep: the switch-interval sweep measures the I/O thread; set workload=io");
        if (p.text(QStringLiteral("gil")) != QLatin1String("new"))
            return tr("sweep: only the new GIL has a switch interval; set gil=new");
    }
    return {};
}

} // namespace gil
