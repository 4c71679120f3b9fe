// The gil scenario under Stop and bad input: Stop ends every mode promptly (threads waiting for
// the lock, child processes, the I/O thread's responder), leaves no child, zombie or thread
// behind; every choice value with the other defaults runs or is refused before the run; bad
// input is refused with the key named, and the command line exits with 2.
#include "TestUtil.h"
#include "all.h"
#include "gil/Gil.h"
#include "lab/ChildProcess.h"

#include <QProcess>
#include <QtTest>

using namespace testutil;

namespace {
QString refusal(const QVariantMap& given)
{
    auto sc = lab::Registry::instance().create(QStringLiteral("gil"));
    return sc->checkParams(params(QStringLiteral("gil"), given));
}

struct Cli {
    int code = -1;
    QString err;
};
Cli pplab(const QStringList& args, const QString& python = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!python.isNull()) env.insert(QStringLiteral("PPLAB_PYTHON"), python);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PPLAB_BINARY), args);
    if (!p.waitForFinished(60000)) { p.kill(); p.waitForFinished(); return {}; }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, QString::fromUtf8(p.readAllStandardError())};
}
} // namespace

class TestGilStop : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        lab::ChildProcess::setExecutable(QStringLiteral(PPLAB_BINARY));
        lab::ChildProcess::startSpawner();
        lab::registerAll();
    }
    void init() { QVERIFY(children().isEmpty()); }
    void cleanup() { QTRY_VERIFY_WITH_TIMEOUT(children().isEmpty(), 2000); }

    void stopEndsEveryModePromptly_data()
    {
        QTest::addColumn<QVariantMap>("given");
        QStringList kinds = gil::kindIds();
        kinds << QStringLiteral("compare");
        for (const QString& g : kinds) {
            QTest::addRow("cpu %s", qPrintable(g)) << with({{"gil", g}, {"work_ms", 20000}});
            QTest::addRow("io %s", qPrintable(g)) << with({{"gil", g}, {"workload", QStringLiteral("io")}, {"work_ms", 20000}});
        }
        QTest::newRow("io sweep") << with({{"workload", QStringLiteral("io")}, {"sweep", true}, {"work_ms", 20000}});
        QTest::newRow("new, 1 s interval") << with({{"switch_interval_ms", 1000.0}, {"work_ms", 20000}, {"threads", 4}});
        QTest::newRow("old, 4 threads") << with({{"gil", QStringLiteral("old")}, {"work_ms", 20000}, {"threads", 4}});
    }
    void stopEndsEveryModePromptly()
    {
        QFETCH(QVariantMap, given);
        const int threadsBefore = threadCount();
        for (int afterMs : {150, 700}) { // during calibration or the sequential run, then in the thick of it
            const Outcome o = runAndStop(QStringLiteral("gil"), given, afterMs);
            QCOMPARE(o.status, lab::RunStatus::Stopped);
            QVERIFY2(o.stopLatencyMs >= 0 && o.stopLatencyMs < 2000, qPrintable(QString::number(o.stopLatencyMs)));
            qInfo("stopped after %d ms in %.1f ms", afterMs, o.stopLatencyMs);
            QTRY_VERIFY_WITH_TIMEOUT(children().isEmpty(), 2000);
        }
        QTRY_VERIFY_WITH_TIMEOUT(threadCount() <= threadsBefore, 2000);
    }

    void everyChoiceRunsOrIsRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("value");
        for (const lab::ParamSpec& p : lab::Registry::instance().info(QStringLiteral("gil")).params) {
            if (p.type == lab::ParamSpec::Choice)
                for (const QString& c : p.choices) QTest::addRow("%s=%s", qPrintable(p.key), qPrintable(c)) << p.key << QVariant(c);
            if (p.type == lab::ParamSpec::Bool)
                QTest::addRow("%s=%s", qPrintable(p.key), p.defaultValue.toBool() ? "false" : "true")
                    << p.key << QVariant(!p.defaultValue.toBool());
        }
    }
    void everyChoiceRunsOrIsRefused()
    {
        QFETCH(QString, key);
        QFETCH(QVariant, value);
        const QVariantMap given{{key, value}};
        const QString why = refusal(given);
        if (!why.isEmpty()) {
            QVERIFY2(why.startsWith(key + QLatin1Char(':')) || why.contains(key), qPrintable(why));
            return;
        }
        const Outcome o = run(QStringLiteral("gil"), given, 8.0); // a time limit: a long compare ends there
        QVERIFY2(o.status == lab::RunStatus::Finished, qPrintable(o.error));
        QVERIFY(!o.data.summary.isEmpty());
    }

    void badInputIsRefused()
    {
        const auto specs = lab::Registry::instance().info(QStringLiteral("gil")).params;
        lab::Params p;
        QString err;
        QVERIFY(!lab::validate(specs, {{QStringLiteral("gil"), QStringLiteral("bogus")}}, &p, &err));
        QVERIFY2(err.contains(QStringLiteral("gil")), qPrintable(err));
        QVERIFY(!lab::validate(specs, {{QStringLiteral("switch_interval_ms"), 0.0}}, &p, &err));
        QVERIFY2(err.contains(QStringLiteral("switch_interval_ms")), qPrintable(err));
        QVERIFY(refusal(with({{"sweep", true}})).startsWith(QStringLiteral("sweep:")));
        QVERIFY(refusal(with({{"sweep", true}, {"workload", QStringLiteral("io")}, {"gil", QStringLiteral("old")}}))
                    .startsWith(QStringLiteral("sweep:")));
        QVERIFY(refusal(with({{"sweep", true}, {"workload", QStringLiteral("io")}})).isEmpty());
        qputenv("PPLAB_PYTHON", "/nonexistent/python3");
        const QString why = refusal(with({{"engine", QStringLiteral("cpython")}}));
        const QString both = refusal(with({{"engine", QStringLiteral("both")}}));
        qunsetenv("PPLAB_PYTHON");
        QVERIFY2(why.startsWith(QStringLiteral("engine:")) && why.contains(QStringLiteral("/nonexistent/python3")), qPrintable(why));
        QVERIFY(both.startsWith(QStringLiteral("engine:")));
        QVERIFY(refusal(with({{"engine", QStringLiteral("emulator")}})).isEmpty());
    }

    void commandLineExitsWithTwo_data()
    {
        QTest::addColumn<QStringList>("sets");
        QTest::addColumn<QString>("python");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown gil") << QStringList{"gil=bogus"} << QString() << "gil";
        QTest::newRow("interval 0") << QStringList{"switch_interval_ms=0"} << QString() << "switch_interval_ms";
        QTest::newRow("sweep without io") << QStringList{"sweep=true"} << QString() << "sweep:";
        QTest::newRow("no python") << QStringList{"engine=cpython"} << QStringLiteral("/nonexistent/python3") << "engine:";
    }
    void commandLineExitsWithTwo()
    {
        QFETCH(QStringList, sets);
        QFETCH(QString, python);
        QFETCH(QString, says);
        QStringList args{QStringLiteral("run"), QStringLiteral("gil")};
        for (const QString& s : sets) args << QStringLiteral("--set") << s;
        const Cli r = pplab(args, python);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestGilStop)
#include "tst_gil_stop.moc"
