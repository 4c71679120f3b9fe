#include "all.h"
#include "deadlock/Deadlock.h"
#include "deadlock/WaitGraph.h"
#include "lab/ChildProcess.h"
#include "lab/Registry.h"
#include "lab/Runner.h"
#include "deadlock/panel/DeadlockPanel.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include "Palette.h"

#include <QtTest>
#include <QJsonValue>

#include <unistd.h>

namespace {

lab::Params params(const QVariantMap& given, QString* error = nullptr)
{
    lab::Params p;
    QString e;
    const bool ok = lab::validate(deadlock::DeadlockScenario().info().params, given, &p, &e);
    if (error) *error = e;
    if (!ok && !error) qWarning("bad params: %s", qPrintable(e));
    return p;
}

struct Outcome {
    lab::RunStatus status;
    lab::RunData data;
    double elapsedS = 0;
    QString error;
    double num(const char* key) const { return data.summary.value(QString::fromLatin1(key)).toDouble(); }
    QString text(const char* key) const { return data.summary.value(QString::fromLatin1(key)).toString(); }
};

Outcome run(const QVariantMap& given, double seconds)
{
    lab::Runner runner;
    QString error;
    if (!runner.start(std::make_shared<deadlock::DeadlockScenario>(), params(given), seconds, 7, &error))
        qWarning("start: %s", qPrintable(error));
    const lab::RunStatus st = runner.waitFinished(60000);
    runner.recorder()->drain();
    return {st, runner.recorder()->data(), runner.elapsedS(), runner.errorMessage()};
}

QString taskNames()
{
    QStringList names;
    for (const QString& t : QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile f(QStringLiteral("/proc/self/task/%1/comm").arg(t));
        if (f.open(QIODevice::ReadOnly)) names << QString::fromLatin1(f.readAll()).trimmed();
    }
    return names.join(QLatin1Char(','));
}

int taskCount()
{
    return static_cast<int>(QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
}

// Processes (also zombies) whose parent is this test process.
QStringList childProcesses()
{
    QStringList found;
    const QString me = QString::number(getpid());
    for (const QString& pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (pid.toInt() <= 0) continue;
        QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!f.open(QIODevice::ReadOnly)) continue;
        const QString stat = QString::fromLatin1(f.readAll());
        const QStringList rest = stat.mid(stat.lastIndexOf(QLatin1Char(')')) + 2).split(QLatin1Char(' '));
        if (rest.value(1) == me) found << pid + QLatin1Char(':') + rest.value(0);
    }
    return found;
}

} // namespace

class TestDeadlock : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        lab::registerAll();
        lab::ChildProcess::setExecutable(QStringLiteral(PPLAB_BINARY));
        // The framework starts children from one long-lived spawner thread, created on first use;
        // create it now so that thread counts below see only what a run leaves behind.
        lab::ChildProcess warmUp;
        QString error;
        QVERIFY2(warmUp.start(QStringLiteral("exit"), {QStringLiteral("0")}, {}, &error), qPrintable(error));
        QVERIFY(warmUp.wait(10000));
    }

    void registeredWithValidPresets()
    {
        QVERIFY(lab::Registry::instance().contains(QStringLiteral("deadlock")));
        const lab::ScenarioInfo i = lab::Registry::instance().info(QStringLiteral("deadlock"));
        QCOMPARE(i.category, QStringLiteral("hazards"));
        QVERIFY(lab::findWorker(QStringLiteral("deadlock-ranges")));
        for (const lab::Preset& p : i.presets) {
            QString e;
            lab::Params out;
            QVERIFY2(lab::validate(i.params, p.values, &out, &e), qPrintable(p.name + QStringLiteral(": ") + e));
        }
    }

    void graphRoundTripAndCycle()
    {
        deadlock::WaitGraph g;
        g.workers = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
        g.locks = {QStringLiteral("L1"), QStringLiteral("L2"), QStringLiteral("L3")};
        g.resize(3, 3);
        g.owner = {0, 1, -1};
        g.waitsFor = {1, 0, 0};
        g.timed = {false, false, true};
        QCOMPARE(g.findCycle(), (QList<int>{0, 1}));
        QVERIFY(g.cycleBlocksForever({0, 1}));
        QCOMPARE(g.describeCycle({0, 1}), QStringLiteral("A holds L1 and waits for L2; B holds L2 and waits for L1"));
        g.cycle = {0, 1};
        g.kind = QStringLiteral("deadlock");
        deadlock::WaitGraph back;
        // Through JSON, as a saved run stores it.
        const QVariant stored = QJsonValue::fromVariant(g.toVariant()).toVariant();
        QVERIFY(deadlock::WaitGraph::fromVariant(stored, &back));
        QCOMPARE(back.toVariant(), g.toVariant());
        QCOMPARE(back.timed[2], true);
        g.timed[1] = true;
        QVERIFY(!g.cycleBlocksForever({0, 1}));
        g.waitsFor = {1, -1, 0};
        QVERIFY(g.findCycle().isEmpty());
        QVariantMap bad = g.toVariant();
        bad[QStringLiteral("owner")] = QVariantList{5, -1, -1}; // no worker 5
        QVERIFY(!deadlock::WaitGraph::fromVariant(bad, &back));
        QVERIFY(!deadlock::WaitGraph::fromVariant(QStringLiteral("workers=A;locks=L1"), &back));
    }

    void pairNaiveDeadlocksAndIsDetected()
    {
        const Outcome o = run({{QStringLiteral("variant"), QStringLiteral("pair")}, {QStringLiteral("strategy"), QStringLiteral("naive")},
                               {QStringLiteral("hold_ms"), 100}},
                              1.0);
        QCOMPARE(o.status, lab::RunStatus::Finished); // ended by its time limit, detection recorded
        QCOMPARE(o.num("deadlock_detected"), 1.0);
        QCOMPARE(o.text("cycle"), QStringLiteral("A holds L1 and waits for L2; B holds L2 and waits for L1"));
        QVERIFY(o.num("detection_ms") >= 0 && o.num("detection_ms") < 1000);
        QVERIFY(o.text("coffman").contains(QStringLiteral("circular wait")));
        QCOMPARE(o.num("livelock_detected"), 0.0);
        deadlock::WaitGraph g;
        QVERIFY(!o.data.summary.contains(QStringLiteral("graph"))); // panel data, not a figure
        QVERIFY(deadlock::WaitGraph::fromVariant(o.data.panels.value(deadlock::kGraphKey), &g));
        QCOMPARE(g.kind, QStringLiteral("deadlock"));
        QCOMPARE(g.cycle, (QList<int>{0, 1}));
        // Both workers show a waiting span on the timeline, cut into live chunks.
        int waitingChunks[2] = {0, 0};
        for (const lab::Span& s : o.data.spans)
            if (s.state == lab::SpanState::Waiting && s.lane < 2 && s.endUs - s.beginUs <= 100000) ++waitingChunks[s.lane];
        QVERIFY(waitingChunks[0] > 3 && waitingChunks[1] > 3);
    }

    void stopOnDeadlockEndsEarly()
    {
        const Outcome o = run({{QStringLiteral("strategy"), QStringLiteral("naive")}, {QStringLiteral("hold_ms"), 100},
                               {QStringLiteral("stop_on_deadlock"), true}},
                              20.0);
        QCOMPARE(o.status, lab::RunStatus::Finished);
        QCOMPARE(o.num("deadlock_detected"), 1.0);
        QVERIFY2(o.elapsedS < 10.0, qPrintable(QString::number(o.elapsedS)));
    }

    void preventionStrategiesCompleteTheirRounds_data()
    {
        QTest::addColumn<QString>("strategy");
        for (const char* s : {"ordered", "scoped_lock", "try_backoff", "timeout", "waiter"}) QTest::newRow(s) << QString::fromLatin1(s);
    }
    void preventionStrategiesCompleteTheirRounds()
    {
        QFETCH(QString, strategy);
        const QVariantMap base{{QStringLiteral("variant"), QStringLiteral("pair")}, {QStringLiteral("strategy"), strategy},
                               {QStringLiteral("hold_ms"), 5}, {QStringLiteral("think_ms"), 2}, {QStringLiteral("eat_ms"), 1},
                               {QStringLiteral("timeout_ms"), 10}, {QStringLiteral("backoff_ms"), 2},
                               {QStringLiteral("rounds"), 15}};
        for (int rep = 0; rep < 3; ++rep) {
            const Outcome o = run(base, 30.0);
            QCOMPARE(o.status, lab::RunStatus::Finished);
            QCOMPARE(o.num("deadlock_detected"), 0.0);
            QCOMPARE(o.num("livelock_detected"), 0.0);
            QCOMPARE(o.num("rounds"), 30.0);
            QVERIFY2(o.elapsedS < 25.0, "the run ended by itself, not by its time limit");
        }
    }

    void philosophersWithWaiterOrOrderEveryoneEats_data()
    {
        QTest::addColumn<QString>("strategy");
        QTest::addColumn<int>("n");
        for (const char* s : {"waiter", "ordered"})
            for (int n : {2, 5, 16}) QTest::newRow(qPrintable(QStringLiteral("%1/%2").arg(QLatin1String(s)).arg(n))) << QString::fromLatin1(s) << n;
    }
    void philosophersWithWaiterOrOrderEveryoneEats()
    {
        QFETCH(QString, strategy);
        QFETCH(int, n);
        const Outcome o = run({{QStringLiteral("variant"), QStringLiteral("philosophers")}, {QStringLiteral("strategy"), strategy},
                               {QStringLiteral("philosophers"), n}, {QStringLiteral("hold_ms"), 3}, {QStringLiteral("think_ms"), 2},
                               {QStringLiteral("eat_ms"), 1}, {QStringLiteral("rounds"), 5}},
                              30.0);
        QCOMPARE(o.status, lab::RunStatus::Finished);
        QCOMPARE(o.num("deadlock_detected"), 0.0);
        QCOMPARE(o.num("meals"), 5.0 * n);
        QCOMPARE(o.num("meals_min"), 5.0);
        QCOMPARE(o.num("meals_max"), 5.0);
        QCOMPARE(o.data.lanes.size(), n);
    }

    void fixedBackoffCanLivelock()
    {
        // Real threads drift, so a livelock is likely, not certain: one in three runs is enough.
        int livelocks = 0;
        for (int rep = 0; rep < 3 && livelocks == 0; ++rep) {
            const Outcome o = run({{QStringLiteral("strategy"), QStringLiteral("try_backoff")}, {QStringLiteral("hold_ms"), 30},
                                   {QStringLiteral("backoff_ms"), 2}, {QStringLiteral("think_ms"), 30},
                                   {QStringLiteral("random_backoff"), false}},
                                  1.5);
            QCOMPARE(o.num("deadlock_detected"), 0.0);
            if (o.num("livelock_detected") == 1.0) ++livelocks;
        }
        QVERIFY(livelocks > 0);
    }

    void processesGetEdeadlkAndAreReaped()
    {
        const QStringList before = childProcesses();
        const Outcome o = run({{QStringLiteral("variant"), QStringLiteral("processes")}, {QStringLiteral("strategy"), QStringLiteral("naive")},
                               {QStringLiteral("hold_ms"), 100}, {QStringLiteral("eat_ms"), 5}, {QStringLiteral("rounds"), 2}},
                              30.0);
        QCOMPARE(o.status, lab::RunStatus::Finished);
        QCOMPARE(o.num("edeadlk"), 1.0);
        QCOMPARE(o.num("deadlock_detected"), 1.0);
        QCOMPARE(o.num("rounds"), 4.0);
        QVERIFY(o.num("edeadlk_pid") > 0);
        QVERIFY(o.text("cycle").contains(QStringLiteral("EDEADLK")));
        QCOMPARE(o.data.log.filter(QStringLiteral("exited with code 0 and was reaped")).size(), 2);
        QVERIFY(!o.data.log.filter(QStringLiteral("got EDEADLK")).isEmpty());
        QCOMPARE(childProcesses(), before);
    }

    void orderedProcessesNeverGetEdeadlk()
    {
        const Outcome o = run({{QStringLiteral("variant"), QStringLiteral("processes")}, {QStringLiteral("strategy"), QStringLiteral("ordered")},
                               {QStringLiteral("hold_ms"), 20}, {QStringLiteral("eat_ms"), 1}, {QStringLiteral("rounds"), 3}},
                              30.0);
        QCOMPARE(o.status, lab::RunStatus::Finished);
        QCOMPARE(o.num("edeadlk"), 0.0);
        QCOMPARE(o.num("rounds"), 6.0);
    }

    void stopEndsADeadlockQuickly_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::newRow("pair") << QStringLiteral("pair");
        QTest::newRow("philosophers") << QStringLiteral("philosophers");
        QTest::newRow("processes") << QStringLiteral("processes");
    }
    void stopEndsADeadlockQuickly()
    {
        QFETCH(QString, variant);
        const int threadsBefore = taskCount();
        const QStringList kidsBefore = childProcesses();
        {
            lab::Runner runner;
            QString error;
            QVERIFY2(runner.start(std::make_shared<deadlock::DeadlockScenario>(),
                                 params({{QStringLiteral("variant"), variant}, {QStringLiteral("strategy"), QStringLiteral("naive")},
                                         {QStringLiteral("hold_ms"), 50}, {QStringLiteral("eat_ms"), 2000}}),
                                 0, 3, &error), qPrintable(error));
            // Wait until it is really stuck (or, for processes, stuck holding/waiting).
            QTRY_VERIFY_WITH_TIMEOUT((runner.recorder()->drain(),
                                      runner.recorder()->data().summary.value(variant == QLatin1String("processes")
                                                                                  ? QStringLiteral("edeadlk")
                                                                                  : QStringLiteral("deadlock_detected")).toInt() == 1),
                                     10000);
            runner.stop();
            QCOMPARE(runner.waitFinished(5000), lab::RunStatus::Stopped);
            qInfo("stop latency %s: %.1f ms", qPrintable(variant), runner.stopLatencyMs());
            QVERIFY2(runner.stopLatencyMs() < lab::Runner::kDefaultStopGraceMs, qPrintable(QString::number(runner.stopLatencyMs())));
        }
        QTRY_VERIFY2_WITH_TIMEOUT(taskCount() == threadsBefore, qPrintable(taskNames()), 3000);
        QTRY_COMPARE(childProcesses(), kidsBefore);
    }

    void badParamsAreRejected()
    {
        QString e;
        params({{QStringLiteral("philosophers"), 17}}, &e);
        QVERIFY(e.contains(QStringLiteral("philosophers")));
        params({{QStringLiteral("strategy"), QStringLiteral("bogus")}}, &e);
        QVERIFY(e.contains(QStringLiteral("strategy")));
        params({{QStringLiteral("hold_ms"), -1}}, &e);
        QVERIFY(e.contains(QStringLiteral("hold_ms")));
        params({{QStringLiteral("no_such_key"), 1}}, &e);
        QVERIFY(e.contains(QStringLiteral("no_such_key")));
        const Outcome o = run({{QStringLiteral("variant"), QStringLiteral("processes")}, {QStringLiteral("strategy"), QStringLiteral("scoped_lock")}}, 5.0);
        QCOMPARE(o.status, lab::RunStatus::Failed);
        QVERIFY2(o.error.contains(QStringLiteral("strategy=scoped_lock")), qPrintable(o.error));
    }

    void panelDrawsTheCycle()
    {
        // PPLAB_PANEL_VARIANT / PPLAB_SAVE_PANEL: render another variant into a PNG to look at it.
        const QString variant = qEnvironmentVariable("PPLAB_PANEL_VARIANT", QStringLiteral("pair"));
        const Outcome o = run({{QStringLiteral("variant"), variant}, {QStringLiteral("strategy"), QStringLiteral("naive")},
                               {QStringLiteral("hold_ms"), 50}, {QStringLiteral("stop_on_deadlock"), true}},
                              variant == QLatin1String("processes") ? 0.12 : 10.0);
        gui::DeadlockPanel panel;
        panel.resize(600, 500);
        panel.runStarted(params({}));
        lab::DrainResult r;
        r.summaryChanged = true;
        panel.dataChanged(o.data, r);
        panel.runFinished(o.status, o.data);
        QImage img(600, 500, QImage::Format_ARGB32);
        img.fill(Qt::white);
        panel.render(&img);
        if (qEnvironmentVariableIsSet("PPLAB_SAVE_PANEL")) img.save(qEnvironmentVariable("PPLAB_SAVE_PANEL"));
        if (variant != QLatin1String("pair")) return;
        QVERIFY(panel.bannerText().contains(QStringLiteral("A holds L1 and waits for L2")));
        QCOMPARE(panel.cycleEdges(), 4); // two "waits for" and two "holds" edges on the cycle
        // The cycle's colour (render::Palette: vermillion) was painted.
        const QColor cycle = render::Palette::forWidgets(panel.palette()).cycle;
        bool painted = false;
        for (int y = 0; y < img.height() && !painted; y += 1)
            for (int x = 0; x < img.width() && !painted; x += 1) {
                const QColor c = img.pixelColor(x, y);
                painted = std::abs(c.red() - cycle.red()) + std::abs(c.green() - cycle.green()) + std::abs(c.blue() - cycle.blue()) < 24;
            }
        QVERIFY(painted);
    }
};

QTEST_MAIN(TestDeadlock)
#include "tst_deadlock.moc"
