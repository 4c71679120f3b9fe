// The window's Exercises view and Lesson mode, offscreen: Run refused before a prediction, the
// verdict after the run, progress kept and shown, a corrupt progress file reported, lesson steps
// moved with Page Down / Page Up from wherever the focus is.
#include "CountersView.h"
#include "ExercisesDock.h"
#include "Language.h"
#include "LessonView.h"
#include "MainWindow.h"
#include "ParamForm.h"

#include "Catalog.h"
#include "all.h"
#include "lab/ChildProcess.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

class TestTeachGui : public QObject {
    Q_OBJECT
private:
    QString progressPath() const { return teach::Progress::defaultPath(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // progress and settings in a test location
        QCoreApplication::setOrganizationName(QStringLiteral("pplab-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_teach_gui"));
        QSettings().clear();
        QFile::remove(progressPath());
        lab::registerAll();
        lab::ChildProcess::setExecutable(QStringLiteral(PPLAB_BINARY));
        gui::Language::instance().apply(QStringLiteral("en"));
    }

    void init()
    {
        QSettings().clear();
        QFile::remove(progressPath());
    }

    void runIsRefusedBeforeAPredictionAndTheVerdictFollows()
    {
        gui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* dock = w.findChild<gui::ExercisesDock*>();
        QVERIFY(dock);
        QVERIFY(dock->requirePrediction());
        QVERIFY(dock->startExercise(QStringLiteral("race.one-thread")));
        QCOMPARE(w.currentScenario(), QStringLiteral("race"));
        // The exercise's parameters, shown but locked.
        QCOMPARE(w.form()->values().value(QStringLiteral("threads")).toLongLong(), 1);
        QCOMPARE(w.form()->values().value(QStringLiteral("increments")).toLongLong(), 10000000);
        QVERIFY(w.formLocked());
        QVERIFY(!w.form()->isEnabled());
        // No prediction: Run is off and refuses.
        auto* run = w.findChild<QPushButton*>(QStringLiteral("runButton"));
        QVERIFY(!run->isEnabled());
        QVERIFY(!w.startRun());
        QVERIFY(!w.runner().isRunning());
        QVERIFY(!w.findChild<QLabel*>(QStringLiteral("predictionNote"))->text().isEmpty());
        // Hints come one at a time.
        QVERIFY(dock->revealHint());
        QCOMPARE(dock->hintsShown(), 1);
        QVERIFY(w.findChild<QLabel*>(QStringLiteral("exerciseHints"))->text().contains(QStringLiteral("Hint 1")));
        // A prediction enables Run.
        auto* number = w.findChild<QLineEdit*>(QStringLiteral("predictionNumber"));
        QTest::keyClicks(number, QStringLiteral("abc"));
        QVERIFY(!run->isEnabled());
        number->clear();
        QTest::keyClicks(number, QStringLiteral("0"));
        QVERIFY(dock->prediction().has_value());
        QVERIFY(run->isEnabled());
        QSignalSpy finished(&w, &gui::MainWindow::runFinished);
        QVERIFY(w.startRun());
        QVERIFY(!number->isEnabled() || !number->parentWidget()->isEnabled()); // locked in while it runs
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(dock->verdictText(), QStringLiteral("correct"));
        auto* result = w.findChild<QLabel*>(QStringLiteral("exerciseResult"));
        QVERIFY(result->isVisible());
        QVERIFY(result->text().contains(QStringLiteral("Correct")));
        QVERIFY(result->text().contains(QStringLiteral("Explanation")));
        // The link highlights the counter that answers it.
        auto* show = w.findChild<QPushButton*>(QStringLiteral("showAnswerButton"));
        QVERIFY(show->isVisible());
        show->click();
        auto* card = w.counters()->findChild<QFrame*>(QStringLiteral("counter_lost_updates"));
        QVERIFY(card);
        QVERIFY(card->styleSheet().contains(QStringLiteral("border")));
        // Progress: recorded and shown in the list.
        QCOMPARE(dock->progress().status(QStringLiteral("race.one-thread")), teach::Status::Correct);
        auto* list = w.findChild<QTreeWidget*>(QStringLiteral("exerciseList"));
        const auto items = list->findItems(QStringLiteral("One thread, no lock"), Qt::MatchExactly | Qt::MatchRecursive);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first()->data(1, Qt::UserRole).toString(), QStringLiteral("correct"));
        // Leaving unlocks the form.
        dock->leaveExercise();
        QVERIFY(!w.formLocked());
        QVERIFY(w.form()->isEnabled());
        QVERIFY(run->isEnabled());
    }

    void aWrongPredictionAndAChartLink()
    {
        gui::MainWindow w;
        w.show();
        auto* dock = w.findChild<gui::ExercisesDock*>();
        QVERIFY(dock->startExercise(QStringLiteral("named_pipes.at-pipe-buf")));
        QVERIFY(dock->enterPrediction(QStringLiteral("7")));
        QSignalSpy finished(&w, &gui::MainWindow::runFinished);
        QVERIFY(w.startRun());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(dock->verdictText(), QStringLiteral("wrong"));
        QCOMPARE(dock->progress().status(QStringLiteral("named_pipes.at-pipe-buf")), teach::Status::Attempted);
        w.tabs()->setCurrentIndex(w.tabs()->count() - 1);
        w.findChild<QPushButton*>(QStringLiteral("showAnswerButton"))->click();
        QCOMPARE(w.tabs()->tabText(w.tabs()->currentIndex()), QStringLiteral("Torn records per record size"));
    }

    void progressSurvivesARestartOfTheWindow()
    {
        {
            gui::MainWindow w;
            auto* dock = w.findChild<gui::ExercisesDock*>();
            QVERIFY(dock->startExercise(QStringLiteral("race.one-thread")));
            dock->enterPrediction(QStringLiteral("3"));
            QSignalSpy finished(&w, &gui::MainWindow::runFinished);
            QVERIFY(w.startRun());
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
            QCOMPARE(dock->verdictText(), QStringLiteral("wrong"));
        }
        gui::MainWindow again;
        auto* dock = again.findChild<gui::ExercisesDock*>();
        QCOMPARE(dock->progress().status(QStringLiteral("race.one-thread")), teach::Status::Attempted);
        QCOMPARE(dock->progress().attempts(QStringLiteral("race.one-thread")), 1);
        QVERIFY(dock->warningText().isEmpty());
        QVERIFY(dock->resetProgress(false));
        QCOMPARE(dock->progress().status(QStringLiteral("race.one-thread")), teach::Status::NotTried);
    }

    void corruptProgressIsReportedInTheWindow()
    {
        QDir().mkpath(QFileInfo(progressPath()).absolutePath());
        QFile f(progressPath());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ not json");
        f.close();
        gui::MainWindow w;
        auto* dock = w.findChild<gui::ExercisesDock*>();
        QVERIFY2(dock->warningText().contains(QStringLiteral(".corrupt-")), qPrintable(dock->warningText()));
        QVERIFY(!w.findChild<QLabel*>(QStringLiteral("progressWarning"))->isHidden());
        const QStringList aside = QFileInfo(progressPath()).absoluteDir().entryList({QStringLiteral("progress.json.corrupt-*")});
        QCOMPARE(aside.size(), 1);
        for (const QString& name : aside) QFile::remove(QFileInfo(progressPath()).absoluteDir().filePath(name));
    }

    void theTeacherCanLetRunGoWithoutAPrediction()
    {
        gui::MainWindow w;
        auto* dock = w.findChild<gui::ExercisesDock*>();
        auto* toggle = w.findChild<QAction*>(QStringLiteral("requirePredictionAction"));
        QVERIFY(toggle);
        toggle->setChecked(false);
        QVERIFY(!QSettings().value(QStringLiteral("teach/requirePrediction")).toBool());
        QVERIFY(dock->startExercise(QStringLiteral("race.one-thread")));
        QSignalSpy finished(&w, &gui::MainWindow::runFinished);
        QVERIFY(w.startRun());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(dock->verdictText(), QStringLiteral("-")); // measured and explained, not judged
        QVERIFY(w.findChild<QLabel*>(QStringLiteral("exerciseResult"))->text().contains(QStringLiteral("No prediction")));
        QCOMPARE(dock->progress().status(QStringLiteral("race.one-thread")), teach::Status::NotTried);
        toggle->setChecked(true);
    }

    void choosingAnotherScenarioLeavesTheExercise()
    {
        gui::MainWindow w;
        auto* dock = w.findChild<gui::ExercisesDock*>();
        QVERIFY(dock->startExercise(QStringLiteral("race.one-thread")));
        QVERIFY(w.selectScenario(QStringLiteral("hello")));
        QVERIFY(dock->activeId().isEmpty());
        QVERIFY(!w.formLocked());
        QVERIFY(w.startRun()); // nothing to predict any more
        w.stopRun();
        QTRY_VERIFY_WITH_TIMEOUT(!w.runner().isRunning(), 5000);
    }

    void lessonStepsMoveWithPageDownAndPageUp()
    {
        gui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* lesson = w.findChild<gui::LessonView*>();
        QVERIFY(lesson);
        const teach::Lesson* hazards = teach::Catalog::shipped().lesson(QStringLiteral("hazards-45"));
        QVERIFY(hazards);
        lesson->setLesson(*hazards);
        QVERIFY(lesson->isVisible());
        QCOMPARE(lesson->currentStep(), 0);
        QTest::keyClick(&w, Qt::Key_PageDown);
        QCOMPARE(lesson->currentStep(), 1);
        QCOMPARE(w.currentScenario(), QStringLiteral("race"));
        QCOMPARE(w.form()->values().value(QStringLiteral("threads")).toLongLong(), 2);
        QVERIFY(w.form()->isEnabled()); // a lesson does not lock the form
        // From a spin box of the form too (it would otherwise step its value by ten).
        auto* threads = qobject_cast<QSpinBox*>(w.form()->editorFor(QStringLiteral("threads")));
        QVERIFY(threads);
        threads->setFocus();
        QTest::keyClick(threads, Qt::Key_PageDown);
        QCOMPARE(lesson->currentStep(), 2);
        QCOMPARE(w.form()->values().value(QStringLiteral("window")).toLongLong(), 20000);
        QTest::keyClick(threads, Qt::Key_PageUp);
        QCOMPARE(lesson->currentStep(), 1);
        QCOMPARE(w.form()->values().value(QStringLiteral("window")).toLongLong(), 0);
        QTest::keyClick(&w, Qt::Key_PageUp);
        QCOMPARE(lesson->currentStep(), 0);
        QTest::keyClick(&w, Qt::Key_PageUp); // the first step stays the first
        QCOMPARE(lesson->currentStep(), 0);
        // The question is revealed after the step's run.
        QVERIFY(lesson->goToStep(1));
        QVERIFY(!lesson->questionShown());
        QSignalSpy finished(&w, &gui::MainWindow::runFinished);
        QVERIFY(lesson->runStep());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY(lesson->questionShown());
        QVERIFY(!w.findChild<QLabel*>(QStringLiteral("stepQuestion"))->isHidden());
        // To the last step and no further.
        for (int i = 0; i < 20; ++i) QTest::keyClick(&w, Qt::Key_PageDown);
        QCOMPARE(lesson->currentStep(), static_cast<int>(hazards->steps.size()) - 1);
    }

    void aLessonStepTakesOverFromAnExercise()
    {
        gui::MainWindow w;
        auto* dock = w.findChild<gui::ExercisesDock*>();
        QVERIFY(dock->startExercise(QStringLiteral("race.one-thread")));
        auto* lesson = w.findChild<gui::LessonView*>();
        lesson->setLesson(*teach::Catalog::shipped().lesson(QStringLiteral("race")));
        QVERIFY(lesson->goToStep(1)); // race, two threads
        QVERIFY(dock->activeId().isEmpty());
        QVERIFY(!w.formLocked());
        QCOMPARE(w.form()->values().value(QStringLiteral("threads")).toLongLong(), 2);
        QSignalSpy finished(&w, &gui::MainWindow::runFinished);
        QVERIFY(lesson->runStep());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    }

    void lessonFileMistakesAreNamedByLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mine.lesson"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("lesson: mine\ntitle: Mine\n[step]\ntitle: A\ntalk: B\nscenario: hello\nset: threads=0\n");
        f.close();
        gui::MainWindow w;
        auto* lesson = w.findChild<gui::LessonView*>();
        QString error;
        QVERIFY(!lesson->openLesson(path, &error));
        QVERIFY2(error.contains(path + QStringLiteral(":7: threads")), qPrintable(error));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("lesson: mine\ntitle: Mine\n[step]\ntitle: A\ntalk: B\nscenario: hello\nset: threads=3\n");
        f.close();
        QVERIFY2(lesson->openLesson(path, &error), qPrintable(error));
        QCOMPARE(w.currentScenario(), QStringLiteral("hello"));
        QCOMPARE(w.form()->values().value(QStringLiteral("threads")).toLongLong(), 3);
    }

    void presentationIsFullScreenWithProjectorMode()
    {
        gui::MainWindow w;
        w.show();
        auto* lesson = w.findChild<gui::LessonView*>();
        const bool before = w.projectorMode();
        lesson->setPresentation(true);
        QVERIFY(w.projectorMode());
        QVERIFY(w.windowState() & Qt::WindowFullScreen);
        lesson->setPresentation(false);
        QCOMPARE(w.projectorMode(), before);
        QVERIFY(!(w.windowState() & Qt::WindowFullScreen));
    }

    void everyExerciseCanBeStartedAndShowsItsQuestion()
    {
        gui::MainWindow w;
        auto* dock = w.findChild<gui::ExercisesDock*>();
        for (const teach::Exercise& ex : teach::Catalog::shipped().exercises()) {
            QVERIFY2(dock->startExercise(ex.id), qPrintable(ex.id));
            QCOMPARE(w.currentScenario(), ex.scenario);
            lab::Params p;
            QString error;
            QVERIFY2(w.form()->validated(&p, &error), qPrintable(ex.id + QLatin1Char(' ') + error));
            for (auto it = ex.values.cbegin(); it != ex.values.cend(); ++it)
                QVERIFY2(p.values().value(it.key()) == it.value(), qPrintable(ex.id + QLatin1Char(' ') + it.key()));
            QVERIFY(!w.findChild<QLabel*>(QStringLiteral("exerciseQuestion"))->text().isEmpty());
        }
    }
};

QTEST_MAIN(TestTeachGui)
#include "tst_teach_gui.moc"
