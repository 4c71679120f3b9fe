#include "TestUtil.h"
#include "all.h"
#include "lab/ChildProcess.h"
#include "lab/RunContext.h"

#include <QtTest>

#include <csignal>
#include <thread>
#include <fcntl.h>
#include <unistd.h>

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
