#include "StarvationPanel.h"

#include "starvation/Starvation.h"

#include <QBrush>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gui {

namespace {
enum Column { Lock, Thread, Count, Share, Median, P99, Max, Cpu, Predicted, Columns };

QString us(double v) { return QString::number(v, 'f', v < 10 ? 2 : 1); }
} // namespace

StarvationPanel::StarvationPanel(QWidget* parent) : ScenarioPanel(parent)
{
    auto* root = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    root->addWidget(m_intro);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("starvationThreads"));
    m_table->setColumnCount(Columns);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    root->addWidget(m_table, 1);
    retranslate();
}

QString StarvationPanel::title() const
{
    return tr("Per thread");
}

void StarvationPanel::retranslate()
{
    m_intro->setText(tr("What each thread got and how long it waited. A thread with less than 10 % of a fair share "
                        "(a writer: less than 10 % of the writes it wanted) is starved and marked in red."));
    setHeaders();
    fill(m_tables);
}

void StarvationPanel::setHeaders()
{
    const QString count = m_variant == QLatin1String("priority") ? tr("Loop rounds")
                          : m_variant == QLatin1String("rwlock") ? tr("Reads or writes")
                                                                 : tr("Acquisitions");
    const QString share = m_variant == QLatin1String("priority") ? tr("CPU share")
                          : m_variant == QLatin1String("rwlock") ? tr("Share (writer: done ÷ wanted)")
                                                                 : tr("Share");
    m_table->setHorizontalHeaderLabels({tr("Lock"), tr("Thread"), count, share, tr("Wait median (µs)"), tr("Wait p99 (µs)"),
                                        tr("Longest wait (ms)"), tr("CPU time (s)"), tr("CFS prediction")});
    m_table->setColumnHidden(Predicted, m_variant != QLatin1String("priority"));
    m_table->setColumnHidden(Median, m_variant == QLatin1String("priority"));
    m_table->setColumnHidden(P99, m_variant == QLatin1String("priority"));
    m_table->setColumnHidden(Max, m_variant == QLatin1String("priority"));
}

void StarvationPanel::runStarted(const lab::Params& params)
{
    m_variant = params.text(QStringLiteral("variant"));
    m_tables = QVariant();
    setHeaders();
    fill(m_tables);
}

void StarvationPanel::dataChanged(const lab::RunData& data, const lab::DrainResult& changes)
{
    if (changes.changedPanels.contains(QStringLiteral("threads"))) fill(data.panels.value(QStringLiteral("threads")));
}

void StarvationPanel::runFinished(lab::RunStatus, const lab::RunData& data)
{
    const QVariant tables = data.panels.value(QStringLiteral("threads"));
    // A saved run shown again: the variant follows from the lock names.
    const QString lock = tables.toList().value(0).toMap().value(QStringLiteral("lock")).toString();
    if (lock == QLatin1String("priority")) m_variant = lock;
    else if (starvation::rwLockIds().contains(lock)) m_variant = QStringLiteral("rwlock");
    else if (!lock.isEmpty()) m_variant = QStringLiteral("lock");
    setHeaders();
    fill(tables);
}

void StarvationPanel::fill(const QVariant& tables)
{
    m_tables = tables;
    m_table->setRowCount(0);
    for (const QVariant& t : tables.toList()) {
        const QVariantMap table = t.toMap();
        const QString lock = table.value(QStringLiteral("lock")).toString();
        const QVariantList rows = table.value(QStringLiteral("rows")).toList();
        const bool rw = starvation::rwLockIds().contains(lock);
        const int sharers = rw ? static_cast<int>(rows.size()) - 1 : static_cast<int>(rows.size());
        for (int i = 0; i < rows.size(); ++i) {
            const QVariantMap r = rows[i].toMap();
            const bool writer = rw && i + 1 == rows.size();
            const double share = r.value(QStringLiteral("share")).toDouble();
            const bool starved = writer ? share < 0.1 : sharers > 1 && share < 0.1 / sharers;
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            const QStringList cells = {
                lock == QLatin1String("priority") ? QString() : starvation::lockTitle(lock),
                r.value(QStringLiteral("thread")).toString(),
                QString::number(r.value(QStringLiteral("count")).toLongLong()),
                QStringLiteral("%1 %").arg(100 * share, 0, 'f', 2),
                us(r.value(QStringLiteral("wait_median_us")).toDouble()),
                us(r.value(QStringLiteral("wait_p99_us")).toDouble()),
                QString::number(r.value(QStringLiteral("wait_max_ms")).toDouble(), 'f', 2),
                QString::number(r.value(QStringLiteral("cpu_s")).toDouble(), 'f', 3),
                r.contains(QStringLiteral("predicted_share"))
                    ? QStringLiteral("%1 %").arg(100 * r.value(QStringLiteral("predicted_share")).toDouble(), 0, 'f', 2) : QString(),
            };
            for (int c = 0; c < Columns; ++c) {
                auto* item = new QTableWidgetItem(cells[c]);
                if (c >= Count) item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                if (starved) item->setBackground(QBrush(QColor(0xf8, 0xd7, 0xd7)));
                m_table->setItem(row, c, item);
            }
        }
    }
}

} // namespace gui
