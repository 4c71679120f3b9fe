// The gil scenario's descriptor: parameters, charts, presets, figures, and the checks made
// before a run.
#include "CPython.h"
#include "Gil.h"

#include <sched.h>

#include <algorithm>
#include <thread>

namespace gil {

int logicalCpus()
{
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(0, sizeof(set), &set) == 0 && CPU_COUNT(&set) > 0) return CPU_COUNT(&set);
    return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

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

lab::ScenarioInfo GilScenario::info() const
{
    using lab::ParamSpec;
    lab::ScenarioInfo i;
    i.id = QStringLiteral("gil");
    i.title = tr("GIL contention");
    i.category = QStringLiteral("performance");
    i.summary = tr("A global interpreter lock emulated on real threads (CPython's new and old GIL, or none) "
                   "against real processes: why threads do not speed up CPU-bound Python, and why an I/O "
                   "thread stalls behind a busy one.");
    i.explanation = QStringLiteral(":/explanations/gil.html");
    QString why;
    const bool python = !findPython(&why).isEmpty();
    QStringList gils = kindIds(), gilLabels;
    for (const QString& k : gils) gilLabels << kindTitle(k);
    gils << QStringLiteral("compare");
    gilLabels << tr("compare all (one run each)");
    i.params = {
        ParamSpec::choice(QStringLiteral("gil"), tr("Interpreter lock"),
                          tr("new: CPython 3.2+ (a waiter asks the holder to drop the lock after the switch interval). "
                             "old: CPython ≤ 3.1 (the holder releases and re-takes it every check_interval ticks). "
                             "none: free-threaded, no lock. processes: each worker is a child process with its own "
                             "lock. compare: each of them in turn."),
                          gils, QStringLiteral("new"), gilLabels),
        ParamSpec::choice(QStringLiteral("workload"), tr("Workload"),
                          tr("cpu: N workers each run the same CPU-bound work, against the same work run "
                             "sequentially. io: one I/O thread does round trips with a responder process while "
                             "CPU-bound workers run (the convoy effect)."),
                          {QStringLiteral("cpu"), QStringLiteral("io")}, QStringLiteral("cpu"),
                          {tr("CPU-bound workers"), tr("I/O thread beside CPU-bound workers")}),
        ParamSpec::integer(QStringLiteral("threads"), tr("Workers (N)"),
                           tr("cpu workload: how many threads (or processes) share the work."), 2, 1, 16),
        ParamSpec::real(QStringLiteral("switch_interval_ms"), tr("Switch interval (ms)"),
                        tr("New GIL: how long a waiting thread waits before it asks the holder to drop the lock "
                           "(sys.setswitchinterval; CPython's default is 5 ms)."), 5.0, 0.01, 1000.0).withLogScale(),
        ParamSpec::integer(QStringLiteral("check_interval"), tr("Check interval (ticks)"),
                           tr("Old GIL: the holder releases and re-takes the lock every this many ticks "
                              "(sys.setcheckinterval; Python 2's default is 100)."), 100, 1, 1000000).withLogScale(),
        ParamSpec::integer(QStringLiteral("cpu_threads"), tr("CPU-bound workers beside the I/O thread"),
                           tr("io workload: how many CPU-bound workers run while the I/O thread is measured."), 1, 0, 16),
        ParamSpec::integer(QStringLiteral("work_ms"), tr("Work per worker (ms)"),
                           tr("cpu: each worker runs this many milliseconds of ticks (timed on one thread at the start). "
                              "io: how long each I/O measurement lasts."), 300, 10, 60000).withLogScale(),
        ParamSpec::integer(QStringLiteral("fib_n"), tr("fib(n) as ticks"),
                           tr("cpu: if above 0, each worker runs one tick per call of a naive recursive fib(n), "
                              "2·fib(n+1) − 1 ticks, like the books' Python fib, instead of work_ms."), 0, 0, 40),
        ParamSpec::integer(QStringLiteral("io_delay_us"), tr("Responder delay (µs)"),
                           tr("io: the responder answers each request after this long (a network or disk round "
                              "trip). At 0 the reply can come back before the CPU thread has even woken up."),
                           100, 0, 100000).withLogScale(),
        ParamSpec::flag(QStringLiteral("sweep"), tr("Sweep the switch interval"),
                        tr("io with the new GIL: measures the I/O thread at switch intervals of 0.1, 0.5, 1, 5 and "
                           "20 ms (and the one set above)."), false),
        ParamSpec::choice(QStringLiteral("engine"), tr("Engine"),
                          tr("emulator: the C++ emulation. cpython: the same experiments in the real interpreter "
                             "(python3 on the PATH, or $PPLAB_PYTHON). both: the emulation, then CPython beside it."),
                          {QStringLiteral("emulator"), QStringLiteral("cpython"), QStringLiteral("both")},
                          QStringLiteral("emulator"),
                          {tr("emulator"), python ? tr("real CPython") : tr("real CPython (unavailable: %1)").arg(why),
                           python ? tr("both side by side") : tr("both (unavailable: %1)").arg(why)}),
        ParamSpec::flag(QStringLiteral("live"), tr("Live timeline"),
                        tr("Record the timeline and live figures while running. Turn off to measure without any "
                           "recording."), true),
    };
    lab::ChartSpec sweep{QStringLiteral("sweep"), tr("I/O operations per second against the switch interval"),
                         tr("switch interval (ms)"), tr("I/O operations per second"), lab::ChartSpec::Line};
    sweep.logX = sweep.logY = true;
    i.charts = {
        {QStringLiteral("timeline"), tr("Who holds the GIL (timeline)"), tr("time"), tr("thread"), lab::ChartSpec::Timeline},
        {QStringLiteral("time"), tr("Wall time: sequential, threads, processes, free-threaded"), tr("how the work ran"),
         tr("seconds"), lab::ChartSpec::Bar},
        {QStringLiteral("speedup"), tr("Speedup against workers"), tr("workers (threads or processes)"),
         tr("speedup over sequential"), lab::ChartSpec::Line},
        {QStringLiteral("rate"), tr("Work done per second"), tr("time (s)"), tr("million ticks per second"),
         lab::ChartSpec::Line},
        {QStringLiteral("io"), tr("I/O operations per second"), tr("beside what"), tr("round trips per second"),
         lab::ChartSpec::Bar},
        {QStringLiteral("latency"), tr("I/O latency (request to GIL taken back)"), tr("percentile"), tr("ms"),
         lab::ChartSpec::Bar},
        sweep,
    };
    const auto preset = [](std::initializer_list<std::pair<const char*, QVariant>> kv) {
        QVariantMap m;
        for (const auto& [k, v] : kv) m.insert(QString::fromLatin1(k), v);
        return m;
    };
    i.presets = {
        {tr("The books' table: sequential, threads, processes, free-threaded"), preset({{"gil", QStringLiteral("compare")}})},
        {tr("Two CPU-bound threads under the GIL"), preset({{"gil", QStringLiteral("new")}, {"threads", 2}})},
        {tr("Old GIL: the releaser wins again (failed wake-ups)"), preset({{"gil", QStringLiteral("old")}, {"threads", 2}})},
        {tr("fib(30) on two threads and two processes"), preset({{"gil", QStringLiteral("compare")}, {"fib_n", 30}})},
        {tr("Convoy effect: an I/O thread behind a CPU thread"),
         preset({{"workload", QStringLiteral("io")}, {"gil", QStringLiteral("new")}, {"cpu_threads", 1}})},
        {tr("I/O under each kind of lock"), preset({{"workload", QStringLiteral("io")}, {"gil", QStringLiteral("compare")}})},
        {tr("Switch interval sweep"), preset({{"workload", QStringLiteral("io")}, {"sweep", true}})},
        {tr("10 000 switches per second (0.1 ms interval)"),
         preset({{"gil", QStringLiteral("new")}, {"switch_interval_ms", 0.1}, {"threads", 2}})},
        {tr("Emulation beside real CPython"), preset({{"gil", QStringLiteral("compare")}, {"engine", QStringLiteral("both")}})},
    };
    i.figures = {
        {QStringLiteral("wall_s"), tr("Wall time (s)")},
        {QStringLiteral("sequential_s"), tr("Sequential (s)")},
        {QStringLiteral("sequential_cores_used"), tr("Cores used, sequential")},
        {QStringLiteral("speedup"), tr("Speedup")},
        {QStringLiteral("switches_per_s"), tr("Lock switches per second")},
        {QStringLiteral("reacquire_same_pct"), tr("% re-taken by the releaser")},
        {QStringLiteral("drop_requests"), tr("Drop requests")},
        {QStringLiteral("failed_wakeups"), tr("Failed wake-ups")},
        {QStringLiteral("cpu_utilization"), tr("CPU utilisation (of all cores)")},
        {QStringLiteral("cores_used"), tr("Cores used (CPU time ÷ wall)")},
        {QStringLiteral("io_ops_per_s"), tr("I/O ops/s")},
        {QStringLiteral("io_ops_per_s_alone"), tr("I/O ops/s alone")},
        {QStringLiteral("io_latency_p50_ms"), tr("I/O latency median (ms)")},
        {QStringLiteral("io_latency_p99_ms"), tr("I/O latency p99 (ms)")},
        {QStringLiteral("io_latency_p50_ms_alone"), tr("I/O latency median alone (ms)")},
        {QStringLiteral("io_latency_p99_ms_alone"), tr("I/O latency p99 alone (ms)")},
        {QStringLiteral("handoff_p50_us"), tr("Hand-off median (µs)")},
        {QStringLiteral("handoff_p99_us"), tr("Hand-off p99 (µs)")},
        {QStringLiteral("ns_per_tick"), tr("ns per tick")},
        {QStringLiteral("ticks_total"), tr("Ticks run")},
        {QStringLiteral("process_startup_s"), tr("Process start-up (s)")},
        {QStringLiteral("ticks_per_worker"), QString()}, // data for tests and the JSON
        {QStringLiteral("checksum"), QString()},
    };
    for (const QString& k : kindIds()) {
        i.figures.insert(QStringLiteral("speedup_") + k, tr("Speedup, %1").arg(kindTitle(k)));
        i.figures.insert(QStringLiteral("wall_s_") + k, tr("Wall time, %1 (s)").arg(kindTitle(k)));
        i.figures.insert(QStringLiteral("io_ops_per_s_") + k, tr("I/O ops/s, %1").arg(kindTitle(k)));
    }
    for (double ms : sweepIntervals(5.0))
        i.figures.insert(QStringLiteral("io_ops_per_s_") + intervalKey(ms), tr("I/O ops/s at %1 ms").arg(intervalKey(ms)));
    // Per-kind details of a comparison: in the JSON, not on the counters.
    for (const QString& k : kindIds())
        for (const char* key : {"cores_used_", "ticks_total_", "checksum_", "failed_wakeups_", "switches_per_s_",
                                "io_latency_p50_ms_", "io_latency_p99_ms_"})
            i.figures.insert(QLatin1String(key) + k, QString());
    const QList<QPair<QString, QString>> py = {
        {QStringLiteral("cpython_version"), tr("CPython version")},
        {QStringLiteral("cpython_gil_enabled"), tr("CPython GIL enabled")},
        {QStringLiteral("cpython_sequential_s"), tr("CPython sequential (s)")},
        {QStringLiteral("cpython_threads_s"), tr("CPython threads (s)")},
        {QStringLiteral("cpython_processes_s"), tr("CPython processes (s)")},
        {QStringLiteral("cpython_speedup_threads"), tr("CPython speedup, threads")},
        {QStringLiteral("cpython_speedup_processes"), tr("CPython speedup, processes")},
        {QStringLiteral("cpython_io_ops_per_s"), tr("CPython I/O ops/s")},
        {QStringLiteral("cpython_io_ops_per_s_alone"), tr("CPython I/O ops/s alone")},
        {QStringLiteral("cpython_io_latency_p50_ms"), tr("CPython I/O latency median (ms)")},
        {QStringLiteral("cpython_io_latency_p99_ms"), tr("CPython I/O latency p99 (ms)")},
        {QStringLiteral("cpython_io_latency_p50_ms_alone"), tr("CPython I/O latency median alone (ms)")},
        {QStringLiteral("cpython_fib_n"), tr("CPython fib(n)")},
        {QStringLiteral("cpython_process_startup_s"), tr("CPython process start-up (s)")},
    };
    for (const auto& [k, label] : py) i.figures.insert(k, label);
    for (double ms : sweepIntervals(5.0))
        i.figures.insert(QStringLiteral("cpython_io_ops_per_s_") + intervalKey(ms), tr("CPython I/O ops/s at %1 ms").arg(intervalKey(ms)));
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
