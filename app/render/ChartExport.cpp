#include "ChartExport.h"

#include "ChartBinding.h"
#include "lab/OutputFile.h"

#include <QChart>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QImage>
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

bool renderToFile(const QString& path, QSize size, const QString& title,
                  const std::function<void(QPainter&, const QRectF&)>& paint, QString* error)
{
    const ImageFormat format = formatForPath(path);
    if (format == ImageFormat::Unknown) {
        if (error) *error = QStringLiteral("unsupported image format for %1 (use .png, .svg or .pdf)").arg(path);
        return false;
    }
    // Written aside and renamed into place: a failed export leaves no half image behind.
    lab::OutputFile out(path);
    if (!out.open(error)) return false;
    const QRectF rect(QPointF(0, 0), QSizeF(size));
    bool painted = false;
    switch (format) {
    case ImageFormat::Png: {
        QImage img(size, QImage::Format_ARGB32_Premultiplied);
        img.fill(Qt::white);
        {
            QPainter p(&img);
            p.setRenderHint(QPainter::Antialiasing);
            paint(p, rect);
        }
        painted = img.save(out.device(), "PNG");
        break;
    }
    case ImageFormat::Svg: {
        QSvgGenerator gen;
        gen.setOutputDevice(out.device());
        gen.setSize(size);
        gen.setViewBox(rect);
        gen.setTitle(title);
        gen.setDescription(QStringLiteral("pplab — Parallel Programming Lab"));
        QPainter p;
        if (p.begin(&gen)) {
            p.setRenderHint(QPainter::Antialiasing);
            paint(p, rect);
            painted = p.end();
        }
        break;
    }
    case ImageFormat::Pdf: {
        QPdfWriter pdf(out.device());
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("pplab"));
        pdf.setResolution(96);
        pdf.setPageSize(QPageSize(QSizeF(size), QPageSize::Point));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter p;
        if (p.begin(&pdf)) {
            p.setRenderHint(QPainter::Antialiasing);
            // The page is in points (1/72 in) and the device in 96 dpi pixels: scale to fill.
            const QRect page = pdf.pageLayout().paintRectPixels(pdf.resolution());
            p.scale(page.width() / rect.width(), page.height() / rect.height());
            paint(p, rect);
            painted = p.end();
        }
        break;
    }
    case ImageFormat::Unknown:
        break;
    }
    if (!painted && !out.failed()) { // an encoder error: nothing is committed, the target stays
        if (error) *error = QStringLiteral("cannot write %1: the image encoder failed").arg(path);
        return false;
    }
    QString reason;
    if (!out.commit(&reason)) { // a write that fell short names its reason
        if (error) *error = reason;
        return false;
    }
    return true;
}

bool exportChart(const lab::ChartSpec& spec, const lab::RunData& data, const QString& path, QSize size,
                 QString* error, TimelineWindow window)
{
    if (spec.kind == lab::ChartSpec::Timeline) {
        return renderToFile(path, size, spec.title, [&](QPainter& p, const QRectF& r) {
            paintTimeline(p, r, data, window, spec.title);
        }, error);
    }
    QGraphicsScene scene;
    auto* chart = new QChart; // owned by the scene
    scene.addItem(chart);
    ChartBinding binding(spec, chart);
    chart->resize(QSizeF(size));
    binding.update(data, size.width());
    // Legend markers and the chart layout are updated through posted events: deliver them now,
    // since an export may run without an event loop (the command line).
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    chart->resize(QSizeF(size));
    if (chart->layout()) chart->layout()->activate();
    return renderToFile(path, size, spec.title, [&](QPainter& p, const QRectF& r) {
        scene.render(&p, r, QRectF(QPointF(0, 0), QSizeF(size)));
    }, error);
}

} // namespace render
