// Every shipped exercise, run once as the command line and the window run it: the run ends by
// itself within a few seconds, and its answer can be computed from what it reported (every
// figure the exercise names is really reported by the scenario with those parameters).
#include "Catalog.h"

#include "TestUtil.h"
#include "all.h"
#include "lab/ChildProcess.h"

#include <QElapsedTimer>
#include <QtTest>

class TestTeachRuns : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        lab::registerAll();
        lab::ChildProcess::setExecutable(QStringLiteral(PPLAB_BINARY));
        QVERIFY(teach::Catalog::shipped().problems().isEmpty());
    }

    void everyExerciseRunsAndAnswers_data()
    {
        QTest::addColumn<QString>("id");
        for (const teach::Exercise& ex : teach::Catalog::shipped().exercises()) QTest::newRow(qPrintable(ex.id)) << ex.id;
    }
    void everyExerciseRunsAndAnswers()
    {
        QFETCH(QString, id);
        const teach::Exercise* ex = teach::Catalog::shipped().exercise(id);
        QVERIFY(ex);
        const lab::ScenarioInfo info = lab::Registry::instance().info(ex->scenario);
        const double limit = ex->runDuration(info);
        lab::Runner runner;
        QElapsedTimer clock;
        clock.start();
        QVERIFY(testutil::start(runner, ex->scenario, ex->values, limit, 7));
        const testutil::Outcome o = testutil::finish(runner, 60000);
        const double seconds = clock.elapsed() / 1000.0;
        QVERIFY2(o.status == lab::RunStatus::Finished, qPrintable(lab::runStatusId(o.status) + QLatin1Char(' ') + o.error));
        teach::Measurement m;
        QString error;
        QVERIFY2(teach::measure(*ex, o.data.summary, runner.context()->params().values(), &m, &error), qPrintable(error));
        for (const teach::Reference& r : ex->references) {
            double v = 0;
            QVERIFY2(r.expr.evaluate([&](const QString& n, QString*) -> std::optional<double> {
                if (o.data.summary.contains(n)) return o.data.summary.value(n).toDouble();
                if (runner.context()->params().contains(n)) return runner.context()->params().values().value(n).toDouble();
                if (n == QLatin1String("cores")) return lab::usableCpus();
                return std::nullopt;
            }, &v, &error), qPrintable(r.expr.text() + QStringLiteral(": ") + error));
        }
        if (ex->highlight.target == teach::Highlight::Counter)
            QVERIFY2(o.data.summary.contains(ex->highlight.key), qPrintable(ex->highlight.key));
        // A few seconds at most on an idle machine; generous here (other builds run beside us,
        // and sanitizers slow everything down).
        QVERIFY2(seconds < 20, qPrintable(QStringLiteral("%1 took %2 s").arg(id).arg(seconds)));
        qInfo("%s: %.2f s, answer %s = %s", qPrintable(id), seconds, qPrintable(ex->answer.text()), qPrintable(teach::formatNumber(m.value)));
    }
};

QTEST_GUILESS_MAIN(TestTeachRuns)
#include "tst_teach_runs.moc"
