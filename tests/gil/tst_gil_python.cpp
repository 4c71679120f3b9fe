// The optional cpython engine: the real interpreter runs the same experiments beside the
// emulation, labelled with its version and GIL; Stop kills its whole process group. Skipped
// (with the reason) where there is no python3.
#include "TestUtil.h"
#include "all.h"
#include "gil/CPython.h"
#include "lab/ChildProcess.h"

#include <QtTest>

#include <csignal>

using namespace testutil;

namespace {
// Processes of process group `pgid` (running or zombie).
QList<int> groupMembers(int pgid)
{
    QList<int> out;
    for (const Proc& p : processes())
        if (p.pgid == pgid) out << p.pid;
    return out;
}
} // namespace

class TestGilPython : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        lab::ChildProcess::setExecutable(QStringLiteral(PPLAB_BINARY));
        lab::registerAll();
        QString why;
        m_python = gil::findPython(&why);
        if (m_python.isEmpty()) QSKIP(qPrintable(QStringLiteral("No real interpreter: %1").arg(why)));
    }
    void cleanup() { QTRY_VERIFY_WITH_TIMEOUT(children().isEmpty(), 2000); }

    void cpuTableInTheRealInterpreter()
    {
        const Outcome o = run(QStringLiteral("gil"), with({{"engine", QStringLiteral("cpython")}, {"fib_n", 20}}));
        QVERIFY2(o.status == lab::RunStatus::Finished, qPrintable(o.error));
        QVERIFY(!o.text("cpython_version").isEmpty());
        QVERIFY(o.has("cpython_gil_enabled"));
        for (const char* k : {"cpython_sequential_s", "cpython_threads_s", "cpython_processes_s", "cpython_speedup_threads"})
            QVERIFY2(o.num(k) > 0, k);
        QCOMPARE(static_cast<int>(o.num("cpython_fib_n")), 20);
        QVERIFY(!o.has("wall_s")); // the emulator did not run
        QVERIFY(o.data.seriesIndex(QStringLiteral("time_cpython")) >= 0);
        QVERIFY(o.logHas(QStringLiteral("CPython")));
    }

    void bothSideBySide()
    {
        const Outcome o = run(QStringLiteral("gil"), with({{"engine", QStringLiteral("both")}, {"fib_n", 20}}));
        QVERIFY2(o.status == lab::RunStatus::Finished, qPrintable(o.error));
        QVERIFY(o.num("wall_s") > 0 && o.num("cpython_threads_s") > 0);
        QVERIFY(o.logHas(QStringLiteral("Side by side")));
    }

    void ioConvoyInTheRealInterpreter()
    {
        const Outcome o = run(QStringLiteral("gil"), with({{"engine", QStringLiteral("cpython")}, {"workload", QStringLiteral("io")},
                                                          {"work_ms", 300}}));
        QVERIFY2(o.status == lab::RunStatus::Finished, qPrintable(o.error));
        const double alone = o.num("cpython_io_ops_per_s_alone"), busy = o.num("cpython_io_ops_per_s");
        QVERIFY(alone > 0 && busy > 0);
        if (o.num("cpython_gil_enabled") != 0.0) // with a GIL, a CPU thread slows the I/O thread down
            QVERIFY2(busy < alone, qPrintable(QStringLiteral("%1 beside a CPU thread, %2 alone").arg(busy).arg(alone)));
    }

    void stopKillsTheWholeGroup_data()
    {
        QTest::addColumn<QVariantMap>("given");
        // io: the interpreter has forked its responder; cpu: its multiprocessing children run.
        QTest::newRow("io") << with({{"engine", QStringLiteral("cpython")}, {"workload", QStringLiteral("io")}, {"work_ms", 20000}});
        QTest::newRow("cpu") << with({{"engine", QStringLiteral("cpython")}, {"fib_n", 33}, {"threads", 2}});
    }
    void stopKillsTheWholeGroup()
    {
        QFETCH(QVariantMap, given);
        lab::Runner runner;
        QVERIFY(start(runner, QStringLiteral("gil"), given));
        // Until the interpreter has children of its own (its multiprocessing workers, or its
        // responder): several processes in its group.
        int leader = -1;
        qsizetype before = 0;
        QElapsedTimer t;
        t.start();
        while (before < 2 && t.elapsed() < 60000 && runner.status() == lab::RunStatus::Running) {
            leader = firstChildPid();
            before = leader > 0 ? groupMembers(leader).size() : 0;
            if (before < 2) QTest::qWait(20);
        }
        QVERIFY2(before >= 2, qPrintable(QStringLiteral("the interpreter never had children (status %1)")
                                             .arg(lab::runStatusId(runner.status()))));
        runner.stop();
        const Outcome o = finish(runner);
        QCOMPARE(o.status, lab::RunStatus::Stopped);
        QVERIFY2(o.stopLatencyMs < 2000, qPrintable(QString::number(o.stopLatencyMs)));
        QTRY_VERIFY_WITH_TIMEOUT(groupMembers(leader).isEmpty(), 3000);
        qInfo("%d processes in the interpreter's group before Stop, none after", static_cast<int>(before));
    }

    void unavailableInterpreterIsRefused()
    {
        qputenv("PPLAB_PYTHON", "/nonexistent/python3");
        QString why;
        const QString p = gil::findPython(&why);
        qunsetenv("PPLAB_PYTHON");
        QVERIFY(p.isEmpty());
        QVERIFY(why.contains(QStringLiteral("/nonexistent/python3")));
    }

private:
    QString m_python;
};

QTEST_GUILESS_MAIN(TestGilPython)
#include "tst_gil_python.moc"
