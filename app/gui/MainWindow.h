#pragma once
// The lab's window: scenario list, explanation, parameter form and Run/Stop/Reset on the
// left and right (dock widgets, so the layout can be rearranged and is remembered), live
// counters and chart tabs in the middle. The GUI thread never runs scenario work: it drains
// the Recorder on a timer (about 30 Hz) and redraws in batches.
#include "lab/Registry.h"
#include "lab/Runner.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QToolBar;
class QTreeWidget;
class QTreeWidgetItem;

namespace gui {

class ChartPanel;
class ComparisonView;
class RunsDock;
class CountersView;
class DataModel;
class ParamForm;
class ScenarioPanel;
class TimelineView;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Used by the GUI tests and by the menus.
    bool selectScenario(const QString& id);
    QString currentScenario() const { return m_scenarioId; }
    bool startRun();
    void stopRun();
    void resetRun();
    lab::Runner& runner() { return *m_runner; }
    ParamForm* form() const { return m_form; }
    QTabWidget* tabs() const { return m_tabs; }
    CountersView* counters() const { return m_counters; }
    // Exports the chart on the visible tab (chart tabs, the timeline, panels with a chart); on a
    // tab without one, fails and says so.
    bool exportCurrentChart(const QString& path, QString* error);
    bool currentTabHasChart(QString* why = nullptr) const;
    bool exportData(const QString& path, QString* error);
    bool exportTrace(const QString& path, QString* error);

    // Kept runs (app/gui/RunsDock): shows a run again, view only (its scenario, parameters,
    // counters, charts, timeline, data and log; an opened run also names the machine that
    // measured it). Run then starts a new run with those parameters; Reset or choosing a
    // scenario returns to the form. False and why while a run or an exercise is in progress, or
    // when this pplab does not have the run's scenario.
    bool showRecord(const lab::RunRecord& run, QString* why);
    // Two or more runs compared (charts overlaid or side by side, figures with ratios).
    void showComparison(const QList<lab::RunRecord>& runs);
    bool isShowingRecord() const { return m_viewed.has_value(); }
    bool isShowingComparison() const;
    ComparisonView* comparison() const { return m_comparison; }
    RunsDock* runsDock() const { return m_runsDock; }
    QString viewBannerText() const;
    // The run made in this window (the runner's last run, at full resolution).
    bool hasResults() const { return m_haveRun; }
    lab::RunRecord liveRecord() const;
    // Drains the recorder and redraws now (the timer does this ~30 times a second).
    void drainNow();

    // Hooks for teaching (app/gui/ExercisesDock, app/gui/LessonView): the menus they add to;
    // the form shown but not editable while an exercise is active; a guard asked before every
    // run (a non-empty answer refuses Run with that reason; refreshRunAction() asks it again).
    QMenu* fileMenu() const { return m_fileMenu; }
    QMenu* runMenu() const { return m_runMenu; }
    QMenu* viewMenu() const { return m_viewMenu; }
    void setFormLocked(bool locked);
    bool formLocked() const { return m_formLocked; }
    void setRunGuard(std::function<QString()> guard);
    void refreshRunAction();
    void setProjectorMode(bool on);
    bool projectorMode() const;

Q_SIGNALS:
    void runStarted();
    void runFinished(lab::RunStatus status);
    void scenarioSelected(const QString& id);

protected:
    void closeEvent(QCloseEvent* e) override;
    void changeEvent(QEvent* e) override;

private:
    void buildActions();
    void buildMenus();
    void buildDocks();
    void buildCentral();
    void retranslateUi();
    void populateScenarioList();
    void rebuildResultTabs();
    void describeDataTab();
    void showExplanation();
    void setRunning(bool running);
    void onFinished(lab::RunStatus status);
    void saveParams();
    void updateStatus();
    QString chooseExportPath(const QString& title, const QString& filters, const QString& suggested);
    const lab::RunData& currentData() const;
    void leaveRecord();
    void showData(const lab::RunData& d, lab::RunStatus status, const QVariantMap& params);

    std::unique_ptr<lab::Runner> m_runner;
    QString m_scenarioId;
    lab::ScenarioInfo m_info;
    bool m_haveRun = false;

    QTreeWidget* m_list = nullptr;
    QTextBrowser* m_explanation = nullptr;
    ParamForm* m_form = nullptr;
    QPushButton* m_runButton = nullptr;
    QPushButton* m_stopButton = nullptr;
    QPushButton* m_resetButton = nullptr;
    CountersView* m_counters = nullptr;
    QTabWidget* m_tabs = nullptr;
    QList<ChartPanel*> m_charts;
    TimelineView* m_timeline = nullptr;
    QTableView* m_table = nullptr;
    DataModel* m_model = nullptr;
    QPlainTextEdit* m_log = nullptr;
    QList<ScenarioPanel*> m_panels;
    QLabel* m_banner = nullptr;
    QLabel* m_viewBanner = nullptr;
    QStackedWidget* m_stack = nullptr;
    QWidget* m_results = nullptr;
    ComparisonView* m_comparison = nullptr;
    RunsDock* m_runsDock = nullptr;
    std::optional<lab::RunRecord> m_viewed; // a kept run shown instead of the live one

    QDockWidget* m_listDock = nullptr;
    QDockWidget* m_paramDock = nullptr;
    QDockWidget* m_explainDock = nullptr;
    QToolBar* m_toolbar = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_runMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QActionGroup* m_languageGroup = nullptr;
    QAction* m_runAct = nullptr;
    QAction* m_stopAct = nullptr;
    QAction* m_resetAct = nullptr;
    QAction* m_exportChartAct = nullptr;
    QAction* m_exportDataAct = nullptr;
    QAction* m_exportTraceAct = nullptr;
    QAction* m_quitAct = nullptr;
    QAction* m_projectorAct = nullptr;
    QAction* m_aboutAct = nullptr;

    QLabel* m_stateLabel = nullptr;
    QLabel* m_elapsedLabel = nullptr;
    QProgressBar* m_progress = nullptr;
    QTimer m_drainTimer;
    int m_baseFontPt = 0;
    bool m_formLocked = false;
    std::function<QString()> m_runGuard;
};

} // namespace gui
