#include "TestUtil.h"
#include "all.h"

#include <QtTest>

using namespace testutil;

namespace {
QVariantMap hp(int threads, int burst, int sleep)
{
    return {{QStringLiteral("threads"), threads}, {QStringLiteral("burst_ms"), burst}, {QStringLiteral("sleep_ms"), sleep}};
}
} // namespace

class TestHello : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { lab::registerAll(); }

    void registered()
    {
        QVERIFY(lab::Registry::instance().contains(QStringLiteral("hello")));
        const lab::ScenarioInfo i = lab::Registry::instance().info(QStringLiteral("hello"));
        QCOMPARE(i.category, QStringLiteral("basics"));
        QVERIFY(!i.params.isEmpty());
    }

    void everyThreadRecordsRunningAndSleepingSpans()
    {
        const Outcome o = run(QStringLiteral("hello"), hp(3, 10, 10), 0.4);
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
        const Outcome o = run(QStringLiteral("hello"), hp(2, 5, 0), 0.3);
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
        const Outcome fair = run(QStringLiteral("hello"), hp(cpus, 20, 0), 0.6);
        const Outcome over = run(QStringLiteral("hello"), hp(4 * cpus, 20, 0), 0.6);
        const double perThreadFair = fair.data.summary.value(QStringLiteral("total_counts")).toDouble() / cpus;
        const double perThreadOver = over.data.summary.value(QStringLiteral("total_counts")).toDouble() / (4 * cpus);
        QVERIFY2(perThreadOver < 0.6 * perThreadFair,
                 qPrintable(QStringLiteral("%1 vs %2").arg(perThreadOver).arg(perThreadFair)));
    }

    void stopIsFast()
    {
        lab::Runner runner;
        QVERIFY(start(runner, QStringLiteral("hello"), hp(8, 1000, 1000)));
        // Counting for real: the scenario has published its first live counters.
        QTRY_VERIFY_WITH_TIMEOUT((runner.recorder()->drain(), runner.recorder()->data().summary.contains(QStringLiteral("total_counts"))),
                                 10000);
        runner.stop();
        QCOMPARE(runner.waitFinished(kStopBoundMs + 1000), lab::RunStatus::Stopped);
        reportStopLatency(QStringLiteral("hello"), runner.stopLatencyMs());
        QVERIFY(runner.stopLatencyMs() >= 0);
        QVERIFY2(runner.stopLatencyMs() < kStopBoundMs, qPrintable(QString::number(runner.stopLatencyMs())));
    }
};

QTEST_GUILESS_MAIN(TestHello)
#include "tst_hello.moc"
