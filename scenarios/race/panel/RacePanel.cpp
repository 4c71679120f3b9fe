#include "RacePanel.h"

#include "lab/Sanitizers.h"
#include "race/StepThrough.h"

#include <QFont>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gui {

using race::StepThrough;

RacePanel::RacePanel(QWidget* parent)
    : ScenarioPanel(parent), m_engine(std::make_unique<StepThrough>(0)), m_stepTimeoutMs(StepThrough::kDefaultTimeoutMs)
{
    auto* root = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    QFont hf = m_heading->font();
    hf.setBold(true);
    hf.setPointSizeF(hf.pointSizeF() * 1.2);
    m_heading->setFont(hf);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    root->addWidget(m_heading);
    root->addWidget(m_intro);

    auto* grid = new QGridLayout;
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setBold(true);
    for (int t = 0; t < 2; ++t) {
        m_threadTitle[t] = new QLabel(this);
        m_local[t] = new QLabel(this);
        m_local[t]->setFont(big);
        m_next[t] = new QLabel(this);
        m_step[t] = new QPushButton(this);
        const int col = t == 0 ? 0 : 2;
        grid->addWidget(m_threadTitle[t], 0, col, Qt::AlignCenter);
        grid->addWidget(m_local[t], 1, col, Qt::AlignCenter);
        grid->addWidget(m_next[t], 2, col, Qt::AlignCenter);
        grid->addWidget(m_step[t], 3, col);
        connect(m_step[t], &QPushButton::clicked, this, [this, t] { stepThread(t); });
    }
    m_sharedTitle = new QLabel(this);
    m_shared = new QLabel(this);
    m_shared->setFont(big);
    grid->addWidget(m_sharedTitle, 0, 1, Qt::AlignCenter);
    grid->addWidget(m_shared, 1, 1, Qt::AlignCenter);
    root->addLayout(grid);

    auto* buttons = new QHBoxLayout;
    m_undo = new QPushButton(this);
    m_replay = new QPushButton(this);
    m_reset = new QPushButton(this);
    buttons->addWidget(m_undo);
    buttons->addWidget(m_replay);
    buttons->addWidget(m_reset);
    buttons->addStretch();
    root->addLayout(buttons);
    connect(m_undo, &QPushButton::clicked, this, [this] {
        submit([this](StepThrough::Done done) { m_engine->requestUndo(std::move(done)); }, [this](bool) { m_message.clear(); });
    });
    connect(m_replay, &QPushButton::clicked, this, [this] {
        submit([this](StepThrough::Done done) { m_engine->requestReplay(std::move(done)); },
               [this](bool ok) { m_message = ok ? tr("Replayed on two fresh threads.") : tr("Replay failed."); });
    });
    connect(m_reset, &QPushButton::clicked, this, [this] {
        submit([this](StepThrough::Done done) { m_engine->requestReset(std::move(done)); }, [this](bool) { m_message.clear(); });
    });

    m_schedule = new QLabel(this);
    m_schedule->setWordWrap(true);
    m_schedule->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_outcome = new QLabel(this);
    m_outcome->setWordWrap(true);
    root->addWidget(m_schedule);
    root->addWidget(m_outcome);

    m_tableTitle = new QLabel(this);
    root->addWidget(m_tableTitle);
    m_table = new QTableWidget(this);
    m_table->setColumnCount(3);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(true);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { runInterleaving(row); });
    root->addWidget(m_table, 1);

    retranslate();
}

RacePanel::~RacePanel()
{
    // Stops the command thread (a step it waits for ends at once) before the widget goes away,
    // so no result is posted to a half-destroyed panel.
    m_engine.reset();
}

void RacePanel::submit(const std::function<void(std::function<void(bool)>)>& request, std::function<void(bool)> after)
{
    if (m_busy) return; // one command at a time; the buttons are disabled meanwhile
    m_busy = true;
    refresh();
    request([this, after = std::move(after)](bool ok) {
        // On the command thread: hand the result to the GUI thread (told to TSan: Qt's event
        // queue is a hand-over it cannot see).
        QMetaObject::invokeMethod(this, lab::tsanHandOver([this, after, ok] {
            m_busy = false;
            if (after) after(ok);
            refresh();
            Q_EMIT commandFinished(ok);
        }), Qt::QueuedConnection);
    });
}

QString RacePanel::title() const
{
    return tr("Step-through");
}

void RacePanel::retranslate()
{
    m_heading->setText(tr("A controlled schedule on real threads"));
    m_intro->setText(tr("Two real threads (std::jthread) each add 1 to the shared value in three steps: read it "
                        "into a local copy, add 1 to the copy, write the copy back. A thread takes its next step "
                        "only when you press its button. Can you make the final value 1 instead of 2?"));
    for (int t = 0; t < 2; ++t) {
        m_threadTitle[t]->setText(tr("T%1 — local copy").arg(t + 1));
        m_step[t]->setText(tr("Step T%1").arg(t + 1));
    }
    m_sharedTitle->setText(tr("shared value"));
    m_undo->setText(tr("Undo"));
    m_replay->setText(tr("Replay"));
    m_reset->setText(tr("Reset"));
    m_tableTitle->setText(tr("All 20 interleavings of the two threads (double-click one to run it):"));
    m_table->setHorizontalHeaderLabels({tr("schedule"), tr("final value"), tr("outcome")});
    fillTable();
    refresh();
}

void RacePanel::fillTable()
{
    const auto all = StepThrough::allInterleavings(m_engine->initial());
    m_table->setRowCount(static_cast<int>(all.size()));
    for (int r = 0; r < static_cast<int>(all.size()); ++r) {
        const auto& in = all[static_cast<size_t>(r)];
        m_table->setItem(r, 0, new QTableWidgetItem(StepThrough::scheduleText(in.schedule)));
        m_table->setItem(r, 1, new QTableWidgetItem(QString::number(in.finalValue)));
        m_table->setItem(r, 2, new QTableWidgetItem(in.lostUpdate ? tr("an update is lost") : tr("correct")));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

void RacePanel::stepThread(int t)
{
    if (m_busy || t < 0 || t >= StepThrough::kThreads) return;
    if (m_engine->thread(t).next == StepThrough::Step::Done) {
        m_message = tr("T%1 has no step left.").arg(t + 1);
        refresh();
        return;
    }
    submit([this, t](StepThrough::Done done) { m_engine->requestStep(t, std::move(done), m_stepTimeoutMs); },
           [this, t](bool ok) { m_message = ok ? QString() : tr("T%1 did not take its step in time; press Reset.").arg(t + 1); });
}

void RacePanel::runInterleaving(int row)
{
    const auto all = StepThrough::allInterleavings(m_engine->initial());
    if (m_busy || row < 0 || row >= static_cast<int>(all.size())) return;
    submit([this, s = all[static_cast<size_t>(row)].schedule](StepThrough::Done done) { m_engine->requestRun(s, std::move(done)); },
           [this, row](bool ok) {
               m_message = ok ? tr("Ran interleaving %1 on two fresh threads.").arg(row + 1) : tr("The schedule could not be run.");
           });
}

QString RacePanel::sharedText() const { return m_shared->text(); }
QString RacePanel::localText(int t) const { return m_local[t]->text(); }
QString RacePanel::scheduleText() const { return m_schedule->text(); }
QString RacePanel::outcomeText() const { return m_outcome->text(); }

void RacePanel::refresh()
{
    const std::vector<int> sched = m_engine->schedule();
    for (int t = 0; t < 2; ++t) {
        const StepThrough::ThreadView v = m_engine->thread(t);
        m_local[t]->setText(v.hasRead ? QString::number(v.local) : QStringLiteral("–"));
        m_next[t]->setText(tr("next: %1").arg(StepThrough::stepName(v.next)));
        m_step[t]->setEnabled(!m_busy && v.next != StepThrough::Step::Done);
    }
    m_shared->setText(QString::number(m_engine->shared()));
    m_undo->setEnabled(!m_busy && !sched.empty());
    m_replay->setEnabled(!m_busy && !sched.empty());
    m_reset->setEnabled(!m_busy);
    m_schedule->setText(tr("Schedule so far: %1")
                            .arg(sched.empty() ? tr("(empty)") : StepThrough::scheduleText(sched)));
    QString outcome;
    if (m_engine->finished()) {
        outcome = m_engine->lostUpdate()
                      ? tr("Lost update: both threads added 1, but the shared value is %1, not %2.")
                            .arg(m_engine->shared()).arg(m_engine->initial() + 2)
                      : tr("Correct: the shared value is %1.").arg(m_engine->shared());
    }
    if (!m_message.isEmpty()) outcome = outcome.isEmpty() ? m_message : outcome + QLatin1Char(' ') + m_message;
    m_outcome->setText(outcome);
    // Highlight the interleavings that still agree with the schedule so far.
    const auto all = StepThrough::allInterleavings(m_engine->initial());
    for (int r = 0; r < m_table->rowCount() && r < static_cast<int>(all.size()); ++r) {
        const auto& s = all[static_cast<size_t>(r)].schedule;
        const bool match = sched.size() <= s.size() && std::equal(sched.begin(), sched.end(), s.begin());
        for (int c = 0; c < m_table->columnCount(); ++c) {
            if (QTableWidgetItem* it = m_table->item(r, c)) {
                QFont f = it->font();
                f.setBold(match && !sched.empty());
                it->setFont(f);
            }
        }
    }
}

} // namespace gui
