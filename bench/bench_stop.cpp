// Stop latency: milliseconds from Stop to the scenario's return, for the situations the tests
// stop in (a busy loop, a sleep, a real deadlock, child processes, a parallel loop...). The tests
// only check a generous bound (testutil::kStopBoundMs, so that a hang fails and a busy machine
// does not); this program measures the real figure. Each case starts a run, waits until it is
// under way, lets it work for a random 50-400 ms, presses Stop, and records Runner::stopLatencyMs.
//   bench_stop [repetitions=20] [case-filter]
// Prints median, 90th percentile and maximum per case.
#include "all.h"
#include "lab/ChildProcess.h"
#include "lab/Registry.h"
#include "lab/Runner.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

struct Case {
    const char* name;
    const char* scenario;
    QVariantMap given;
};

QVariantMap map(std::initializer_list<std::pair<const char*, QVariant>> kv)
{
    QVariantMap m;
    for (const auto& [k, v] : kv) m.insert(QLatin1String(k), v);
    return m;
}

std::vector<Case> cases()
{
    return {
        {"hello, 8 threads counting/sleeping", "hello", map({{"threads", 8}, {"burst_ms", 1000}, {"sleep_ms", 1000}})},
        {"race unsafe, 2 threads", "race", map({{"strategy", "unsafe"}, {"threads", 2}, {"increments", 1000000000LL}})},
        {"race mutex, 2 threads", "race", map({{"strategy", "mutex"}, {"threads", 2}, {"increments", 1000000000LL}})},
        {"race atomic, 2 threads", "race", map({{"strategy", "atomic"}, {"threads", 2}, {"increments", 1000000000LL}})},
        {"race local, 2 threads", "race", map({{"strategy", "local"}, {"threads", 2}, {"increments", 1000000000LL}})},
        {"race mutex, 64 threads, window 100000", "race",
         map({{"strategy", "mutex"}, {"threads", 64}, {"window", 100000}, {"increments", 1000000000LL}})},
        {"race unsafe, 64 threads, window 100000 + yield", "race",
         map({{"strategy", "unsafe"}, {"threads", 64}, {"window", 100000}, {"yield", true}, {"increments", 1000000000LL}})},
        {"deadlock pair, deadlocked", "deadlock", map({{"variant", "pair"}, {"strategy", "naive"}, {"hold_ms", 50}, {"eat_ms", 2000}})},
        {"deadlock philosophers, deadlocked", "deadlock",
         map({{"variant", "philosophers"}, {"strategy", "naive"}, {"hold_ms", 50}, {"eat_ms", 2000}})},
        {"deadlock processes (children killed)", "deadlock",
         map({{"variant", "processes"}, {"strategy", "naive"}, {"hold_ms", 50}, {"eat_ms", 2000}})},
        {"pipes, all channels (children)", "pipes", map({{"channel", "all"}, {"round_ms", 20}})},
        {"named pipes, slow reader (children)", "named_pipes",
         map({{"reader_delay_ms", 100}, {"interval_ms", 50}, {"records", 200}})},
        {"scaling, parallel loop", "scaling", map({{"serial_fraction", 0.0}, {"threads_max", 4}, {"work_ms", 5000}})},
        {"scaling, memory kernel", "scaling",
         map({{"serial_fraction", 0.0}, {"threads_max", 4}, {"work_ms", 5000}, {"kernel", "memory"}, {"memory_mb", 64}})},
        {"scaling, serial part", "scaling", map({{"serial_fraction", 0.9}, {"threads_max", 4}, {"work_ms", 5000}})},
        {"starvation, spin lock, 8 threads", "starvation", map({{"variant", "lock"}, {"lock", "spin"}, {"threads", 8}})},
        {"starvation, every lock in turn", "starvation", map({{"variant", "lock"}, {"lock", "compare"}, {"threads", 4}})},
        {"starvation, nice 19 pinned", "starvation", map({{"variant", "priority"}, {"low_nice", 19}})},
        {"starvation, reader preference", "starvation", map({{"variant", "rwlock"}, {"lock", "reader_pref"}})},
        {"gil, new GIL, 4 threads", "gil", map({{"gil", "new"}, {"threads", 4}, {"fib_n", 40}})},
        {"gil, processes (children)", "gil", map({{"gil", "processes"}, {"threads", 2}, {"fib_n", 40}})},
        {"gil, I/O beside CPU (responder child)", "gil", map({{"gil", "old"}, {"workload", "io"}})},
    };
}

// Under way: the scenario reported progress, a figure or a log line.
bool underWay(lab::Runner& r)
{
    if (r.context() && r.context()->progress() > 0) return true;
    r.recorder()->drain();
    return !r.recorder()->data().summary.isEmpty() || !r.recorder()->data().log.isEmpty();
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size() - 1) + 0.5))];
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int reps = argc > 1 ? std::max(1, atoi(argv[1])) : 20;
    const QString filter = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    lab::registerAll();
    lab::ChildProcess::setExecutable(QStringLiteral(PPLAB_BINARY));
    auto& reg = lab::Registry::instance();
    QRandomGenerator rng(20261124);
    std::printf("%-48s %6s %8s %8s %8s\n", "case", "runs", "median", "p90", "max");
    for (const Case& c : cases()) {
        if (!filter.isEmpty() && !QString::fromLatin1(c.name).contains(filter)) continue;
        lab::Params params;
        QString error;
        if (!lab::validate(reg.info(QLatin1String(c.scenario)).params, c.given, &params, &error)) {
            std::fprintf(stderr, "%s: %s\n", c.name, qPrintable(error));
            return 2;
        }
        std::vector<double> ms;
        int failed = 0;
        for (int i = 0; i < reps; ++i) {
            lab::Runner runner;
            runner.setStopGraceMs(10000); // measure, do not judge
            if (!runner.start(reg.create(QLatin1String(c.scenario)), params, 0, 1, &error)) {
                std::fprintf(stderr, "%s: %s\n", c.name, qPrintable(error));
                return 2;
            }
            for (int w = 0; w < 2000 && !underWay(runner) && runner.isRunning(); ++w) QThread::msleep(10);
            QThread::msleep(static_cast<unsigned long>(rng.bounded(50, 400)));
            runner.stop();
            const lab::RunStatus st = runner.waitFinished(20000);
            if (st == lab::RunStatus::Stopped) ms.push_back(runner.stopLatencyMs());
            else ++failed;
        }
        if (ms.empty()) {
            std::printf("%-48s %6d %8s %8s %8s  (%d did not end as stopped)\n", c.name, 0, "-", "-", "-", failed);
            continue;
        }
        std::printf("%-48s %6zu %8.1f %8.1f %8.1f", c.name, ms.size(), percentile(ms, 0.5), percentile(ms, 0.9),
                    *std::max_element(ms.begin(), ms.end()));
        if (failed) std::printf("  (%d ended otherwise)", failed);
        std::printf("\n");
        std::fflush(stdout);
    }
    return 0;
}
