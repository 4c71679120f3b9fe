#include "TestUtil.h"
#include "lab/Runner.h"

#include <QSignalSpy>
#include <QtTest>

#include <atomic>
#include <thread>

namespace {
// Busy work that checks the stop request every iteration batch.
class LoopScenario : public lab::Scenario {
public:
    lab::ScenarioInfo info() const override { return testutil::infoWithId(QStringLiteral("loop")); }
    void run(lab::RunContext& ctx) override
    {
        volatile quint64 x = 0;
        while (!ctx.stopRequested())
            for (int i = 0; i < 1000; ++i) x = x + 1;
    }
};

class SleepyScenario : public lab::Scenario {
public:
    QString tempSeen;               // written before `started` is set (release), read after (acquire)
    std::atomic<bool> started{false};
    lab::ScenarioInfo info() const override { return testutil::infoWithId(QStringLiteral("sleepy")); }
    void run(lab::RunContext& ctx) override
    {
        tempSeen = ctx.tempDir();
        started.store(true, std::memory_order_release);
        ctx.sleepFor(std::chrono::hours(1));
    }
};

// Ignores Stop until released: the Runner must report it, not hang.
class StuckScenario : public lab::Scenario {
public:
    std::atomic<bool> release{false};
    std::atomic<bool> returned{false};
    lab::ScenarioInfo info() const override { return testutil::infoWithId(QStringLiteral("stuck")); }
    void run(lab::RunContext&) override
    {
        while (!release.load()) std::this_thread::sleep_for(std::chrono::milliseconds(5));
        returned = true;
    }
};

class ThrowingScenario : public lab::Scenario {
public:
    lab::ScenarioInfo info() const override { return testutil::infoWithId(QStringLiteral("throw")); }
    void run(lab::RunContext&) override { throw std::runtime_error("boom"); }
};

class FailingScenario : public lab::Scenario {
public:
    lab::ScenarioInfo info() const override { return testutil::infoWithId(QStringLiteral("fail")); }
    void run(lab::RunContext& ctx) override { ctx.fail(QStringLiteral("cannot open the pipe")); }
};
} // namespace

class TestRunner : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void stopIsObservedQuicklyAndLeavesNoThread()
    {
        const int before = testutil::threadCount();
        {
            lab::Runner runner;
            runner.setStopGraceMs(testutil::kStopBoundMs);
            QSignalSpy spy(&runner, &lab::Runner::finished);
            QString error;
            QVERIFY(runner.start(std::make_shared<LoopScenario>(), {}, 0, 1, &error));
            QVERIFY(runner.isRunning());
            QTest::qWait(50);
            runner.stop();
            QCOMPARE(runner.waitFinished(testutil::kStopBoundMs + 1000), lab::RunStatus::Stopped);
            testutil::reportStopLatency(QStringLiteral("busy loop"), runner.stopLatencyMs());
            QVERIFY(runner.stopLatencyMs() >= 0);
            QVERIFY2(runner.stopLatencyMs() < testutil::kStopBoundMs, qPrintable(QString::number(runner.stopLatencyMs())));
            QTRY_COMPARE(spy.count(), 1);
            QCOMPARE(spy.first().first().value<lab::RunStatus>(), lab::RunStatus::Stopped);
        }
        QTRY_COMPARE(testutil::threadCount(), before);
    }

    void timeLimitEndsTheRunAsFinished()
    {
        lab::Runner runner;
        QString error;
        runner.setStopGraceMs(testutil::kStopBoundMs);
        QVERIFY(runner.start(std::make_shared<SleepyScenario>(), {}, 0.2, 1, &error));
        QCOMPARE(runner.waitFinished(5000), lab::RunStatus::Finished);
        QVERIFY(runner.elapsedS() >= 0.2);
    }

    void sleepForWakesOnStopAndTempDirIsRemoved()
    {
        auto s = std::make_shared<SleepyScenario>();
        lab::Runner runner;
        runner.setStopGraceMs(testutil::kStopBoundMs);
        QString error;
        QVERIFY(runner.start(s, {}, 0, 1, &error));
        QTRY_VERIFY(s->started.load(std::memory_order_acquire));
        QVERIFY(!s->tempSeen.isEmpty());
        QVERIFY(QFileInfo(s->tempSeen).isDir());
        runner.stop();
        QCOMPARE(runner.waitFinished(testutil::kStopBoundMs + 1000), lab::RunStatus::Stopped);
        testutil::reportStopLatency(QStringLiteral("sleepFor"), runner.stopLatencyMs());
        QVERIFY(runner.stopLatencyMs() < testutil::kStopBoundMs);
        QVERIFY(!QFileInfo::exists(s->tempSeen));
    }

    void scenarioIgnoringStopIsReportedNotWaitedFor()
    {
        auto s = std::make_shared<StuckScenario>();
        {
            lab::Runner runner;
            runner.setStopGraceMs(100);
            QString error;
            QVERIFY(runner.start(s, {}, 0, 1, &error));
            runner.stop();
            QCOMPARE(runner.waitFinished(3000), lab::RunStatus::Failed);
            QVERIFY(runner.errorMessage().contains(QStringLiteral("did not stop within 100 ms")));
            QVERIFY(!s->returned.load());
        } // the destructor must not hang either
        s->release = true;
        QTRY_VERIFY(s->returned.load());
    }

    void exceptionsAndFailuresAreFailedRuns()
    {
        lab::Runner runner;
        QString error;
        QVERIFY(runner.start(std::make_shared<ThrowingScenario>(), {}, 0, 1, &error));
        QCOMPARE(runner.waitFinished(2000), lab::RunStatus::Failed);
        QCOMPARE(runner.errorMessage(), QStringLiteral("boom"));
        QVERIFY(runner.start(std::make_shared<FailingScenario>(), {}, 0, 1, &error));
        QCOMPARE(runner.waitFinished(2000), lab::RunStatus::Failed);
        QCOMPARE(runner.errorMessage(), QStringLiteral("cannot open the pipe"));
    }

    void oneRunAtATime()
    {
        lab::Runner runner;
        runner.setStopGraceMs(testutil::kStopBoundMs);
        QString error;
        QVERIFY(runner.start(std::make_shared<LoopScenario>(), {}, 0, 1, &error));
        QVERIFY(!runner.start(std::make_shared<LoopScenario>(), {}, 0, 1, &error));
        QVERIFY(!error.isEmpty());
        runner.stop();
        QCOMPARE(runner.waitFinished(testutil::kStopBoundMs + 1000), lab::RunStatus::Stopped);
        QVERIFY(runner.start(std::make_shared<LoopScenario>(), {}, 0.05, 1, &error));
        QCOMPARE(runner.waitFinished(testutil::kStopBoundMs + 1000), lab::RunStatus::Finished);
    }
};

QTEST_GUILESS_MAIN(TestRunner)
#include "tst_runner.moc"
