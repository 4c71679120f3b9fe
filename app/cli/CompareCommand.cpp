// `pplab compare A.json B.json ...`: runs saved by `pplab run --json` (or Save run in the
// window) side by side: the figures with the ratio to the first run, one chart with every run
// (--chart), the data with a `run` column (--csv, --json) and a lab report (--report).
#include "CliCommands.h"

#include "Cli.h"
#include "CliUtil.h"
#include "CompareChart.h"
#include "Report.h"
#include "lab/Compare.h"

#include <QFileInfo>
#include <QJsonDocument>

#include <cmath>

namespace cli {

namespace {
struct CompareOptions {
    QStringList files;
    QString csv, json, report;
    ChartOptions chart;
    bool quiet = false;
};

void printTable(const QList<lab::RunRecord>& runs, const QStringList& labels)
{
    for (int i = 0; i < runs.size(); ++i)
        out(QStringLiteral("run %1: %2  (%3, %4, %5 s)\n").arg(i + 1).arg(labels[i], runs[i].name.isEmpty() ? runs[i].info.id : runs[i].name,
                                                                        runs[i].status).arg(runs[i].durationS, 0, 'f', 2));
    const QList<lab::FigureRow> rows = lab::figureTable(runs);
    int wKey = 8;
    for (const lab::FigureRow& r : rows) wKey = std::max(wKey, static_cast<int>(r.key.size()) + 2);
    QString head = padded(QStringLiteral("FIGURE"), wKey);
    for (int i = 0; i < runs.size(); ++i) head += padded(QStringLiteral("RUN %1").arg(i + 1), 22);
    out(QLatin1Char('\n') + head.trimmed() + QLatin1Char('\n'));
    for (const lab::FigureRow& r : rows) {
        QString line = padded(r.key, wKey);
        for (int i = 0; i < r.values.size(); ++i) {
            QString cell = r.values[i].isValid() ? formatValue(r.values[i]) : QStringLiteral("-");
            if (i > 0 && std::isfinite(r.ratios.value(i))) cell += QStringLiteral(" (x%1)").arg(r.ratios[i], 0, 'g', 3);
            line += padded(cell, 22);
        }
        out(line.trimmed() + QLatin1Char('\n'));
    }
}

int parseCompare(const QStringList& args, CompareOptions* o, QList<lab::RunRecord>* runs)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Compare runs saved as JSON (pplab run --json, or Save run in the window)."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("files"), QStringLiteral("two or more run files of one scenario"),
                            QStringLiteral("compare A.json B.json ..."));
    const QCommandLineOption csv(QStringLiteral("csv"), QStringLiteral("Write every run's samples as CSV with a run column ('-' = stdout)."), QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Write the comparison as JSON ('-' = stdout)."), QStringLiteral("FILE"));
    const QCommandLineOption report(QStringLiteral("report"), QStringLiteral("Write a lab report of the comparison (.html or .pdf)."), QStringLiteral("FILE"));
    const QCommandLineOption quiet(QStringLiteral("quiet"), QStringLiteral("Do not print the table of figures."));
    p.addOptions({csv, json, report, quiet});
    o->chart.add(p);
    if (!parseOrFail(p, args)) return Usage;
    if (p.isSet(QStringLiteral("help"))) { out(p.helpText()); return kHelpShown; }
    o->files = p.positionalArguments();
    if (o->files.size() < 2) { printError(QStringLiteral("compare needs two or more run files")); return Usage; }
    for (const QString& f : o->files) {
        lab::RunRecord r;
        QString error;
        if (!lab::readRunFile(f, &r, &error)) { printError(error); return Usage; }
        if (r.name.isEmpty()) r.name = QFileInfo(f).completeBaseName();
        runs->append(r);
    }
    if (const QString problem = lab::comparableProblem(*runs); !problem.isEmpty()) { printError(problem); return Usage; }
    o->csv = p.value(csv); o->json = p.value(json); o->report = p.value(report);
    o->quiet = p.isSet(quiet);
    if (!o->chart.read(p, lab::commonCharts(*runs))) return Usage;
    if (!o->report.isEmpty() && !render::isReportPath(o->report)) {
        printError(QStringLiteral("--report: %1 is not .html or .pdf").arg(o->report));
        return Usage;
    }
    return checkOutputs({o->csv, o->json, o->chart.path, o->report}) ? Ok : Usage;
}
} // namespace

int compareCommand(const QStringList& args)
{
    CompareOptions o;
    QList<lab::RunRecord> runs;
    const int parsed = parseCompare(args, &o, &runs);
    if (parsed == kHelpShown) return Ok;
    if (parsed != Ok) return parsed;
    const QStringList labels = lab::runLabels(runs);
    const bool toStdout = o.csv == QLatin1String("-") || o.json == QLatin1String("-");
    if (!o.quiet && !toStdout) printTable(runs, labels);
    bool ok = true;
    if (!o.csv.isEmpty()) ok &= writeOutput(o.csv, lab::comparisonCsv(runs, labels));
    if (!o.json.isEmpty()) ok &= writeOutput(o.json, QJsonDocument(lab::comparisonJson(runs, labels)).toJson(QJsonDocument::Indented));
    QString error;
    if (!o.chart.path.isEmpty()
        && !render::exportComparison(runs, labels, o.chart.spec(lab::commonCharts(runs)), o.chart.path, o.chart.pixels, &error)) {
        printError(error);
        ok = false;
    }
    if (!o.report.isEmpty() && !render::writeReport(runs, o.report, &error)) {
        printError(error);
        ok = false;
    }
    return ok ? Ok : RunFailed;
}

} // namespace cli
