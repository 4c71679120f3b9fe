#include "TestUtil.h"
#include "all.h"
#include "lab/ChildProcess.h"
#include "lab/RunContext.h"
#include "lab/Runner.h"

#include <QtTest>

#include <atomic>
#include <csignal>
#include <vector>
#include <thread>
#include <fcntl.h>
#include <unistd.h>

namespace {
// Holds a child and ignores Stop until released, waiting on the child in short slices: the
// Runner's stop timeout then kills and reaps the child while this thread is inside wait().
class StuckWithChild : public lab::Scenario {
public:
    std::atomic<bool> release{false};
    std::atomic<bool> sawReaped{false};
    std::atomic<int> childPid{0};
    std::atomic<bool> returned{false};
    lab::ScenarioInfo info() const override { return {QStringLiteral("stuck_child"), {}, {}, {}, {}, {}, {}, {}, {}, 0}; }
    void run(lab::RunContext& ctx) override
    {
        QString error;
        auto child = ctx.spawnChild(QStringLiteral("sleep"), {}, {}, &error);
        if (!child) { ctx.fail(error); return; }
        childPid.store(child->pid());
        while (!release.load())
            if (child->wait(5)) sawReaped.store(true);
        returned.store(true);
    }
};
} // namespace

class TestChild : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        lab::registerAll();
        lab::ChildProcess::setExecutable(QStringLiteral(PPLAB_BINARY));
        QVERIFY(QFileInfo(QStringLiteral(PPLAB_BINARY)).isExecutable());
    }

    void echoThroughPassedDescriptors()
    {
        int toChild[2], fromChild[2];
        QCOMPARE(pipe2(toChild, O_CLOEXEC), 0);
        QCOMPARE(pipe2(fromChild, O_CLOEXEC), 0);
        lab::ChildProcess child;
        QString error;
        QVERIFY2(child.start(QStringLiteral("echo"), {}, {{toChild[0], 0}, {fromChild[1], 1}}, &error), qPrintable(error));
        ::close(toChild[0]);
        ::close(fromChild[1]);
        const QByteArray msg = "hello from the parent";
        QCOMPARE(::write(toChild[1], msg.constData(), static_cast<size_t>(msg.size())), msg.size());
        ::close(toChild[1]); // EOF for the child
        QByteArray got;
        char buf[256];
        ssize_t n;
        while ((n = ::read(fromChild[0], buf, sizeof buf)) > 0) got.append(buf, n);
        ::close(fromChild[0]);
        QCOMPARE(got, msg);
        QVERIFY(child.wait(5000));
        QCOMPARE(child.exitCode(), 0);
        QVERIFY(child.reaped());
    }

    void exitCodeIsReported()
    {
        lab::ChildProcess child;
        QString error;
        QVERIFY(child.start(QStringLiteral("exit"), {QStringLiteral("7")}, {}, &error));
        QVERIFY(child.wait(5000));
        QCOMPARE(child.exitCode(), 7);
    }

    void unknownWorkerFailsWithUsage()
    {
        lab::ChildProcess child;
        QString error;
        QVERIFY(child.start(QStringLiteral("no-such-worker"), {}, {}, &error));
        QVERIFY(child.wait(5000));
        QCOMPARE(child.exitCode(), 2);
    }

    void killLeavesNoZombie()
    {
        lab::ChildProcess child;
        QString error;
        QVERIFY(child.start(QStringLiteral("sleep"), {}, {}, &error));
        const pid_t pid = child.pid();
        QVERIFY(!child.wait(50)); // still sleeping
        QVERIFY(testutil::childPids().contains(QString::number(pid)));
        child.kill();
        QCOMPARE(child.termSignal(), SIGKILL);
        QVERIFY(!testutil::childPids().contains(QString::number(pid)));
    }

    void destructorKillsAndReaps()
    {
        pid_t pid = 0;
        {
            lab::ChildProcess child;
            QString error;
            QVERIFY(child.start(QStringLiteral("sleep"), {}, {}, &error));
            pid = child.pid();
        }
        QVERIFY(!testutil::childPids().contains(QString::number(pid)));
    }

    void childOutlivesTheThreadThatStartedIt()
    {
        // PR_SET_PDEATHSIG follows the creating thread: children must not die with it.
        lab::ChildProcess child;
        QString error;
        bool ok = false;
        std::thread([&] { ok = child.start(QStringLiteral("sleep"), {}, {}, &error); }).join();
        QVERIFY2(ok, qPrintable(error));
        QVERIFY(!child.wait(300)); // still alive after its starter thread ended
        child.kill();
        QCOMPARE(child.termSignal(), SIGKILL);
    }

    // The stop callback kills while the scenario thread waits, and the Runner may reap on its
    // stop timeout at the same time: one reap, one status, no zombie, no signal to a stranger.
    void killWhileOtherThreadsWaitAndSignal()
    {
        for (int round = 0; round < 20; ++round) {
            lab::ChildProcess child;
            QString error;
            QVERIFY2(child.start(QStringLiteral("sleep"), {}, {}, &error), qPrintable(error));
            const QString pid = QString::number(child.pid());
            std::atomic<int> waitsDone{0};
            std::atomic<bool> go{false};
            std::vector<std::thread> threads;
            for (int w = 0; w < 2; ++w)
                threads.emplace_back([&] {
                    while (!go.load()) std::this_thread::yield();
                    if (child.wait(-1)) waitsDone.fetch_add(1);
                });
            threads.emplace_back([&] {
                while (!go.load()) std::this_thread::yield();
                for (int k = 0; k < 50; ++k) child.signal(SIGCONT); // harmless, and after the reap a no-op
            });
            for (int k = 0; k < 2; ++k)
                threads.emplace_back([&] {
                    while (!go.load()) std::this_thread::yield();
                    child.kill();
                });
            go.store(true);
            for (auto& t : threads) t.join();
            QCOMPARE(waitsDone.load(), 2);
            QVERIFY(child.reaped());
            QCOMPARE(child.termSignal(), SIGKILL);
            QCOMPARE(child.exitCode(), -1);
            QVERIFY(!testutil::childPids().contains(pid));
        }
    }

    void timedWaitReturnsWhenAnotherThreadReaps()
    {
        lab::ChildProcess child;
        QString error;
        QVERIFY(child.start(QStringLiteral("sleep"), {}, {}, &error));
        std::thread killer([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            child.kill();
        });
        QVERIFY(child.wait(60000)); // woken by the exit, not by the timeout
        killer.join();
        QCOMPARE(child.termSignal(), SIGKILL);
    }

    void stopTimeoutReapsWhileTheScenarioWaits()
    {
        auto scenario = std::make_shared<StuckWithChild>();
        lab::Runner runner;
        runner.setStopGraceMs(100);
        QString error;
        QVERIFY(runner.start(scenario, {}, 0, 1, &error));
        QTRY_VERIFY_WITH_TIMEOUT(scenario->childPid.load() > 0, 10000);
        const QString pid = QString::number(scenario->childPid.load());
        runner.stop();
        QCOMPARE(runner.waitFinished(10000), lab::RunStatus::Failed); // the scenario ignored Stop
        QVERIFY(runner.errorMessage().contains(QStringLiteral("did not stop")));
        QTRY_VERIFY_WITH_TIMEOUT(scenario->sawReaped.load(), 10000); // its own wait saw the reap
        QVERIFY(!testutil::childPids().contains(pid));
        scenario->release.store(true);
        QTRY_VERIFY_WITH_TIMEOUT(scenario->returned.load(), 10000);
    }

    void stopKillsTheRunsChildren()
    {
        std::stop_source stop;
        QStringList pids;
        {
            lab::RunContext ctx({}, stop.get_token(), 0, 1);
            QString error;
            for (int i = 0; i < 3; ++i) {
                auto c = ctx.spawnChild(QStringLiteral("sleep"), {}, {}, &error);
                QVERIFY2(c, qPrintable(error));
                pids << QString::number(c->pid());
            }
            for (const QString& p : pids) QVERIFY(testutil::childPids().contains(p));
            stop.request_stop(); // SIGKILL at once, from the stop callback
            QVERIFY(!ctx.spawnChild(QStringLiteral("sleep"), {}, {}, &error));
        } // reaped when the context ends
        for (const QString& p : pids) QVERIFY(!testutil::childPids().contains(p));
    }
};

QTEST_GUILESS_MAIN(TestChild)
#include "tst_child.moc"
