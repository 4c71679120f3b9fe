// 1. Redraw time of a chart with 100 000 points (refresh through the live ChartBinding, then a
//    paint of the view into an image).
// 2. The window's event-loop delay while the hello scenario runs at full speed on all cores:
//    how late a 10 ms timer fires, and how long the drain+redraw takes.
// Run offscreen: QT_QPA_PLATFORM=offscreen build/bench/bench_gui
#include "ChartPanel.h"
#include "MainWindow.h"
#include "ParamForm.h"
#include "all.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <thread>
#include <vector>

namespace {
double percentile(std::vector<double> v, double p)
{
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[static_cast<size_t>(p * (v.size() - 1))];
}

void chartRedraw()
{
    lab::Recorder rec;
    const int s = rec.series(QStringLiteral("a"), QStringLiteral("a"), QStringLiteral("c"));
    for (int i = 0; i < 100000; ++i) rec.sample(s, i * 1e-3, std::sin(i * 1e-3) + (i % 97) * 1e-3);
    rec.drain();
    gui::ChartPanel panel({QStringLiteral("c"), QStringLiteral("100 000 points"), QStringLiteral("x"), QStringLiteral("y"),
                           lab::ChartSpec::Line});
    panel.resize(1200, 700);
    panel.show();
    QImage img(panel.size(), QImage::Format_ARGB32_Premultiplied);
    std::vector<double> refresh, paint;
    for (int k = 0; k < 20; ++k) {
        panel.clear();
        QElapsedTimer t;
        t.start();
        panel.refresh(rec.data());
        QCoreApplication::processEvents();
        refresh.push_back(t.nsecsElapsed() / 1e6);
        t.restart();
        QPainter p(&img);
        panel.render(&p);
        p.end();
        paint.push_back(t.nsecsElapsed() / 1e6);
    }
    std::printf("chart 100000 points: refresh median %.2f ms (p90 %.2f), paint median %.2f ms (p90 %.2f)\n",
                percentile(refresh, .5), percentile(refresh, .9), percentile(paint, .5), percentile(paint, .9));
}

void eventLoopDelay()
{
    gui::MainWindow w;
    w.resize(1400, 880);
    w.show();
    w.selectScenario(QStringLiteral("hello"));
    const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    w.form()->setValues({{QStringLiteral("threads"), cores}, {QStringLiteral("sleep_ms"), 0}, {QStringLiteral("burst_ms"), 5}});
    w.form()->setDuration(4);
    std::vector<double> lateness;
    QElapsedTimer clock;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(10);
    qint64 last = 0;
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (last) lateness.push_back((now - last) / 1e6 - 10.0);
        last = now;
    });
    QEventLoop loop;
    QObject::connect(&w, &gui::MainWindow::runFinished, &loop, &QEventLoop::quit);
    clock.start();
    probe.start();
    w.startRun();
    loop.exec();
    std::printf("event loop during hello (%d threads, full speed, 4 s): timer lateness median %.2f ms, p99 %.2f ms, max %.2f ms (%zu samples)\n",
                cores, percentile(lateness, .5), percentile(lateness, .99), percentile(lateness, 1.0), lateness.size());
}
} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("pplab-bench"));
    lab::registerAll();
    chartRedraw();
    eventLoopDelay();
    return 0;
}
