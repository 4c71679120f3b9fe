#pragma once
// The Runs view: every finished or stopped run of the session, and runs opened from files
// (lab::RunHistory). Selecting one run shows it again in the window (view only); selecting two
// or more of one scenario compares them. Runs are renamed in place (F2), deleted (Delete),
// saved as the JSON `pplab run --json` writes (File → Save run, Ctrl+S) and opened again
// (File → Open run, Ctrl+O, drag and drop onto the window, `pplab open FILE...`). File →
// Export report writes the selected runs (or the current one) as HTML or PDF.
#include "lab/RunHistory.h"
#include "lab/Runner.h"

#include <QDockWidget>

class QAction;
class QLabel;
class QListView;
class QToolButton;

namespace gui {

class MainWindow;

class RunsDock : public QDockWidget {
    Q_OBJECT
public:
    // Adds itself to the window (a dock on the left, View → Runs, the File menu's entries) and
    // accepts run files dropped onto the window.
    explicit RunsDock(MainWindow* window);

    lab::RunHistory* history() const { return m_history; }
    QListView* list() const { return m_list; }
    QList<int> selectedRows() const;
    void selectRows(const QList<int>& rows);

    // Opens run files into the list and shows the last one that could be read. Files that
    // cannot be read are named with the reason in one message (unless quiet: then only in
    // *errors). Returns how many were opened.
    int openFiles(const QStringList& paths, QStringList* errors = nullptr, bool quiet = false);
    // Saves a kept run as a run file (the `pplab run --json` format).
    bool saveRun(int row, const QString& path, QString* error) const;
    // The report of the selected runs (or of the window's current run when none is selected).
    bool exportReport(const QString& path, QString* error) const;
    bool removeSelected();
    // What the memory label says.
    QString memoryText() const;

protected:
    void changeEvent(QEvent* e) override;
    bool eventFilter(QObject* watched, QEvent* e) override;

private:
    void buildUi();
    void retranslateUi();
    void onSelectionChanged();
    void onRunFinished(lab::RunStatus status);
    void updateActions();
    QList<lab::RunRecord> reportRuns() const;
    QString askPath(const QString& title, const QString& filters, const QString& suggested, bool save);

    MainWindow* m_window;
    lab::RunHistory* m_history;
    QListView* m_list = nullptr;
    QLabel* m_memory = nullptr;
    QAction* m_openAct = nullptr;
    QAction* m_saveAct = nullptr;
    QAction* m_reportAct = nullptr;
    QAction* m_deleteAct = nullptr;
    QAction* m_renameAct = nullptr;
    bool m_adding = false; // a new run is selected: it is already on screen
};

} // namespace gui
