#include "Registry.h"

#include <QCoreApplication>

namespace lab {

Registry& Registry::instance()
{
    static Registry r;
    return r;
}

void Registry::add(const QString& id, Factory factory)
{
    for (auto& e : m_entries)
        if (e.first == id) { e.second = std::move(factory); return; }
    m_entries.append({id, std::move(factory)});
}

QStringList Registry::ids() const
{
    QStringList ids;
    for (const auto& e : m_entries) ids << e.first;
    return ids;
}

bool Registry::contains(const QString& id) const
{
    return ids().contains(id);
}

std::shared_ptr<Scenario> Registry::create(const QString& id) const
{
    for (const auto& e : m_entries)
        if (e.first == id) return e.second();
    return nullptr;
}

ScenarioInfo Registry::info(const QString& id) const
{
    auto s = create(id);
    return s ? s->info() : ScenarioInfo{};
}

QString categoryTitle(const QString& category)
{
    if (category == QLatin1String("basics")) return QCoreApplication::translate("lab::Category", "Basics");
    if (category == QLatin1String("hazards")) return QCoreApplication::translate("lab::Category", "Hazards");
    if (category == QLatin1String("communication")) return QCoreApplication::translate("lab::Category", "Communication");
    if (category == QLatin1String("performance")) return QCoreApplication::translate("lab::Category", "Performance");
    return category;
}

int categoryOrder(const QString& category)
{
    static const QStringList order{QStringLiteral("basics"), QStringLiteral("hazards"),
                                   QStringLiteral("communication"), QStringLiteral("performance")};
    const int i = static_cast<int>(order.indexOf(category));
    return i < 0 ? 100 : i;
}

} // namespace lab
