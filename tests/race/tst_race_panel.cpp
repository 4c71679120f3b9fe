// GUI smoke test of the race step-through panel (offscreen): the buttons drive two real threads
// and the labels, the schedule and the table of interleavings follow.
#include "CountersView.h"
#include "MainWindow.h"
#include "ParamForm.h"
#include "all.h"
#include "race/panel/RacePanel.h"
#include "race/StepThrough.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QtTest>

class TestRacePanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { lab::registerAll(); }

    void buildTheLostUpdateByHand()
    {
        gui::RacePanel panel;
        panel.show();
        QCOMPARE(panel.interleavingsTable()->rowCount(), 20);
        QCOMPARE(panel.sharedText(), QStringLiteral("0"));
        QVERIFY(!panel.undoButton()->isEnabled());
        // T1 read, T2 read, T1 add, T1 write, T2 add, T2 write
        for (int t : {0, 1, 0, 0, 1, 1}) QTest::mouseClick(panel.stepButton(t), Qt::LeftButton);
        QCOMPARE(panel.sharedText(), QStringLiteral("1"));
        QVERIFY(panel.outcomeText().contains(QStringLiteral("Lost update")));
        QVERIFY(panel.scheduleText().contains(QStringLiteral("T1 read, T2 read, T1 add 1, T1 write")));
        QVERIFY(!panel.stepButton(0)->isEnabled());
        QTest::mouseClick(panel.undoButton(), Qt::LeftButton);
        QCOMPARE(panel.localText(1), QStringLiteral("1"));
        QVERIFY(panel.stepButton(1)->isEnabled());
        QCOMPARE(panel.engine().schedule().size(), size_t(5));
        QTest::mouseClick(panel.replayButton(), Qt::LeftButton);
        QCOMPARE(panel.engine().schedule().size(), size_t(5));
        QTest::mouseClick(panel.resetButton(), Qt::LeftButton);
        QCOMPARE(panel.localText(0), QStringLiteral("–"));
        QVERIFY(panel.engine().schedule().empty());
    }

    void runAnInterleavingFromTheTable()
    {
        gui::RacePanel panel;
        panel.runInterleaving(0); // T1 T1 T1 T2 T2 T2
        QCOMPARE(panel.sharedText(), QStringLiteral("2"));
        QVERIFY(panel.outcomeText().contains(QStringLiteral("Correct")));
        panel.runInterleaving(1);
        QCOMPARE(panel.sharedText(), QStringLiteral("1"));
    }

    // The scenario in the real window: a compare run fills the cost bars and the counters, and
    // the step-through tab is there. With PPLAB_RACE_SCREENSHOTS=<dir> every tab is saved as PNG.
    void inTheWindow()
    {
        gui::MainWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(w.selectScenario(QStringLiteral("race")));
        QVariantMap v = w.form()->values();
        v.insert(QStringLiteral("strategy"), QStringLiteral("compare"));
        v.insert(QStringLiteral("threads"), 4);
        v.insert(QStringLiteral("increments"), 300000);
        v.insert(QStringLiteral("window"), 20);
        w.form()->setValues(v);
        QSignalSpy finished(&w, &gui::MainWindow::runFinished);
        QVERIFY(w.startRun());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QCOMPARE(finished.first().first().value<lab::RunStatus>(), lab::RunStatus::Finished);
        w.drainNow();
        QVERIFY(!w.counters()->valueText(QStringLiteral("lost_updates")).isEmpty());
        bool stepTab = false;
        const QString dir = qEnvironmentVariable("PPLAB_RACE_SCREENSHOTS");
        for (int t = 0; t < w.tabs()->count(); ++t) {
            w.tabs()->setCurrentIndex(t);
            QCoreApplication::processEvents();
            stepTab = stepTab || qobject_cast<gui::RacePanel*>(w.tabs()->widget(t));
            if (!dir.isEmpty()) w.grab().save(dir + QStringLiteral("/race-tab%1.png").arg(t));
        }
        QVERIFY(stepTab);
    }
};

QTEST_MAIN(TestRacePanel)
#include "tst_race_panel.moc"
