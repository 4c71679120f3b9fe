#pragma once
// The Exercises view: exercises listed by scenario with the student's status (not tried,
// attempted, correct). Choosing one selects its scenario, sets its parameters and locks the
// form, asks the question and enables Run only once a prediction is entered (a teacher can turn
// that off: Run → Require a prediction before Run); hints are revealed one at a time. After the
// run: prediction against measurement, the verdict with its tolerance, the explanation, and a
// link to the chart or counter that answers it. Progress is kept per user (teach::Progress).
#include "Catalog.h"
#include "Progress.h"

#include "lab/Runner.h"

#include <QDockWidget>

#include <optional>

class QAction;
class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;
class QVBoxLayout;

namespace gui {

class MainWindow;

class ExercisesDock : public QDockWidget {
    Q_OBJECT
public:
    // Adds itself to the window (a dock on the right, View → Exercises, Run → Require a
    // prediction before Run).
    explicit ExercisesDock(MainWindow* window);

    // Starts an exercise (selects its scenario, sets and locks the parameters). False if unknown.
    bool startExercise(const QString& id);
    void leaveExercise();
    QString activeId() const { return m_active ? m_active->id : QString(); }
    // The prediction as entered (nullopt: none, or not valid yet).
    std::optional<teach::Prediction> prediction() const;
    // Fills the prediction fields as a student would (tests, and the walk-through screenshots):
    // a number, "LOW..HIGH" or a choice's id, in the window's language.
    bool enterPrediction(const QString& text);
    bool revealHint(); // false when every hint is shown
    int hintsShown() const { return m_hintsShown; }
    // The verdict of the last judged run of the active exercise ("" before it).
    QString verdictText() const;
    QString warningText() const; // what went wrong with the progress file, if anything
    const teach::Progress& progress() const { return m_progress; }
    // Reset progress… (asks first unless ask is false).
    bool resetProgress(bool ask = true);
    bool requirePrediction() const;
    void setRequirePrediction(bool on);
    // Switches to the chart tab or flashes the counter that answers the question.
    static bool showAnswerPlace(MainWindow* window, const teach::Highlight& h);

protected:
    void changeEvent(QEvent* e) override;

private:
    void buildUi();
    void retranslateUi();
    void populate();
    void updateStatusItem(const QString& id);
    void showExercise();
    void buildPredictionInput();
    void predictionChanged();
    void onRunStarted();
    void onRunFinished(lab::RunStatus status);
    void onScenarioSelected(const QString& id);
    void showResult(const QString& html);
    void setWarning(const QString& text);
    QString runGuard() const;
    QString highlightName() const;

    MainWindow* m_window;
    teach::Progress m_progress;
    std::optional<teach::Exercise> m_active;
    QVariantMap m_savedValues; // the form before the exercise, restored on leaving
    double m_savedDuration = 0;
    bool m_armed = false;      // a run of the active exercise is in progress
    std::optional<teach::Prediction> m_committed; // the prediction the run will be judged on
    int m_hintsShown = 0;
    QString m_verdict;
    QString m_warning;

    QTreeWidget* m_list = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_lockNote = nullptr;
    QLabel* m_question = nullptr;
    QLabel* m_predictLabel = nullptr;
    QStackedWidget* m_inputs = nullptr;
    QLineEdit* m_number = nullptr;
    QLineEdit* m_low = nullptr;
    QLineEdit* m_high = nullptr;
    QLabel* m_rangeTo = nullptr;
    QLabel* m_unit = nullptr;
    QLabel* m_rangeUnit = nullptr;
    QWidget* m_choiceBox = nullptr;
    QVBoxLayout* m_choiceLayout = nullptr;
    QButtonGroup* m_choices = nullptr;
    QLabel* m_predictNote = nullptr;
    QPushButton* m_hintButton = nullptr;
    QLabel* m_hints = nullptr;
    QPushButton* m_runButton = nullptr;
    QPushButton* m_leaveButton = nullptr;
    QLabel* m_result = nullptr;
    QPushButton* m_showButton = nullptr;
    QLabel* m_warningLabel = nullptr;
    QWidget* m_detail = nullptr;
    QLabel* m_placeholder = nullptr;
    QPushButton* m_resetButton = nullptr;
    QAction* m_requireAct = nullptr;
};

} // namespace gui
