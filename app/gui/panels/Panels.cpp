// The one list of scenario-specific panels: one line per scenario that has any.
#include "ScenarioPanel.h"
#include "DeadlockPanel.h"
#include "ScalingPanel.h"
#include "RacePanel.h"

namespace gui {

QList<ScenarioPanel*> createPanels(const QString& scenarioId, QWidget* parent)
{
    QList<ScenarioPanel*> panels;
    if (scenarioId == QLatin1String("deadlock")) panels << new DeadlockPanel(parent);
    if (scenarioId == QLatin1String("scaling")) panels << new ScalingPanel(parent);
    if (scenarioId == QLatin1String("race")) panels << new RacePanel(parent);
    return panels;
}

} // namespace gui
