#pragma once
// Step-through for the race scenario — a controlled schedule on real threads. Two std::jthreads
// (race::StepThrough) each perform read / add 1 / write on a shared value, only when the user
// grants them a step. The panel shows each thread's local value and next step, the shared
// value, the schedule so far, and a table of all 20 interleavings with their outcome
// (double-click a row to run it). Every gated step takes microseconds and every wait is timed,
// so the GUI thread is never held for long.
#include "panels/ScenarioPanel.h"

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

private:
    void stepThread(int t);
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
};

} // namespace gui
