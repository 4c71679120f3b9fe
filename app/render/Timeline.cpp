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

QColor stateColor(lab::SpanState s) { return Palette::light().stateColor(s); }

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

void paintTimeline(QPainter& p, const QRectF& rect, const lab::RunData& data, TimelineWindow window, const QString& title,
                   const Palette& pal)
{
    p.save();
    p.fillRect(rect, pal.background);
    const TimelineLayout l = timelineLayout(rect, data, window, p.font());
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
    // Spans; sub-pixel spans of the same lane, state and pixel are drawn once. Wide spans get
    // their state's hatching, and its name when it fits: the state is never told by colour alone.
    p.setPen(Qt::NoPen);
    p.setClipRect(l.lanes);
    const QFontMetricsF fm(p.font());
    const bool roomForNames = l.laneHeight >= fm.height() + 2;
    // The state's name, or a one-word name where the whole name does not fit ("waiting").
    static const char* const oneWord[lab::kSpanStateCount] = {
        QT_TRANSLATE_NOOP("render::Timeline", "running"),  QT_TRANSLATE_NOOP("render::Timeline", "waiting"),
        QT_TRANSLATE_NOOP("render::Timeline", "holding"),  QT_TRANSLATE_NOOP("render::Timeline", "blocked"),
        QT_TRANSLATE_NOOP("render::Timeline", "sleeping"), QT_TRANSLATE_NOOP("render::Timeline", "serial"),
        QT_TRANSLATE_NOOP("render::Timeline", "idle"),     QT_TRANSLATE_NOOP("render::Timeline", "failed"),
    };
    QString names[lab::kSpanStateCount], shortNames[lab::kSpanStateCount];
    double nameWidth[lab::kSpanStateCount], shortWidth[lab::kSpanStateCount];
    for (int i = 0; i < lab::kSpanStateCount; ++i) {
        names[i] = lab::spanStateTitle(static_cast<lab::SpanState>(i));
        shortNames[i] = QCoreApplication::translate("render::Timeline", oneWord[i]);
        nameWidth[i] = fm.horizontalAdvance(names[i]);
        shortWidth[i] = fm.horizontalAdvance(shortNames[i]);
    }
    std::vector<std::pair<int, int>> lastPixel(static_cast<size_t>(data.lanes.size()), {-1, -1});
    for (const lab::Span& s : data.spans) {
        if (s.lane < 0 || s.lane >= data.lanes.size() || s.endUs < l.beginUs || s.beginUs > l.endUs) continue;
        const double x0 = l.xOf(s.beginUs), x1 = std::max(l.xOf(s.endUs), x0 + 1.0);
        auto& last = lastPixel[static_cast<size_t>(s.lane)];
        const int px = static_cast<int>(x0);
        if (x1 - x0 <= 1.0 && last.first == px && last.second == static_cast<int>(s.state)) continue;
        last = {px, static_cast<int>(s.state)};
        const double pad = l.laneHeight > 8 ? 2 : 0;
        const QRectF r(x0, l.lanes.top() + s.lane * l.laneHeight + pad, x1 - x0, l.laneHeight - 2 * pad);
        if (r.width() < 3) { p.fillRect(r, pal.stateColor(s.state)); continue; }
        pal.fillState(p, r, s.state);
        const int k = static_cast<int>(s.state);
        // The visible part of the span, so that the name stays in view when zoomed in.
        const QRectF seen = r.intersected(l.lanes);
        const bool whole = seen.width() >= nameWidth[k] + 10;
        if (roomForNames && (whole || seen.width() >= shortWidth[k] + 10)) {
            const double w = whole ? nameWidth[k] : shortWidth[k];
            const QRectF box(seen.center().x() - w / 2 - 3, seen.center().y() - fm.height() / 2, w + 6, fm.height());
            p.fillRect(box, pal.stateColor(s.state));
            p.setPen(pal.stateInk(s.state));
            p.drawText(box, Qt::AlignCenter, whole ? names[k] : shortNames[k]);
            p.setPen(Qt::NoPen);
        }
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
    bool used[lab::kSpanStateCount] = {};
    for (const lab::Span& s : data.spans) used[static_cast<int>(s.state)] = true;
    double x = l.lanes.left();
    const double ly = axisY + kAxisH;
    for (int i = 0; i < lab::kSpanStateCount; ++i) {
        if (!used[i]) continue;
        const auto st = static_cast<lab::SpanState>(i);
        const QRectF swatch(x, ly + 3, 22, 16);
        pal.fillState(p, swatch, st);
        p.setPen(QPen(pal.axis, 1));
        p.setBrush(Qt::NoBrush);
        p.drawRect(swatch);
        p.setPen(pal.text);
        const double w = fm.horizontalAdvance(names[i]);
        p.drawText(QRectF(x + 27, ly, w + 4, 22), Qt::AlignVCenter | Qt::AlignLeft, names[i]);
        x += w + 46;
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
