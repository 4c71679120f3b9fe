// Every scenario runs with its defaults for every value of every choice parameter, or refuses
// that value before the run (checkParams: exit 2 on the command line) with a reason. A new
// scenario is walked as soon as it is registered.
#include "TestUtil.h"
#include "all.h"
#include "lab/ChildProcess.h"
#include "lab/Registry.h"

#include <QtTest>

class TestDefaults : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        lab::registerAll();
        lab::ChildProcess::setExecutable(QStringLiteral(PPLAB_BINARY));
    }

    void everyChoiceRunsOrIsRefused_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        auto& reg = lab::Registry::instance();
        for (const QString& id : reg.ids()) {
            if (id == QLatin1String("selftest")) continue;
            const lab::ScenarioInfo info = reg.info(id);
            QTest::newRow(qPrintable(id + QStringLiteral(" defaults"))) << id << QString() << QString();
            for (const lab::ParamSpec& s : info.params)
                if (s.type == lab::ParamSpec::Choice)
                    for (const QString& c : s.choices)
                        QTest::newRow(qPrintable(QStringLiteral("%1 %2=%3").arg(id, s.key, c))) << id << s.key << c;
        }
    }

    void everyChoiceRunsOrIsRefused()
    {
        QFETCH(QString, id);
        QFETCH(QString, key);
        QFETCH(QString, value);
        QVariantMap given;
        if (!key.isEmpty()) given.insert(key, value);
        const lab::Params params = testutil::params(id, given);
        const QString problem = lab::Registry::instance().create(id)->checkParams(params);
        if (!problem.isEmpty()) {
            // Refused before the run: the command line says why and exits 2.
            QVERIFY(key.isEmpty() || problem.contains(key) || problem.contains(value) || problem.size() > 20);
            QStringList args{QStringLiteral("run"), id, QStringLiteral("--quiet")};
            if (!key.isEmpty()) args << QStringLiteral("--set") << QStringLiteral("%1=%2").arg(key, value);
            const testutil::CommandResult r = testutil::runCommand(QStringLiteral(PPLAB_BINARY), args);
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains(problem.left(20)), qPrintable(r.err));
            return;
        }
        // Runs: a short time limit; it must not fail (it may finish by itself or be cut short).
        const testutil::Outcome o = testutil::run(id, given, 0.6);
        QVERIFY2(o.status == lab::RunStatus::Finished || o.status == lab::RunStatus::Stopped,
                 qPrintable(QStringLiteral("%1: %2 %3").arg(id, lab::runStatusId(o.status), o.error)));
        // Panel data goes only under the keys the scenario declares (the JSON's "panels").
        QStringList declared;
        for (const lab::PanelDataSpec& spec : lab::Registry::instance().info(id).panelData) declared << spec.key;
        for (auto it = o.data.panels.cbegin(); it != o.data.panels.cend(); ++it)
            QVERIFY2(declared.contains(it.key()), qPrintable(QStringLiteral("%1 published undeclared panel data '%2'").arg(id, it.key())));
    }
};

QTEST_GUILESS_MAIN(TestDefaults)
#include "tst_defaults.moc"
