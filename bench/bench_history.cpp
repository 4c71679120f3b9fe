// Memory of the window's run history: N runs of the default scenarios (each with its defaults and
// default time limit, cycling through the scenarios), kept as the window keeps them (compacted),
// then the history's own count of bytes and the process's resident memory.
//   build-bench/bench/bench_history [runs=50] [cap_s=0]   (cap_s > 0 shortens long runs)
#include "all.h"
#include "lab/ChildProcess.h"
#include "lab/Registry.h"
#include "lab/RunHistory.h"
#include "lab/Runner.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace {
long rssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly)) return -1;
    for (const QByteArray& l : f.readAll().split('\n'))
        if (l.startsWith("VmRSS:")) return l.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    lab::registerAll();
    // Children are the pplab binary in its worker mode, not this benchmark.
    lab::ChildProcess::setExecutable(QCoreApplication::applicationDirPath() + QStringLiteral("/../bin/pplab"));
    const int runs = argc > 1 ? std::atoi(argv[1]) : 50;
    const double cap = argc > 2 ? std::atof(argv[2]) : 0.0;
    auto& reg = lab::Registry::instance();
    QStringList ids = reg.ids();
    ids.removeAll(QStringLiteral("selftest"));
    lab::RunHistory history;
    const long rss0 = rssKb();
    qint64 rawBytes = 0;
    for (int i = 0; i < runs; ++i) {
        const QString id = ids[i % ids.size()];
        const lab::ScenarioInfo info = reg.info(id);
        lab::Params params;
        QString error;
        lab::validate(info.params, {}, &params, &error);
        double duration = info.defaultDuration;
        if (cap > 0 && (duration == 0 || duration > cap)) duration = cap;
        lab::Runner runner;
        if (!runner.start(reg.create(id), params, duration, 1, &error)) { std::fprintf(stderr, "%s: %s\n", qPrintable(id), qPrintable(error)); return 1; }
        while (runner.waitFinished(100) == lab::RunStatus::Running) runner.recorder()->drain();
        runner.recorder()->drain();
        const lab::RunRecord r = runner.record(info);
        rawBytes += lab::approxBytes(*r.data);
        history.add(r);
        std::printf("%2d %-12s %-8s %6.2f s  raw %7.2f MB  history %7.2f MB  rss %7.1f MB\n", i + 1, qPrintable(id),
                    qPrintable(r.status), r.durationS, lab::approxBytes(*r.data) / 1048576.0, history.bytes() / 1048576.0,
                    rssKb() / 1024.0);
        std::fflush(stdout);
    }
    std::printf("\n%d runs: history holds %.1f MB (raw data %.1f MB); resident memory %.1f MB (%.1f MB at start)\n", history.size(),
                history.bytes() / 1048576.0, rawBytes / 1048576.0, rssKb() / 1024.0, rss0 / 1024.0);
    return 0;
}
