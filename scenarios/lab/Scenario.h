#pragma once
// The contract between a scenario engine and the lab (GUI, command line, tests).
// Nothing here knows about widgets.
#include "Param.h"

#include <QList>
#include <QMap>
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

struct ScenarioInfo {
    QString id;          // stable, used on the command line: "race", "deadlock", ...
    QString title;       // translated
    QString category;    // stable: "hazards", "communication", "performance", "basics"
    QString summary;     // one translated sentence for lists and `pplab describe`
    QString explanation; // resource path of the explanation page (":/explanations/<id>.html")
    QList<ParamSpec> params;
    QList<ChartSpec> charts;
    QList<Preset> presets;
    // Translated labels for the summary keys the scenario reports (shown on the counters).
    QMap<QString, QString> figures;
    // Default time limit in seconds for `pplab run` without --duration (0 = none: the run ends
    // by itself).
    double defaultDuration = 0.0;
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
