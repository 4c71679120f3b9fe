#pragma once
// Comparing runs of one scenario: what sets them apart (the labels), their charts overlaid (one
// RunData that the shared chart code draws like any other), their figures side by side with the
// ratio to the first run, and the same data as CSV/JSON with a `run` column. No widgets.
#include "RunRecord.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace lab {

// Empty if the runs can be compared (at least two, all of one scenario), else why not.
QString comparableProblem(const QList<RunRecord>& runs);

// One short label per run, from what differs between them: the parameters that differ
// ("strategy=mutex"), the machine when machines differ ("machine: host (CPU, 8 CPUs)"), else the
// run names or their times. Labels are unique.
QStringList runLabels(const QList<RunRecord>& runs);

// The chart `chartKey` of every run in one RunData: series "r<i>:<key>" titled
// "<label> — <title>" (just "<label>" when the run has a single series there), in colour group
// i with their own styles; bar categories are the union of the runs'; the timeline lanes of
// every run, one block under the other, named "<label> — <lane>".
RunData overlay(const QList<RunRecord>& runs, const QStringList& labels, const QString& chartKey);
// True when the runs' x axes cannot share one chart (bar charts with different categories, or
// axes with different titles or scales): draw them side by side instead.
bool xAxesDiffer(const QList<RunRecord>& runs, const QString& chartKey);
// The charts every run has, in the first run's order (timeline included).
QList<ChartSpec> commonCharts(const QList<RunRecord>& runs);

struct FigureRow {
    QString key;
    QString label;
    QVariantList values;  // one per run (invalid where a run lacks the figure)
    QList<double> ratios; // value / first run's value, NaN where not a number or first is 0
};
// Every figure any run reports, in the scenario's declared order, then the others by key.
QList<FigureRow> figureTable(const QList<RunRecord>& runs);

// run,series,title,x,y for every sample of every run.
QByteArray comparisonCsv(const QList<RunRecord>& runs, const QStringList& labels);
// {"format": "pplab-comparison", "runs": [...], "figures": [...], "series": [...]}.
QJsonObject comparisonJson(const QList<RunRecord>& runs, const QStringList& labels);

} // namespace lab
