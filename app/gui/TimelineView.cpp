#include "TimelineView.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace gui {

namespace {
const lab::RunData& emptyData()
{
    static const lab::RunData d;
    return d;
}
} // namespace

TimelineView::TimelineView(QWidget* parent) : QWidget(parent)
{
    setMouseTracking(true);
    setMinimumHeight(160);
    setObjectName(QStringLiteral("timeline"));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    describe();
}

void TimelineView::describe()
{
    setToolTip(tr("Wheel or + and -: zoom; drag or arrow keys: pan; double-click or 0: whole run."));
    setAccessibleName(tr("Timeline: %1").arg(m_title));
    setAccessibleDescription(tr("One lane per thread or process; each span is a state, shown by colour, hatching and, "
                                "where it fits, its name. The Data tab and the trace export hold the same information."));
}

void TimelineView::setTitle(const QString& t)
{
    m_title = t;
    describe();
    update();
}

void TimelineView::changeEvent(QEvent* e)
{
    if (e->type() == QEvent::PaletteChange) update(); // the theme changed
    if (e->type() == QEvent::LanguageChange) describe();
    QWidget::changeEvent(e);
}

void TimelineView::zoomAround(qint64 pivot, double factor)
{
    if (!m_data) return;
    const render::TimelineLayout l = layout();
    qint64 b = pivot - static_cast<qint64>((pivot - l.beginUs) * factor);
    qint64 en = pivot + static_cast<qint64>((l.endUs - pivot) * factor);
    if (en - b < 20) return; // 20 µs is as far as it goes
    const qint64 full = render::timelineEndUs(*m_data);
    if (b <= 0 && en >= full) { resetZoom(); return; }
    m_window = {std::max<qint64>(0, b), en};
    update();
}

void TimelineView::keyPressEvent(QKeyEvent* e)
{
    const render::TimelineLayout l = layout();
    const qint64 width = l.endUs - l.beginUs;
    switch (e->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomAround((l.beginUs + l.endUs) / 2, 0.8); break;
    case Qt::Key_Minus: zoomAround((l.beginUs + l.endUs) / 2, 1.25); break;
    case Qt::Key_0:
    case Qt::Key_Home: resetZoom(); break;
    case Qt::Key_Left:
    case Qt::Key_Right: {
        if (!m_data) break;
        const qint64 last = std::max<qint64>(width, render::timelineEndUs(*m_data));
        const qint64 shift = (e->key() == Qt::Key_Left ? -1 : 1) * std::max<qint64>(1, width / 10);
        const qint64 b = std::clamp<qint64>(l.beginUs + shift, 0, last - width);
        m_window = {b, b + width};
        update();
        break;
    }
    default: QWidget::keyPressEvent(e); return;
    }
    e->accept();
}

void TimelineView::setData(const lab::RunData* data)
{
    m_data = data;
    update();
}

void TimelineView::refresh() { update(); }

void TimelineView::resetZoom()
{
    m_window = {};
    update();
}

render::TimelineLayout TimelineView::layout() const
{
    return render::timelineLayout(QRectF(rect()), m_data ? *m_data : emptyData(), m_window, font());
}

void TimelineView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    render::paintTimeline(p, QRectF(rect()), m_data ? *m_data : emptyData(), m_window, m_title,
                          render::Palette::forWidgets(palette()));
    if (hasFocus()) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
}

void TimelineView::wheelEvent(QWheelEvent* e)
{
    if (!m_data) return;
    zoomAround(layout().usAt(e->position().x()), std::pow(0.8, e->angleDelta().y() / 120.0));
    e->accept();
}

void TimelineView::mousePressEvent(QMouseEvent* e)
{
    m_dragFrom = e->pos();
    const render::TimelineLayout l = layout();
    m_dragWindow = {l.beginUs, l.endUs};
}

void TimelineView::mouseMoveEvent(QMouseEvent* e)
{
    if (!(e->buttons() & Qt::LeftButton)) return;
    const render::TimelineLayout l = layout();
    const double usPerPx = double(m_dragWindow.endUs - m_dragWindow.beginUs) / std::max(1.0, l.lanes.width());
    const qint64 shift = static_cast<qint64>((m_dragFrom.x() - e->pos().x()) * usPerPx);
    const qint64 width = m_dragWindow.endUs - m_dragWindow.beginUs;
    const qint64 last = m_data ? std::max<qint64>(width, render::timelineEndUs(*m_data)) : width;
    const qint64 b = std::clamp<qint64>(m_dragWindow.beginUs + shift, 0, last - width);
    m_window = {b, b + width};
    update();
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent*) { resetZoom(); }

bool TimelineView::event(QEvent* e)
{
    if (e->type() == QEvent::ToolTip && m_data) {
        auto* he = static_cast<QHelpEvent*>(e);
        const int i = render::spanAt(*m_data, layout(), he->pos());
        if (i < 0) { QToolTip::hideText(); e->ignore(); return true; }
        const lab::Span& s = m_data->spans[static_cast<size_t>(i)];
        QString text = QStringLiteral("<b>%1</b>: %2<br>%3 – %4 ms (%5 ms)")
                           .arg(m_data->lanes.value(s.lane).toHtmlEscaped(), lab::spanStateTitle(s.state))
                           .arg(s.beginUs / 1000.0, 0, 'f', 3).arg(s.endUs / 1000.0, 0, 'f', 3)
                           .arg((s.endUs - s.beginUs) / 1000.0, 0, 'f', 3);
        if (!s.label.isEmpty()) text += QStringLiteral("<br>") + s.label.toHtmlEscaped();
        QToolTip::showText(he->globalPos(), text, this);
        return true;
    }
    return QWidget::event(e);
}

} // namespace gui
