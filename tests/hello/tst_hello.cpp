#include "all.h"
#include "hello/Hello.h"
#include "lab/Registry.h"
#include "lab/Runner.h"

#include <QtTest>

namespace {
lab::Params params(int threads, int burst, int sleep)
{
    lab::Params p;
    QString error;
    lab::validate(hello::HelloScenario().info().params,
                  {{QStringLiteral("threads"), threads}, {QStringLiteral("burst_ms"), burst}, {QStringLiteral("sleep_ms"), sleep}},
                  &p, &error);
    return p;
}

struct Outcome {
    lab::RunStatus status;
    lab::RunData data;
};

Outcome run(const lab::Params& p, double seconds)
{
    lab::Runner runner;
    QString error;
    runner.start(std::make_shared<hello::HelloScenario>(), p, seconds, 1, &error);
    const lab::RunStatus st = runner.waitFinished(10000);
    runner.recorder()->drain();
    return {st, runner.recorder()->data()};
}
} // namespace

class TestHello : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void registered()
    {
        lab::registerAll();
        QVERIFY(lab::Registry::instance().contains(QStringLiteral("hello")));
        const lab::ScenarioInfo i = lab::Registry::instance().info(QStringLiteral("hello"));
        QCOMPARE(i.category, QStringLiteral("basics"));
        QVERIFY(!i.params.isEmpty());
    }

    void everyThreadRecordsRunningAndSleepingSpans()
    {
        const Outcome o = run(params(3, 10, 10), 0.4);
        QCOMPARE(o.status, lab::RunStatus::Finished);
        QCOMPARE(o.data.lanes.size(), 3);
        for (int lane = 0; lane < 3; ++lane) {
            bool running = false, sleeping = false;
            for (const lab::Span& s : o.data.spans) {
                if (s.lane != lane) continue;
                QVERIFY(s.endUs >= s.beginUs);
                running |= s.state == lab::SpanState::Running;
                sleeping |= s.state == lab::SpanState::Sleeping;
            }
            QVERIFY2(running && sleeping, qPrintable(QStringLiteral("lane %1").arg(lane)));
        }
        // A thread's spans do not overlap: it is either counting or sleeping.
        for (int lane = 0; lane < 3; ++lane) {
            qint64 lastEnd = -1;
            for (const lab::Span& s : o.data.spans)
                if (s.lane == lane) { QVERIFY(s.beginUs >= lastEnd); lastEnd = s.endUs; }
        }
        QVERIFY(o.data.summary.value(QStringLiteral("total_counts")).toDouble() > 0);
        QCOMPARE(o.data.summary.value(QStringLiteral("threads")).toInt(), 3);
    }

    void totalOfTheBarsEqualsTheCounter()
    {
        const Outcome o = run(params(2, 5, 0), 0.3);
        const int bars = o.data.seriesIndex(QStringLiteral("counts"));
        QVERIFY(bars >= 0);
        double last[2] = {0, 0};
        for (const QPointF& p : o.data.points[static_cast<size_t>(bars)]) last[static_cast<int>(p.x())] = p.y();
        QCOMPARE(qRound64((last[0] + last[1]) * 1e6), qRound64(o.data.summary.value(QStringLiteral("total_counts")).toDouble()));
    }

    void oversubscribedThreadsShareTheCores()
    {
        // With 4 threads per logical CPU and no sleep, each thread gets a fraction of a core:
        // per-thread rates fall well below the rate of a run with one thread per CPU.
        const int cpus = std::max(1, QThread::idealThreadCount());
        const Outcome fair = run(params(cpus, 20, 0), 0.6);
        const Outcome over = run(params(4 * cpus, 20, 0), 0.6);
        const double perThreadFair = fair.data.summary.value(QStringLiteral("total_counts")).toDouble() / cpus;
        const double perThreadOver = over.data.summary.value(QStringLiteral("total_counts")).toDouble() / (4 * cpus);
        QVERIFY2(perThreadOver < 0.6 * perThreadFair,
                 qPrintable(QStringLiteral("%1 vs %2").arg(perThreadOver).arg(perThreadFair)));
    }

    void stopIsFast()
    {
        lab::Runner runner;
        QString error;
        QVERIFY(runner.start(std::make_shared<hello::HelloScenario>(), params(8, 1000, 1000), 0, 1, &error));
        QTest::qWait(100);
        runner.stop();
        QCOMPARE(runner.waitFinished(2000), lab::RunStatus::Stopped);
        QVERIFY(runner.stopLatencyMs() < lab::Runner::kDefaultStopGraceMs);
    }
};

QTEST_GUILESS_MAIN(TestHello)
#include "tst_hello.moc"
