// `pplab run <id>`: runs a scenario headless, shows progress on stderr, stops on Ctrl-C and
// still writes what it measured (JSON, CSV, trace, a chart, a report).
#include "CliCommands.h"

#include "Cli.h"
#include "CliUtil.h"
#include "Report.h"
#include "lab/Export.h"
#include "lab/Registry.h"
#include "lab/Runner.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <atomic>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace cli {

namespace {
std::atomic<bool> g_interrupted{false};
extern "C" void onInterrupt(int) { g_interrupted.store(true); }

struct RunOptions {
    QString id;
    lab::Params params;
    double duration = 0;
    quint64 seed = 0;
    QString json, csv, trace, report;
    ChartOptions chart;
    bool quiet = false;
};

// --set, --duration, --seed: the run itself. Prints the problem; false = usage error.
bool readRunValues(const QCommandLineParser& p, const QCommandLineOption& set, const QCommandLineOption& duration,
                   const QCommandLineOption& seed, const lab::ScenarioInfo& info, RunOptions* o)
{
    QVariantMap given;
    QString error;
    if (!lab::parseAssignments(info.params, p.values(set), &given, &error) || !lab::validate(info.params, given, &o->params, &error)) {
        printError(error);
        return false;
    }
    const QString problem = lab::Registry::instance().create(o->id)->checkParams(o->params);
    if (!problem.isEmpty()) { printError(problem); return false; }
    o->duration = info.defaultDuration;
    if (p.isSet(duration)) {
        bool ok = false;
        o->duration = p.value(duration).toDouble(&ok);
        if (!ok || !std::isfinite(o->duration) || o->duration < 0 || o->duration > 86400) {
            printError(QStringLiteral("--duration: expected seconds between 0 and 86400, got '%1'").arg(p.value(duration)));
            return false;
        }
    }
    o->seed = QRandomGenerator::global()->generate64();
    if (p.isSet(seed)) {
        bool ok = false;
        o->seed = p.value(seed).toULongLong(&ok);
        if (!ok) { printError(QStringLiteral("--seed: expected a non-negative whole number, got '%1'").arg(p.value(seed))); return false; }
    }
    return true;
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
    const QCommandLineOption trace(QStringLiteral("trace"), QStringLiteral("Write the timeline as Chrome trace JSON."), QStringLiteral("FILE"));
    const QCommandLineOption report(QStringLiteral("report"), QStringLiteral("Write a lab report (.html or .pdf)."), QStringLiteral("FILE"));
    const QCommandLineOption quiet(QStringLiteral("quiet"), QStringLiteral("No progress and no summary."));
    p.addOptions({set, duration, seed, json, csv, trace, report, quiet});
    o->chart.add(p);
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
    if (!readRunValues(p, set, duration, seed, info, o) || !o->chart.read(p, info.charts)) return Usage;
    o->json = p.value(json); o->csv = p.value(csv); o->trace = p.value(trace); o->report = p.value(report);
    o->quiet = p.isSet(quiet);
    if (!o->report.isEmpty() && !render::isReportPath(o->report)) {
        printError(QStringLiteral("--report: %1 is not .html or .pdf").arg(o->report));
        return Usage;
    }
    if (o->trace == QLatin1String("-") || o->report == QLatin1String("-")) {
        printError(QStringLiteral("--trace and --report need a file"));
        return Usage;
    }
    return checkOutputs({o->json, o->csv, o->trace, o->chart.path, o->report}) ? Ok : Usage;
}

bool writeOutputs(const RunOptions& o, const lab::ScenarioInfo& info, const lab::RunRecord& result)
{
    bool ok = true;
    if (!o.json.isEmpty()) ok &= writeOutput(o.json, QJsonDocument(lab::toJson(result)).toJson(QJsonDocument::Indented));
    if (!o.csv.isEmpty()) ok &= writeOutput(o.csv, lab::toCsv(*result.data));
    if (!o.trace.isEmpty()) ok &= writeOutput(o.trace, lab::toChromeTrace(*result.data, QStringLiteral("pplab %1").arg(info.id)));
    QString error;
    if (!o.chart.path.isEmpty() && !render::exportChart(o.chart.spec(info.charts), *result.data, o.chart.path, o.chart.pixels, &error)) {
        printError(error);
        ok = false;
    }
    if (!o.report.isEmpty() && !render::writeReport({result}, o.report, &error)) {
        printError(error);
        ok = false;
    }
    return ok;
}

// Waits for the run, draining the recorder, passing Ctrl-C on as Stop and printing progress.
void superviseRun(lab::Runner& runner, const RunOptions& o)
{
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
    superviseRun(runner, o);

    const lab::RunRecord result = runner.record(info);
    const bool written = writeOutputs(o, info, result);
    const bool toStdout = o.json == QLatin1String("-") || o.csv == QLatin1String("-");
    if (!o.quiet && !toStdout) {
        out(QStringLiteral("%1: %2 in %3 s\n").arg(info.id, result.status).arg(result.durationS, 0, 'f', 2));
        const QVariantMap& summary = result.data->summary;
        for (auto it = summary.cbegin(); it != summary.cend(); ++it)
            out(QStringLiteral("  %1 %2\n").arg(padded(it.key(), 24), formatValue(it.value())));
    }
    if (runner.status() == lab::RunStatus::Failed) {
        printError(QStringLiteral("%1 failed: %2").arg(info.id, result.error));
        return RunFailed;
    }
    return written ? Ok : RunFailed;
}

} // namespace cli
