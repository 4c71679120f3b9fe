#include "RunsDock.h"

#include "MainWindow.h"
#include "Report.h"
#include "lab/OutputFile.h"

#include <QAction>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace gui {

namespace {
QStringList localFiles(const QMimeData* mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls()) return files;
    for (const QUrl& u : mime->urls())
        if (u.isLocalFile()) files << u.toLocalFile();
    return files;
}
} // namespace

RunsDock::RunsDock(MainWindow* window) : QDockWidget(window), m_window(window), m_history(new lab::RunHistory(this))
{
    setObjectName(QStringLiteral("runsDock"));
    buildUi();
    window->addDockWidget(Qt::LeftDockWidgetArea, this);
    window->viewMenu()->addAction(toggleViewAction());
    QMenu* file = window->fileMenu();
    QAction* first = file->actions().value(0);
    file->insertActions(first, {m_openAct, m_saveAct, m_reportAct});
    file->insertSeparator(first);
    window->setAcceptDrops(true);
    window->installEventFilter(this);
    connect(window, &MainWindow::runFinished, this, &RunsDock::onRunFinished);
    connect(window, &MainWindow::runStarted, this, &RunsDock::updateActions);
    connect(m_history, &lab::RunHistory::bytesChanged, this, [this] { m_memory->setText(memoryText()); });
    connect(m_history, &QAbstractItemModel::rowsRemoved, this, &RunsDock::updateActions);
    retranslateUi();
    updateActions();
}

void RunsDock::buildUi()
{
    auto* box = new QWidget;
    auto* v = new QVBoxLayout(box);
    v->setContentsMargins(2, 2, 2, 2);
    m_list = new QListView;
    m_list->setObjectName(QStringLiteral("runsList"));
    m_list->setModel(m_history);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    v->addWidget(m_list, 1);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RunsDock::onSelectionChanged);

    m_openAct = new QAction(this);
    m_openAct->setObjectName(QStringLiteral("openRunAction"));
    m_openAct->setShortcut(QKeySequence::Open);
    connect(m_openAct, &QAction::triggered, this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(
            this, tr("Open run"), QSettings().value(QStringLiteral("lastRunDir"), QDir::homePath()).toString(),
            tr("pplab runs (*.json);;All files (*)"));
        if (paths.isEmpty()) return;
        QSettings().setValue(QStringLiteral("lastRunDir"), QFileInfo(paths.first()).absolutePath());
        openFiles(paths);
    });
    m_saveAct = new QAction(this);
    m_saveAct->setObjectName(QStringLiteral("saveRunAction"));
    m_saveAct->setShortcut(QKeySequence::Save);
    connect(m_saveAct, &QAction::triggered, this, [this] {
        const QList<int> rows = selectedRows();
        if (rows.size() != 1) {
            QMessageBox::information(this, tr("Save run"), tr("Select one run in the Runs list to save it."));
            return;
        }
        const lab::RunRecord& r = m_history->at(rows.first());
        QString name = r.name;
        name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]+")), QStringLiteral("-"));
        const QString path = askPath(tr("Save run"), tr("pplab run (*.json)"), name + QStringLiteral(".json"), true);
        QString error;
        if (!path.isEmpty() && !saveRun(rows.first(), path, &error)) QMessageBox::warning(this, tr("Save run"), error);
        else if (!path.isEmpty()) m_window->statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
    });
    m_reportAct = new QAction(this);
    m_reportAct->setObjectName(QStringLiteral("exportReportAction"));
    m_reportAct->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(m_reportAct, &QAction::triggered, this, [this] {
        if (reportRuns().isEmpty()) {
            QMessageBox::information(this, tr("Export report"), tr("Run the scenario or select runs in the Runs list first."));
            return;
        }
        const QString path = askPath(tr("Export report"), tr("HTML report (*.html);;PDF document (*.pdf)"),
                                     m_window->currentScenario() + QStringLiteral("-report.html"), true);
        QString error;
        if (!path.isEmpty() && !exportReport(path, &error)) QMessageBox::warning(this, tr("Export report"), error);
        else if (!path.isEmpty()) m_window->statusBar()->showMessage(tr("Report written to %1").arg(QDir::toNativeSeparators(path)), 5000);
    });
    m_renameAct = new QAction(this);
    m_renameAct->setShortcut(QKeySequence(Qt::Key_F2));
    m_renameAct->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_renameAct, &QAction::triggered, this, [this] { m_list->edit(m_list->currentIndex()); });
    m_deleteAct = new QAction(this);
    m_deleteAct->setObjectName(QStringLiteral("deleteRunAction"));
    m_deleteAct->setShortcut(QKeySequence::Delete);
    m_deleteAct->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_deleteAct, &QAction::triggered, this, &RunsDock::removeSelected);
    m_list->addActions({m_renameAct, m_deleteAct, m_saveAct, m_reportAct});

    auto* buttons = new QHBoxLayout;
    for (QAction* a : {m_openAct, m_saveAct, m_deleteAct}) {
        auto* b = new QToolButton;
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    v->addLayout(buttons);
    m_memory = new QLabel;
    m_memory->setObjectName(QStringLiteral("runsMemory"));
    m_memory->setWordWrap(true);
    v->addWidget(m_memory);
    setWidget(box);
}

void RunsDock::retranslateUi()
{
    setWindowTitle(tr("Runs"));
    m_openAct->setText(tr("&Open run…"));
    m_openAct->setToolTip(tr("Open saved runs (Ctrl+O); you can also drop run files onto the window"));
    m_saveAct->setText(tr("&Save run…"));
    m_saveAct->setToolTip(tr("Save the selected run as JSON, the format of pplab run --json (Ctrl+S)"));
    m_reportAct->setText(tr("Export &report…"));
    m_reportAct->setToolTip(tr("A self-contained HTML (or PDF) lab report of the selected runs (Ctrl+Shift+R)"));
    m_renameAct->setText(tr("Rename"));
    m_deleteAct->setText(tr("Delete"));
    m_deleteAct->setToolTip(tr("Remove the selected runs from the list (Delete)"));
    m_list->setAccessibleName(tr("Runs"));
    m_list->setAccessibleDescription(tr("The runs of this session and opened runs. Select one to show it again, "
                                        "two or more of one scenario to compare them. F2 renames, Delete removes."));
    m_list->setToolTip(tr("Select one run to show it again; Ctrl+click or Shift+click several runs of one scenario "
                          "to compare them. F2 renames, Delete removes."));
    m_memory->setText(memoryText());
}

QString RunsDock::memoryText() const
{
    const QLocale loc;
    return tr("%n run(s) kept, %1 of %2", nullptr, m_history->size())
        .arg(loc.formattedDataSize(m_history->bytes()), loc.formattedDataSize(m_history->budgetBytes()));
}

QList<int> RunsDock::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex& i : m_list->selectionModel()->selectedRows()) rows << i.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void RunsDock::selectRows(const QList<int>& rows)
{
    QItemSelection sel;
    for (int r : rows) sel.select(m_history->index(r), m_history->index(r));
    m_list->selectionModel()->select(sel, QItemSelectionModel::ClearAndSelect);
    if (!rows.isEmpty()) m_list->selectionModel()->setCurrentIndex(m_history->index(rows.last()), QItemSelectionModel::NoUpdate);
}

void RunsDock::onSelectionChanged()
{
    updateActions();
    if (m_adding) return;
    const QList<int> rows = selectedRows();
    if (rows.isEmpty()) return;
    if (m_window->runner().isRunning()) {
        m_window->statusBar()->showMessage(tr("A run is in progress: stop it to look at kept runs."), 6000);
        return;
    }
    QString why;
    if (rows.size() == 1) {
        if (!m_window->showRecord(m_history->at(rows.first()), &why)) QMessageBox::information(this, tr("Runs"), why);
        return;
    }
    QList<lab::RunRecord> runs;
    for (int r : rows) runs << m_history->at(r);
    m_window->showComparison(runs);
}

void RunsDock::onRunFinished(lab::RunStatus status)
{
    if (status == lab::RunStatus::Finished || status == lab::RunStatus::Stopped) {
        const int row = m_history->add(m_window->liveRecord());
        m_adding = true; // the window shows this run already, at full resolution
        selectRows({row});
        m_list->scrollTo(m_history->index(row));
        m_adding = false;
    }
    updateActions();
}

void RunsDock::updateActions()
{
    const bool running = m_window->runner().isRunning();
    const int n = static_cast<int>(selectedRows().size());
    m_saveAct->setEnabled(n == 1);
    m_deleteAct->setEnabled(n > 0);
    m_renameAct->setEnabled(n == 1);
    m_reportAct->setEnabled(!running);
    m_memory->setText(memoryText());
}

int RunsDock::openFiles(const QStringList& paths, QStringList* errors, bool quiet)
{
    QStringList problems;
    int last = -1, opened = 0;
    for (const QString& path : paths) {
        lab::RunRecord r;
        QString error;
        if (!lab::readRunFile(path, &r, &error)) {
            problems << error;
            continue;
        }
        r.opened = true;
        if (r.name.isEmpty()) r.name = QFileInfo(path).completeBaseName();
        last = m_history->add(r);
        ++opened;
    }
    if (errors) *errors = problems;
    if (last >= 0) {
        show();
        raise();
        selectRows({last}); // shows it
    }
    if (!problems.isEmpty() && !quiet)
        QMessageBox::warning(this, tr("Open run"),
                             tr("%n file(s) could not be opened:", nullptr, static_cast<int>(problems.size()))
                                 + QStringLiteral("\n\n") + problems.join(QLatin1Char('\n')));
    return opened;
}

bool RunsDock::saveRun(int row, const QString& path, QString* error) const
{
    if (row < 0 || row >= m_history->size()) {
        if (error) *error = tr("There is no run to save.");
        return false;
    }
    return lab::writeFile(path, QJsonDocument(lab::toJson(m_history->at(row))).toJson(QJsonDocument::Indented), error);
}

QList<lab::RunRecord> RunsDock::reportRuns() const
{
    QList<lab::RunRecord> runs;
    for (int r : selectedRows()) runs << m_history->at(r);
    if (runs.isEmpty() && m_window->hasResults()) runs << m_window->liveRecord();
    return runs;
}

bool RunsDock::exportReport(const QString& path, QString* error) const
{
    const QList<lab::RunRecord> runs = reportRuns();
    if (runs.isEmpty()) {
        if (error) *error = tr("There is no run to report: run the scenario or select runs first.");
        return false;
    }
    if (!render::isReportPath(path)) {
        if (error) *error = tr("cannot write %1: a report is an .html or a .pdf file").arg(path);
        return false;
    }
    return render::writeReport(runs, path, error);
}

bool RunsDock::removeSelected()
{
    QList<int> rows = selectedRows();
    if (rows.isEmpty()) return false;
    std::sort(rows.rbegin(), rows.rend());
    m_adding = true; // removing changes the selection: nothing to show
    for (int r : rows) m_history->remove(r);
    m_adding = false;
    updateActions();
    return true;
}

QString RunsDock::askPath(const QString& title, const QString& filters, const QString& suggested, bool save)
{
    QSettings s;
    const QString dir = s.value(QStringLiteral("lastRunDir"), QDir::homePath()).toString();
    QString selected;
    const QString path = save ? QFileDialog::getSaveFileName(this, title, dir + QLatin1Char('/') + suggested, filters, &selected)
                              : QFileDialog::getOpenFileName(this, title, dir, filters, &selected);
    if (path.isEmpty()) return {};
    s.setValue(QStringLiteral("lastRunDir"), QFileInfo(path).absolutePath());
    if (save && QFileInfo(path).suffix().isEmpty()) {
        const qsizetype star = selected.indexOf(QStringLiteral("*."));
        if (star >= 0) return path + selected.mid(star + 1, selected.indexOf(QLatin1Char(')'), star) - star - 1);
    }
    return path;
}

bool RunsDock::eventFilter(QObject* watched, QEvent* e)
{
    if (watched == m_window && (e->type() == QEvent::DragEnter || e->type() == QEvent::DragMove)) {
        auto* d = static_cast<QDropEvent*>(e);
        if (!localFiles(d->mimeData()).isEmpty()) { d->acceptProposedAction(); return true; }
    }
    if (watched == m_window && e->type() == QEvent::Drop) {
        auto* d = static_cast<QDropEvent*>(e);
        const QStringList files = localFiles(d->mimeData());
        if (!files.isEmpty()) {
            d->acceptProposedAction();
            openFiles(files);
            return true;
        }
    }
    return QDockWidget::eventFilter(watched, e);
}

void RunsDock::changeEvent(QEvent* e)
{
    if (e->type() == QEvent::LanguageChange) retranslateUi();
    QDockWidget::changeEvent(e);
}

} // namespace gui
