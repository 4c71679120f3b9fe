#include "Palette.h"

#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPolygonF>
#include <QtMath>

#include <cmath>

namespace render {

namespace {
// Okabe & Ito, "Color Universal Design" (2008).
const QColor kBlack(0x00, 0x00, 0x00);
const QColor kOrange(0xE6, 0x9F, 0x00);
const QColor kSkyBlue(0x56, 0xB4, 0xE9);
const QColor kBluishGreen(0x00, 0x9E, 0x73);
const QColor kYellow(0xF0, 0xE4, 0x42);
const QColor kBlue(0x00, 0x72, 0xB2);
const QColor kVermillion(0xD5, 0x5E, 0x00);
const QColor kReddishPurple(0xCC, 0x79, 0xA7);

double luminance(const QColor& c)
{
    const auto lin = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF());
}
} // namespace

Palette::Palette(Scheme s) : m_scheme(s)
{
    if (s == Scheme::Light) {
        background = Qt::white;
        text = QColor(0x1a, 0x1a, 0x1a);
        mutedText = QColor(0x5f, 0x63, 0x68);
        grid = QColor(0xdd, 0xdd, 0xdd);
        axis = QColor(0x55, 0x55, 0x55);
        stripe = QColor(0xf3, 0xf4, 0xf6);
        // Yellow reads poorly on white: it comes last, after black.
        m_series = {kBlue, kVermillion, kBluishGreen, kOrange, kReddishPurple, kSkyBlue, kBlack, kYellow};
        hold = kBluishGreen;
        wait = kBlue;
        cycle = kVermillion;
        transientCycle = kOrange;
        workerFill = QColor(0xdc, 0xec, 0xf7);
        workerLine = QColor(0x30, 0x50, 0x90);
        lockFill = QColor(0xfb, 0xef, 0xcc);
        lockLine = QColor(0x70, 0x70, 0x70);
        errorBanner = {QColor(0xfd, 0xe2, 0xd6), QColor(0x6b, 0x1d, 0x00), kVermillion};
        warningBanner = {QColor(0xfd, 0xf0, 0xd0), QColor(0x5a, 0x40, 0x00), kOrange};
        okBanner = {QColor(0xdd, 0xf2, 0xea), QColor(0x0b, 0x44, 0x33), kBluishGreen};
        errorText = QColor(0xa8, 0x3a, 0x00);
    } else {
        background = QColor(0x23, 0x25, 0x29);
        text = QColor(0xe8, 0xe8, 0xe8);
        mutedText = QColor(0xa0, 0xa4, 0xaa);
        grid = QColor(0x45, 0x48, 0x4e);
        axis = QColor(0xa0, 0xa4, 0xaa);
        stripe = QColor(0x2c, 0x2f, 0x34);
        // Blue and black are dark on dark: sky blue first, white instead of black.
        m_series = {kSkyBlue, kOrange, kBluishGreen, kYellow, kReddishPurple, kVermillion, QColor(0xf0, 0xf0, 0xf0), kBlue};
        hold = kBluishGreen;
        wait = kSkyBlue;
        cycle = QColor(0xff, 0x7a, 0x33); // vermillion, lifted for a dark surface
        transientCycle = kYellow;
        workerFill = QColor(0x1f, 0x3b, 0x57);
        workerLine = kSkyBlue;
        lockFill = QColor(0x4a, 0x3d, 0x14);
        lockLine = QColor(0xb0, 0xb0, 0xb0);
        errorBanner = {QColor(0x4d, 0x1f, 0x0c), QColor(0xff, 0xdc, 0xc8), QColor(0xff, 0x7a, 0x33)};
        warningBanner = {QColor(0x47, 0x3a, 0x0c), QColor(0xff, 0xee, 0xb8), kYellow};
        okBanner = {QColor(0x0f, 0x3d, 0x30), QColor(0xc8, 0xf2, 0xe2), kBluishGreen};
        errorText = QColor(0xff, 0x9a, 0x66);
    }
}

const Palette& Palette::light()
{
    static const Palette p(Scheme::Light);
    return p;
}

const Palette& Palette::dark()
{
    static const Palette p(Scheme::Dark);
    return p;
}

const Palette& Palette::forWidgets(const QPalette& widgets)
{
    return widgets.color(QPalette::Window).lightness() < 128 ? dark() : light();
}

QColor Palette::series(int index) const
{
    return m_series[static_cast<int>(static_cast<unsigned>(index) % static_cast<unsigned>(m_series.size()))];
}

QPen Palette::seriesPen(int index, bool reference, qreal width) const
{
    QPen pen(series(index), width);
    pen.setCapStyle(Qt::FlatCap);
    // Custom dash patterns (in units of the pen width) so that patterns stay apart at width 2.
    static const QList<QList<qreal>> dashes = {
        {},              // solid
        {5, 3},          // dashed
        {1, 2},          // dotted
        {6, 2, 1, 2},    // dash-dot
        {10, 3},         // long dash
        {6, 2, 1, 2, 1, 2}, // dash-dot-dot
    };
    int k = static_cast<int>(static_cast<unsigned>(index) % static_cast<unsigned>(dashes.size()));
    if (reference && k == 0) k = 4; // a reference line is never solid
    if (!dashes[k].isEmpty()) pen.setDashPattern(dashes[k]);
    return pen;
}

Marker Palette::seriesMarker(int index) const
{
    static const Marker shapes[] = {Marker::Circle, Marker::Rectangle, Marker::Triangle, Marker::Diamond, Marker::Star, Marker::Pentagon};
    return shapes[static_cast<unsigned>(index) % 6];
}

Hatch Palette::barHatch(int index) const
{
    static const Hatch hatches[] = {Hatch::None, Hatch::Forward, Hatch::Backward, Hatch::Cross, Hatch::Horizontal, Hatch::Vertical, Hatch::Dots};
    return hatches[static_cast<unsigned>(index) % 7];
}

QBrush Palette::barBrush(int index) const
{
    const QColor c = series(index);
    const Hatch h = barHatch(index);
    if (h == Hatch::None) return QBrush(c);
    // A tile whose hatch continues across tile borders: 12 px, lines every 6 px.
    QImage tile(12, 12, QImage::Format_ARGB32_Premultiplied);
    tile.fill(c);
    QPainter p(&tile);
    p.setRenderHint(QPainter::Antialiasing);
    paintHatch(p, QRectF(0, 0, 12, 12), h, inkOn(c), 6.0);
    p.end();
    return QBrush(tile);
}

QColor Palette::stateColor(lab::SpanState s) const
{
    const bool d = isDark();
    switch (s) {
    case lab::SpanState::Running: return kBluishGreen;
    case lab::SpanState::Waiting: return kVermillion;
    case lab::SpanState::Holding: return kOrange;
    case lab::SpanState::Blocked: return kBlue;
    case lab::SpanState::Sleeping: return kSkyBlue;
    case lab::SpanState::Serial: return kReddishPurple;
    case lab::SpanState::Idle: return d ? QColor(0x4a, 0x4d, 0x53) : QColor(0xdd, 0xdf, 0xe3);
    case lab::SpanState::Failed: return d ? kYellow : kBlack;
    }
    return Qt::gray;
}

Hatch Palette::stateHatch(lab::SpanState s) const
{
    switch (s) {
    case lab::SpanState::Running: return Hatch::None;
    case lab::SpanState::Waiting: return Hatch::Forward;
    case lab::SpanState::Holding: return Hatch::Backward;
    case lab::SpanState::Blocked: return Hatch::Horizontal;
    case lab::SpanState::Sleeping: return Hatch::Dots;
    case lab::SpanState::Serial: return Hatch::Vertical;
    case lab::SpanState::Idle: return Hatch::Grid;
    case lab::SpanState::Failed: return Hatch::Cross;
    }
    return Hatch::None;
}

QColor Palette::stateInk(lab::SpanState s) const { return inkOn(stateColor(s)); }

void Palette::fillState(QPainter& p, const QRectF& r, lab::SpanState s) const
{
    p.fillRect(r, stateColor(s));
    const Hatch h = stateHatch(s);
    if (h != Hatch::None && r.width() >= 3 && r.height() >= 3) {
        QColor ink = stateInk(s);
        ink.setAlphaF(0.55);
        paintHatch(p, r, h, ink);
    }
}

QColor Palette::inkOn(const QColor& c)
{
    // WCAG contrast against black and against white; take the larger.
    const double l = luminance(c);
    return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? QColor(Qt::black) : QColor(Qt::white);
}

void Palette::paintHatch(QPainter& p, const QRectF& r, Hatch h, const QColor& ink, qreal spacing)
{
    if (h == Hatch::None || r.isEmpty()) return;
    p.save();
    p.setClipRect(r, Qt::IntersectClip);
    p.setPen(QPen(ink, 1.2, Qt::SolidLine, Qt::FlatCap));
    p.setBrush(Qt::NoBrush);
    // Lines sit on a grid anchored at the origin, so adjacent rectangles join up.
    const auto firstAtOrAfter = [spacing](qreal v) { return std::ceil(v / spacing) * spacing; };
    if (h == Hatch::Forward || h == Hatch::Cross) {
        // x + y = k: from bottom-left to top-right.
        for (qreal k = firstAtOrAfter(r.left() + r.top()); k <= r.right() + r.bottom(); k += spacing)
            p.drawLine(QPointF(k - r.bottom(), r.bottom()), QPointF(k - r.top(), r.top()));
    }
    if (h == Hatch::Backward || h == Hatch::Cross) {
        // x - y = k.
        for (qreal k = firstAtOrAfter(r.left() - r.bottom()); k <= r.right() - r.top(); k += spacing)
            p.drawLine(QPointF(k + r.top(), r.top()), QPointF(k + r.bottom(), r.bottom()));
    }
    const qreal dense = spacing / 1.5;
    if (h == Hatch::Horizontal)
        for (qreal y = std::ceil(r.top() / dense) * dense; y <= r.bottom(); y += dense)
            p.drawLine(QPointF(r.left(), y), QPointF(r.right(), y));
    if (h == Hatch::Grid) {
        const qreal step = spacing * 1.5;
        for (qreal y = std::ceil(r.top() / step) * step; y <= r.bottom(); y += step)
            p.drawLine(QPointF(r.left(), y), QPointF(r.right(), y));
        for (qreal x = std::ceil(r.left() / step) * step; x <= r.right(); x += step)
            p.drawLine(QPointF(x, r.top()), QPointF(x, r.bottom()));
    }
    if (h == Hatch::Vertical)
        for (qreal x = std::ceil(r.left() / dense) * dense; x <= r.right(); x += dense)
            p.drawLine(QPointF(x, r.top()), QPointF(x, r.bottom()));
    if (h == Hatch::Dots) {
        p.setPen(Qt::NoPen);
        p.setBrush(ink);
        // Rows on a grid anchored at the origin; odd rows shifted by half a step.
        for (qreal y = std::ceil(r.top() / dense) * dense; y <= r.bottom(); y += dense) {
            const bool odd = static_cast<long long>(std::llround(y / dense)) % 2 != 0;
            const qreal shift = odd ? spacing / 2 : 0;
            for (qreal x = std::ceil((r.left() - shift) / spacing) * spacing + shift; x <= r.right(); x += spacing)
                p.drawEllipse(QPointF(x, y), 1.1, 1.1);
        }
    }
    p.restore();
}

void Palette::paintMarker(QPainter& p, QPointF c, qreal size, Marker m, const QColor& fill, const QColor& outline)
{
    p.save();
    p.setPen(QPen(outline, 1.0));
    p.setBrush(fill);
    const qreal r = size / 2;
    switch (m) {
    case Marker::Circle: p.drawEllipse(c, r, r); break;
    case Marker::Rectangle: p.drawRect(QRectF(c.x() - r * 0.85, c.y() - r * 0.85, r * 1.7, r * 1.7)); break;
    case Marker::Triangle:
        p.drawPolygon(QPolygonF({QPointF(c.x(), c.y() - r), QPointF(c.x() + r, c.y() + r * 0.8), QPointF(c.x() - r, c.y() + r * 0.8)}));
        break;
    case Marker::Diamond:
        p.drawPolygon(QPolygonF({QPointF(c.x(), c.y() - r), QPointF(c.x() + r, c.y()), QPointF(c.x(), c.y() + r), QPointF(c.x() - r, c.y())}));
        break;
    case Marker::Star:
    case Marker::Pentagon: {
        QPolygonF poly;
        const int points = m == Marker::Star ? 10 : 5;
        for (int i = 0; i < points; ++i) {
            const qreal a = -M_PI / 2 + 2 * M_PI * i / points;
            const qreal rr = m == Marker::Star && i % 2 ? r * 0.45 : r;
            poly << c + QPointF(std::cos(a), std::sin(a)) * rr;
        }
        p.drawPolygon(poly);
        break;
    }
    }
    p.restore();
}

QString Palette::Banner::styleSheet(const QString& selector) const
{
    const QString body = QStringLiteral("background: %1; color: %2; border: 1px solid %3; border-radius: 4px; padding: 6px;")
                             .arg(background.name(), text.name(), border.name());
    return selector.isEmpty() ? body : QStringLiteral("%1 { %2 }").arg(selector, body);
}

} // namespace render
