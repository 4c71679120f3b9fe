#include "ChartExport.h"

#include "ChartBinding.h"
#include "lab/OutputFile.h"

#include <QBuffer>
#include <QChart>
#include <QCoreApplication>
#include <QDir>
#include <QGraphicsLayout>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QImage>
#include <QImageWriter>
#include <QLegend>
#include <QPainter>
#include <QPdfWriter>
#include <QPageLayout>
#include <QSvgGenerator>

#include <memory>

namespace render {

ImageFormat formatForPath(const QString& path)
{
    const QString s = QFileInfo(path).suffix().toLower();
    if (s == QLatin1String("png")) return ImageFormat::Png;
    if (s == QLatin1String("svg")) return ImageFormat::Svg;
    if (s == QLatin1String("pdf")) return ImageFormat::Pdf;
    return ImageFormat::Unknown;
}

namespace {
QString cannotWrite(const QString& path, const QString& reason)
{
    return QCoreApplication::translate("render::ChartExport", "cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
}
} // namespace

namespace {
// Draws the picture into `out` in the given format; returns why it could not, or an empty string.
QString encode(ImageFormat format, QSize size, const QString& title,
               const std::function<void(QPainter&, const QRectF&)>& paint, QIODevice* out)
{
    const QRectF rect(QPointF(0, 0), QSizeF(size));
    switch (format) {
    case ImageFormat::Png: {
        QImage img(size, QImage::Format_ARGB32_Premultiplied);
        if (img.isNull()) return QCoreApplication::translate("render::ChartExport", "not enough memory for the image");
        img.fill(Qt::white);
        QPainter p(&img);
        p.setRenderHint(QPainter::Antialiasing);
        paint(p, rect);
        p.end();
        QImageWriter writer(out, "png");
        return writer.write(img) ? QString() : writer.errorString();
    }
    case ImageFormat::Svg: {
        QSvgGenerator gen;
        gen.setOutputDevice(out);
        gen.setSize(size);
        gen.setViewBox(rect);
        gen.setTitle(title);
        gen.setDescription(QStringLiteral("pplab — Parallel Programming Lab"));
        QPainter p;
        if (!p.begin(&gen)) return QCoreApplication::translate("render::ChartExport", "cannot start the SVG drawing");
        p.setRenderHint(QPainter::Antialiasing);
        paint(p, rect);
        return p.end() ? QString() : QCoreApplication::translate("render::ChartExport", "cannot finish the SVG drawing");
    }
    case ImageFormat::Pdf: {
        QPdfWriter pdf(out);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("pplab"));
        pdf.setResolution(96);
        pdf.setPageSize(QPageSize(QSizeF(size), QPageSize::Point));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter p;
        if (!p.begin(&pdf)) return QCoreApplication::translate("render::ChartExport", "cannot start the PDF document");
        p.setRenderHint(QPainter::Antialiasing);
        // The page is in points (1/72 in) and the device in 96 dpi pixels: scale to fill.
        const QRect page = pdf.pageLayout().paintRectPixels(pdf.resolution());
        p.scale(page.width() / rect.width(), page.height() / rect.height());
        paint(p, rect);
        return p.end() ? QString() : QCoreApplication::translate("render::ChartExport", "cannot finish the PDF document");
    }
    case ImageFormat::Unknown:
        break;
    }
    return QCoreApplication::translate("render::ChartExport", "nothing was drawn");
}

} // namespace

bool renderToFile(const QString& path, QSize size, const QString& title,
                  const std::function<void(QPainter&, const QRectF&)>& paint, QString* error)
{
    auto fail = [&](const QString& m) { if (error) *error = m; return false; };
    const ImageFormat format = formatForPath(path);
    if (format == ImageFormat::Unknown)
        return fail(QCoreApplication::translate("render::ChartExport", "unsupported image format for %1 (use .png, .svg or .pdf)")
                        .arg(QDir::toNativeSeparators(path)));
    if (size.isEmpty())
        return fail(cannotWrite(path, QCoreApplication::translate("render::ChartExport", "the picture size is empty")));
    // The image writers do not all check their writes (the SVG and PDF engines ignore a short
    // write), so the picture is encoded in memory, then written through lab::OutputFile: beside
    // the target and renamed over it, every write checked, so a failed export leaves no
    // half-written file under the requested name (and an older file there stays as it was).
    QBuffer encoded;
    encoded.open(QIODevice::WriteOnly);
    QString why = encode(format, size, title, paint, &encoded);
    if (why.isEmpty() && encoded.data().isEmpty()) why = QCoreApplication::translate("render::ChartExport", "nothing was drawn");
    if (!why.isEmpty()) return fail(cannotWrite(path, why));
    return lab::writeFile(path, encoded.data(), error);
}

void paintChart(QPainter& p, const QRectF& rect, const lab::ChartSpec& spec, const lab::RunData& data,
                TimelineWindow window)
{
    if (spec.kind == lab::ChartSpec::Timeline) {
        paintTimeline(p, rect, data, window, spec.title);
        return;
    }
    const QSizeF size = rect.size();
    QGraphicsScene scene;
    auto* chart = new QChart; // owned by the scene
    scene.addItem(chart);
    ChartBinding binding(spec, chart);
    chart->resize(size);
    binding.update(data, static_cast<int>(size.width()));
    settleLayout(chart);
    scene.render(&p, rect, QRectF(QPointF(0, 0), size));
}

bool exportChart(const lab::ChartSpec& spec, const lab::RunData& data, const QString& path, QSize size,
                 QString* error, TimelineWindow window)
{
    return renderToFile(path, size, spec.title, [&](QPainter& p, const QRectF& r) {
        paintChart(p, r, spec, data, window);
    }, error);
}

QList<QRectF> gridCells(const QRectF& rect, int n)
{
    QList<QRectF> cells;
    const int cols = n <= 1 ? 1 : (n <= 4 ? 2 : 3);
    const int rows = (n + cols - 1) / std::max(1, cols);
    const double w = rect.width() / cols, h = rect.height() / std::max(1, rows);
    for (int i = 0; i < n; ++i) cells << QRectF(rect.left() + (i % cols) * w, rect.top() + (i / cols) * h, w, h);
    return cells;
}

QByteArray renderSvg(QSize size, const QString& title, const std::function<void(QPainter&, const QRectF&)>& paint)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator gen;
    gen.setOutputDevice(&buffer);
    gen.setSize(size);
    gen.setViewBox(QRectF(QPointF(0, 0), QSizeF(size)));
    gen.setTitle(title);
    QPainter p;
    if (!p.begin(&gen)) return {};
    p.setRenderHint(QPainter::Antialiasing);
    paint(p, QRectF(QPointF(0, 0), QSizeF(size)));
    p.end();
    return buffer.data();
}

void settleLayout(QChart* chart)
{
    // Qt Charts places the legend's markers and the plot area through layout requests that it
    // posts to the event loop. Export runs without one (the command line) or inside a menu
    // action, where spinning the event loop would let timers and input run in the middle of
    // it: activate the two layouts here instead, the legend's first since the chart's layout
    // takes the legend's size.
    if (QGraphicsLayout* legend = chart->legend()->layout()) legend->activate();
    if (QGraphicsLayout* layout = chart->layout()) layout->activate();
}

} // namespace render
