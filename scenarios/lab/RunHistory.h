#pragma once
// The runs of a session: every finished or stopped run (compacted: see lab::compacted), and
// runs opened from files. A list model (Qt Core only) that the window's Runs list shows:
// name, scenario, time, the parameters that differ from the defaults, the headline figures and
// the status. It says how much memory it holds and forgets the oldest runs beyond a budget.
#include "RunRecord.h"

#include <QAbstractListModel>
#include <QList>

namespace lab {

class RunHistory : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { RecordIndexRole = Qt::UserRole + 1, ScenarioRole, OpenedRole, BytesRole };
    static constexpr qint64 kDefaultBudgetBytes = 200LL * 1024 * 1024;

    explicit RunHistory(QObject* parent = nullptr);

    // Adds a run at the end (compacted first unless it came from a file). A run with no name
    // gets "<scenario title> #N". Returns its row. Oldest runs go beyond the memory budget.
    int add(const RunRecord& run);
    bool remove(int row);
    bool rename(int row, const QString& name);
    const RunRecord& at(int row) const { return m_runs.at(row); }
    int size() const { return static_cast<int>(m_runs.size()); }
    qint64 bytes() const; // approximate memory held by every run's data
    void setBudgetBytes(qint64 bytes);
    qint64 budgetBytes() const { return m_budget; }
    void setLimits(const CompactLimits& limits) { m_limits = limits; }

    // The parameters of a run that differ from its scenario's defaults, as "key=value, ...".
    static QString differingParams(const RunRecord& run);
    // A run's headline: its first declared figures with their values, as "label value; ...".
    static QString headline(const RunRecord& run, int count = 2);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

Q_SIGNALS:
    void bytesChanged(qint64 bytes);

private:
    void enforceBudget();
    QList<RunRecord> m_runs;
    QList<qint64> m_bytes;
    qint64 m_budget = kDefaultBudgetBytes;
    CompactLimits m_limits;
    int m_counter = 0;
};

} // namespace lab
