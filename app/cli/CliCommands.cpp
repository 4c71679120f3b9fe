#include "CliCommands.h"

#include "Cli.h"
#include "ChartExport.h"
#include "lab/Export.h"
#include "lab/Registry.h"
#include "lab/Runner.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace cli {

namespace {
constexpr int kHelpShown = -1;
std::atomic<bool> g_interrupted{false};
extern "C" void onInterrupt(int) { g_interrupted.store(true); }

void out(const QString& s) { std::fputs(s.toLocal8Bit().constData(), stdout); }

QString padded(const QString& s, int w) { return s.leftJustified(w); }

QString formatValue(const QVariant& v)
{
    if (v.typeId() == QMetaType::Double) {
        const double d = v.toDouble();
        if (d == static_cast<double>(static_cast<qint64>(d)) && std::abs(d) < 1e15) return QString::number(static_cast<qint64>(d));
        return QString::number(d, 'g', 6);
    }
    return v.toString();
}

bool parseOrFail(QCommandLineParser& p, const QStringList& args)
{
    if (p.parse(args)) return true;
    printError(p.errorText());
    return false;
}
} // namespace

void printError(const QString& message)
{
    std::fprintf(stderr, "pplab: %s\n", message.toLocal8Bit().constData());
}

int listCommand(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("List the scenarios: id, category, title."));
    p.addHelpOption();
    if (!parseOrFail(p, args)) return Usage;
    if (p.isSet(QStringLiteral("help"))) { out(p.helpText()); return Ok; }
    if (!p.positionalArguments().isEmpty()) { printError(QStringLiteral("list takes no arguments")); return Usage; }
    auto& reg = lab::Registry::instance();
    QList<lab::ScenarioInfo> infos;
    for (const QString& id : reg.ids()) infos << reg.info(id);
    std::stable_sort(infos.begin(), infos.end(), [](const auto& a, const auto& b) {
        return lab::categoryOrder(a.category) < lab::categoryOrder(b.category);
    });
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

namespace {
struct RunOptions {
    QString id;
    lab::Params params;
    double duration = 0;
    quint64 seed = 0;
    QString json, csv, chart, chartKey, trace;
    QSize size = render::kDefaultExportSize;
    bool quiet = false;
};

bool checkOutput(const QString& path, QString* error)
{
    return path.isEmpty() || path == QLatin1String("-") || lab::checkWritable(path, error);
}

int parseRun(const QStringList& args, RunOptions* o)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Run a scenario headless and export what it measured."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("id"), QStringLiteral("scenario id (see pplab list)"), QStringLiteral("run <id>"));
    const QCommandLineOption set(QStringLiteral("set"), QStringLiteral("Set a parameter (repeatable)."), QStringLiteral("key=value"));
    const QCommandLineOption duration(QStringLiteral("duration"), QStringLiteral("Time limit in seconds (0 = none)."), QStringLiteral("seconds"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed for randomised scenarios."), QStringLiteral("N"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Write the result as JSON ('-' = stdout)."), QStringLiteral("FILE"));
    const QCommandLineOption csv(QStringLiteral("csv"), QStringLiteral("Write the samples as CSV ('-' = stdout)."), QStringLiteral("FILE"));
    const QCommandLineOption chart(QStringLiteral("chart"), QStringLiteral("Export a chart (.png, .svg or .pdf)."), QStringLiteral("FILE"));
    const QCommandLineOption chartKey(QStringLiteral("chart-key"), QStringLiteral("Which chart --chart exports (default: the first)."), QStringLiteral("KEY"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Exported chart size (default 1280x800)."), QStringLiteral("WxH"));
    const QCommandLineOption trace(QStringLiteral("trace"), QStringLiteral("Write the timeline as Chrome trace JSON."), QStringLiteral("FILE"));
    const QCommandLineOption quiet(QStringLiteral("quiet"), QStringLiteral("No progress and no summary."));
    p.addOptions({set, duration, seed, json, csv, chart, chartKey, size, trace, quiet});
    if (!parseOrFail(p, args)) return Usage;
    if (p.isSet(QStringLiteral("help"))) { out(p.helpText()); return kHelpShown; }
    if (p.positionalArguments().size() != 1) { printError(QStringLiteral("run needs one scenario id")); return Usage; }
    o->id = p.positionalArguments().first();
    auto& reg = lab::Registry::instance();
    if (!reg.contains(o->id)) {
        printError(QStringLiteral("unknown scenario '%1' (known: %2)").arg(o->id, reg.ids().join(QStringLiteral(", "))));
        return Usage;
    }
    const lab::ScenarioInfo info = reg.info(o->id);
    QVariantMap given;
    QString error;
    if (!lab::parseAssignments(info.params, p.values(set), &given, &error)
        || !lab::validate(info.params, given, &o->params, &error)) {
        printError(error);
        return Usage;
    }
    const QString problem = reg.create(o->id)->checkParams(o->params);
    if (!problem.isEmpty()) { printError(problem); return Usage; }
    o->duration = info.defaultDuration;
    if (p.isSet(duration)) {
        bool ok = false;
        o->duration = p.value(duration).toDouble(&ok);
        if (!ok || !std::isfinite(o->duration) || o->duration < 0 || o->duration > 86400) {
            printError(QStringLiteral("--duration: expected seconds between 0 and 86400, got '%1'").arg(p.value(duration)));
            return Usage;
        }
    }
    if (p.isSet(seed)) {
        bool ok = false;
        o->seed = p.value(seed).toULongLong(&ok);
        if (!ok) { printError(QStringLiteral("--seed: expected a non-negative whole number, got '%1'").arg(p.value(seed))); return Usage; }
    } else {
        o->seed = QRandomGenerator::global()->generate64();
    }
    o->json = p.value(json); o->csv = p.value(csv); o->chart = p.value(chart); o->trace = p.value(trace);
    o->chartKey = p.value(chartKey);
    o->quiet = p.isSet(quiet);
    if (p.isSet(size)) {
        const auto m = QRegularExpression(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$")).match(p.value(size));
        const int w = m.captured(1).toInt(), h = m.captured(2).toInt();
        if (!m.hasMatch() || w < 200 || h < 150 || w > 10000 || h > 10000) {
            printError(QStringLiteral("--size: expected WxH between 200x150 and 10000x10000, got '%1'").arg(p.value(size)));
            return Usage;
        }
        o->size = QSize(m.captured(1).toInt(), m.captured(2).toInt());
    }
    if (o->chart.isEmpty() && (p.isSet(chartKey) || p.isSet(size))) {
        printError(QStringLiteral("--chart-key and --size apply to --chart FILE, which is missing"));
        return Usage;
    }
    if (!o->chart.isEmpty() && render::formatForPath(o->chart) == render::ImageFormat::Unknown) {
        printError(QStringLiteral("--chart: unsupported format for %1 (use .png, .svg or .pdf)").arg(o->chart));
        return Usage;
    }
    if (!o->chartKey.isEmpty()) {
        const bool known = std::any_of(info.charts.begin(), info.charts.end(), [&](const auto& c) { return c.key == o->chartKey; });
        if (!known) {
            QStringList keys;
            for (const auto& c : info.charts) keys << c.key;
            printError(QStringLiteral("--chart-key: unknown chart '%1' (known: %2)").arg(o->chartKey, keys.join(QStringLiteral(", "))));
            return Usage;
        }
    }
    if (!o->chart.isEmpty() && info.charts.isEmpty()) { printError(QStringLiteral("--chart: this scenario draws no chart")); return Usage; }
    for (const QString& path : {o->json, o->csv, o->trace, o->chart}) {
        if (path == QLatin1String("-") && path == o->chart) { printError(QStringLiteral("--chart needs a file")); return Usage; }
        if (!checkOutput(path, &error)) { printError(error); return Usage; }
    }
    return Ok;
}

bool writeOutputs(const RunOptions& o, const lab::ScenarioInfo& info, const lab::RunRecord& result)
{
    bool ok = true;
    QString error;
    auto write = [&](const QString& path, const QByteArray& bytes) {
        if (path.isEmpty()) return;
        const bool written = path == QLatin1String("-") ? lab::writeStdout(bytes, &error) : lab::writeFile(path, bytes, &error);
        if (!written) { printError(error); ok = false; }
    };
    write(o.json, QJsonDocument(lab::toJson(result)).toJson(QJsonDocument::Indented));
    write(o.csv, lab::toCsv(*result.data));
    write(o.trace, lab::toChromeTrace(*result.data, QStringLiteral("pplab %1").arg(info.id)));
    if (!o.chart.isEmpty()) {
        lab::ChartSpec spec = info.charts.first();
        for (const auto& c : info.charts) if (c.key == o.chartKey) spec = c;
        if (!render::exportChart(spec, *result.data, o.chart, o.size, &error)) { printError(error); ok = false; }
    }
    return ok;
}
} // namespace

int runCommand(const QStringList& args)
{
    RunOptions o;
    const int parsed = parseRun(args, &o);
    if (parsed == kHelpShown) return Ok;
    if (parsed != Ok) return parsed;

    auto& reg = lab::Registry::instance();
    const lab::ScenarioInfo info = reg.info(o.id);
    lab::Runner runner;
    QString error;
    if (!runner.start(reg.create(o.id), o.params, o.duration, o.seed, &error)) { printError(error); return RunFailed; }

    g_interrupted = false;
    struct sigaction sa{}, oldInt{}, oldTerm{};
    sa.sa_handler = onInterrupt;
    sigaction(SIGINT, &sa, &oldInt);
    sigaction(SIGTERM, &sa, &oldTerm);
    const bool tty = isatty(STDERR_FILENO);
    QElapsedTimer clock;
    clock.start();
    qint64 lastPrint = 0;
    bool printed = false;
    while (runner.waitFinished(100) == lab::RunStatus::Running) {
        runner.recorder()->drain(); // keep the writers' buffers small on long runs
        if (g_interrupted.exchange(false)) runner.stop();
        const qint64 ms = clock.elapsed();
        if (!o.quiet && ms >= 1000 && (tty ? ms - lastPrint >= 200 : ms - lastPrint >= 1000)) {
            lastPrint = ms;
            const double progress = runner.context()->progress();
            QString line = QStringLiteral("pplab: %1 running, %2 s").arg(o.id).arg(ms / 1000.0, 0, 'f', 1);
            if (progress >= 0) line += QStringLiteral(", %1%").arg(static_cast<int>(progress * 100));
            std::fprintf(stderr, tty ? "\r%s   " : "%s\n", line.toLocal8Bit().constData());
            std::fflush(stderr);
            printed = true;
        }
    }
    if (printed && tty) std::fputc('\n', stderr);
    sigaction(SIGINT, &oldInt, nullptr);
    sigaction(SIGTERM, &oldTerm, nullptr);

    runner.recorder()->drain();
    const lab::RunStatus status = runner.status();
    const lab::RunRecord result = runner.record(info);
    const bool written = writeOutputs(o, info, result);

    const bool toStdout = o.json == QLatin1String("-") || o.csv == QLatin1String("-");
    if (!o.quiet && !toStdout) {
        out(QStringLiteral("%1: %2 in %3 s\n").arg(info.id, result.status).arg(result.durationS, 0, 'f', 2));
        const QVariantMap& summary = result.data->summary;
        for (auto it = summary.cbegin(); it != summary.cend(); ++it)
            out(QStringLiteral("  %1 %2\n").arg(padded(it.key(), 24), formatValue(it.value())));
    }
    if (status == lab::RunStatus::Failed) {
        printError(QStringLiteral("%1 failed: %2").arg(info.id, result.error));
        return RunFailed;
    }
    return written ? Ok : RunFailed;
}

} // namespace cli
