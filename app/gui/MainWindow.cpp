#include "MainWindow.h"

#include "ChartExport.h"
#include "ChartPanel.h"
#include "ComparisonView.h"
#include "CountersView.h"
#include "DataModel.h"
#include "ExercisesDock.h"
#include "Language.h"
#include "LessonView.h"
#include "Palette.h"
#include "PaneNavigator.h"
#include "ParamForm.h"
#include "RunsDock.h"
#include "SavePath.h"
#include "Theme.h"
#include "TimelineView.h"
#include "panels/PanelRegistry.h"
#include "lab/Export.h"
#include "lab/Version.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

// Resources compiled into the static GUI library must be initialised explicitly, or the
// linker may drop them.
static void initResources() { Q_INIT_RESOURCE(pplab); }

namespace gui {

namespace {
constexpr int kDrainIntervalMs = 33;
const lab::RunData& noData()
{
    static const lab::RunData d;
    return d;
}
} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent), m_runner(std::make_unique<lab::Runner>())
{
    initResources();
    registerAllPanels();
    setObjectName(QStringLiteral("MainWindow"));
    m_baseFontPt = QApplication::font().pointSize();
    buildActions();
    buildCentral();
    buildDocks();
    buildMenus();
    new ExercisesDock(this); // add their docks and menu entries (before restoreState)
    new LessonView(this);
    m_runsDock = new RunsDock(this);
    m_stateLabel = new QLabel(this);
    m_elapsedLabel = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(180);
    m_progress->setRange(0, 100);
    m_progress->hide();
    statusBar()->addWidget(m_stateLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_elapsedLabel);

    connect(m_runner.get(), &lab::Runner::finished, this, &MainWindow::onFinished);
    m_drainTimer.setInterval(kDrainIntervalMs);
    connect(&m_drainTimer, &QTimer::timeout, this, &MainWindow::drainNow);

    retranslateUi();
    QSettings s;
    restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
    if (!restoreState(s.value(QStringLiteral("window/state")).toByteArray()))
        resize(1400, 880);
    setProjectorMode(s.value(QStringLiteral("window/projector"), false).toBool());
    const QString last = s.value(QStringLiteral("lastScenario")).toString();
    if (!selectScenario(last) && !lab::Registry::instance().ids().isEmpty())
        selectScenario(lab::Registry::instance().ids().first());
    setRunning(false);
}

MainWindow::~MainWindow()
{
    m_runner->stop();
    m_runner->waitFinished(lab::Runner::kDefaultStopGraceMs + 100);
}

void MainWindow::buildActions()
{
    m_runAct = new QAction(this);
    m_runAct->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_Return)});
    m_runAct->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    connect(m_runAct, &QAction::triggered, this, [this] { startRun(); });
    m_stopAct = new QAction(this);
    m_stopAct->setShortcuts({QKeySequence(Qt::Key_Escape), QKeySequence(Qt::SHIFT | Qt::Key_F5)});
    m_stopAct->setIcon(style()->standardIcon(QStyle::SP_MediaStop));
    connect(m_stopAct, &QAction::triggered, this, &MainWindow::stopRun);
    m_resetAct = new QAction(this);
    m_resetAct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_resetAct->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    connect(m_resetAct, &QAction::triggered, this, &MainWindow::resetRun);

    m_exportChartAct = new QAction(this);
    m_exportChartAct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportChartAct, &QAction::triggered, this, [this] {
        QString why;
        if (!currentTabHasChart(&why)) { // say so before asking for a file name
            QMessageBox::information(this, tr("Export chart"), why);
            return;
        }
        const QString path = chooseExportPath(tr("Export chart"), tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"),
                                              m_scenarioId + QStringLiteral(".png"));
        QString error;
        if (!path.isEmpty() && !exportCurrentChart(path, &error)) QMessageBox::warning(this, tr("Export chart"), error);
    });
    m_exportDataAct = new QAction(this);
    m_exportDataAct->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_exportDataAct, &QAction::triggered, this, [this] {
        const QString path = chooseExportPath(tr("Export data"), tr("CSV table (*.csv);;JSON result (*.json)"),
                                              m_scenarioId + QStringLiteral(".csv"));
        QString error;
        if (!path.isEmpty() && !exportData(path, &error)) QMessageBox::warning(this, tr("Export data"), error);
    });
    m_exportTraceAct = new QAction(this);
    connect(m_exportTraceAct, &QAction::triggered, this, [this] {
        const QString path = chooseExportPath(tr("Export timeline"), tr("Chrome trace (*.json)"),
                                              m_scenarioId + QStringLiteral("-trace.json"));
        QString error;
        if (!path.isEmpty() && !exportTrace(path, &error)) QMessageBox::warning(this, tr("Export timeline"), error);
    });
    m_quitAct = new QAction(this);
    m_quitAct->setShortcut(QKeySequence::Quit);
    m_quitAct->setMenuRole(QAction::QuitRole);
    connect(m_quitAct, &QAction::triggered, this, &QWidget::close);
    m_projectorAct = new QAction(this);
    m_projectorAct->setCheckable(true);
    m_projectorAct->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_projectorAct, &QAction::toggled, this, &MainWindow::setProjectorMode);
    m_aboutAct = new QAction(this);
    connect(m_aboutAct, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About pplab"),
                           tr("<h3>pplab %1</h3><p>The Parallel Programming Lab: race conditions, deadlock, "
                              "starvation, pipes and the laws of speedup, run on real threads and processes.</p>"
                              "<p>Qt %2, oneTBB %3, C++20.</p>")
                               .arg(lab::versionString().toHtmlEscaped(), lab::qtRuntimeVersion(), lab::tbbRuntimeVersion()));
    });
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addActions({m_exportChartAct, m_exportDataAct, m_exportTraceAct});
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAct);
    m_runMenu = menuBar()->addMenu(QString());
    m_runMenu->addActions({m_runAct, m_stopAct, m_resetAct});
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_projectorAct);
    m_viewMenu->addMenu(new ThemeMenu(m_viewMenu));
    m_viewMenu->addMenu(new PaneNavigator(this, m_viewMenu));
    m_viewMenu->addSeparator();
    m_viewMenu->addActions({m_listDock->toggleViewAction(), m_paramDock->toggleViewAction(),
                            m_explainDock->toggleViewAction()});
    m_languageMenu = menuBar()->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    for (const auto& [id, name] : Language::instance().available()) {
        QAction* a = m_languageMenu->addAction(name);
        a->setCheckable(true);
        a->setData(id);
        a->setObjectName(QStringLiteral("lang_") + id);
        a->setChecked(id == Language::instance().current());
        m_languageGroup->addAction(a);
        connect(a, &QAction::triggered, this, [id] { Language::instance().apply(id); });
    }
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAct);

    m_toolbar = addToolBar(QString());
    m_toolbar->setObjectName(QStringLiteral("mainToolbar"));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolbar->addActions({m_runAct, m_stopAct, m_resetAct});
    m_toolbar->addSeparator();
    m_toolbar->addActions({m_exportChartAct, m_exportDataAct});
}

void MainWindow::buildDocks()
{
    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("scenarioList"));
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(false);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (!item) return;
        const QString id = item->data(0, Qt::UserRole).toString();
        if (!id.isEmpty() && id != m_scenarioId) selectScenario(id);
    });
    m_listDock = new QDockWidget(this);
    m_listDock->setObjectName(QStringLiteral("scenarioDock"));
    m_listDock->setWidget(m_list);
    addDockWidget(Qt::LeftDockWidgetArea, m_listDock);

    // The form scrolls; Run / Stop / Reset stay visible below it.
    auto* paramBox = new QWidget;
    auto* pv = new QVBoxLayout(paramBox);
    m_form = new ParamForm;
    m_form->setObjectName(QStringLiteral("paramForm"));
    connect(m_form, &ParamForm::changed, this, [this] { lab::Params p; m_form->validated(&p, nullptr); });
    pv->addWidget(m_form);
    pv->addStretch(1);
    auto* scroll = new QScrollArea;
    scroll->setWidget(paramBox);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded); // a long translation must not clip a field
    auto* buttons = new QHBoxLayout;
    m_runButton = new QPushButton;
    m_runButton->setObjectName(QStringLiteral("runButton"));
    m_stopButton = new QPushButton;
    m_stopButton->setObjectName(QStringLiteral("stopButton"));
    m_resetButton = new QPushButton;
    m_resetButton->setObjectName(QStringLiteral("resetButton"));
    connect(m_runButton, &QPushButton::clicked, m_runAct, &QAction::trigger);
    connect(m_stopButton, &QPushButton::clicked, m_stopAct, &QAction::trigger);
    connect(m_resetButton, &QPushButton::clicked, m_resetAct, &QAction::trigger);
    buttons->addWidget(m_runButton);
    buttons->addWidget(m_stopButton);
    buttons->addWidget(m_resetButton);
    auto* paramPane = new QWidget;
    auto* paneLayout = new QVBoxLayout(paramPane);
    paneLayout->setContentsMargins(0, 0, 0, 4);
    paneLayout->addWidget(scroll, 1);
    paneLayout->addLayout(buttons);
    m_paramDock = new QDockWidget(this);
    m_paramDock->setObjectName(QStringLiteral("paramDock"));
    m_paramDock->setWidget(paramPane);
    m_paramDock->setMinimumWidth(340);
    addDockWidget(Qt::LeftDockWidgetArea, m_paramDock);

    m_explanation = new QTextBrowser;
    m_explanation->setObjectName(QStringLiteral("explanation"));
    m_explanation->setOpenExternalLinks(true);
    m_explainDock = new QDockWidget(this);
    m_explainDock->setObjectName(QStringLiteral("explanationDock"));
    m_explainDock->setWidget(m_explanation);
    addDockWidget(Qt::RightDockWidgetArea, m_explainDock);
    resizeDocks({m_listDock, m_explainDock}, {360, 400}, Qt::Horizontal);
    resizeDocks({m_listDock, m_paramDock}, {200, 600}, Qt::Vertical);
}

void MainWindow::buildCentral()
{
    auto* central = new QWidget;
    auto* v = new QVBoxLayout(central);
    v->setContentsMargins(4, 4, 4, 4);
    m_banner = new QLabel;
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(render::Palette::forWidgets(palette()).errorBanner.styleSheet(QStringLiteral("QLabel")));
    m_banner->hide();
    v->addWidget(m_banner);
    m_counters = new CountersView;
    v->addWidget(m_counters);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("resultTabs"));
    m_tabs->setDocumentMode(true);
    v->addWidget(m_tabs, 1);
    m_results = central;
    // A kept run (view only) says so above the results.
    m_viewBanner = new QLabel;
    m_viewBanner->setObjectName(QStringLiteral("viewBanner"));
    m_viewBanner->setWordWrap(true);
    m_viewBanner->setStyleSheet(render::Palette::forWidgets(palette()).warningBanner.styleSheet(QStringLiteral("QLabel")));
    m_viewBanner->hide();
    v->insertWidget(0, m_viewBanner);
    m_comparison = new ComparisonView;
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_results);
    m_stack->addWidget(m_comparison);
    setCentralWidget(m_stack);
    m_model = new DataModel(this);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_table) m_model->setData(&currentData());
        if (auto* c = qobject_cast<ChartPanel*>(m_tabs->currentWidget())) c->refresh(currentData());
    });
}

const lab::RunData& MainWindow::currentData() const
{
    if (m_viewed) return *m_viewed->data;
    return m_haveRun && m_runner->recorder() ? m_runner->recorder()->data() : noData();
}

void MainWindow::populateScenarioList()
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    auto& reg = lab::Registry::instance();
    QMap<int, QTreeWidgetItem*> groups;
    QList<lab::ScenarioInfo> infos;
    for (const QString& id : reg.ids()) infos << reg.info(id);
    std::stable_sort(infos.begin(), infos.end(), [](const auto& a, const auto& b) {
        return lab::categoryOrder(a.category) < lab::categoryOrder(b.category);
    });
    for (const auto& info : infos) {
        const int order = lab::categoryOrder(info.category);
        QTreeWidgetItem* group = groups.value(order);
        if (!group) {
            group = new QTreeWidgetItem(m_list, {lab::categoryTitle(info.category)});
            group->setFlags(Qt::ItemIsEnabled);
            QFont f = group->font(0);
            f.setBold(true);
            group->setFont(0, f);
            groups.insert(order, group);
        }
        auto* item = new QTreeWidgetItem(group, {info.title});
        item->setData(0, Qt::UserRole, info.id);
        item->setToolTip(0, info.summary);
        if (info.id == m_scenarioId) m_list->setCurrentItem(item);
    }
    m_list->expandAll();
}

bool MainWindow::selectScenario(const QString& id)
{
    auto& reg = lab::Registry::instance();
    if (!reg.contains(id)) return false;
    if (m_runner->isRunning()) {
        // Switching scenario ends the current run.
        m_runner->stop();
        m_runner->waitFinished(lab::Runner::kDefaultStopGraceMs + 100);
        QCoreApplication::sendPostedEvents(m_runner.get());
    }
    if (!m_scenarioId.isEmpty()) saveParams();
    leaveRecord();
    m_scenarioId = id;
    m_info = reg.info(id);
    m_haveRun = false;
    QSettings s;
    s.setValue(QStringLiteral("lastScenario"), id);
    s.beginGroup(QStringLiteral("params/") + id);
    QVariantMap saved;
    for (const QString& k : s.childKeys()) saved.insert(k, s.value(k));
    s.endGroup();
    const double duration = saved.take(QStringLiteral("__duration")).toDouble();
    m_form->setCheck([id](const lab::Params& p) { return lab::Registry::instance().create(id)->checkParams(p); });
    m_form->setScenario(m_info, saved);
    if (saved.isEmpty() && duration == 0) m_form->setDuration(m_info.defaultDuration);
    else m_form->setDuration(duration);
    rebuildResultTabs();
    showExplanation();
    populateScenarioList();
    m_counters->clear();
    m_counters->setLabels(m_info.figures);
    m_banner->hide();
    setWindowTitle(m_info.title);
    updateStatus();
    if (auto* nav = findChild<PaneNavigator*>()) nav->fixTabOrder(); // the new form and tabs
    Q_EMIT scenarioSelected(id);
    return true;
}

void MainWindow::saveParams()
{
    if (m_viewed) return; // the form shows a kept run's parameters, not the user's
    QSettings s;
    s.remove(QStringLiteral("params/") + m_scenarioId);
    s.beginGroup(QStringLiteral("params/") + m_scenarioId);
    const QVariantMap v = m_form->values();
    for (auto it = v.cbegin(); it != v.cend(); ++it) s.setValue(it.key(), it.value());
    s.setValue(QStringLiteral("__duration"), m_form->duration());
    s.endGroup();
}

void MainWindow::rebuildResultTabs()
{
    const int current = m_tabs->currentIndex();
    while (m_tabs->count() > 0) {
        QWidget* w = m_tabs->widget(0);
        m_tabs->removeTab(0);
        w->deleteLater();
    }
    m_charts.clear();
    m_panels.clear();
    m_timeline = nullptr;
    for (const lab::ChartSpec& spec : m_info.charts) {
        if (spec.kind == lab::ChartSpec::Timeline) {
            m_timeline = new TimelineView;
            m_timeline->setTitle(spec.title);
            m_timeline->setData(&currentData());
            m_tabs->addTab(m_timeline, spec.title);
            continue;
        }
        auto* c = new ChartPanel(spec);
        m_charts << c;
        m_tabs->addTab(c, spec.title);
    }
    // A scenario's own view (step-through, wait-for graph, calculator) comes right after its
    // main chart, where it is seen without scrolling the tab bar.
    int at = std::min(1, static_cast<int>(m_tabs->count()));
    for (ScenarioPanel* p : PanelRegistry::instance().create(m_scenarioId, nullptr)) {
        m_panels << p;
        m_tabs->insertTab(at++, p, p->title());
        p->setAccessibleName(p->title());
    }
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("dataTable"));
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_model->setData(&currentData());
    m_tabs->addTab(m_table, tr("Data"));
    m_log = new QPlainTextEdit;
    m_log->setObjectName(QStringLiteral("log"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    m_tabs->addTab(m_log, tr("Log"));
    describeDataTab();
    if (current >= 0 && current < m_tabs->count()) m_tabs->setCurrentIndex(0);
}

void MainWindow::describeDataTab()
{
    // Qt Charts has no accessibility: this table is how assistive technology reads the charts.
    m_table->setAccessibleName(tr("Data"));
    m_table->setAccessibleDescription(tr("Every chart's values as a table (series, x, y): the accessible form of the charts."));
    m_log->setAccessibleName(tr("Log"));
}

void MainWindow::showExplanation()
{
    QString path = m_info.explanation;
    const QString lang = Language::instance().current();
    if (lang != QLatin1String("en")) {
        QString localized = path;
        localized.replace(QStringLiteral(".html"), QStringLiteral(".%1.html").arg(lang));
        if (QFile::exists(localized)) path = localized;
    }
    QFile f(path);
    if (!path.isEmpty() && f.open(QIODevice::ReadOnly))
        m_explanation->setHtml(QString::fromUtf8(f.readAll()));
    else
        m_explanation->setHtml(QStringLiteral("<h2>%1</h2><p>%2</p>").arg(m_info.title.toHtmlEscaped(), m_info.summary.toHtmlEscaped()));
}

bool MainWindow::startRun()
{
    if (m_runner->isRunning()) return false;
    if (const QString why = m_runGuard ? m_runGuard() : QString(); !why.isEmpty()) {
        statusBar()->showMessage(why, 8000);
        return false;
    }
    lab::Params params;
    QString error;
    if (!m_form->validated(&params, &error)) { // ranges and the scenario's own checks
        m_banner->setText(error);
        m_banner->show();
        statusBar()->showMessage(error, 8000);
        return false;
    }
    auto scenario = lab::Registry::instance().create(m_scenarioId);
    const bool rerun = m_viewed.has_value(); // Run on a kept run: run again with its parameters
    leaveRecord();
    if (!rerun) saveParams();
    for (ChartPanel* c : m_charts) c->clear();
    m_counters->clear();
    m_log->clear();
    m_banner->hide();
    const quint64 seed = QRandomGenerator::global()->generate64();
    if (!m_runner->start(scenario, params, m_form->duration(), seed, &error)) {
        statusBar()->showMessage(error, 8000);
        return false;
    }
    m_haveRun = true;
    if (m_timeline) { m_timeline->setData(&currentData()); m_timeline->resetZoom(); }
    m_model->setData(&currentData());
    for (ScenarioPanel* p : m_panels) p->runStarted(params);
    setRunning(true);
    m_drainTimer.start();
    Q_EMIT runStarted();
    return true;
}

void MainWindow::stopRun()
{
    if (m_runner->isRunning()) {
        m_runner->stop();
        m_stateLabel->setText(tr("Stopping…"));
    }
}

void MainWindow::resetRun()
{
    stopRun();
    m_runner->waitFinished(lab::Runner::kDefaultStopGraceMs + 100);
    QCoreApplication::sendPostedEvents(m_runner.get());
    m_haveRun = false;
    leaveRecord();
    if (!m_formLocked) { // an exercise's values stay while it is active
        m_form->resetToDefaults();
        m_form->setDuration(m_info.defaultDuration);
    }
    for (ChartPanel* c : m_charts) { c->clear(); c->refresh(currentData()); }
    if (m_timeline) { m_timeline->setData(&currentData()); m_timeline->resetZoom(); }
    m_model->setData(&currentData());
    m_counters->clear();
    m_log->clear();
    m_banner->hide();
    setRunning(false); // nothing left to export
}

void MainWindow::drainNow()
{
    lab::Recorder* rec = m_runner->recorder();
    if (!rec || !m_haveRun) return;
    const lab::DrainResult r = rec->drain();
    const lab::RunData& d = rec->data();
    if (r.any()) {
        // Redraw what is visible now; other charts catch up when their tab is shown.
        for (ChartPanel* c : m_charts)
            if (c->isVisible()) c->refresh(d);
        if (r.newSpans && m_timeline && m_timeline->isVisible()) m_timeline->refresh();
        if (r.summaryChanged) m_counters->setSummary(d.summary);
        if (r.newLog) {
            for (qsizetype i = d.log.size() - r.newLog; i < d.log.size(); ++i) m_log->appendPlainText(d.log[i]);
        }
        if (m_table->isVisible() && (!r.changedSeries.isEmpty() || r.newSeries)) m_model->setData(&d);
        for (ScenarioPanel* p : m_panels) p->dataChanged(d, r);
    }
    updateStatus();
}

void MainWindow::onFinished(lab::RunStatus status)
{
    m_drainTimer.stop();
    drainNow();
    const lab::RunData& d = currentData();
    for (ChartPanel* c : m_charts) c->refresh(d);
    if (m_timeline) m_timeline->refresh();
    m_model->setData(&d);
    m_counters->setSummary(d.summary);
    for (ScenarioPanel* p : m_panels) p->runFinished(status, d);
    if (status == lab::RunStatus::Failed) {
        m_banner->setText(tr("The run failed: %1").arg(m_runner->errorMessage()));
        m_banner->show();
    }
    setRunning(false);
    Q_EMIT runFinished(status);
}

void MainWindow::setFormLocked(bool locked)
{
    m_formLocked = locked;
    m_form->setEnabled(!locked && !m_runner->isRunning());
}

void MainWindow::setRunGuard(std::function<QString()> guard)
{
    m_runGuard = std::move(guard);
    refreshRunAction();
}

void MainWindow::refreshRunAction()
{
    const QString why = m_runGuard && !m_runner->isRunning() ? m_runGuard() : QString();
    const bool can = !m_runner->isRunning() && why.isEmpty();
    m_runAct->setEnabled(can);
    m_runButton->setEnabled(can);
    m_runButton->setToolTip(why.isEmpty() ? m_runAct->toolTip() : why);
}

void MainWindow::setRunning(bool running)
{
    refreshRunAction();
    m_stopAct->setEnabled(running);
    m_stopButton->setEnabled(running);
    m_form->setEnabled(!running && !m_formLocked && !m_viewed);
    m_exportChartAct->setEnabled(!running);
    m_exportDataAct->setEnabled(!running && (m_haveRun || m_viewed || isShowingComparison()));
    m_exportTraceAct->setEnabled(!running && (m_haveRun || m_viewed) && !isShowingComparison());
    m_progress->setVisible(running);
    updateStatus();
}

void MainWindow::updateStatus()
{
    const lab::RunStatus st = m_haveRun ? m_runner->status() : lab::RunStatus::Idle;
    QString text = lab::runStatusTitle(st);
    if (st == lab::RunStatus::Running && m_runner->context() && m_runner->context()->stopToken().stop_requested())
        text = tr("Stopping…");
    m_stateLabel->setText(QStringLiteral("%1 — %2").arg(m_info.title, text));
    m_elapsedLabel->setText(m_haveRun ? tr("%1 s").arg(m_runner->elapsedS(), 0, 'f', 1) : QString());
    const double progress = m_haveRun && m_runner->context() ? m_runner->context()->progress() : -1;
    if (progress >= 0) { m_progress->setRange(0, 100); m_progress->setValue(static_cast<int>(progress * 100)); }
    else m_progress->setRange(0, 0);
}

QString MainWindow::chooseExportPath(const QString& title, const QString& filters, const QString& suggested)
{
    return askSavePath(this, title, filters, suggested, QStringLiteral("lastExportDir"));
}

bool MainWindow::currentTabHasChart(QString* why) const
{
    if (isShowingComparison()) return m_comparison->currentTabHasChart(why);
    QWidget* w = m_tabs->currentWidget();
    auto* panel = qobject_cast<ScenarioPanel*>(w);
    const bool has = qobject_cast<ChartPanel*>(w) || (w && w == m_timeline) || (panel && panel->hasChart());
    if (!has && why) {
        const QString tab = w ? m_tabs->tabText(m_tabs->indexOf(w)).remove(QLatin1Char('&')) : QString();
        *why = tab.isEmpty() ? tr("There is no chart to export.")
                             : tr("The “%1” tab has no chart to export. Show a chart tab, the timeline or a "
                                  "panel that draws a chart, then export again.").arg(tab);
    }
    return has;
}

bool MainWindow::exportCurrentChart(const QString& path, QString* error)
{
    // The chart on the visible tab, whatever kind of tab it is.
    const QSize size = render::kDefaultExportSize;
    if (isShowingComparison()) return m_comparison->exportCurrentChart(path, size, error);
    QWidget* w = m_tabs->currentWidget();
    if (auto* c = qobject_cast<ChartPanel*>(w))
        return render::exportChart(c->spec(), currentData(), path, size, error);
    if (w && w == m_timeline) {
        for (const lab::ChartSpec& spec : m_info.charts)
            if (spec.kind == lab::ChartSpec::Timeline)
                return render::exportChart(spec, currentData(), path, size, error, m_timeline->window());
    }
    if (auto* panel = qobject_cast<ScenarioPanel*>(w); panel && panel->hasChart())
        return panel->exportChart(path, size, error);
    QString why;
    currentTabHasChart(&why);
    if (error) *error = why;
    return false;
}

bool MainWindow::exportData(const QString& path, QString* error)
{
    if (isShowingComparison()) return m_comparison->exportData(path, error);
    if (QFileInfo(path).suffix().toLower() == QLatin1String("csv"))
        return lab::writeFile(path, lab::toCsv(currentData()), error);
    lab::RunRecord r = m_viewed ? *m_viewed : m_runner->record(m_info);
    if (!m_haveRun && !m_viewed) {
        r.params = m_form->values();
        r.status = lab::runStatusId(lab::RunStatus::Idle);
    }
    return lab::writeFile(path, QJsonDocument(lab::toJson(r)).toJson(QJsonDocument::Indented), error);
}

bool MainWindow::exportTrace(const QString& path, QString* error)
{
    return lab::writeFile(path, lab::toChromeTrace(currentData(), QStringLiteral("pplab %1").arg(m_scenarioId)), error);
}

bool MainWindow::projectorMode() const
{
    return m_projectorAct->isChecked();
}

void MainWindow::setProjectorMode(bool on)
{
    QFont f = QApplication::font();
    f.setPointSize(on ? m_baseFontPt * 3 / 2 : m_baseFontPt);
    QApplication::setFont(f);
    const QSignalBlocker block(m_projectorAct);
    m_projectorAct->setChecked(on);
    QSettings().setValue(QStringLiteral("window/projector"), on);
}

void MainWindow::closeEvent(QCloseEvent* e)
{
    if (m_runner->isRunning()) {
        m_runner->stop();
        m_runner->waitFinished(lab::Runner::kDefaultStopGraceMs + 100);
    }
    saveParams();
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    e->accept();
}

void MainWindow::changeEvent(QEvent* e)
{
    if (e->type() == QEvent::LanguageChange) retranslateUi();
    if (e->type() == QEvent::PaletteChange && m_banner) { // View → Theme
        m_banner->setStyleSheet(render::Palette::forWidgets(palette()).errorBanner.styleSheet(QStringLiteral("QLabel")));
        m_viewBanner->setStyleSheet(render::Palette::forWidgets(palette()).warningBanner.styleSheet(QStringLiteral("QLabel")));
    }
    QMainWindow::changeEvent(e);
}

void MainWindow::retranslateUi()
{
    m_runAct->setText(tr("&Run"));
    m_runAct->setToolTip(tr("Run the scenario (F5)"));
    m_stopAct->setText(tr("&Stop"));
    m_stopAct->setToolTip(tr("Stop the run at once (Esc)"));
    m_resetAct->setText(tr("Rese&t"));
    m_resetAct->setToolTip(tr("Clear the results and restore the default parameters (Ctrl+R)"));
    m_exportChartAct->setText(tr("Export &chart…"));
    m_exportDataAct->setText(tr("Export &data…"));
    m_exportTraceAct->setText(tr("Export &timeline as Chrome trace…"));
    m_quitAct->setText(tr("&Quit"));
    m_projectorAct->setText(tr("&Projector mode (larger text)"));
    m_aboutAct->setText(tr("&About pplab"));
    m_runButton->setText(tr("Run"));
    m_stopButton->setText(tr("Stop"));
    m_resetButton->setText(tr("Reset"));
    refreshRunAction(); // the Run button's tooltip
    if (m_fileMenu) {
        m_fileMenu->setTitle(tr("&File"));
        m_runMenu->setTitle(tr("&Run"));
        m_viewMenu->setTitle(tr("&View"));
        m_languageMenu->setTitle(tr("&Language"));
        m_helpMenu->setTitle(tr("&Help"));
        m_toolbar->setWindowTitle(tr("Run"));
        m_listDock->setWindowTitle(tr("Scenarios"));
        m_paramDock->setWindowTitle(tr("Parameters"));
        m_explainDock->setWindowTitle(tr("Explanation"));
        m_list->setAccessibleName(tr("Scenarios"));
        m_list->setAccessibleDescription(tr("The scenarios, grouped by category. Choosing one shows its explanation and parameters."));
        m_tabs->setAccessibleName(tr("Results"));
        m_explanation->setAccessibleName(tr("Explanation"));
        for (QAction* a : m_languageGroup->actions()) a->setChecked(a->data().toString() == Language::instance().current());
    }
    if (m_scenarioId.isEmpty()) return;
    // Scenario texts come from the engine, translated at the time info() is called.
    m_info = lab::Registry::instance().info(m_scenarioId);
    const QVariantMap values = m_form->values();
    const double duration = m_form->duration();
    m_form->setScenario(m_info, values);
    m_form->setDuration(duration);
    populateScenarioList();
    for (ChartPanel* c : m_charts)
        for (const lab::ChartSpec& spec : m_info.charts)
            if (spec.key == c->spec().key) c->retitle(spec);
    for (int t = 0; t < m_tabs->count(); ++t) {
        QWidget* w = m_tabs->widget(t);
        for (const lab::ChartSpec& spec : m_info.charts) {
            const bool match = w == m_timeline ? spec.kind == lab::ChartSpec::Timeline
                                               : qobject_cast<ChartPanel*>(w) && static_cast<ChartPanel*>(w)->spec().key == spec.key;
            if (match) m_tabs->setTabText(t, spec.title);
        }
    }
    if (m_timeline)
        for (const lab::ChartSpec& spec : m_info.charts)
            if (spec.kind == lab::ChartSpec::Timeline) m_timeline->setTitle(spec.title);
    for (ScenarioPanel* p : m_panels) {
        p->retranslate();
        m_tabs->setTabText(m_tabs->indexOf(p), p->title());
        p->setAccessibleName(p->title());
    }
    m_tabs->setTabText(m_tabs->indexOf(m_table), tr("Data"));
    describeDataTab();
    m_tabs->setTabText(m_tabs->indexOf(m_log), tr("Log"));
    m_counters->clear();
    m_counters->setLabels(m_info.figures);
    if (m_haveRun || m_viewed) m_counters->setSummary(currentData().summary);
    m_viewBanner->setText(viewBannerText());
    showExplanation();
    setWindowTitle(m_info.title);
    updateStatus();
    if (auto* nav = findChild<PaneNavigator*>()) nav->fixTabOrder(); // the rebuilt form
}

} // namespace gui
