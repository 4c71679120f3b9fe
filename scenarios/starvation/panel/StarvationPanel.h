#pragma once
// The starvation scenario's "Per thread" tab: one row per thread (and lock, in compare mode)
// with what it got, its share, and its waits (median, p99, maximum), starved threads marked. It
// is the same data as the charts, as a table (Qt Charts has no accessibility support), read from
// the panel data "threads" that the scenario publishes after each lock's run.
#include "panels/ScenarioPanel.h"

class QLabel;
class QTableWidget;

namespace gui {

class StarvationPanel : public ScenarioPanel {
    Q_OBJECT
public:
    explicit StarvationPanel(QWidget* parent = nullptr);
    QString title() const override;
    void runStarted(const lab::Params& params) override;
    void dataChanged(const lab::RunData& data, const lab::DrainResult& changes) override;
    void runFinished(lab::RunStatus status, const lab::RunData& data) override;
    void retranslate() override;

    // For tests.
    QTableWidget* table() const { return m_table; }

private:
    void fill(const QVariant& tables);
    void setHeaders();

    QLabel* m_intro;
    QTableWidget* m_table;
    QString m_variant; // lock | priority | rwlock
    QVariant m_tables;
};

} // namespace gui
