#pragma once
// Which panels each scenario has. Filled once from the pplab_add_scenario(... PANEL ...) calls
// (generated registered_panels.cpp, see registerAllPanels()).
#include "ScenarioPanel.h"

#include <QList>
#include <QPair>
#include <QString>

#include <functional>

namespace gui {

class PanelRegistry {
public:
    using Factory = std::function<ScenarioPanel*(QWidget* parent)>;
    static PanelRegistry& instance();
    void add(const QString& scenarioId, Factory factory);
    // New panels for a scenario, in registration order (none for most scenarios).
    QList<ScenarioPanel*> create(const QString& scenarioId, QWidget* parent) const;
    bool has(const QString& scenarioId) const;

private:
    QList<QPair<QString, Factory>> m_entries;
};

// Registers the panels of every scenario (safe to call again).
void registerAllPanels();

} // namespace gui
