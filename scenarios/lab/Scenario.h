#pragma once
// The contract between a scenario engine and the lab (GUI, command line, tests).
// Nothing here knows about widgets.
#include "Param.h"

#include <QList>
#include <QPair>

#include <initializer_list>
#include <utility>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace lab {

class RunContext;

struct ChartSpec {
    enum Kind { Line, Bar, Scatter, Histogram, Timeline };
    QString key;
    QString title;
    QString xLabel;
    QString yLabel;
    Kind kind = Line;
    bool logX = false;
    bool logY = false;
    // Line/Scatter: a fixed y range if max > min (otherwise the axis follows the data).
    double yMin = 0.0, yMax = 0.0;
};

struct Preset {
    QString name;        // shown in the preset box (translated)
    QVariantMap values;  // key -> value, applied on top of the defaults
};

// Labels of the summary keys a scenario reports, in the order the counters show them. A key
// whose label is empty is data for a panel or the JSON, not a counter.
class Figures {
public:
    Figures() = default;
    Figures(std::initializer_list<std::pair<QString, QString>> list)
    {
        for (const auto& [key, label] : list) insert(key, label);
    }
    // Adds a key at the end, or changes the label of a known key in place.
    void insert(const QString& key, const QString& label)
    {
        const int i = indexOf(key);
        if (i >= 0) m_entries[i].second = label; else m_entries.append({key, label});
    }
    int indexOf(const QString& key) const
    {
        for (int i = 0; i < m_entries.size(); ++i)
            if (m_entries[i].first == key) return i;
        return -1;
    }
    bool contains(const QString& key) const { return indexOf(key) >= 0; }
    QString value(const QString& key, const QString& fallback = {}) const
    {
        const int i = indexOf(key);
        return i >= 0 ? m_entries[i].second : fallback;
    }
    const QList<QPair<QString, QString>>& entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.isEmpty(); }

private:
    QList<QPair<QString, QString>> m_entries;
};

// A structured value the scenario publishes for its panel (Recorder::publish), exported in the
// run's JSON under "panels".
struct PanelDataSpec {
    QString key;         // stable
    QString description; // translated, one sentence: what the value holds
};

struct ScenarioInfo {
    QString id;          // stable, used on the command line: "race", "deadlock", ...
    QString title;       // translated
    QString category;    // stable: "hazards", "communication", "performance", "basics"
    QString summary;     // one translated sentence for lists and `pplab describe`
    QString explanation; // resource path of the explanation page (":/explanations/<id>.html")
    QList<ParamSpec> params;
    QList<ChartSpec> charts;
    QList<Preset> presets;
    // Translated labels for the summary keys the scenario reports, in display order.
    Figures figures;
    // Default time limit in seconds for `pplab run` without --duration (0 = none: the run ends
    // by itself).
    double defaultDuration = 0.0;
    // Structured data for the scenario's panel (not counters, not samples).
    QList<PanelDataSpec> panelData;
};

// Category ids and their translated display names.
QString categoryTitle(const QString& category);
int categoryOrder(const QString& category);

class Scenario {
public:
    virtual ~Scenario() = default;
    // Describes the scenario; called on any thread, cheap, translated with the current language.
    virtual ScenarioInfo info() const = 0;
    // Checks that need more than a parameter's own range (a path that must not be a regular
    // file, a value bounded by the machine). Called before a run by the window and the command
    // line; returns an empty string if the run may start, else a message naming the key. The
    // run must still cope if things change in between.
    virtual QString checkParams(const Params& /*params*/) const { return {}; }
    // Runs on a worker thread owned by the Runner. Must return soon (well under 250 ms) after
    // ctx.stopRequested() becomes true. Report failure with ctx.fail() or by throwing.
    virtual void run(RunContext& ctx) = 0;
};

} // namespace lab
