#include "CliCommands.h"

#include "Cli.h"
#include "CliUtil.h"
#include "lab/Registry.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace cli {

void printError(const QString& message)
{
    std::fprintf(stderr, "pplab: %s\n", message.toLocal8Bit().constData());
}

int listCommand(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("List the scenarios: id, category, title."));
    p.addHelpOption();
    const QCommandLineOption ids(QStringLiteral("ids"), QStringLiteral("Only the ids, one a line (for scripts and shell completion)."));
    p.addOption(ids);
    if (!parseOrFail(p, args)) return Usage;
    if (p.isSet(QStringLiteral("help"))) { out(p.helpText()); return Ok; }
    if (!p.positionalArguments().isEmpty()) { printError(QStringLiteral("list takes no arguments")); return Usage; }
    auto& reg = lab::Registry::instance();
    QList<lab::ScenarioInfo> infos;
    for (const QString& id : reg.ids()) infos << reg.info(id);
    std::stable_sort(infos.begin(), infos.end(), [](const auto& a, const auto& b) {
        return lab::categoryOrder(a.category) < lab::categoryOrder(b.category);
    });
    if (p.isSet(ids)) {
        for (const auto& i : infos) out(i.id + QLatin1Char('\n'));
        return Ok;
    }
    out(padded(QStringLiteral("ID"), 14) + padded(QStringLiteral("CATEGORY"), 15) + QStringLiteral("TITLE\n"));
    for (const auto& i : infos)
        out(padded(i.id, 14) + padded(i.category, 15) + i.title + QLatin1Char('\n'));
    return Ok;
}

int describeCommand(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Describe a scenario: parameters, charts, presets."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("id"), QStringLiteral("scenario id (see pplab list)"));
    const QCommandLineOption keys(QStringLiteral("keys"),
                                  QStringLiteral("Only the --set keys, one a line as key=, then key=value for each value of a "
                                                 "choice or flag (for shell completion)."));
    const QCommandLineOption chartKeys(QStringLiteral("chart-keys"), QStringLiteral("Only the chart keys, one a line (for --chart-key)."));
    p.addOptions({keys, chartKeys});
    if (!parseOrFail(p, args)) return Usage;
    if (p.isSet(QStringLiteral("help"))) { out(p.helpText()); return Ok; }
    if (p.positionalArguments().size() != 1) { printError(QStringLiteral("describe needs one scenario id")); return Usage; }
    const QString id = p.positionalArguments().first();
    auto& reg = lab::Registry::instance();
    if (!reg.contains(id)) {
        printError(QStringLiteral("unknown scenario '%1' (known: %2)").arg(id, reg.ids().join(QStringLiteral(", "))));
        return Usage;
    }
    const lab::ScenarioInfo i = reg.info(id);
    if (p.isSet(keys) || p.isSet(chartKeys)) {
        if (p.isSet(keys)) {
            for (const lab::ParamSpec& s : i.params) out(s.key + QStringLiteral("=\n"));
            for (const lab::ParamSpec& s : i.params) {
                QStringList values = s.choices;
                if (s.type == lab::ParamSpec::Bool) values = {QStringLiteral("true"), QStringLiteral("false")};
                for (const QString& v : values) out(s.key + QLatin1Char('=') + v + QLatin1Char('\n'));
            }
        }
        if (p.isSet(chartKeys))
            for (const lab::ChartSpec& c : i.charts) out(c.key + QLatin1Char('\n'));
        return Ok;
    }
    out(QStringLiteral("%1 — %2 (%3)\n%4\n\n").arg(i.id, i.title, i.category, i.summary));
    out(QStringLiteral("Parameters:\n"));
    int wKey = 4, wDefault = 8, wRange = 6;
    for (const lab::ParamSpec& s : i.params) {
        wKey = std::max(wKey, static_cast<int>(s.key.size()) + 2);
        wDefault = std::max(wDefault, static_cast<int>(formatValue(s.defaultValue).size()) + 2);
        wRange = std::max(wRange, static_cast<int>(s.rangeText().size()) + 2);
    }
    out(QStringLiteral("  ") + padded(QStringLiteral("KEY"), wKey) + padded(QStringLiteral("TYPE"), 8)
        + padded(QStringLiteral("DEFAULT"), wDefault) + padded(QStringLiteral("RANGE"), wRange) + QStringLiteral("HELP\n"));
    for (const lab::ParamSpec& s : i.params)
        out(QStringLiteral("  ") + padded(s.key, wKey) + padded(s.typeName(), 8) + padded(formatValue(s.defaultValue), wDefault)
            + padded(s.rangeText(), wRange) + s.help + QLatin1Char('\n'));
    out(QStringLiteral("\nCharts:\n"));
    for (const lab::ChartSpec& c : i.charts)
        out(QStringLiteral("  %1 — %2\n").arg(padded(c.key, 16), c.title));
    if (!i.presets.isEmpty()) {
        out(QStringLiteral("\nPresets:\n"));
        for (const lab::Preset& pr : i.presets) {
            QStringList kv;
            for (auto it = pr.values.cbegin(); it != pr.values.cend(); ++it)
                kv << QStringLiteral("--set %1=%2").arg(it.key(), formatValue(it.value()));
            out(QStringLiteral("  %1: %2\n").arg(pr.name, kv.join(QLatin1Char(' '))));
        }
    }
    if (i.defaultDuration > 0)
        out(QStringLiteral("\nDefault duration: %1 s (change with --duration)\n").arg(i.defaultDuration));
    return Ok;
}

} // namespace cli
