#include "ChartExport.h"

#include "ChartBinding.h"

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
    auto fail = [&](const QString& m) { if (error) *error = m; return false; };
    const QRectF rect(QPointF(0, 0), QSizeF(size));
    switch (formatForPath(path)) {
    case ImageFormat::Png: {
        QImage img(size, QImage::Format_ARGB32_Premultiplied);
        img.fill(Qt::white);
        {
            QPainter p(&img);
            p.setRenderHint(QPainter::Antialiasing);
            paint(p, rect);
        }
        if (!img.save(path, "PNG")) return fail(QStringLiteral("cannot write %1").arg(path));
        return true;
    }
    case ImageFormat::Svg: {
        QSvgGenerator gen;
        gen.setFileName(path);
        gen.setSize(size);
        gen.setViewBox(rect);
        gen.setTitle(title);
        gen.setDescription(QStringLiteral("pplab — Parallel Programming Lab"));
        QPainter p;
        if (!p.begin(&gen)) return fail(QStringLiteral("cannot write %1").arg(path));
        p.setRenderHint(QPainter::Antialiasing);
        paint(p, rect);
        p.end();
        return QFileInfo::exists(path) || fail(QStringLiteral("cannot write %1").arg(path));
    }
    case ImageFormat::Pdf: {
        QPdfWriter pdf(path);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("pplab"));
        pdf.setResolution(96);
        pdf.setPageSize(QPageSize(QSizeF(size), QPageSize::Point));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter p;
        if (!p.begin(&pdf)) return fail(QStringLiteral("cannot write %1").arg(path));
        p.setRenderHint(QPainter::Antialiasing);
        // The page is in points (1/72 in) and the device in 96 dpi pixels: scale to fill.
        const QRect page = pdf.pageLayout().paintRectPixels(pdf.resolution());
        p.scale(page.width() / rect.width(), page.height() / rect.height());
        paint(p, rect);
        p.end();
        return QFileInfo::exists(path) || fail(QStringLiteral("cannot write %1").arg(path));
    }
    case ImageFormat::Unknown:
        break;
    }
    return fail(QStringLiteral("unsupported image format for %1 (use .png, .svg or .pdf)").arg(path));
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
