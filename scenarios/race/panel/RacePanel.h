#pragma once
// Step-through for the race scenario — a controlled schedule on real threads. Two std::jthreads
// (race::StepThrough) each perform read / add 1 / write on a shared value, only when the user
// grants them a step. The panel shows each thread's local value and next step, the shared
// value, the schedule so far, and a table of all 20 interleavings with their outcome
// (double-click a row to run it). The panel never waits for the threads: each button queues a
// command on the StepThrough's command thread (requestStep, requestUndo, ...), the buttons are
// disabled until it is done, and the result comes back to the GUI thread as a queued call.
#include "panels/ScenarioPanel.h"

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
class QTableWidget;
QT_END_NAMESPACE

namespace race { class StepThrough; }

namespace gui {

class RacePanel : public ScenarioPanel {
    Q_OBJECT
public:
    explicit RacePanel(QWidget* parent = nullptr);
    ~RacePanel() override;
    QString title() const override;
    void retranslate() override;

    // For tests.
    race::StepThrough& engine() { return *m_engine; }
    QPushButton* stepButton(int t) const { return m_step[t]; }
    QPushButton* undoButton() const { return m_undo; }
    QPushButton* replayButton() const { return m_replay; }
    QPushButton* resetButton() const { return m_reset; }
    QTableWidget* interleavingsTable() const { return m_table; }
    QString sharedText() const;
    QString localText(int t) const;
    QString scheduleText() const;
    QString outcomeText() const;
    void runInterleaving(int row);
    void stepThread(int t);
    // A command is queued or running on the engine's command thread (the buttons are disabled).
    bool isBusy() const { return m_busy; }
    // How long a step may take before the panel gives up on the thread (tests lengthen it).
    void setStepTimeoutMs(int ms) { m_stepTimeoutMs = ms; }

Q_SIGNALS:
    // A command finished and the panel shows its result (queued from the command thread).
    void commandFinished(bool ok);

private:
    // Queues a command (request) and, back on the GUI thread, lets `after` set the message.
    void submit(const std::function<void(std::function<void(bool)>)>& request, std::function<void(bool)> after);
    void refresh();
    void fillTable();

    std::unique_ptr<race::StepThrough> m_engine;
    QLabel* m_heading = nullptr;
    QLabel* m_intro = nullptr;
    QLabel* m_threadTitle[2] = {nullptr, nullptr};
    QLabel* m_local[2] = {nullptr, nullptr};
    QLabel* m_next[2] = {nullptr, nullptr};
    QLabel* m_sharedTitle = nullptr;
    QLabel* m_shared = nullptr;
    QLabel* m_schedule = nullptr;
    QLabel* m_outcome = nullptr;
    QLabel* m_tableTitle = nullptr;
    QPushButton* m_step[2] = {nullptr, nullptr};
    QPushButton* m_undo = nullptr;
    QPushButton* m_replay = nullptr;
    QPushButton* m_reset = nullptr;
    QTableWidget* m_table = nullptr;
    QString m_message;
    bool m_busy = false;
    int m_stepTimeoutMs;
};

} // namespace gui
