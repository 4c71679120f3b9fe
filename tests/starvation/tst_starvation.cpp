// Properties of the starvation scenario that hold on one or two busy cores: FIFO locks are fair,
// the unfair lock has the longer streaks, a nice-19 thread on a pinned CPU gets a small share
// and an equal-nice one about half, readers starve a writer only under reader preference; bad
// input is refused before the run; every variant stops promptly and leaves no thread behind, no
// thread reniced and no thread pinned.
#include "TestUtil.h"
#include "all.h"
#include "starvation/Platform.h"
#include "starvation/Starvation.h"

#include <QProcess>
#include <QtTest>

#include <sched.h>

using starvation::platform::TaskSched;

using testutil::with;

namespace {
const QString kId = QStringLiteral("starvation");

// checkParams for these values on top of the defaults ("" = accepted).
QString check(const QVariantMap& given)
{
    return starvation::StarvationScenario().checkParams(testutil::params(kId, given));
}

int tasksWith(const std::function<bool(const TaskSched&)>& pred)
{
    int n = 0;
    for (const TaskSched& t : starvation::platform::tasks()) n += pred(t) ? 1 : 0;
    return n;
}

// Nobody in this process is reniced, idle-scheduled or pinned: every thread has the main
// thread's nice value and CPUs.
QString untouched()
{
    const int cpus = static_cast<int>(starvation::platform::allowedCpus().size());
    const int nice = starvation::platform::selfNice();
    QStringList bad;
    for (const TaskSched& t : starvation::platform::tasks())
        if (t.nice != nice || t.policy != SCHED_OTHER || t.cpusAllowed != cpus)
            bad << QStringLiteral("tid %1: nice %2, policy %3, %4 CPUs").arg(t.tid).arg(t.nice).arg(t.policy).arg(t.cpusAllowed);
    return bad.join(QStringLiteral("; "));
}
} // namespace

class TestStarvation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { lab::registerAll(); }

    void registeredWithValidPresets()
    {
        QVERIFY(lab::Registry::instance().contains(kId));
        const lab::ScenarioInfo i = lab::Registry::instance().info(kId);
        QCOMPARE(i.category, QStringLiteral("hazards"));
        QVERIFY(i.figures.contains(QStringLiteral("jain_index")));
        QVERIFY(i.figures.contains(QStringLiteral("jain_index_ticket")));
        QVERIFY(i.figures.contains(QStringLiteral("writes_reader_pref")));
        for (const lab::Preset& p : i.presets) {
            QString e;
            lab::Params out;
            QVERIFY2(lab::validate(i.params, p.values, &out, &e), qPrintable(p.name + QStringLiteral(": ") + e));
            const QString refused = starvation::StarvationScenario().checkParams(out);
            QVERIFY2(refused.isEmpty(), qPrintable(p.name + QStringLiteral(": ") + refused));
        }
    }

    void badInputIsRefused_data()
    {
        QTest::addColumn<QVariantMap>("given");
        QTest::addColumn<QString>("key");
        QTest::newRow("rwlock with a mutex") << with({{"variant", QStringLiteral("rwlock")}, {"lock", QStringLiteral("ticket")}}) << "lock:";
        QTest::newRow("lock with an rwlock") << with({{"variant", QStringLiteral("lock")}, {"lock", QStringLiteral("reader_pref")}}) << "lock:";
        QTest::newRow("rwlock without a reader") << with({{"variant", QStringLiteral("rwlock")}, {"threads", 1}}) << "threads:";
        QTest::newRow("priority alone") << with({{"variant", QStringLiteral("priority")}, {"threads", 1}}) << "threads:";
        QTest::newRow("priority, too many pinned") << with({{"variant", QStringLiteral("priority")}, {"threads", 17}}) << "threads:";
        int missing = 0;
        const QList<int> cpus = starvation::platform::allowedCpus();
        while (cpus.contains(missing)) ++missing;
        if (missing <= 1023)
            QTest::newRow("priority on a CPU not allowed") << with({{"variant", QStringLiteral("priority")}, {"cpu", missing}}) << "cpu:";
    }
    void badInputIsRefused()
    {
        QFETCH(QVariantMap, given);
        QFETCH(QString, key);
        const QString msg = check(given);
        QVERIFY2(msg.startsWith(key), qPrintable(msg));
        // The run itself refuses too (a script that skips checkParams), and starts no thread.
        const int before = testutil::threadCount();
        const testutil::Outcome o = testutil::run(kId, given, 5);
        QCOMPARE(o.status, lab::RunStatus::Failed);
        QVERIFY2(o.error.contains(key), qPrintable(o.error));
        QTRY_COMPARE(testutil::threadCount(), before);
    }

    void outOfRangeIsRefused()
    {
        const lab::ScenarioInfo i = lab::Registry::instance().info(kId);
        lab::Params p;
        QString e;
        QVERIFY(!lab::validate(i.params, with({{"threads", 65}}), &p, &e));
        QVERIFY2(e.contains(QStringLiteral("threads")), qPrintable(e));
        QVERIFY(!lab::validate(i.params, with({{"low_nice", -1}}), &p, &e));
        QVERIFY2(e.contains(QStringLiteral("low_nice")), qPrintable(e));
        QVERIFY(!lab::validate(i.params, with({{"threshold_ms", 0.0}}), &p, &e));
        QVERIFY(!lab::validate(i.params, with({{"policy", QStringLiteral("fifo")}}), &p, &e));
    }

    // Every value of every choice, with the other defaults: refused by checkParams, or it runs.
    void everyChoiceRunsOrIsRefused()
    {
        const lab::ScenarioInfo i = lab::Registry::instance().info(kId);
        for (const lab::ParamSpec& spec : i.params) {
            for (const QString& value : spec.choices) {
                const QVariantMap given{{spec.key, value}};
                const QString tag = spec.key + QLatin1Char('=') + value;
                if (!check(given).isEmpty()) continue;
                const testutil::Outcome o = testutil::run(kId, given, 0.6);
                QVERIFY2(o.status == lab::RunStatus::Finished, qPrintable(tag + QStringLiteral(": ") + o.error));
                QVERIFY2(o.has("jain_index") || o.has("writes"), qPrintable(tag));
            }
        }
    }

    void fifoLocksAreFair_data()
    {
        QTest::addColumn<QString>("lock");
        QTest::newRow("ticket") << QStringLiteral("ticket");
        QTest::newRow("queuing") << QStringLiteral("queuing");
    }
    void fifoLocksAreFair()
    {
        QFETCH(QString, lock);
        const testutil::Outcome o = testutil::run(kId, with({{"variant", QStringLiteral("lock")}, {"lock", lock}, {"threads", 4}, {"think_us", 0}}), 1.0);
        QCOMPARE(o.status, lab::RunStatus::Finished);
        qInfo("%s: J = %.4f, %g acquisitions, longest streak %g", qPrintable(lock), o.num("jain_index"),
              o.num("acquisitions_total"), o.num("longest_streak"));
        QVERIFY(o.num("acquisitions_total") > 100);
        QVERIFY2(o.num("jain_index") >= 0.9, qPrintable(QString::number(o.num("jain_index"))));
        QCOMPARE(o.num("mutual_exclusion_errors"), 0.0);
    }

    void unfairLockHasLongerStreaks()
    {
        const testutil::Outcome o = testutil::run(kId, with({{"variant", QStringLiteral("lock")}, {"lock", QStringLiteral("compare")}, {"threads", 4}}), 2.5);
        QCOMPARE(o.status, lab::RunStatus::Finished);
        const double unfair = o.num("longest_streak_std_mutex");
        qInfo("longest streak: std::mutex %g, spin %g, ticket %g, queuing %g, starvation_mode %g", unfair,
              o.num("longest_streak_spin"), o.num("longest_streak_ticket"), o.num("longest_streak_queuing"),
              o.num("longest_streak_starvation_mode"));
        QVERIFY(unfair > o.num("longest_streak_ticket"));
        QVERIFY(unfair > o.num("longest_streak_queuing"));
        for (const QString& l : starvation::lockIds()) {
            QVERIFY(o.has(qPrintable(QStringLiteral("jain_index_") + l)));
            QVERIFY(o.num(qPrintable(QStringLiteral("acquisitions_per_s_") + l)) > 0);
        }
        QCOMPARE(o.num("mutual_exclusion_errors"), 0.0);
    }

    void priorityShares_data()
    {
        QTest::addColumn<QVariantMap>("given");
        QTest::addColumn<double>("below");
        QTest::addColumn<double>("above");
        QTest::newRow("nice 19") << with({{"low_nice", 19}}) << 0.10 << 0.0;
        QTest::newRow("SCHED_IDLE") << with({{"policy", QStringLiteral("idle")}}) << 0.10 << 0.0;
        QTest::newRow("equal nice") << with({{"low_nice", 0}}) << 1.0 << 0.30;
    }
    // On one pinned CPU the share depends on the weights only, not on the machine's load.
    void priorityShares()
    {
        QFETCH(QVariantMap, given);
        QFETCH(double, below);
        QFETCH(double, above);
        given.insert(QStringLiteral("variant"), QStringLiteral("priority"));
        given.insert(QStringLiteral("threads"), 2);
        const bool lowered = given.value(QStringLiteral("low_nice"), 19).toInt() != 0 || given.contains(QStringLiteral("policy"));
        const int cpus = static_cast<int>(starvation::platform::allowedCpus().size());
        QCOMPARE(untouched(), QString());
        lab::Runner runner;
        QVERIFY(testutil::start(runner, kId, given, 2.0));
        // While it runs: exactly the two workers are pinned, only T1 is lowered.
        QTRY_VERIFY(tasksWith([&](const TaskSched& t) { return t.cpusAllowed == 1; }) >= (cpus > 1 ? 2 : 0));
        if (cpus > 1) QCOMPARE(tasksWith([](const TaskSched& t) { return t.cpusAllowed == 1; }), 2);
        const int nice = starvation::platform::selfNice();
        QTRY_COMPARE(tasksWith([&](const TaskSched& t) { return t.nice != nice || t.policy != SCHED_OTHER; }), lowered ? 1 : 0);
        const testutil::Outcome o = testutil::finish(runner);
        QCOMPARE(o.status, lab::RunStatus::Finished);
        const double share = o.num("cpu_share_low");
        qInfo("T1 share %.4f, CFS predicts %.4f, CPU used %.2f", share, o.num("cpu_share_low_predicted"), o.num("cpu_used"));
        QVERIFY2(share < below && share > above, qPrintable(QString::number(share)));
        QTRY_COMPARE(untouched(), QString()); // the workers have ended: nothing is left lowered or pinned
    }

    void readersStarveTheWriterOnlyWithReaderPreference()
    {
        const testutil::Outcome o = testutil::run(kId, with({{"variant", QStringLiteral("rwlock")}, {"lock", QStringLiteral("compare")}, {"threads", 4}}), 3.0);
        QCOMPARE(o.status, lab::RunStatus::Finished);
        const double rp = o.num("writes_reader_pref"), wp = o.num("writes_writer_pref"), tq = o.num("writes_tbb_queuing");
        qInfo("writes: reader_pref %g, writer_pref %g, tbb_queuing %g", rp, wp, tq);
        QVERIFY(rp < wp);
        QVERIFY(rp < tq);
        QCOMPARE(o.num("mutual_exclusion_errors"), 0.0);
    }

    void stopsPromptly_data()
    {
        QTest::addColumn<QVariantMap>("given");
        for (const QString& l : starvation::lockIds())
            QTest::newRow(qPrintable(l)) << with({{"variant", QStringLiteral("lock")}, {"lock", l}, {"threads", 8}, {"cs_us", 50}});
        QTest::newRow("priority nice 19") << with({{"variant", QStringLiteral("priority")}, {"threads", 4}});
        QTest::newRow("priority SCHED_IDLE") << with({{"variant", QStringLiteral("priority")}, {"threads", 4}, {"policy", QStringLiteral("idle")}});
        QTest::newRow("priority half busy") << with({{"variant", QStringLiteral("priority")}, {"threads", 3}, {"busy_pct", 50}});
        for (const QString& l : starvation::rwLockIds())
            QTest::newRow(qPrintable(l)) << with({{"variant", QStringLiteral("rwlock")}, {"lock", l}, {"read_us", 5000}});
    }
    void stopsPromptly()
    {
        QFETCH(QVariantMap, given);
        const int before = testutil::threadCount();
        lab::Runner runner;
        runner.setStopGraceMs(2000); // generous here; the latency itself is printed and benchmarked
        QVERIFY(testutil::start(runner, kId, given));
        QCOMPARE(runner.waitFinished(600), lab::RunStatus::Running);
        runner.stop();
        const testutil::Outcome o = testutil::finish(runner);
        qInfo("stop latency %.1f ms", o.stopLatencyMs);
        QCOMPARE(o.status, lab::RunStatus::Stopped);
        QVERIFY2(o.stopLatencyMs < 2000, qPrintable(QString::number(o.stopLatencyMs)));
        QTRY_COMPARE(testutil::threadCount(), before);
        QCOMPARE(untouched(), QString());
    }

    // Millions of acquisitions, a few spans per lane per tick; without `live`, no spans at all.
    void timelineStaysSmall()
    {
        const QVariantMap given = with({{"variant", QStringLiteral("lock")}, {"lock", QStringLiteral("ticket")}, {"cs_us", 0}, {"threads", 4}});
        const testutil::Outcome o = testutil::run(kId, given, 1.5);
        QCOMPARE(o.status, lab::RunStatus::Finished);
        qInfo("%g acquisitions, %zu spans", o.num("acquisitions_total"), o.data.spans.size());
        QVERIFY(o.num("acquisitions_total") > 10000);
        QVERIFY(!o.data.spans.empty());
        QVERIFY(o.data.spans.size() < 4 * 3 * 40); // 4 lanes, at most 3 parts per 50 ms tick
        const QVariantList tables = o.data.panels.value(QStringLiteral("threads")).toList();
        QCOMPARE(tables.size(), 1);
        QCOMPARE(tables.first().toMap().value(QStringLiteral("rows")).toList().size(), 4);

        QVariantMap quiet = given;
        quiet.insert(QStringLiteral("live"), false);
        const testutil::Outcome q = testutil::run(kId, quiet, 0.8);
        QCOMPARE(q.status, lab::RunStatus::Finished);
        QVERIFY(q.data.spans.empty());
        QVERIFY(q.num("acquisitions_total") > 1000);
        QVERIFY(q.has("jain_index"));
    }

    void commandLineRefusesWithExitTwo()
    {
        QProcess p;
        p.start(QStringLiteral(PPLAB_BINARY), {QStringLiteral("run"), kId, QStringLiteral("--set"), QStringLiteral("variant=rwlock"),
                                               QStringLiteral("--set"), QStringLiteral("lock=std_mutex")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 2);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("lock: std_mutex is not a lock of the rwlock variant")), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestStarvation)
#include "tst_starvation.moc"
