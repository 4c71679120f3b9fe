#include "CliUtil.h"

#include "CliCommands.h"
#include "lab/Export.h"
#include "lab/OutputFile.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace cli {

void out(const QString& s) { std::fputs(s.toLocal8Bit().constData(), stdout); }

QString padded(const QString& s, int width) { return s.leftJustified(width); }

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

bool ChartOptions::read(const QCommandLineParser& p, const QList<lab::ChartSpec>& charts)
{
    path = p.value(chart);
    chartKey = p.value(key);
    if (p.isSet(size)) {
        const auto m = QRegularExpression(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$")).match(p.value(size));
        const int w = m.captured(1).toInt(), h = m.captured(2).toInt();
        if (!m.hasMatch() || w < 200 || h < 150 || w > 10000 || h > 10000) {
            printError(QStringLiteral("--size: expected WxH between 200x150 and 10000x10000, got '%1'").arg(p.value(size)));
            return false;
        }
        pixels = QSize(w, h);
    }
    if (path.isEmpty() && (p.isSet(key) || p.isSet(size))) {
        printError(QStringLiteral("--chart-key and --size apply to --chart FILE, which is missing"));
        return false;
    }
    if (path.isEmpty()) return true;
    if (path == QLatin1String("-")) { printError(QStringLiteral("--chart needs a file")); return false; }
    if (render::formatForPath(path) == render::ImageFormat::Unknown) {
        printError(QStringLiteral("--chart: unsupported format for %1 (use .png, .svg or .pdf)").arg(path));
        return false;
    }
    if (charts.isEmpty()) { printError(QStringLiteral("--chart: this scenario draws no chart")); return false; }
    if (!chartKey.isEmpty() && std::none_of(charts.begin(), charts.end(), [&](const auto& c) { return c.key == chartKey; })) {
        QStringList keys;
        for (const auto& c : charts) keys << c.key;
        printError(QStringLiteral("--chart-key: unknown chart '%1' (known: %2)").arg(chartKey, keys.join(QStringLiteral(", "))));
        return false;
    }
    return true;
}

lab::ChartSpec ChartOptions::spec(const QList<lab::ChartSpec>& charts) const
{
    for (const auto& c : charts)
        if (c.key == chartKey) return c;
    return charts.value(0);
}

bool checkOutputs(const QStringList& paths)
{
    QString error;
    for (const QString& path : paths) {
        if (path.isEmpty() || path == QLatin1String("-")) continue;
        if (!lab::checkWritable(path, &error)) { printError(error); return false; }
    }
    return true;
}

bool writeOutput(const QString& path, const QByteArray& bytes)
{
    QString error;
    const bool ok = path == QLatin1String("-") ? lab::writeStdout(bytes, &error) : lab::writeFile(path, bytes, &error);
    if (!ok) printError(error);
    return ok;
}

} // namespace cli
