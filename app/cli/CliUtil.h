#pragma once
// What the commands share: printing, value formatting, and the chart/output options of `run`
// and `compare` (one parser, one set of messages).
#include "ChartExport.h"
#include "lab/Scenario.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QSize>
#include <QString>
#include <QStringList>

namespace cli {

constexpr int kHelpShown = -1; // a parse step printed --help: exit 0 without running

void out(const QString& s); // to standard output
QString padded(const QString& s, int width);
QString formatValue(const QVariant& v);
// Parses; on error prints it (one line) and returns false.
bool parseOrFail(QCommandLineParser& p, const QStringList& args);

// --chart FILE [--chart-key KEY] [--size WxH]
struct ChartOptions {
    QCommandLineOption chart{QStringLiteral("chart"), QStringLiteral("Export a chart (.png, .svg or .pdf)."), QStringLiteral("FILE")};
    QCommandLineOption key{QStringLiteral("chart-key"), QStringLiteral("Which chart --chart exports (default: the first)."),
                           QStringLiteral("KEY")};
    QCommandLineOption size{QStringLiteral("size"), QStringLiteral("Exported chart size (default 1280x800)."), QStringLiteral("WxH")};
    QString path, chartKey;
    QSize pixels = render::kDefaultExportSize;
    void add(QCommandLineParser& p) const { p.addOptions({chart, key, size}); }
    // Reads and checks the values against the charts there are. Prints the problem; false = usage error.
    bool read(const QCommandLineParser& p, const QList<lab::ChartSpec>& charts);
    // The chart --chart-key names, or the first one.
    lab::ChartSpec spec(const QList<lab::ChartSpec>& charts) const;
};

// Each output path ("-" = standard output where allowed) must be writable before any work
// starts. Prints the problem; false = usage error.
bool checkOutputs(const QStringList& paths);
// Writes bytes to path or, for "-", to standard output; prints the problem and returns false.
bool writeOutput(const QString& path, const QByteArray& bytes);

} // namespace cli
