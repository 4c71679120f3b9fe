#pragma once
// The list of scenarios. Filled once at start-up by lab::registerAll() (scenarios/all.cpp):
// an explicit list, because self-registering globals in static libraries get dropped.
#include "Scenario.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace lab {

class Registry {
public:
    using Factory = std::function<std::shared_ptr<Scenario>()>;

    static Registry& instance();

    void add(const QString& id, Factory factory);
    template <typename T> void add() { add(T().info().id, [] { return std::make_shared<T>(); }); }

    QStringList ids() const; // in registration order
    bool contains(const QString& id) const;
    std::shared_ptr<Scenario> create(const QString& id) const; // null if unknown
    ScenarioInfo info(const QString& id) const;               // translated, current language

private:
    QList<QPair<QString, Factory>> m_entries;
};

} // namespace lab
