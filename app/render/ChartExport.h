#pragma once
// Export of a chart or timeline to PNG, SVG or PDF at an explicit size, offscreen, through
// the same ChartBinding / paintTimeline used on screen.
#include "Timeline.h"
#include "lab/Recorder.h"
#include "lab/Scenario.h"

#include <QByteArray>
#include <QList>
#include <QSize>
#include <QString>

#include <functional>

class QPainter;
QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace render {

enum class ImageFormat { Png, Svg, Pdf, Unknown };
ImageFormat formatForPath(const QString& path);

// Renders `paint` into a file whose format follows the suffix (.png, .svg, .pdf). The file is
// written aside and renamed into place only when complete (lab::OutputFile; a device or a FIFO
// is written directly): on failure nothing is left under `path` and *error says
// "cannot write <path>: <reason>".
bool renderToFile(const QString& path, QSize size, const QString& title,
                  const std::function<void(QPainter&, const QRectF&)>& paint, QString* error);

// Paints the chart described by spec from data into rect, offscreen, with the binding used on
// screen (timeline charts use `window`).
void paintChart(QPainter& p, const QRectF& rect, const lab::ChartSpec& spec, const lab::RunData& data,
                TimelineWindow window = {});
// Builds the chart described by spec from data and writes it.
bool exportChart(const lab::ChartSpec& spec, const lab::RunData& data, const QString& path, QSize size,
                 QString* error, TimelineWindow window = {});

// n cells of a grid filling rect (charts side by side).
QList<QRectF> gridCells(const QRectF& rect, int n);
// What `paint` draws as a standalone SVG document (for reports).
QByteArray renderSvg(QSize size, const QString& title, const std::function<void(QPainter&, const QRectF&)>& paint);
// Lays out a chart that is not shown (legend, then plot area) without running the event loop;
// for offscreen rendering of a QChart in a QGraphicsScene.
void settleLayout(QChart* chart);

constexpr QSize kDefaultExportSize{1280, 800};

} // namespace render
