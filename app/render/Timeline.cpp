#include "Timeline.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

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

QColor stateColor(lab::SpanState s)
{
    switch (s) {
    case lab::SpanState::Running: return QColor(0x2e, 0x9d, 0x4f);  // green
    case lab::SpanState::Waiting: return QColor(0xd9, 0x3f, 0x3f);  // red
    case lab::SpanState::Holding: return QColor(0xf0, 0x9a, 0x1a);  // orange
    case lab::SpanState::Blocked: return QColor(0x3b, 0x6e, 0xd4);  // blue
    case lab::SpanState::Sleeping: return QColor(0xb8, 0xbf, 0xc8); // grey
    case lab::SpanState::Serial: return QColor(0x8e, 0x44, 0xad);   // purple
    case lab::SpanState::Idle: return QColor(0xe6, 0xe9, 0xed);     // light grey
    case lab::SpanState::Failed: return QColor(0x20, 0x20, 0x20);   // black
    }
    return Qt::gray;
}

qint64 timelineEndUs(const lab::RunData& data)
{
    qint64 end = 0;
    for (const lab::Span& s : data.spans) end = std::max(end, s.endUs);
    return end;
}

TimelineLayout timelineLayout(const QRectF& rect, const lab::RunData& data, TimelineWindow window, const QFont& font)
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
    l.endUs = window.endUs > window.beginUs ? window.endUs : std::max<qint64>(window.beginUs + 1000, timelineEndUs(data));
    return l;
}

void paintTimeline(QPainter& p, const QRectF& rect, const lab::RunData& data, TimelineWindow window, const QString& title)
{
    p.save();
    p.fillRect(rect, Qt::white);
    const TimelineLayout l = timelineLayout(rect, data, window, p.font());
    QFont bold = p.font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(Qt::black);
    p.drawText(QRectF(rect.left(), rect.top(), rect.width(), kTitleH), Qt::AlignCenter, title);
    p.setFont(QFont(p.font().family(), p.font().pointSize()));

    if (data.lanes.isEmpty()) {
        p.setPen(Qt::darkGray);
        p.drawText(rect, Qt::AlignCenter,
                   QCoreApplication::translate("render::Timeline", "No timeline yet: press Run."));
        p.restore();
        return;
    }
    // Lane names and stripes.
    for (int i = 0; i < data.lanes.size(); ++i) {
        const QRectF lane(l.lanes.left(), l.lanes.top() + i * l.laneHeight, l.lanes.width(), l.laneHeight);
        if (i % 2) p.fillRect(lane, QColor(0xf5, 0xf6, 0xf8));
        if (l.laneHeight >= 9) {
            p.setPen(Qt::black);
            p.drawText(QRectF(rect.left(), lane.top(), l.lanes.left() - rect.left() - 6, l.laneHeight),
                       Qt::AlignRight | Qt::AlignVCenter, data.lanes[i]);
        }
    }
    // Spans; sub-pixel spans of the same lane, state and pixel are drawn once.
    p.setPen(Qt::NoPen);
    p.setClipRect(l.lanes);
    std::vector<std::pair<int, int>> lastPixel(static_cast<size_t>(data.lanes.size()), {-1, -1});
    for (const lab::Span& s : data.spans) {
        if (s.lane < 0 || s.lane >= data.lanes.size() || s.endUs < l.beginUs || s.beginUs > l.endUs) continue;
        const double x0 = l.xOf(s.beginUs), x1 = std::max(l.xOf(s.endUs), x0 + 1.0);
        auto& last = lastPixel[static_cast<size_t>(s.lane)];
        const int px = static_cast<int>(x0);
        if (x1 - x0 <= 1.0 && last.first == px && last.second == static_cast<int>(s.state)) continue;
        last = {px, static_cast<int>(s.state)};
        const double pad = l.laneHeight > 8 ? 2 : 0;
        p.fillRect(QRectF(x0, l.lanes.top() + s.lane * l.laneHeight + pad, x1 - x0, l.laneHeight - 2 * pad),
                   stateColor(s.state));
    }
    p.setClipping(false);
    // Time axis.
    p.setPen(QColor(0x55, 0x55, 0x55));
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
    // Legend: only the states that occur.
    bool used[lab::kSpanStateCount] = {};
    for (const lab::Span& s : data.spans) used[static_cast<int>(s.state)] = true;
    double x = l.lanes.left();
    const double ly = axisY + kAxisH;
    for (int i = 0; i < lab::kSpanStateCount; ++i) {
        if (!used[i]) continue;
        const auto st = static_cast<lab::SpanState>(i);
        const QString name = lab::spanStateTitle(st);
        p.fillRect(QRectF(x, ly + 5, 12, 12), stateColor(st));
        p.setPen(Qt::black);
        const double w = QFontMetricsF(p.font()).horizontalAdvance(name);
        p.drawText(QRectF(x + 16, ly, w + 4, 22), Qt::AlignVCenter | Qt::AlignLeft, name);
        x += w + 34;
    }
    p.restore();
}

int spanAt(const lab::RunData& data, const TimelineLayout& l, QPointF pos)
{
    if (!l.lanes.contains(pos) || l.laneHeight <= 0) return -1;
    const int lane = static_cast<int>((pos.y() - l.lanes.top()) / l.laneHeight);
    const qint64 t = l.usAt(pos.x());
    const qint64 slack = static_cast<qint64>(double(l.endUs - l.beginUs) / std::max(1.0, l.lanes.width()));
    int best = -1;
    for (size_t i = 0; i < data.spans.size(); ++i) {
        const lab::Span& s = data.spans[i];
        if (s.lane == lane && s.beginUs <= t + slack && s.endUs >= t - slack) {
            best = static_cast<int>(i);
            if (s.beginUs <= t && s.endUs >= t) break;
        }
    }
    return best;
}

} // namespace render
