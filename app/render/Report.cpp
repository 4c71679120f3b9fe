#include "Report.h"

#include "CompareChart.h"
#include "lab/Compare.h"
#include "lab/Export.h"
#include "lab/OutputFile.h"
#include "lab/Version.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

#include <cmath>
#include <functional>

namespace render {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("render::Report", s); }
QString esc(const QString& s) { return s.toHtmlEscaped(); }
constexpr QSize kChartSize{960, 560};

QString valueText(const QVariant& v)
{
    if (!v.isValid()) return QStringLiteral("—");
    if (v.typeId() == QMetaType::Double) {
        const double d = v.toDouble();
        if (d == std::floor(d) && std::abs(d) < 1e15) return QLocale().toString(static_cast<qint64>(d));
        return QLocale().toString(d, 'g', 6);
    }
    return v.toString();
}

// The explanation page of the scenario in the current language, if pplab has it.
QString explanationFragment(const QString& id)
{
    const QString lang = QLocale().name();
    for (const QString& path : {QStringLiteral(":/explanations/%1.%2.html").arg(id, lang), QStringLiteral(":/explanations/%1.html").arg(id)}) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly)) return QString::fromUtf8(f.readAll());
    }
    return {};
}

// One figure: how it is drawn is the caller's business (inline SVG, or an image for the PDF).
using ChartSink = std::function<QString(const QString& title, const std::function<void(QPainter&, const QRectF&)>& paint)>;

QString table(const QStringList& head, const QList<QStringList>& rows)
{
    QString h = QStringLiteral("<table><thead><tr>");
    for (const QString& c : head) h += QStringLiteral("<th>%1</th>").arg(esc(c));
    h += QStringLiteral("</tr></thead><tbody>");
    for (const QStringList& r : rows) {
        h += QStringLiteral("<tr>");
        for (const QString& c : r) h += QStringLiteral("<td>%1</td>").arg(esc(c));
        h += QStringLiteral("</tr>");
    }
    return h + QStringLiteral("</tbody></table>\n");
}

QString machineSection(const QList<lab::RunRecord>& runs)
{
    const QJsonObject m = runs.first().machine;
    auto get = [&](const char* k) { return m.value(QLatin1String(k)).toVariant().toString(); };
    QList<QStringList> rows{{tr("CPU"), get("cpu_model")},   {tr("Logical CPUs"), get("logical_cpus")},
                            {tr("Host"), get("hostname")},   {tr("Operating system"), get("os")},
                            {tr("Kernel"), get("kernel")},   {tr("pplab"), get("pplab_version")},
                            {tr("Qt"), get("qt_version")},   {tr("oneTBB"), get("tbb_version")}};
    QString h = QStringLiteral("<section id=\"machine\"><h2>%1</h2>\n").arg(esc(tr("Machine")));
    for (const lab::RunRecord& r : runs)
        if (r.machineLabel() != runs.first().machineLabel()) {
            h += QStringLiteral("<p>%1</p>\n").arg(esc(tr("The runs were measured on different machines; each run's machine is in the table of runs. The first run's:")));
            break;
        }
    return h + table({tr("Property"), tr("Value")}, rows) + QStringLiteral("</section>\n");
}

QString runsSection(const QList<lab::RunRecord>& runs, const QStringList& labels)
{
    QList<QStringList> rows;
    for (int i = 0; i < runs.size(); ++i) {
        const lab::RunRecord& r = runs[i];
        rows << QStringList{labels.value(i), r.name, r.created.toLocalTime().toString(Qt::ISODate), r.status,
                            QLocale().toString(r.durationS, 'f', 2), r.machineLabel()};
    }
    return QStringLiteral("<section id=\"runs\"><h2>%1</h2>\n").arg(esc(tr("Runs")))
           + table({tr("Run"), tr("Name"), tr("Started"), tr("Status"), tr("Seconds"), tr("Machine")}, rows)
           + QStringLiteral("</section>\n");
}

QString paramsSection(const QList<lab::RunRecord>& runs, const QStringList& labels)
{
    QStringList keys;
    for (const lab::RunRecord& r : runs)
        for (auto it = r.params.cbegin(); it != r.params.cend(); ++it)
            if (!keys.contains(it.key())) keys << it.key();
    QList<QStringList> rows;
    for (const QString& k : keys) {
        QStringList row{k};
        for (const lab::RunRecord& r : runs) row << valueText(r.params.value(k));
        rows << row;
    }
    QStringList head{tr("Parameter")};
    head << (runs.size() == 1 ? QStringList{tr("Value")} : labels);
    return QStringLiteral("<section id=\"parameters\"><h2>%1</h2>\n").arg(esc(tr("Parameters"))) + table(head, rows)
           + QStringLiteral("</section>\n");
}

QString figuresSection(const QList<lab::RunRecord>& runs, const QStringList& labels)
{
    QList<QStringList> rows;
    for (const lab::FigureRow& f : lab::figureTable(runs)) {
        QStringList row{f.label};
        for (int i = 0; i < f.values.size(); ++i) {
            QString cell = valueText(f.values[i]);
            if (i > 0 && std::isfinite(f.ratios.value(i))) cell += QStringLiteral(" (×%1)").arg(QLocale().toString(f.ratios[i], 'g', 3));
            row << cell;
        }
        rows << row;
    }
    QStringList head{tr("Figure")};
    head << (runs.size() == 1 ? QStringList{tr("Value")} : labels);
    QString h = QStringLiteral("<section id=\"figures\"><h2>%1</h2>\n").arg(esc(tr("Figures")));
    if (runs.size() > 1) h += QStringLiteral("<p>%1</p>\n").arg(esc(tr("In brackets: the ratio to the first run.")));
    return h + table(head, rows) + QStringLiteral("</section>\n");
}

QString chartsSection(const QList<lab::RunRecord>& runs, const QStringList& labels, const ChartSink& sink)
{
    QString charts, timeline;
    for (const lab::ChartSpec& spec : lab::commonCharts(runs)) {
        const QString fig = sink(spec.title, [&](QPainter& p, const QRectF& r) {
            if (runs.size() == 1) paintChart(p, r, spec, *runs.first().data);
            else paintComparison(p, r, runs, labels, spec);
        });
        (spec.kind == lab::ChartSpec::Timeline ? timeline : charts) += fig;
    }
    QString h = QStringLiteral("<section id=\"charts\"><h2>%1</h2>\n%2</section>\n").arg(esc(tr("Charts")), charts);
    if (!timeline.isEmpty()) h += QStringLiteral("<section id=\"timeline\"><h2>%1</h2>\n%2</section>\n").arg(esc(tr("Timeline")), timeline);
    return h;
}

QString notesSection(const QList<lab::RunRecord>& runs, const QStringList& labels)
{
    QString items;
    for (int i = 0; i < runs.size(); ++i) {
        const QString who = runs.size() > 1 ? labels.value(i) + QStringLiteral(": ") : QString();
        if (!runs[i].error.isEmpty()) items += QStringLiteral("<li>%1%2</li>").arg(esc(who), esc(tr("failed: %1").arg(runs[i].error)));
        for (const QString& n : runs[i].notes) items += QStringLiteral("<li>%1%2</li>").arg(esc(who), esc(n));
    }
    return items.isEmpty() ? QString() : QStringLiteral("<section id=\"notes\"><h2>%1</h2><ul>%2</ul></section>\n").arg(esc(tr("Notes")), items);
}

QString document(const QList<lab::RunRecord>& runs, const ChartSink& sink)
{
    const lab::RunRecord& first = runs.first();
    const QStringList labels = runs.size() > 1 ? lab::runLabels(runs) : QStringList{first.name};
    const QString title = runs.size() > 1 ? tr("%1 — comparison of %2 runs").arg(first.info.title).arg(runs.size()) : first.info.title;
    const QString when = QLocale().toString(first.created.isValid() ? first.created.toLocalTime() : QDateTime::currentDateTime(), QLocale::LongFormat);
    QString h = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n<title>%2</title>\n")
                    .arg(QLocale().bcp47Name(), esc(QStringLiteral("pplab — ") + title));
    h += QStringLiteral("<style>body{font-family:sans-serif;max-width:1000px;margin:2em auto;color:#222;line-height:1.4}"
                        "table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #bbb;padding:.25em .6em;text-align:left}"
                        "th{background:#eee}figure{margin:1em 0}figcaption{font-style:italic;color:#555}"
                        "svg{max-width:100%;height:auto}.sub{color:#555}</style>\n</head>\n<body>\n");
    h += QStringLiteral("<header><h1>%1</h1><p class=\"sub\">%2</p></header>\n")
             .arg(esc(title), esc(tr("pplab lab report · %1 · scenario %2").arg(when, first.info.id)));
    h += machineSection(runs);
    const QString explanation = explanationFragment(first.info.id);
    h += QStringLiteral("<section id=\"scenario\"><h2>%1</h2>\n<div>%2</div></section>\n")
             .arg(esc(tr("Scenario")), explanation.isEmpty() ? esc(first.info.summary) : explanation);
    if (runs.size() > 1) h += runsSection(runs, labels);
    h += paramsSection(runs, labels);
    h += figuresSection(runs, labels);
    h += chartsSection(runs, labels, sink);
    h += notesSection(runs, labels);
    h += QStringLiteral("<footer><p class=\"sub\">%1</p></footer>\n</body>\n</html>\n")
             .arg(esc(tr("Made with pplab %1, the Parallel Programming Lab.").arg(lab::versionString())));
    return h;
}
} // namespace

QByteArray reportHtml(const QList<lab::RunRecord>& runs)
{
    if (runs.isEmpty()) return {};
    const ChartSink inlineSvg = [](const QString& title, const std::function<void(QPainter&, const QRectF&)>& paint) {
        QString svg = QString::fromUtf8(renderSvg(kChartSize, title, paint));
        svg = svg.mid(svg.indexOf(QStringLiteral("<svg"))); // no XML prolog inside HTML
        return QStringLiteral("<figure>%1<figcaption>%2</figcaption></figure>\n").arg(svg, esc(title));
    };
    return document(runs, inlineSvg).toUtf8();
}

bool isReportPath(const QString& path)
{
    const QString s = QFileInfo(path).suffix().toLower();
    return s == QLatin1String("html") || s == QLatin1String("htm") || s == QLatin1String("pdf");
}

bool writeReport(const QList<lab::RunRecord>& runs, const QString& path, QString* error)
{
    if (runs.isEmpty()) { if (error) *error = tr("no run to report"); return false; }
    if (!isReportPath(path)) { if (error) *error = tr("%1: a report is .html or .pdf").arg(path); return false; }
    if (QFileInfo(path).suffix().toLower() != QLatin1String("pdf")) return lab::writeFile(path, reportHtml(runs), error);
    // The PDF: the same document laid out by QTextDocument, charts as images at print resolution.
    QTextDocument doc;
    int n = 0;
    const ChartSink images = [&](const QString& title, const std::function<void(QPainter&, const QRectF&)>& paint) {
        QImage img(kChartSize * 2, QImage::Format_ARGB32_Premultiplied);
        img.fill(Qt::white);
        {
            QPainter p(&img);
            p.setRenderHint(QPainter::Antialiasing);
            p.scale(2, 2);
            paint(p, QRectF(QPointF(0, 0), QSizeF(kChartSize)));
        }
        const QUrl url(QStringLiteral("pplab-chart:%1").arg(++n));
        doc.addResource(QTextDocument::ImageResource, url, img);
        return QStringLiteral("<p><img src=\"%1\" width=\"640\"></p><p><i>%2</i></p>\n").arg(url.toString(), esc(title));
    };
    doc.setHtml(document(runs, images));
    lab::OutputFile out(path);
    if (!out.open(error)) return false;
    {
        QPdfWriter pdf(out.device());
        pdf.setTitle(runs.first().info.title);
        pdf.setCreator(QStringLiteral("pplab"));
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        doc.print(&pdf);
    }
    return out.commit(error);
}

} // namespace render
