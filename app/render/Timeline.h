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

#include <utility>
#include <vector>

class QFont;
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

// The spans of each lane sorted by begin time, so that painting and hit-testing look only at
// what is visible. RunData spans are append-only during a run and arrive roughly in time order
// per lane: sync() folds in the new ones (an append, or an insertion near the end for a span
// that arrived late), and starts over for other data.
class TimelineIndex {
public:
    struct Entry {
        qint64 beginUs;
        qint64 endUs;
        qint64 maxEndUs; // the latest end among this lane's entries up to this one
        quint32 span;    // index into RunData::spans
        lab::SpanState state;
    };
    void sync(const lab::RunData& data);
    void clear();
    qint64 endUs() const { return m_endUs; }
    bool stateUsed(lab::SpanState s) const { return m_used[static_cast<int>(s)]; }
    int laneCount() const { return static_cast<int>(m_lanes.size()); }
    const std::vector<Entry>& lane(int lane) const;
    // The entries of a lane that may overlap [fromUs, toUs]: [first, last) in begin order (some
    // inside may end before fromUs when a long span came earlier).
    std::pair<size_t, size_t> range(int lane, qint64 fromUs, qint64 toUs) const;
    // Entries looked at by paintTimeline and spanAt since the last sync (tests, benchmarks).
    mutable quint64 visited = 0;

private:
    void add(const lab::Span& s, quint32 index);
    const lab::RunData* m_data = nullptr;
    size_t m_consumed = 0;
    std::vector<std::vector<Entry>> m_lanes;
    qint64 m_endUs = 0;
    bool m_used[lab::kSpanStateCount] = {};
};

// Computes where things go inside `rect` for this data and time window.
TimelineLayout timelineLayout(const QRectF& rect, const lab::RunData& data, const TimelineIndex& index,
                              TimelineWindow window, const QFont& font);
// Paints the timeline (title, lanes, spans, axis, legend) into rect. Spans narrower than a
// pixel are coalesced: a pixel column of a lane is filled once, with the state that takes most
// of its time, so the cost follows the visible pixels rather than the number of spans.
// Exports use the light palette; the window passes the one of its theme.
void paintTimeline(QPainter& p, const QRectF& rect, const lab::RunData& data, const TimelineIndex& index,
                   TimelineWindow window, const QString& title, const Palette& palette = Palette::light());
// The same, indexing the spans first (one-off paints: export).
void paintTimeline(QPainter& p, const QRectF& rect, const lab::RunData& data, TimelineWindow window,
                   const QString& title, const Palette& palette = Palette::light());
// The span under a point (for tooltips), or -1: one containing the point's time (the latest
// to begin, for nested spans), else the nearest within a pixel.
int spanAt(const lab::RunData& data, const TimelineIndex& index, const TimelineLayout& layout, QPointF pos);
// Whole-run extent in microseconds (scans the spans; TimelineIndex::endUs() keeps it).
qint64 timelineEndUs(const lab::RunData& data);

} // namespace render
