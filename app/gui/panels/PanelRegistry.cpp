#include "PanelRegistry.h"

namespace gui {

PanelRegistry& PanelRegistry::instance()
{
    static PanelRegistry r;
    return r;
}

void PanelRegistry::add(const QString& scenarioId, Factory factory)
{
    m_entries.append({scenarioId, std::move(factory)});
}

QList<ScenarioPanel*> PanelRegistry::create(const QString& scenarioId, QWidget* parent) const
{
    QList<ScenarioPanel*> panels;
    for (const auto& [id, factory] : m_entries)
        if (id == scenarioId) panels << factory(parent);
    return panels;
}

bool PanelRegistry::has(const QString& scenarioId) const
{
    for (const auto& e : m_entries)
        if (e.first == scenarioId) return true;
    return false;
}

} // namespace gui
