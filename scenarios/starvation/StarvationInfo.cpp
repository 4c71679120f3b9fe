// The descriptor of the starvation scenario: parameters, charts, presets, figures.
#include "Platform.h"
#include "Publish.h"
#include "Starvation.h"

namespace starvation {

namespace {
QVariantMap preset(std::initializer_list<std::pair<const char*, QVariant>> kv)
{
    QVariantMap m;
    for (const auto& [k, v] : kv) m.insert(QString::fromLatin1(k), v);
    return m;
}

} // namespace

QList<lab::ParamSpec> StarvationScenario::params()
{
    using lab::ParamSpec;
    QStringList locks = lockIds() + rwLockIds();
    locks << QStringLiteral("compare");
    QStringList lockLabels;
    for (const QString& id : lockIds() + rwLockIds()) lockLabels << lockTitle(id);
    lockLabels << tr("compare (each lock of the variant in turn)");
    return {
        ParamSpec::choice(QStringLiteral("variant"), tr("Variant"),
                          tr("lock: threads compete for one lock, unfair or fair. priority: CPU-bound threads pinned "
                             "to one CPU, one of them at a low priority. rwlock: readers keep a reader-writer lock "
                             "busy while one writer waits for it."),
                          {QStringLiteral("lock"), QStringLiteral("priority"), QStringLiteral("rwlock")}, QStringLiteral("lock"),
                          {tr("Unfair and fair locks"), tr("Starvation by priority"), tr("Readers starve a writer")}),
        ParamSpec::choice(QStringLiteral("lock"), tr("Lock"),
                          tr("lock variant: std_mutex (glibc), spin (test-and-test-and-set), ticket (FIFO), queuing "
                             "(tbb::queuing_mutex, FIFO), starvation_mode (Go's sync.Mutex policy). rwlock variant: "
                             "reader_pref (glibc's default pthread_rwlock_t, also behind std::shared_mutex), writer_pref "
                             "(PTHREAD_RWLOCK_PREFER_WRITER_NONRECURSIVE_NP), tbb_queuing (tbb::queuing_rw_mutex, FIFO). "
                             "compare: every lock of the variant in turn, same threads, equal time. Ignored by priority."),
                          locks, QStringLiteral("compare"), lockLabels),
        ParamSpec::integer(QStringLiteral("threads"), tr("Threads"),
                           tr("lock: threads competing for the lock. priority: threads pinned to one CPU, T1 is the "
                              "low-priority one (2 to %1). rwlock: readers plus one writer, the last thread.").arg(kMaxPinned),
                           4, 1, 64),
        ParamSpec::integer(QStringLiteral("cs_us"), tr("Critical section (µs)"),
                           tr("Busy work while holding the lock (rwlock: the writer's write section)."), 5, 0, 100000),
        ParamSpec::integer(QStringLiteral("think_us"), tr("Think time (µs)"),
                           tr("Busy work outside the lock before asking again (readers too). 0 = always asking."), 0, 0, 100000),
        ParamSpec::real(QStringLiteral("threshold_ms"), tr("Starvation threshold (ms)"),
                        tr("starvation_mode: a waiter that waited longer than this switches the mutex to hand-off "
                           "(Go uses 1 ms)."), 1.0, 0.01, 1000.0),
        ParamSpec::integer(QStringLiteral("low_nice"), tr("Nice of the low thread"),
                           tr("priority: nice value of T1 (set on its own thread id; raising nice needs no privilege). "
                              "0 = equal priorities, the first cure."), 19, 0, 19),
        ParamSpec::choice(QStringLiteral("policy"), tr("Policy of the low thread"),
                          tr("priority: normal = SCHED_OTHER with the nice value above; idle = SCHED_IDLE (CFS weight 3, "
                             "below nice 19's 15)."),
                          {QStringLiteral("normal"), QStringLiteral("idle")}, QStringLiteral("normal"),
                          {tr("SCHED_OTHER with nice"), tr("SCHED_IDLE")}),
        ParamSpec::integer(QStringLiteral("busy_pct"), tr("Busy share of the nice-0 threads (%)"),
                           tr("priority: the nice-0 threads compute for this share of every 10 ms and sleep the rest. "
                              "Below 100 they leave the low thread room: the second cure."), 100, 1, 100),
        ParamSpec::integer(QStringLiteral("cpu"), tr("Pinned CPU"),
                           tr("priority: the CPU every thread is pinned to (sched_setaffinity); -1 = the last CPU pplab "
                              "may use."), -1, -1, 1023),
        ParamSpec::integer(QStringLiteral("read_us"), tr("Read section (µs)"),
                           tr("rwlock: how long each reader holds the shared lock. Readers overlap, so their count "
                              "rarely drops to zero."), 500, 1, 100000),
        ParamSpec::integer(QStringLiteral("write_every_ms"), tr("Write every (ms)"),
                           tr("rwlock: the writer asks for the exclusive lock this long after its previous write."),
                           10, 1, 10000),
        ParamSpec::flag(QStringLiteral("live"), tr("Live charts and timeline"),
                        tr("Sample the threads' counters while running. Turn off to measure the loop without any "
                           "recording: the figures come at the end."), true),
    };
}

QList<lab::Preset> StarvationScenario::presets()
{
    const QString lock = QStringLiteral("lock"), prio = QStringLiteral("priority"), rw = QStringLiteral("rwlock");
    return {
        {tr("Barging: std::mutex lets one thread run away"), preset({{"variant", lock}, {"lock", QStringLiteral("std_mutex")}, {"threads", 4}})},
        {tr("FIFO cure: the ticket lock"), preset({{"variant", lock}, {"lock", QStringLiteral("ticket")}, {"threads", 4}})},
        {tr("Compare the locks: throughput against fairness"), preset({{"variant", lock}, {"lock", QStringLiteral("compare")}, {"threads", 4}})},
        {tr("Go's starvation mode (1 ms threshold)"), preset({{"variant", lock}, {"lock", QStringLiteral("starvation_mode")}, {"threshold_ms", 1.0}})},
        {tr("Spinlock with more threads than CPUs"), preset({{"variant", lock}, {"lock", QStringLiteral("spin")}, {"threads", 8}})},
        {tr("Nice 19 against nice 0 on one CPU"), preset({{"variant", prio}, {"threads", 2}, {"low_nice", 19}})},
        {tr("SCHED_IDLE against nice 0 on one CPU"), preset({{"variant", prio}, {"threads", 2}, {"policy", QStringLiteral("idle")}})},
        {tr("Cure: equal priorities"), preset({{"variant", prio}, {"threads", 2}, {"low_nice", 0}})},
        {tr("Cure: the nice-0 thread sleeps half the time"), preset({{"variant", prio}, {"threads", 2}, {"busy_pct", 50}})},
        {tr("Readers starve a writer (glibc's default rwlock)"), preset({{"variant", rw}, {"lock", QStringLiteral("reader_pref")}})},
        {tr("Writer preference lets the writer in"), preset({{"variant", rw}, {"lock", QStringLiteral("writer_pref")}})},
        {tr("Compare the reader-writer locks"), preset({{"variant", rw}, {"lock", QStringLiteral("compare")}})},
    };
}

lab::Figures StarvationScenario::figures()
{
    lab::Figures f = {
        {QStringLiteral("jain_index"), tr("Jain's index J")},
        {QStringLiteral("starved_threads"), tr("Starved threads")},
        {QStringLiteral("wait_max_ms"), tr("Longest wait (ms)")},
        {QStringLiteral("longest_streak"), tr("Longest streak")},
        {QStringLiteral("cpu_share_low"), tr("CPU share of T1 (low)")},
        {QStringLiteral("cpu_share_low_predicted"), tr("CFS prediction for T1")},
        {QStringLiteral("cpu_used"), tr("Pinned CPU used by the threads")},
        {QStringLiteral("writes"), tr("Writes")},
        {QStringLiteral("writes_wanted"), tr("Writes wanted")},
        {QStringLiteral("writer_wait_max_ms"), tr("Writer's longest wait (ms)")},
        {QStringLiteral("writer_wait_median_ms"), tr("Writer's median wait (ms)")},
        {QStringLiteral("reads_per_s"), tr("Reads/s")},
        {QStringLiteral("reader_wait_p99_us"), tr("Reader wait p99 (µs)")},
        {QStringLiteral("acquisitions_per_s"), tr("Acquisitions/s")},
        {QStringLiteral("acquisitions_total"), tr("Acquisitions")},
        {QStringLiteral("acquisitions_min"), tr("Fewest by one thread")},
        {QStringLiteral("acquisitions_max"), tr("Most by one thread")},
        {QStringLiteral("wait_median_us"), tr("Wait median (µs)")},
        {QStringLiteral("wait_p99_us"), tr("Wait p99 (µs)")},
        {QStringLiteral("mutual_exclusion_errors"), QString()},
    };
    for (const QString& id : lockIds()) {
        const QString t = lockTitle(id);
        f.insert(QStringLiteral("jain_index_") + id, tr("J (%1)").arg(t));
        f.insert(QStringLiteral("acquisitions_per_s_") + id, tr("Acquisitions/s (%1)").arg(t));
        f.insert(QStringLiteral("longest_streak_") + id, tr("Longest streak (%1)").arg(t));
        for (const char* k : {"starved_threads_", "wait_p99_us_", "wait_max_ms_"})
            f.insert(QString::fromLatin1(k) + id, QString());
    }
    for (const QString& id : rwLockIds()) {
        const QString t = lockTitle(id);
        f.insert(QStringLiteral("writes_") + id, tr("Writes (%1)").arg(t));
        f.insert(QStringLiteral("reads_per_s_") + id, tr("Reads/s (%1)").arg(t));
        f.insert(QStringLiteral("writer_wait_max_ms_") + id, tr("Writer's longest wait, ms (%1)").arg(t));
        f.insert(QStringLiteral("writer_wait_median_ms_") + id, QString());
    }
    return f;
}

lab::ScenarioInfo StarvationScenario::info() const
{
    lab::ScenarioInfo i;
    i.id = QStringLiteral("starvation");
    i.title = tr("Starvation");
    i.category = QStringLiteral("hazards");
    i.summary = tr("The program runs, yet one thread never gets its turn: unfair locks against FIFO locks, a "
                   "low-priority thread on a shared CPU, readers that starve a writer. Measured with Jain's index.");
    i.explanation = QStringLiteral(":/explanations/starvation.html");
    i.params = params();
    i.charts = {
        {kChartAcq, tr("Progress per thread"), tr("time (s)"),
         tr("acquisitions (rwlock: writes done and wanted; priority: million loop rounds)"),
         lab::ChartSpec::Line},
        {kChartCpu, tr("CPU share per thread"), tr("time (s)"), tr("% of the pinned CPU's time the threads got"),
         lab::ChartSpec::Line, false, false, 0.0, 100.0},
        {kChartWaits, tr("Wait per acquisition"), tr("wait (doubling bins: from the value shown to the next)"), tr("% of acquisitions"), lab::ChartSpec::Histogram},
        {kChartJain, tr("Fairness over time"), tr("time (s)"), tr("Jain's index over the last second"),
         lab::ChartSpec::Line, false, false, 0.0, 1.0},
        {kChartTradeoff, tr("Throughput against fairness"), tr("fairness: Jain's index J (rwlock: writes done ÷ wanted)"),
         tr("acquisitions per second (rwlock: reads per second)"), lab::ChartSpec::Scatter},
        {kChartTimeline, tr("Timeline"), tr("time"), tr("thread"), lab::ChartSpec::Timeline},
    };
    i.presets = presets();
    i.figures = figures();
    i.panelData = {{kPanelThreads, tr("Per lock and thread: acquisitions (reads, writes or CPU time), share, wait median, "
                                      "p99 and maximum.")}};
    // On a machine that gives pplab one CPU, the window shares it with the pinned threads: shorter.
    i.defaultDuration = platform::allowedCpus().size() <= 1 ? 5.0 : 10.0;
    return i;
}

} // namespace starvation
