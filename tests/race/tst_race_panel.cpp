// GUI smoke test of the race step-through panel (offscreen): the buttons drive two real threads
// and the labels, the schedule and the table of interleavings follow.
#include "CountersView.h"
#include "MainWindow.h"
#include "ParamForm.h"
#include "all.h"
#include "race/panel/RacePanel.h"
#include "race/StepThrough.h"

#include <QElapsedTimer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QtTest>

namespace {
// Clicks a button and waits until the command it queued has finished (the result comes back
// to the GUI thread as a queued call).
bool clickAndWait(gui::RacePanel& panel, QPushButton* button)
{
    QSignalSpy done(&panel, &gui::RacePanel::commandFinished);
    QTest::mouseClick(button, Qt::LeftButton);
    return done.count() > 0 || done.wait(10000);
}
} // namespace

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
        for (int t : {0, 1, 0, 0, 1, 1}) QVERIFY(clickAndWait(panel, panel.stepButton(t)));
        QCOMPARE(panel.sharedText(), QStringLiteral("1"));
        QVERIFY(panel.outcomeText().contains(QStringLiteral("Lost update")));
        QVERIFY(panel.scheduleText().contains(QStringLiteral("T1 read, T2 read, T1 add 1, T1 write")));
        QVERIFY(!panel.stepButton(0)->isEnabled());
        QVERIFY(clickAndWait(panel, panel.undoButton()));
        QCOMPARE(panel.localText(1), QStringLiteral("1"));
        QVERIFY(panel.stepButton(1)->isEnabled());
        QCOMPARE(panel.engine().schedule().size(), size_t(5));
        QVERIFY(clickAndWait(panel, panel.replayButton()));
        QCOMPARE(panel.engine().schedule().size(), size_t(5));
        QVERIFY(panel.outcomeText().contains(QStringLiteral("Replayed")));
        QVERIFY(clickAndWait(panel, panel.resetButton()));
        QCOMPARE(panel.localText(0), QStringLiteral("–"));
        QVERIFY(panel.engine().schedule().empty());
    }

    void runAnInterleavingFromTheTable()
    {
        gui::RacePanel panel;
        QSignalSpy done(&panel, &gui::RacePanel::commandFinished);
        panel.runInterleaving(0); // T1 T1 T1 T2 T2 T2
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10000);
        QVERIFY(done.first().first().toBool());
        QCOMPARE(panel.sharedText(), QStringLiteral("2"));
        QVERIFY(panel.outcomeText().contains(QStringLiteral("Correct")));
        panel.runInterleaving(1);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 2, 10000);
        QCOMPARE(panel.sharedText(), QStringLiteral("1"));
    }

    // A step whose thread does not answer keeps the GUI thread free: the click returns at once,
    // the event loop goes on (a timer keeps firing), the buttons wait, and the result arrives
    // when the thread takes its step.
    void aStepInFlightNeverBlocksTheGuiThread()
    {
        gui::RacePanel panel;
        panel.setStepTimeoutMs(120000); // the thread is released long before; no timeout here
        panel.show();
        QSignalSpy done(&panel, &gui::RacePanel::commandFinished);
        int ticks = 0;
        QTimer timer;
        timer.setInterval(5);
        connect(&timer, &QTimer::timeout, [&] { ++ticks; });
        timer.start();
        panel.engine().holdThreads(true);
        QTest::mouseClick(panel.stepButton(0), Qt::LeftButton);
        QVERIFY(panel.isBusy());
        QVERIFY(!panel.stepButton(1)->isEnabled()); // one command at a time
        QVERIFY(!panel.resetButton()->isEnabled());
        QCOMPARE(ticks, 0); // the click did not spin the event loop
        QTRY_VERIFY_WITH_TIMEOUT(ticks >= 20, 10000);
        QCOMPARE(done.count(), 0); // still in flight: the step waits for the held thread
        QCOMPARE(panel.engine().thread(0).next, race::StepThrough::Step::Read);
        panel.engine().holdThreads(false);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10000);
        QVERIFY(done.first().first().toBool());
        QVERIFY(!panel.isBusy());
        QVERIFY(panel.stepButton(1)->isEnabled());
        QCOMPARE(panel.localText(0), QStringLiteral("0"));
        QCOMPARE(panel.engine().schedule(), std::vector<int>{0});
    }

    // A thread that never answers: the step gives up after its timeout (on the command thread),
    // the panel says so, and Reset brings fresh threads.
    void aStuckThreadTimesOutAndResetRecovers()
    {
        gui::RacePanel panel;
        panel.setStepTimeoutMs(50);
        QSignalSpy done(&panel, &gui::RacePanel::commandFinished);
        panel.engine().holdThreads(true);
        panel.stepThread(1);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10000);
        QVERIFY(!done.first().first().toBool());
        QVERIFY(panel.outcomeText().contains(QStringLiteral("did not take its step in time")));
        panel.engine().holdThreads(false);
        QVERIFY(clickAndWait(panel, panel.resetButton()));
        QVERIFY(panel.engine().schedule().empty());
        QCOMPARE(panel.engine().thread(1).next, race::StepThrough::Step::Read);
        QVERIFY(clickAndWait(panel, panel.stepButton(1)));
        QCOMPARE(panel.localText(1), QStringLiteral("0"));
    }

    // Closing the panel with a step in flight does not wait for the step's timeout.
    void closingWithAStepInFlight()
    {
        auto* panel = new gui::RacePanel;
        panel->setStepTimeoutMs(120000);
        panel->engine().holdThreads(true);
        panel->stepThread(0);
        QVERIFY(panel->isBusy());
        QTRY_COMPARE_WITH_TIMEOUT(panel->engine().pending(), 1, 10000);
        QElapsedTimer t;
        t.start();
        delete panel; // stops the command thread, then the stepping threads
        QVERIFY2(t.elapsed() < 5000, "the destructor waited for the step's timeout");
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
