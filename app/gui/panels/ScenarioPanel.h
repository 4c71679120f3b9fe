#pragma once
// A scenario's own view in the window (a step-through, a wait-for graph, a calculator...).
// Panels live in the GUI; engines stay in scenarios/. The window creates the panels of the
// selected scenario through createPanels() and feeds them the run's data as it is drained.
#include "lab/Recorder.h"
#include "lab/RunContext.h"
#include "lab/Runner.h"

#include <QList>
#include <QWidget>

namespace gui {

class ScenarioPanel : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;
    virtual QString title() const = 0; // translated tab title
    virtual void runStarted(const lab::Params& /*params*/) {}
    virtual void dataChanged(const lab::RunData& /*data*/, const lab::DrainResult& /*changes*/) {}
    virtual void runFinished(lab::RunStatus /*status*/, const lab::RunData& /*data*/) {}
    virtual void retranslate() {}
};

// The panels of a scenario (none for most). One line per scenario in Panels.cpp.
QList<ScenarioPanel*> createPanels(const QString& scenarioId, QWidget* parent);

} // namespace gui
