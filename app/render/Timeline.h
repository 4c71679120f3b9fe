#pragma once
// The per-thread timeline drawn with a QPainter: one lane per thread or process, a span per
// state (colour and hatching from render::Palette, and the state's name inside spans wide enough
// to hold it), a time axis and a legend. The same painting is used by the on-screen view and by
// export (PNG/SVG/PDF).
#include "Palette.h"
#include "lab/Recorder.h"

#include <QColor>
#include <QRectF>
#include <QString>

class QPainter;

namespace render {

// The state's colour in the light palette (Palette::stateColor for the others).
QColor stateColor(lab::SpanState s);

struct TimelineWindow {
    qint64 beginUs = 0;
    qint64 endUs = 0; // <= beginUs: the whole run
};

struct TimelineLayout {
    QRectF lanes;     // area where spans are drawn
    double laneHeight = 0;
    qint64 beginUs = 0, endUs = 1;
    double xOf(qint64 us) const { return lanes.left() + (us - beginUs) * lanes.width() / double(endUs - beginUs); }
    qint64 usAt(double x) const { return beginUs + static_cast<qint64>((x - lanes.left()) * double(endUs - beginUs) / lanes.width()); }
};

// Computes where things go inside `rect` for this data and time window.
TimelineLayout timelineLayout(const QRectF& rect, const lab::RunData& data, TimelineWindow window, const QFont& font);
// Paints the timeline (title, lanes, spans, axis, legend) into rect. Exports use the light
// palette; the window passes the one of its theme.
void paintTimeline(QPainter& p, const QRectF& rect, const lab::RunData& data, TimelineWindow window,
                   const QString& title, const Palette& palette = Palette::light());
// The span under a point (for tooltips), or -1.
int spanAt(const lab::RunData& data, const TimelineLayout& layout, QPointF pos);
// Whole-run extent in microseconds.
qint64 timelineEndUs(const lab::RunData& data);

} // namespace render
