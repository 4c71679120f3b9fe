#include "ChartPanel.h"

#include <QChart>
#include <QElapsedTimer>

namespace gui {

// The view is built around its own chart: QChartView(QWidget*) would create a default chart
// that setChart() then releases without deleting (a leak of a whole QGraphicsWidget tree).
ChartPanel::ChartPanel(const lab::ChartSpec& spec, QWidget* parent) : QChartView(new QChart, parent)
{
    QChart* chart = this->chart(); // owned by the view
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::RectangleRubberBand);
    setToolTip(tr("Drag to zoom in; right-click to zoom out."));
    m_binding = std::make_unique<render::ChartBinding>(spec, chart);
    setObjectName(QStringLiteral("chart_") + spec.key);
    setAccessibleName(spec.title);
}

void ChartPanel::refresh(const lab::RunData& data)
{
    QElapsedTimer t;
    t.start();
    m_binding->update(data, std::max(100, width()));
    m_lastMs = t.nsecsElapsed() / 1e6;
}

} // namespace gui
