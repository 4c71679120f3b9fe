#pragma once
// One chart of a comparison, drawn by the shared chart code: the runs overlaid (one colour per
// run, the series' own styles), or side by side when their x axes differ. The window, the
// command line (`pplab compare --chart`) and reports all draw it through paintComparison().
#include "ChartExport.h"
#include "lab/RunRecord.h"

#include <QStringList>

namespace render {

void paintComparison(QPainter& p, const QRectF& rect, const QList<lab::RunRecord>& runs, const QStringList& labels,
                     const lab::ChartSpec& spec);
bool exportComparison(const QList<lab::RunRecord>& runs, const QStringList& labels, const lab::ChartSpec& spec,
                      const QString& path, QSize size, QString* error);

} // namespace render
