#pragma once
// A scenario's own view in the window (a step-through, a wait-for graph, a calculator...).
// Panels live next to their scenario (scenarios/<id>/panel/, a library of its own so the engine
// stays free of widgets) and are registered by pplab_add_scenario(... PANEL ...). The window
// creates the panels of the selected scenario and feeds them the run's data as it is drained.
#include "lab/Recorder.h"
#include "lab/RunContext.h"
#include "lab/Runner.h"

#include <QList>
#include <QSize>
#include <QWidget>

namespace gui {

class ScenarioPanel : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;
    virtual QString title() const = 0; // translated tab title
    virtual void runStarted(const lab::Params& /*params*/) {}
    // Called after each drain with what changed (RunData::panels holds the scenario's
    // structured data, RunData::summary its figures).
    virtual void dataChanged(const lab::RunData& /*data*/, const lab::DrainResult& /*changes*/) {}
    // The run ended; also called to show a finished run again (no runStarted() before it).
    virtual void runFinished(lab::RunStatus /*status*/, const lab::RunData& /*data*/) {}
    virtual void retranslate() {}

    // The picture this tab shows, for Export chart (Ctrl+E). Panels that draw a chart build it
    // with the shared chart code (render::ChartBinding / render::exportChart), so the file is
    // what the user sees. hasChart() false: the window says this tab has no chart.
    virtual bool hasChart() const { return false; }
    virtual bool exportChart(const QString& /*path*/, QSize /*size*/, QString* /*error*/) { return false; }
};

} // namespace gui
