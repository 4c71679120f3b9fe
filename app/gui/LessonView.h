#pragma once
// Lesson mode for the lecture hall (View → Lesson, File → Open lesson…): a lesson's steps, one
// at a time, each with its experiment, a talking point and a question for the room that is
// revealed after the run. Page Down / Page Up (what presentation clickers send) move between
// steps wherever the focus is; F11 goes full screen with projector mode on; Run (here, F5 or
// the toolbar) starts the step's experiment.
#include "Lesson.h"

#include "lab/Runner.h"

#include <QDockWidget>

#include <optional>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QPushButton;
class QTextBrowser;

namespace gui {

class MainWindow;

class LessonView : public QDockWidget {
    Q_OBJECT
public:
    explicit LessonView(MainWindow* window);
    ~LessonView() override;

    void setLesson(const teach::Lesson& lesson);
    // Opens a lesson file; false with the checker's messages ("FILE:LINE: ...", one a line).
    bool openLesson(const QString& path, QString* error);
    bool hasLesson() const { return m_lesson.has_value(); }
    const teach::Lesson* lesson() const { return m_lesson ? &*m_lesson : nullptr; }
    int currentStep() const { return m_step; }
    bool goToStep(int index);
    bool nextStep() { return goToStep(m_step + 1); }
    bool previousStep() { return goToStep(m_step - 1); }
    // Applies the step's parameters again and starts its run.
    bool runStep();
    bool questionShown() const;
    void revealQuestion();
    // Full screen with projector mode on, or back as it was.
    void setPresentation(bool on);
    bool presentation() const { return m_presenting; }

protected:
    void changeEvent(QEvent* e) override;
    bool eventFilter(QObject* watched, QEvent* e) override;

private:
    void buildUi();
    void retranslateUi();
    void showStep();
    void applyStep();
    void onRunFinished(lab::RunStatus status);
    void chooseLessonFile();
    void fillLessonsMenu();

    MainWindow* m_window;
    std::optional<teach::Lesson> m_lesson;
    int m_step = -1;
    bool m_revealed = false;
    bool m_answerShown = false;
    bool m_stepRunning = false;
    bool m_presenting = false;
    bool m_projectorBefore = false;
    bool m_maximizedBefore = false;

    QLabel* m_lessonTitle = nullptr;
    QLabel* m_position = nullptr;
    QLabel* m_stepTitle = nullptr;
    QTextBrowser* m_talk = nullptr;
    QLabel* m_experiment = nullptr;
    QPushButton* m_runButton = nullptr;
    QPushButton* m_revealButton = nullptr;
    QLabel* m_question = nullptr;
    QPushButton* m_answerButton = nullptr;
    QLabel* m_answer = nullptr;
    QPushButton* m_prevButton = nullptr;
    QPushButton* m_nextButton = nullptr;
    QListWidget* m_steps = nullptr;
    QLabel* m_placeholder = nullptr;
    QWidget* m_body = nullptr;
    QAction* m_openAct = nullptr;
    QAction* m_fullScreenAct = nullptr;
    QAction* m_nextAct = nullptr;
    QAction* m_prevAct = nullptr;
    QMenu* m_lessonsMenu = nullptr;
};

} // namespace gui
