// The one list of scenario-specific panels: one line per scenario that has any.
#include "ScenarioPanel.h"

namespace gui {

QList<ScenarioPanel*> createPanels(const QString& scenarioId, QWidget* parent)
{
    QList<ScenarioPanel*> panels;
    Q_UNUSED(scenarioId);
    Q_UNUSED(parent);
    return panels;
}

} // namespace gui
