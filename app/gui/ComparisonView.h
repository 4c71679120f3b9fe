#pragma once
// The comparison of kept runs (Runs dock, two or more selected): one tab per chart the runs have
// in common, drawn by render::paintComparison (the code `pplab compare --chart` and reports use,
// so what is on screen is what is exported), and a Figures tab: one column per run and the
// ratio to the first. Runs that cannot be compared (different scenarios) get the reason instead.
#include "lab/RunRecord.h"

#include <QWidget>

class QLabel;
class QTabWidget;
class QTableWidget;

namespace gui {

class ComparisonView : public QWidget {
    Q_OBJECT
public:
    explicit ComparisonView(QWidget* parent = nullptr);

    void setRuns(const QList<lab::RunRecord>& runs);
    const QList<lab::RunRecord>& runs() const { return m_runs; }
    const QStringList& labels() const { return m_labels; }
    bool comparable() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; }
    QTabWidget* tabs() const { return m_tabs; }
    QTableWidget* figures() const { return m_figures; }

    // The chart on the visible tab, when it is one (else false and why).
    bool currentTabHasChart(QString* why = nullptr) const;
    bool exportCurrentChart(const QString& path, QSize size, QString* error) const;
    // .csv: run,series,title,x,y; .json: the comparison with every run's figures.
    bool exportData(const QString& path, QString* error) const;

protected:
    void changeEvent(QEvent* e) override;

private:
    void rebuild();
    void fillFigures();

    QList<lab::RunRecord> m_runs;
    QStringList m_labels;
    QString m_problem;
    QLabel* m_header = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableWidget* m_figures = nullptr;
};

} // namespace gui
