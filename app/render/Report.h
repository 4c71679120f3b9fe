#pragma once
// The lab report: one self-contained HTML file (charts and the timeline embedded as SVG, styles
// inline, no external file or network) or a PDF of the same content. For one run: title, date,
// machine, the scenario and its explanation, parameters, figures, charts, timeline, notes. For
// several runs of one scenario: the table of runs, the figures side by side with the ratio to
// the first run, and the charts overlaid (or side by side when their x axes differ).
#include "lab/RunRecord.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace render {

// The report as HTML (UTF-8). Charts as inline SVG.
QByteArray reportHtml(const QList<lab::RunRecord>& runs);
// Writes the report: .html/.htm as HTML, .pdf as PDF. False with the reason.
bool writeReport(const QList<lab::RunRecord>& runs, const QString& path, QString* error);
// True for the suffixes writeReport() understands.
bool isReportPath(const QString& path);

} // namespace render
