#include "ChartPanel.h"

#include <QChart>
#include <QElapsedTimer>
#include <QEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionFocusRect>

namespace gui {

ChartPanel::ChartPanel(const lab::ChartSpec& spec, QWidget* parent) : QChartView(parent)
{
    auto* chart = new QChart;
    setChart(chart); // the view owns the chart
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::RectangleRubberBand);
    setFocusPolicy(Qt::StrongFocus);
    m_binding = std::make_unique<render::ChartBinding>(spec, chart, render::Palette::forWidgets(palette()));
    setObjectName(QStringLiteral("chart_") + spec.key);
    describe();
}

void ChartPanel::describe()
{
    const lab::ChartSpec& spec = m_binding->spec();
    setToolTip(tr("Drag to zoom in; right-click to zoom out. Keyboard: + and - zoom, arrows pan, 0 shows everything."));
    setAccessibleName(tr("Chart: %1").arg(spec.title));
    // Qt Charts has no accessibility of its own: say where the same numbers are.
    setAccessibleDescription(tr("%1 against %2. The Data tab holds the same values as a table.").arg(spec.yLabel, spec.xLabel));
}

void ChartPanel::retitle(const lab::ChartSpec& spec)
{
    m_binding->retitle(spec);
    describe();
}

void ChartPanel::refresh(const lab::RunData& data)
{
    QElapsedTimer t;
    t.start();
    m_binding->update(data, std::max(100, width()));
    m_lastMs = t.nsecsElapsed() / 1e6;
}

void ChartPanel::changeEvent(QEvent* e)
{
    // The theme changed (View → Theme, or the system's): follow it.
    if (e->type() == QEvent::PaletteChange) m_binding->setPalette(render::Palette::forWidgets(palette()));
    if (e->type() == QEvent::LanguageChange) describe();
    QChartView::changeEvent(e);
}

void ChartPanel::keyPressEvent(QKeyEvent* e)
{
    QChart* c = chart();
    switch (e->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: c->zoomIn(); break;
    case Qt::Key_Minus: c->zoomOut(); break;
    case Qt::Key_0:
    case Qt::Key_Home: c->zoomReset(); break;
    case Qt::Key_Left: c->scroll(-c->plotArea().width() / 10, 0); break;
    case Qt::Key_Right: c->scroll(c->plotArea().width() / 10, 0); break;
    case Qt::Key_Up: c->scroll(0, c->plotArea().height() / 10); break;
    case Qt::Key_Down: c->scroll(0, -c->plotArea().height() / 10); break;
    default: QChartView::keyPressEvent(e); return;
    }
    e->accept();
}

void ChartPanel::paintEvent(QPaintEvent* e)
{
    QChartView::paintEvent(e);
    if (!hasFocus()) return;
    // A visible focus frame: the chart fills the view, so the style's own frame would not show.
    QPainter p(viewport());
    QPen pen(palette().color(QPalette::Highlight), 2);
    p.setPen(pen);
    p.drawRect(viewport()->rect().adjusted(1, 1, -2, -2));
}

} // namespace gui
