// Per-frame cost of the window's views, which the drain timer (about 30 Hz) refreshes:
// 1. a line chart with 10^4, 10^5 and 10^6 points, refreshed after each frame's new points
//    (the live ChartBinding; "frame" adds a paint of the view into an image);
// 2. after a simulated 10-minute run of a hello-like scenario (4 series at 30 Hz for 600 s and
//    the threads' running/sleeping spans): one frame's chart refresh, timeline paint and Data
//    table update;
// 3. the timeline with 10^6 spans: paint of the whole run and of a 1 s window, and hover
//    (finding the span under the mouse);
// 4. the window's event-loop delay while the hello scenario runs at full speed on all cores.
// Run offscreen: QT_QPA_PLATFORM=offscreen build-bench/bench/bench_gui [chart|hello|timeline|loop]
#include "ChartPanel.h"
#include "DataModel.h"
#include "MainWindow.h"
#include "ParamForm.h"
#include "Timeline.h"
#include "TimelineView.h"
#include "all.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <thread>
#include <vector>

namespace {
double percentile(std::vector<double> v, double p)
{
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[static_cast<size_t>(std::lround(p * static_cast<double>(v.size() - 1)))];
}

void report(const char* what, const std::vector<double>& ms)
{
    std::printf("  %-44s median %8.3f ms   p99 %8.3f ms   (%zu frames)\n", what, percentile(ms, .5), percentile(ms, .99),
                ms.size());
}

double elapsedMs(const std::function<void()>& f)
{
    QElapsedTimer t;
    t.start();
    f();
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

lab::ChartSpec lineSpec(const QString& key, const QString& title)
{
    return {key, title, QStringLiteral("time (s)"), QStringLiteral("y"), lab::ChartSpec::Line};
}

void addPoint(lab::RunData& d, size_t series, double x)
{
    d.points[series].emplace_back(x, std::sin(x * 0.37 + static_cast<double>(series)) + 0.1 * std::sin(x * 13.1));
}

// 1. One line series of n points; each frame adds 10 points (a 300 Hz source) and refreshes.
void chartFrames(int n)
{
    lab::RunData d;
    d.series.append({QStringLiteral("a"), QStringLiteral("a"), QStringLiteral("c")});
    d.points.resize(1);
    d.points[0].reserve(static_cast<size_t>(n) + 10000);
    const double dt = 1.0 / 300;
    for (int i = 0; i < n; ++i) addPoint(d, 0, i * dt);
    gui::ChartPanel panel(lineSpec(QStringLiteral("c"), QStringLiteral("line")));
    panel.resize(1200, 700);
    panel.show();
    QCoreApplication::processEvents();
    const double first = elapsedMs([&] { panel.refresh(d); });
    QImage img(panel.size(), QImage::Format_ARGB32_Premultiplied);
    std::vector<double> refresh, frame;
    for (int f = 0; f < 200; ++f) {
        for (int k = 0; k < 10; ++k) addPoint(d, 0, static_cast<double>(d.points[0].size()) * dt);
        double r = 0;
        frame.push_back(elapsedMs([&] {
            r = elapsedMs([&] { panel.refresh(d); });
            QPainter p(&img);
            panel.render(&p);
        }));
        refresh.push_back(r);
    }
    std::printf("line chart, %d points (+10 per frame), first refresh %.1f ms\n", n, first);
    report("refresh (ChartBinding::update)", refresh);
    report("frame (refresh + paint 1200x700)", frame);
}

// A hello-like run: 4 threads, one rate sample each per 33 ms frame, and a running span then a
// sleeping span per sample. Spans of a lane arrive in time order except for a few swapped pairs.
struct HelloRun {
    lab::RunData d;
    int frames = 0;
    void frame()
    {
        const double t = frames / 30.0;
        const qint64 us = static_cast<qint64>(t * 1e6);
        for (size_t s = 0; s < 4; ++s) addPoint(d, s, t + 0.001 * static_cast<double>(s));
        for (int lane = 0; lane < 4; ++lane) {
            const qint64 b = us + lane * 1000;
            d.spans.push_back({lane, lab::SpanState::Running, b, b + 23000, {}});
            d.spans.push_back({lane, lab::SpanState::Sleeping, b + 23000, b + 33000, {}});
            if (frames % 97 == 0 && d.spans.size() >= 4) std::swap(d.spans[d.spans.size() - 1], d.spans[d.spans.size() - 3]);
        }
        ++frames;
    }
    HelloRun()
    {
        for (int s = 0; s < 4; ++s) {
            d.series.append({QStringLiteral("rate_T%1").arg(s + 1), QStringLiteral("T%1").arg(s + 1), QStringLiteral("rate")});
            d.lanes << QStringLiteral("T%1").arg(s + 1);
        }
        d.points.resize(4);
    }
};

// 2. Ten minutes of hello, then 200 more frames with the chart, the timeline and the table.
void helloTenMinutes()
{
    HelloRun run;
    for (int f = 0; f < 30 * 600; ++f) run.frame();
    gui::ChartPanel chart(lineSpec(QStringLiteral("rate"), QStringLiteral("rate")));
    chart.resize(1200, 700);
    chart.show();
    gui::TimelineView timeline;
    timeline.resize(1200, 700);
    timeline.setData(&run.d);
    timeline.show();
    gui::DataModel model;
    QTableView table;
    table.setModel(&model);
    table.horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table.resize(800, 700);
    table.show();
    model.setData(&run.d);
    QCoreApplication::processEvents();
    chart.refresh(run.d);
    QImage img(QSize(1200, 700), QImage::Format_ARGB32_Premultiplied);
    std::vector<double> c, tl, tb;
    for (int f = 0; f < 200; ++f) {
        run.frame();
        c.push_back(elapsedMs([&] { chart.refresh(run.d); }));
        tl.push_back(elapsedMs([&] {
            timeline.refresh();
            QPainter p(&img);
            timeline.render(&p);
        }));
        tb.push_back(elapsedMs([&] {
            model.setData(&run.d); // the same data: appends the new rows
            QPainter p(&img);
            table.render(&p);
        }));
    }
    std::printf("after a simulated 10-minute hello run (4 x 18000 points, %zu spans), per 30 Hz frame:\n", run.d.spans.size());
    report("line chart refresh", c);
    report("timeline refresh + paint 1200x700", tl);
    report("Data table update + paint", tb);
}

// 3. 10^6 spans on 8 lanes over 600 s.
void timelineMillion()
{
    lab::RunData d;
    for (int l = 0; l < 8; ++l) d.lanes << QStringLiteral("worker %1").arg(l + 1);
    const int perLane = 125000;
    const qint64 step = 600'000'000 / perLane; // 4.8 ms
    QRandomGenerator rng(42);
    d.spans.reserve(8 * perLane);
    for (int i = 0; i < perLane; ++i)
        for (int l = 0; l < 8; ++l) {
            const qint64 b = i * step + l * 100;
            const auto st = static_cast<lab::SpanState>((i + l) % 3);
            d.spans.push_back({l, st, b, b + step - static_cast<qint64>(rng.bounded(1000)), {}});
        }
    gui::TimelineView view;
    view.resize(1200, 600);
    view.setData(&d);
    view.show();
    QCoreApplication::processEvents();
    QImage img(view.size(), QImage::Format_ARGB32_Premultiplied);
    std::vector<double> whole, zoomed, hover;
    view.index(); // indexed once, as the view does when the data first arrives
    for (int k = 0; k < 30; ++k) {
        whole.push_back(elapsedMs([&] {
            view.setWindow({});
            QPainter p(&img);
            view.render(&p);
        }));
        zoomed.push_back(elapsedMs([&] {
            view.setWindow({300'000'000, 301'000'000});
            QPainter p(&img);
            view.render(&p);
        }));
    }
    view.setWindow({});
    for (int k = 0; k < 300; ++k) {
        const QPoint pos(100 + static_cast<int>(rng.bounded(1000)), 40 + static_cast<int>(rng.bounded(200)));
        hover.push_back(elapsedMs([&] {
            volatile int i = view.spanIndexAt(pos);
            (void)i;
        }));
    }
    std::printf("timeline, %zu spans on 8 lanes over 600 s:\n", d.spans.size());
    report("paint, whole run (1200x600)", whole);
    report("paint, 1 s window", zoomed);
    report("hover (span under the mouse)", hover);
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
    const QStringList args = app.arguments().mid(1);
    const auto want = [&](const char* name) { return args.isEmpty() || args.contains(QString::fromLatin1(name)); };
    if (want("chart"))
        for (int n : {10000, 100000, 1000000}) chartFrames(n);
    if (want("hello")) helloTenMinutes();
    if (want("timeline")) timelineMillion();
    if (want("loop")) eventLoopDelay();
    return 0;
}
