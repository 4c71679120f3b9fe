// MainWindow: showing kept runs (app/gui/RunsDock) and comparisons instead of the live run.
#include "MainWindow.h"

#include "ChartPanel.h"
#include "ComparisonView.h"
#include "CountersView.h"
#include "DataModel.h"
#include "ParamForm.h"
#include "TimelineView.h"
#include "panels/ScenarioPanel.h"

#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QStackedWidget>

namespace gui {

// --- Kept runs -------------------------------------------------------------------------------

namespace {
lab::RunStatus statusOf(const QString& id)
{
    for (lab::RunStatus s : {lab::RunStatus::Finished, lab::RunStatus::Stopped, lab::RunStatus::Failed, lab::RunStatus::Idle})
        if (lab::runStatusId(s) == id) return s;
    return lab::RunStatus::Finished;
}
} // namespace

lab::RunRecord MainWindow::liveRecord() const
{
    return m_runner->record(m_info);
}

bool MainWindow::isShowingComparison() const
{
    return m_stack && m_stack->currentWidget() == m_comparison;
}

bool MainWindow::showRecord(const lab::RunRecord& run, QString* why)
{
    const auto refuse = [why](const QString& text) { if (why) *why = text; return false; };
    if (m_runner->isRunning()) return refuse(tr("A run is in progress: stop it to look at kept runs."));
    if (m_formLocked) return refuse(tr("An exercise is in progress: leave it to look at kept runs."));
    if (!lab::Registry::instance().contains(run.info.id))
        return refuse(tr("“%1” is a run of the scenario “%2”, which this version of pplab does not have.")
                          .arg(run.name, run.info.id));
    if (run.info.id != m_scenarioId) selectScenario(run.info.id);
    else saveParams(); // the user's own values, before the form shows the run's
    m_viewed = run;
    m_stack->setCurrentWidget(m_results);
    // Its parameters; the time limit stays the form's (a record keeps how long the run took, which
    // is not the limit it had: a run that ended by itself or was stopped would be cut short).
    const double limit = m_form->duration();
    m_form->setScenario(m_info, run.params);
    m_form->setDuration(limit);
    showData(*m_viewed->data, statusOf(run.status), run.params);
    m_viewBanner->setText(viewBannerText());
    m_viewBanner->show();
    setWindowTitle(QStringLiteral("%1 — %2").arg(run.name, m_info.title));
    setRunning(false);
    return true;
}

void MainWindow::showData(const lab::RunData& d, lab::RunStatus status, const QVariantMap& params)
{
    for (ChartPanel* c : m_charts) { c->clear(); c->refresh(d); }
    if (m_timeline) { m_timeline->setData(&d); m_timeline->resetZoom(); }
    m_model->setData(&d);
    m_counters->clear();
    m_counters->setLabels(m_info.figures);
    m_counters->setSummary(d.summary);
    m_log->setPlainText(d.log.join(QLatin1Char('\n')));
    for (ScenarioPanel* p : m_panels) {
        p->runStarted(lab::Params(params));
        p->runFinished(status, d);
    }
    m_banner->hide();
}

QString MainWindow::viewBannerText() const
{
    if (!m_viewed) return {};
    const lab::RunRecord& r = *m_viewed;
    const QString when = r.created.isValid() ? QLocale().toString(r.created.toLocalTime(), QLocale::ShortFormat) : QString();
    QString text = tr("Showing the kept run “%1” (%2, %3), view only. Run starts a new run with these parameters; "
                      "Reset returns to the defaults.").arg(r.name, lab::runStatusTitle(statusOf(r.status)), when);
    if (r.opened) text += QLatin1Char(' ') + tr("Opened from a file; measured on %1.").arg(r.machineLabel());
    for (const QString& n : r.notes) text += QLatin1Char(' ') + n;
    return text;
}

void MainWindow::showComparison(const QList<lab::RunRecord>& runs)
{
    m_comparison->setRuns(runs);
    m_stack->setCurrentWidget(m_comparison);
    setWindowTitle(tr("Comparison of %n run(s)", nullptr, static_cast<int>(runs.size())));
    setRunning(false);
}

void MainWindow::leaveRecord()
{
    const bool was = m_viewed.has_value() || isShowingComparison();
    m_stack->setCurrentWidget(m_results);
    if (!was) return;
    m_viewed.reset();
    m_viewBanner->hide();
    if (m_timeline) m_timeline->setData(&currentData());
    m_model->setData(&currentData());
    if (!m_info.title.isEmpty()) setWindowTitle(m_info.title);
}

} // namespace gui
