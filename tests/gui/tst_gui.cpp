// GUI smoke tests, offscreen: the real window, every scenario selected, run, stopped, exported.
#include "CountersView.h"
#include "TestUtil.h"
#include "Language.h"
#include "MainWindow.h"
#include "ParamForm.h"
#include "all.h"
#include "lab/ChildProcess.h"

#include <QAction>
#include <QDockWidget>
#include <QGridLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

class TestGui : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("pplab-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_gui"));
        QSettings().clear();
        lab::registerAll();
        lab::ChildProcess::setExecutable(QStringLiteral(PPLAB_BINARY));
        gui::Language::instance().apply(QStringLiteral("en"));
    }

    void windowListsEveryScenarioByCategory()
    {
        gui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* list = w.findChild<QTreeWidget*>(QStringLiteral("scenarioList"));
        QVERIFY(list);
        int scenarios = 0;
        for (int g = 0; g < list->topLevelItemCount(); ++g) scenarios += list->topLevelItem(g)->childCount();
        QCOMPARE(scenarios, lab::Registry::instance().ids().size());
        QVERIFY(w.findChild<QDockWidget*>(QStringLiteral("explanationDock")));
    }

    void everyScenarioRunsStopsAndExports()
    {
        gui::MainWindow w;
        w.runner().setStopGraceMs(testutil::kStopBoundMs); // a slow stop on busy cores is no failure
        w.show();
        QTemporaryDir dir;
        for (const QString& id : lab::Registry::instance().ids()) {
            QVERIFY(w.selectScenario(id));
            QCOMPARE(w.currentScenario(), id);
            const bool selftest = id == QLatin1String("selftest");
            if (selftest) w.form()->setValues({{QStringLiteral("outcome"), QStringLiteral("finish")}});
            QSignalSpy finished(&w, &gui::MainWindow::runFinished);
            QVERIFY2(w.startRun(), qPrintable(id));
            QTest::qWait(300); // a stop at any moment must work: this one comes early
            w.stopRun();
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, testutil::kStopBoundMs + 3000);
            const auto status = finished.first().first().value<lab::RunStatus>();
            const QString what = id + QLatin1Char(' ') + lab::runStatusId(status) + QLatin1Char(' ') + w.runner().errorMessage();
            if (selftest) // it ends at once, by itself, before the stop
                QVERIFY2(status == lab::RunStatus::Finished, qPrintable(what));
            else
                QVERIFY2(status == lab::RunStatus::Stopped || status == lab::RunStatus::Finished, qPrintable(what));
            QString error;
            const QString base = dir.filePath(id);
            QVERIFY2(w.exportCurrentChart(base + QStringLiteral(".png"), &error), qPrintable(error));
            QVERIFY2(w.exportCurrentChart(base + QStringLiteral(".svg"), &error), qPrintable(error));
            QVERIFY2(w.exportData(base + QStringLiteral(".csv"), &error), qPrintable(error));
            QVERIFY2(w.exportData(base + QStringLiteral(".json"), &error), qPrintable(error));
            QVERIFY2(w.exportTrace(base + QStringLiteral("-trace.json"), &error), qPrintable(error));
            QFile json(base + QStringLiteral(".json"));
            QVERIFY(json.open(QIODevice::ReadOnly));
            const QJsonObject o = QJsonDocument::fromJson(json.readAll()).object();
            QCOMPARE(o.value(QStringLiteral("scenario")).toString(), id);
            QVERIFY(QImage(base + QStringLiteral(".png")).width() > 0);
            // Each tab can be shown (charts draw the run's data when they become visible).
            for (int t = 0; t < w.tabs()->count(); ++t) {
                w.tabs()->setCurrentIndex(t);
                QCoreApplication::processEvents();
            }
        }
    }

    void countersUpdateWhileTheRunGoesOn()
    {
        gui::MainWindow w;
        w.runner().setStopGraceMs(testutil::kStopBoundMs);
        w.show();
        QVERIFY(w.selectScenario(QStringLiteral("hello")));
        w.form()->setDuration(0);
        QVERIFY(w.startRun());
        QTRY_VERIFY_WITH_TIMEOUT(!w.counters()->valueText(QStringLiteral("total_counts")).isEmpty(), 10000);
        QVERIFY(w.runner().isRunning()); // live, not at the end
        const QString first = w.counters()->valueText(QStringLiteral("total_counts"));
        QTRY_VERIFY_WITH_TIMEOUT(w.counters()->valueText(QStringLiteral("total_counts")) != first, 10000);
        QSignalSpy finished(&w, &gui::MainWindow::runFinished);
        QTest::keyClick(&w, Qt::Key_Escape); // Stop's shortcut
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, testutil::kStopBoundMs + 3000);
        QCOMPARE(finished.first().first().value<lab::RunStatus>(), lab::RunStatus::Stopped);
    }

    void countersFollowTheDeclaredOrder()
    {
        gui::CountersView view;
        view.setLabels({{QStringLiteral("expected"), QStringLiteral("Expected")},
                        {QStringLiteral("actual"), QStringLiteral("Actual")},
                        {QStringLiteral("graph"), QString()}});
        view.setSummary({{QStringLiteral("actual"), 5}, {QStringLiteral("zeta"), 1}});
        view.setSummary({{QStringLiteral("actual"), 7}, {QStringLiteral("zeta"), 1}, {QStringLiteral("expected"), 10},
                         {QStringLiteral("graph"), QStringLiteral("workers=A")}, {QStringLiteral("alpha"), 2}});
        QCoreApplication::processEvents();
        QStringList shown; // cards in layout order: declared first, then the rest alphabetically
        auto* grid = static_cast<QGridLayout*>(view.layout());
        for (int row = 0; row < grid->rowCount(); ++row)
            for (int col = 0; col < grid->columnCount(); ++col)
                if (QLayoutItem* item = grid->itemAtPosition(row, col); item && item->widget()
                    && item->widget()->objectName().startsWith(QLatin1String("counter_")))
                    shown << item->widget()->objectName().mid(8);
        QCOMPARE(shown, (QStringList{"expected", "actual", "alpha", "zeta"}));
        QCOMPARE(view.valueText(QStringLiteral("actual")), QStringLiteral("7"));
        QVERIFY(view.valueText(QStringLiteral("graph")).isEmpty()); // panel data, not a counter
    }

    void badParameterIsRefusedWithAMessage()
    {
        // A FIFO path that is a regular file: the user types it, presses Run, and the run is
        // refused before it starts, with the reason on screen; the file is left alone.
        QTemporaryDir dir;
        const QString notes = dir.filePath(QStringLiteral("notes.txt"));
        {
            QFile f(notes);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("keep me");
        }
        gui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.selectScenario(QStringLiteral("named_pipes")));
        auto* path = qobject_cast<QLineEdit*>(w.form()->editorFor(QStringLiteral("path")));
        QVERIFY(path);
        path->clear();
        QTest::keyClicks(path, notes);
        QCOMPARE(w.form()->values().value(QStringLiteral("path")).toString(), notes);
        QSignalSpy finished(&w, &gui::MainWindow::runFinished);
        auto* run = w.findChild<QPushButton*>(QStringLiteral("runButton"));
        QVERIFY(run && run->isEnabled());
        QTest::mouseClick(run, Qt::LeftButton);
        QCoreApplication::processEvents();
        QVERIFY(!w.runner().isRunning());
        QCOMPARE(w.runner().status(), lab::RunStatus::Idle); // never started
        // The reason, naming the parameter, is visible in the window.
        QStringList shown;
        for (QLabel* label : w.findChildren<QLabel*>())
            if (label->isVisible() && label->text().contains(QStringLiteral("exists and is not a FIFO"))) shown << label->text();
        QVERIFY2(!shown.isEmpty(), "no visible message says why the run was refused");
        QVERIFY2(shown.first().contains(QStringLiteral("path")), qPrintable(shown.first()));
        QCOMPARE(finished.count(), 0);
        QFile f(notes);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("keep me"));
    }

    void failedRunShowsTheReason()
    {
        if (!lab::Registry::instance().contains(QStringLiteral("selftest"))) QSKIP("needs PPLAB_SELFTEST");
        gui::MainWindow w;
        w.show();
        QVERIFY(w.selectScenario(QStringLiteral("selftest")));
        w.form()->setValues({{QStringLiteral("outcome"), QStringLiteral("fail")}});
        QSignalSpy finished(&w, &gui::MainWindow::runFinished);
        QVERIFY(w.startRun());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(finished.first().first().value<lab::RunStatus>(), lab::RunStatus::Failed);
        auto* banner = w.findChild<QLabel*>(QStringLiteral("banner"));
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("the self-test was asked to fail")));
    }

    void settingsAreRemembered()
    {
        {
            gui::MainWindow w;
            QVERIFY(w.selectScenario(QStringLiteral("hello")));
            w.form()->setValues({{QStringLiteral("threads"), 7}});
            w.close();
        }
        gui::MainWindow again;
        QCOMPARE(again.currentScenario(), QStringLiteral("hello"));
        QCOMPARE(again.form()->values().value(QStringLiteral("threads")).toInt(), 7);
    }

    void languageSwitchChangesVisibleText()
    {
        gui::MainWindow w;
        w.show();
        QVERIFY(w.selectScenario(QStringLiteral("hello")));
        auto* run = w.findChild<QPushButton*>(QStringLiteral("runButton"));
        QCOMPARE(run->text(), QStringLiteral("Run"));
        const QString titleEn = w.windowTitle();
        QVERIFY(gui::Language::instance().apply(QStringLiteral("pt_BR")));
        QCoreApplication::processEvents();
        QCOMPARE(run->text(), QStringLiteral("Executar"));
        QVERIFY(w.windowTitle() != titleEn); // scenario texts are translated too
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("pt_BR"));
        QVERIFY(gui::Language::instance().apply(QStringLiteral("en")));
        QCoreApplication::processEvents();
        QCOMPARE(run->text(), QStringLiteral("Run"));
        QCOMPARE(w.windowTitle(), titleEn);
    }
};

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
