#include "CompareChart.h"

#include "lab/Compare.h"

#include <QPainter>

namespace render {

void paintComparison(QPainter& p, const QRectF& rect, const QList<lab::RunRecord>& runs, const QStringList& labels,
                     const lab::ChartSpec& spec)
{
    if (spec.kind == lab::ChartSpec::Timeline || !lab::xAxesDiffer(runs, spec.key)) {
        paintChart(p, rect, spec, lab::overlay(runs, labels, spec.key)); // timelines stack their lanes
        return;
    }
    const QList<QRectF> cells = gridCells(rect, static_cast<int>(runs.size()));
    for (int i = 0; i < runs.size(); ++i) {
        lab::ChartSpec own = spec;
        own.title = QStringLiteral("%1 — %2").arg(labels.value(i), spec.title);
        paintChart(p, cells[i], own, *runs[i].data);
    }
}

bool exportComparison(const QList<lab::RunRecord>& runs, const QStringList& labels, const lab::ChartSpec& spec,
                      const QString& path, QSize size, QString* error)
{
    return renderToFile(path, size, spec.title, [&](QPainter& p, const QRectF& r) {
        paintComparison(p, r, runs, labels, spec);
    }, error);
}

} // namespace render
