#include "Timeline.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <iterator>
#include <limits>

namespace render {

namespace {
constexpr double kTitleH = 26, kAxisH = 26, kLegendH = 24, kMaxLane = 30;

double niceStep(double range, int targetTicks)
{
    const double raw = range / std::max(1, targetTicks);
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (raw <= m * mag) return m * mag;
    return 10 * mag;
}

QString timeLabel(double us, double step)
{
    if (step >= 1e6) return QStringLiteral("%1 s").arg(us / 1e6, 0, 'f', step >= 1e7 ? 0 : 1);
    if (step >= 1e3) return QStringLiteral("%1 ms").arg(us / 1e3, 0, 'f', step >= 1e4 ? 0 : 1);
    return QStringLiteral("%1 µs").arg(us, 0, 'f', 0);
}
} // namespace

QColor stateColor(lab::SpanState s) { return Palette::light().stateColor(s); }

qint64 timelineEndUs(const lab::RunData& data)
{
    qint64 end = 0;
    for (const lab::Span& s : data.spans) end = std::max(end, s.endUs);
    return end;
}

void TimelineIndex::clear()
{
    m_data = nullptr;
    m_consumed = 0;
    m_lanes.clear();
    m_endUs = 0;
    std::fill(std::begin(m_used), std::end(m_used), false);
    visited = 0;
}

void TimelineIndex::sync(const lab::RunData& data)
{
    if (&data != m_data || data.spans.size() < m_consumed) {
        clear();
        m_data = &data;
    }
    for (size_t i = m_consumed; i < data.spans.size(); ++i) add(data.spans[i], static_cast<quint32>(i));
    m_consumed = data.spans.size();
}

void TimelineIndex::add(const lab::Span& s, quint32 index)
{
    if (s.lane < 0) return;
    if (static_cast<size_t>(s.lane) >= m_lanes.size()) m_lanes.resize(static_cast<size_t>(s.lane) + 1);
    m_endUs = std::max(m_endUs, s.endUs);
    m_used[static_cast<int>(s.state)] = true;
    std::vector<Entry>& lane = m_lanes[static_cast<size_t>(s.lane)];
    Entry e{s.beginUs, s.endUs, s.endUs, index, s.state};
    if (lane.empty() || lane.back().beginUs <= s.beginUs) {
        if (!lane.empty()) e.maxEndUs = std::max(e.maxEndUs, lane.back().maxEndUs);
        lane.push_back(e);
        return;
    }
    // Late arrival: insert after the entries that begin no later (they arrive nearly in order,
    // so this moves a few entries at the end), then redo the running maximum from there.
    const auto at = std::upper_bound(lane.begin(), lane.end(), s.beginUs,
                                     [](qint64 b, const Entry& x) { return b < x.beginUs; });
    size_t k = static_cast<size_t>(at - lane.begin());
    lane.insert(at, e);
    for (; k < lane.size(); ++k)
        lane[k].maxEndUs = std::max(lane[k].endUs, k > 0 ? lane[k - 1].maxEndUs : lane[k].endUs);
}

const std::vector<TimelineIndex::Entry>& TimelineIndex::lane(int lane) const
{
    static const std::vector<Entry> none;
    return lane >= 0 && lane < laneCount() ? m_lanes[static_cast<size_t>(lane)] : none;
}

std::pair<size_t, size_t> TimelineIndex::range(int laneIndex, qint64 fromUs, qint64 toUs) const
{
    const std::vector<Entry>& e = lane(laneIndex);
    // maxEndUs never decreases along the lane: the first entry that can reach fromUs...
    const auto first = std::lower_bound(e.begin(), e.end(), fromUs,
                                        [](const Entry& x, qint64 t) { return x.maxEndUs < t; });
    // ...up to the last one that begins by toUs.
    const auto last = std::upper_bound(first, e.end(), toUs, [](qint64 t, const Entry& x) { return t < x.beginUs; });
    return {static_cast<size_t>(first - e.begin()), static_cast<size_t>(last - e.begin())};
}

TimelineLayout timelineLayout(const QRectF& rect, const lab::RunData& data, const TimelineIndex& index,
                              TimelineWindow window, const QFont& font)
{
    TimelineLayout l;
    QFontMetricsF fm(font);
    double nameW = 40;
    for (const QString& lane : data.lanes) nameW = std::max(nameW, fm.horizontalAdvance(lane) + 12);
    nameW = std::min(nameW, rect.width() / 3);
    const int lanes = std::max<int>(1, static_cast<int>(data.lanes.size()));
    const double avail = rect.height() - kTitleH - kAxisH - kLegendH;
    l.laneHeight = std::clamp(avail / lanes, 4.0, kMaxLane);
    l.lanes = QRectF(rect.left() + nameW, rect.top() + kTitleH, rect.width() - nameW - 10, l.laneHeight * lanes);
    l.beginUs = window.beginUs;
    l.endUs = window.endUs > window.beginUs ? window.endUs : std::max<qint64>(window.beginUs + 1000, index.endUs());
    return l;
}

namespace {
// The states' names as they are drawn in spans and the legend: the state is never told by
// colour alone. Worked out once per paint.
struct StateNames {
    StateNames(const QFont& font, double laneHeight) : fm(font), roomForNames(laneHeight >= fm.height() + 2)
    {
        // The state's name, or a one-word name where the whole name does not fit ("waiting").
        static const char* const oneWord[lab::kSpanStateCount] = {
            QT_TRANSLATE_NOOP("render::Timeline", "running"),  QT_TRANSLATE_NOOP("render::Timeline", "waiting"),
            QT_TRANSLATE_NOOP("render::Timeline", "holding"),  QT_TRANSLATE_NOOP("render::Timeline", "blocked"),
            QT_TRANSLATE_NOOP("render::Timeline", "sleeping"), QT_TRANSLATE_NOOP("render::Timeline", "serial"),
            QT_TRANSLATE_NOOP("render::Timeline", "idle"),     QT_TRANSLATE_NOOP("render::Timeline", "failed"),
        };
        for (int i = 0; i < lab::kSpanStateCount; ++i) {
            names[i] = lab::spanStateTitle(static_cast<lab::SpanState>(i));
            shortNames[i] = QCoreApplication::translate("render::Timeline", oneWord[i]);
            nameWidth[i] = fm.horizontalAdvance(names[i]);
            shortWidth[i] = fm.horizontalAdvance(shortNames[i]);
        }
    }
    QFontMetricsF fm;
    bool roomForNames;
    QString names[lab::kSpanStateCount], shortNames[lab::kSpanStateCount];
    double nameWidth[lab::kSpanStateCount], shortWidth[lab::kSpanStateCount];
};

// Fills a lane's spans, merging touching rectangles of one state into one fill. Wide fills get
// their state's hatching, and its name when it fits.
class LanePainter {
public:
    LanePainter(QPainter& p, double top, double height, const Palette& pal, const StateNames& text, const QRectF& visible)
        : m_p(p), m_top(top), m_height(height), m_pal(pal), m_text(text), m_visible(visible) {}
    ~LanePainter() { flush(); }
    void fill(double x0, double x1, lab::SpanState st)
    {
        if (m_open && st == m_state && x0 <= m_x1 + 0.01) { m_x1 = std::max(m_x1, x1); return; }
        flush();
        m_open = true;
        m_x0 = x0;
        m_x1 = x1;
        m_state = st;
    }

private:
    void flush()
    {
        if (!m_open) return;
        m_open = false;
        const QRectF r(m_x0, m_top, m_x1 - m_x0, m_height);
        if (r.width() < 3) { m_p.fillRect(r, m_pal.stateColor(m_state)); return; }
        m_pal.fillState(m_p, r, m_state);
        const int k = static_cast<int>(m_state);
        // The visible part of the span, so that the name stays in view when zoomed in.
        const QRectF seen = r.intersected(m_visible);
        const bool whole = seen.width() >= m_text.nameWidth[k] + 10;
        if (!m_text.roomForNames || !(whole || seen.width() >= m_text.shortWidth[k] + 10)) return;
        const double w = whole ? m_text.nameWidth[k] : m_text.shortWidth[k];
        const QRectF box(seen.center().x() - w / 2 - 3, seen.center().y() - m_text.fm.height() / 2, w + 6, m_text.fm.height());
        m_p.fillRect(box, m_pal.stateColor(m_state));
        m_p.setPen(m_pal.stateInk(m_state));
        m_p.drawText(box, Qt::AlignCenter, whole ? m_text.names[k] : m_text.shortNames[k]);
        m_p.setPen(Qt::NoPen);
    }
    QPainter& m_p;
    double m_top, m_height;
    const Palette& m_pal;
    const StateNames& m_text;
    QRectF m_visible;
    bool m_open = false;
    double m_x0 = 0, m_x1 = 0;
    lab::SpanState m_state = lab::SpanState::Running;
};

constexpr int kColumnSample = 16; // spans looked at to colour a pixel column of narrow spans

void paintLane(QPainter& p, const TimelineLayout& l, const TimelineIndex& index, int laneIndex, const Palette& pal,
               const StateNames& text)
{
    const std::vector<TimelineIndex::Entry>& e = index.lane(laneIndex);
    const auto [first, last] = index.range(laneIndex, l.beginUs, l.endUs);
    const double pad = l.laneHeight > 8 ? 2 : 0;
    LanePainter lane(p, l.lanes.top() + laneIndex * l.laneHeight + pad, l.laneHeight - 2 * pad, pal, text, l.lanes);
    const double usPerPx = double(l.endUs - l.beginUs) / std::max(1.0, l.lanes.width());
    size_t i = first;
    while (i < last) {
        const TimelineIndex::Entry& s = e[i];
        ++index.visited;
        if (s.endUs < l.beginUs) { ++i; continue; }
        const double x0 = l.xOf(s.beginUs), x1 = l.xOf(s.endUs);
        if (x1 - x0 >= 1.0) {
            lane.fill(x0, x1, s.state);
            ++i;
            continue;
        }
        // A span narrower than a pixel: colour its pixel column with the state that takes most
        // of the time among the spans that begin in it (a sample of them), then skip the rest
        // of the column's spans if none of them reaches past it.
        const double col = std::floor(x0);
        const qint64 colBegin = l.usAt(col), colEnd = l.usAt(col + 1.0);
        qint64 time[lab::kSpanStateCount] = {};
        size_t j = i;
        for (int n = 0; j < last && e[j].beginUs < colEnd && n < kColumnSample; ++j, ++n) {
            const TimelineIndex::Entry& c = e[j];
            if (n > 0) ++index.visited;
            if (l.xOf(c.endUs) - l.xOf(c.beginUs) >= 1.0) break; // a wide one is drawn on its own
            time[static_cast<int>(c.state)] += std::min(c.endUs, colEnd) - std::max(c.beginUs, colBegin) + 1;
        }
        if (j < last && j - i == kColumnSample && e[j].beginUs < colEnd) {
            const auto next = std::lower_bound(e.begin() + static_cast<std::ptrdiff_t>(j), e.begin() + static_cast<std::ptrdiff_t>(last),
                                               colEnd, [](const TimelineIndex::Entry& x, qint64 t) { return x.beginUs < t; });
            const size_t k = static_cast<size_t>(next - e.begin());
            if (e[k - 1].maxEndUs <= colEnd + static_cast<qint64>(usPerPx)) j = k;
        }
        int best = 0;
        for (int st = 1; st < lab::kSpanStateCount; ++st)
            if (time[st] > time[best]) best = st;
        if (j == i) { ++j; best = static_cast<int>(s.state); } // never stall
        lane.fill(col, col + 1.0, static_cast<lab::SpanState>(best));
        i = j;
    }
}
} // namespace

void paintTimeline(QPainter& p, const QRectF& rect, const lab::RunData& data, TimelineWindow window, const QString& title,
                   const Palette& pal)
{
    TimelineIndex index;
    index.sync(data);
    paintTimeline(p, rect, data, index, window, title, pal);
}

void paintTimeline(QPainter& p, const QRectF& rect, const lab::RunData& data, const TimelineIndex& index,
                   TimelineWindow window, const QString& title, const Palette& pal)
{
    p.save();
    p.fillRect(rect, pal.background);
    const TimelineLayout l = timelineLayout(rect, data, index, window, p.font());
    QFont bold = p.font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(pal.text);
    p.drawText(QRectF(rect.left(), rect.top(), rect.width(), kTitleH), Qt::AlignCenter, title);
    p.setFont(QFont(p.font().family(), p.font().pointSize()));

    if (data.lanes.isEmpty()) {
        p.setPen(pal.mutedText);
        p.drawText(rect, Qt::AlignCenter,
                   QCoreApplication::translate("render::Timeline", "No timeline yet: press Run."));
        p.restore();
        return;
    }
    // Lane names and stripes.
    for (int i = 0; i < data.lanes.size(); ++i) {
        const QRectF lane(l.lanes.left(), l.lanes.top() + i * l.laneHeight, l.lanes.width(), l.laneHeight);
        if (i % 2) p.fillRect(lane, pal.stripe);
        if (l.laneHeight >= 9) {
            p.setPen(pal.text);
            p.drawText(QRectF(rect.left(), lane.top(), l.lanes.left() - rect.left() - 6, l.laneHeight),
                       Qt::AlignRight | Qt::AlignVCenter, data.lanes[i]);
        }
    }
    // Spans, lane by lane, only those in the window.
    const StateNames text(p.font(), l.laneHeight);
    p.setPen(Qt::NoPen);
    p.setClipRect(l.lanes);
    for (int lane = 0; lane < data.lanes.size(); ++lane) {
        if (l.lanes.top() + lane * l.laneHeight > rect.bottom()) break; // lanes below the picture
        paintLane(p, l, index, lane, pal, text);
    }
    p.setClipping(false);
    // Time axis.
    p.setPen(pal.axis);
    const double axisY = l.lanes.bottom() + 2;
    p.drawLine(QPointF(l.lanes.left(), axisY), QPointF(l.lanes.right(), axisY));
    const double range = double(l.endUs - l.beginUs);
    const double step = niceStep(range, std::max(2, static_cast<int>(l.lanes.width() / 90)));
    for (double t = std::ceil(l.beginUs / step) * step; t <= l.endUs; t += step) {
        const double x = l.xOf(static_cast<qint64>(t));
        p.drawLine(QPointF(x, axisY), QPointF(x, axisY + 4));
        // Labels near the ends are kept inside the drawing.
        const double lx = std::clamp(x - 45, rect.left(), rect.right() - 90);
        p.drawText(QRectF(lx, axisY + 4, 90, kAxisH - 6), Qt::AlignHCenter | Qt::AlignTop, timeLabel(t, step));
    }
    // Legend: only the states that occur, each with its colour and hatching.
    double x = l.lanes.left();
    const double ly = axisY + kAxisH;
    for (int i = 0; i < lab::kSpanStateCount; ++i) {
        const auto st = static_cast<lab::SpanState>(i);
        if (!index.stateUsed(st)) continue;
        const QRectF swatch(x, ly + 3, 22, 16);
        pal.fillState(p, swatch, st);
        p.setPen(QPen(pal.axis, 1));
        p.setBrush(Qt::NoBrush);
        p.drawRect(swatch);
        p.setPen(pal.text);
        const double w = text.fm.horizontalAdvance(text.names[i]);
        p.drawText(QRectF(x + 27, ly, w + 4, 22), Qt::AlignVCenter | Qt::AlignLeft, text.names[i]);
        x += w + 46;
    }
    p.restore();
}

int spanAt(const lab::RunData& data, const TimelineIndex& index, const TimelineLayout& l, QPointF pos)
{
    if (!l.lanes.contains(pos) || l.laneHeight <= 0) return -1;
    const int lane = static_cast<int>((pos.y() - l.lanes.top()) / l.laneHeight);
    if (lane >= data.lanes.size()) return -1;
    const qint64 t = l.usAt(pos.x());
    const qint64 slack = static_cast<qint64>(double(l.endUs - l.beginUs) / std::max(1.0, l.lanes.width()));
    const std::vector<TimelineIndex::Entry>& e = index.lane(lane);
    const auto [first, last] = index.range(lane, t - slack, t + slack);
    // From the latest begin backwards: the first span that contains t is the innermost one.
    int best = -1;
    qint64 bestDistance = std::numeric_limits<qint64>::max();
    for (size_t k = last; k > first; --k) {
        const TimelineIndex::Entry& s = e[k - 1];
        ++index.visited;
        if (s.maxEndUs < t - slack) break;
        if (s.endUs < t - slack) continue;
        if (s.beginUs <= t && s.endUs >= t) return static_cast<int>(s.span);
        const qint64 d = std::min(std::abs(s.beginUs - t), std::abs(s.endUs - t));
        if (d < bestDistance) { bestDistance = d; best = static_cast<int>(s.span); }
    }
    return best;
}

} // namespace render
