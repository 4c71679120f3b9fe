// The views' per-frame work and chart export, offscreen:
// - a chart update reads only the points added since the last one (counted, not timed), and the
//   incremental decimation gives what decimating the whole series at once gives;
// - the timeline looks only at the spans in its window, keeps late spans in order, and finds
//   the span under the mouse as a full scan would;
// - the Data table appends rows and keeps the selection and the scroll position;
// - image export is atomic (written aside, renamed) and says why it failed;
// - Export chart (Ctrl+E) on every kind of tab: chart tabs, the timeline, panels with a chart,
//   and a clear message on tabs without one.
#include "ChartBinding.h"
#include "ChartExport.h"
#include "ChartPanel.h"
#include "DataModel.h"
#include "Language.h"
#include "MainWindow.h"
#include "Palette.h"
#include "ParamForm.h"
#include "Timeline.h"
#include "TimelineView.h"
#include "TestUtil.h"
#include "all.h"
#include "deadlock/panel/DeadlockPanel.h"
#include "lab/ChildProcess.h"
#include "panels/ScenarioPanel.h"

#include <QAbstractItemModelTester>
#include <cstdlib>
#include <QAction>
#include <QChart>
#include <QDir>
#include <QFileDialog>
#include <QImage>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMessageBox>
#include <QPainter>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QValueAxis>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

namespace {
lab::ChartSpec lineSpec()
{
    return {QStringLiteral("c"), QStringLiteral("Line"), QStringLiteral("x"), QStringLiteral("y"), lab::ChartSpec::Line};
}

lab::RunData oneSeries(size_t n, double (*y)(double) = [](double x) { return std::sin(x * 0.01); })
{
    lab::RunData d;
    d.series.append({QStringLiteral("a"), QStringLiteral("A"), QStringLiteral("c")});
    d.points.resize(1);
    d.points[0].reserve(n + 1000);
    for (size_t i = 0; i < n; ++i) d.points[0].emplace_back(double(i), y(double(i)));
    return d;
}

QList<QPointF> shownPoints(QChart& chart)
{
    return qobject_cast<QXYSeries*>(chart.series().first())->points();
}

// Files in a directory, hidden ones (temporary files) included.
QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

// Sets RLIMIT_FSIZE for the scope: writes past `bytes` fail with EFBIG ("File too large"), like
// a full disk partway through a file. SIGXFSZ is ignored meanwhile so the write only fails.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_old);
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit r = m_old;
        r.rlim_cur = bytes;
        m_ok = setrlimit(RLIMIT_FSIZE, &r) == 0;
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    bool ok() const { return m_ok; }

private:
    rlimit m_old{};
    void (*m_oldHandler)(int) = nullptr;
    bool m_ok = false;
};

// Answers the next modal dialog (a message box or the file dialog) from inside its event loop.
class DialogAnswer : public QObject {
public:
    // fileName empty: expect a message box and close it; else expect the file dialog and choose it.
    explicit DialogAnswer(QString fileName = {}) : m_fileName(std::move(fileName))
    {
        connect(&m_timer, &QTimer::timeout, this, &DialogAnswer::poll);
        m_timer.start(20);
    }
    QString messageText;
    bool sawFileDialog = false;
    bool typedName = false;

private:
    void poll()
    {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal) return;
        if (auto* box = qobject_cast<QMessageBox*>(modal)) {
            messageText = box->text();
            box->accept();
        } else if (auto* dlg = qobject_cast<QFileDialog*>(modal)) {
            sawFileDialog = true;
            // selectFile() leaves the name field alone while it has the focus: type the name.
            if (auto* name = dlg->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"))) {
                name->setText(m_fileName);
                typedName = true;
            } else {
                dlg->selectFile(m_fileName);
            }
            QMetaObject::invokeMethod(dlg, "accept");
        } else {
            modal->close();
        }
        m_timer.stop();
    }
    QString m_fileName;
    QTimer m_timer;
};
} // namespace

class TestRender : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("pplab-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_render"));
        QSettings().clear();
        lab::registerAll();
        lab::ChildProcess::setExecutable(QStringLiteral(PPLAB_BINARY));
        gui::Language::instance().apply(QStringLiteral("en"));
    }

    // --- charts ---

    void decimationIsTheSameHoweverThePointsArrive_data()
    {
        QTest::addColumn<int>("shape");
        QTest::addColumn<bool>("logX");
        QTest::newRow("time series") << 0 << false;
        QTest::newRow("x jumps back and forth, both signs") << 1 << false;
        QTest::newRow("log x") << 2 << true;
    }

    void decimationIsTheSameHoweverThePointsArrive()
    {
        QFETCH(int, shape);
        QFETCH(bool, logX);
        QRandomGenerator rng(7);
        std::vector<QPointF> pts;
        for (int i = 0; i < 60000; ++i) {
            const double x = shape == 0 ? i * 0.5 : shape == 1 ? (i % 3000) * (i % 2 ? -1.0 : 1.0) * (1 + i / 3000) : 1.0 + i * 0.25;
            pts.emplace_back(x, std::sin(i * 0.01) * 100 + rng.bounded(10.0));
        }
        render::Decimator whole(300, logX);
        whole.append(pts);
        render::Decimator pieces(300, logX);
        std::vector<QPointF> growing;
        for (size_t i = 0; i < pts.size();) {
            const size_t n = 1 + rng.bounded(2000);
            for (size_t k = 0; k < n && i < pts.size(); ++k) growing.push_back(pts[i++]);
            pieces.append(growing);
        }
        QVERIFY(whole.decimating());
        QCOMPARE(pieces.points(growing), whole.points(pts));
        QCOMPARE(pieces.yMax, whole.yMax);
        QCOMPARE(pieces.xMin, whole.xMin);
    }

    void decimationKeepsExtremesOrderAndBounds()
    {
        std::vector<QPointF> pts;
        for (int i = 0; i < 200000; ++i) pts.emplace_back(i * 1e-3, i == 123457 ? 1e6 : (i == 777 ? -1e6 : i % 10));
        const auto out = render::decimate(pts, 500);
        QVERIFY(out.size() <= 4 * 500);
        QVERIFY(out.size() >= 500);
        QCOMPARE(out.front(), pts.front());
        QCOMPARE(out.back(), pts.back());
        double lo = 0, hi = 0;
        for (const QPointF& p : out) { lo = std::min(lo, p.y()); hi = std::max(hi, p.y()); }
        QCOMPARE(lo, -1e6);
        QCOMPARE(hi, 1e6);
        for (size_t i = 1; i < out.size(); ++i) QVERIFY(out[i].x() >= out[i - 1].x()); // order kept
    }

    // A frame reads the new points only: the work of an update does not grow with the run.
    void chartUpdateReadsOnlyTheNewPoints_data()
    {
        QTest::addColumn<int>("points");
        QTest::newRow("10^4") << 10000;
        QTest::newRow("10^5") << 100000;
        QTest::newRow("10^6") << 1000000;
    }

    void chartUpdateReadsOnlyTheNewPoints()
    {
        QFETCH(int, points);
        lab::RunData d = oneSeries(static_cast<size_t>(points));
        QChart chart;
        render::ChartBinding b(lineSpec(), &chart);
        b.update(d, 800);
        QCOMPARE(b.stats().pointsScanned, quint64(points));
        QVERIFY(shownPoints(chart).size() <= 4 * 800);
        for (int frame = 0; frame < 30; ++frame) {
            const quint64 before = b.stats().pointsScanned;
            for (int k = 0; k < 10; ++k) d.points[0].emplace_back(double(d.points[0].size()), 5.0 + frame);
            b.update(d, 800);
            QCOMPARE(b.stats().pointsScanned - before, quint64(10));
            QVERIFY(shownPoints(chart).size() <= 4 * 800);
        }
        QCOMPARE(b.stats().rebuilds, 0);
        // What is shown keeps the newest point and the extremes, and the axis covers them.
        const QList<QPointF> shown = shownPoints(chart);
        QCOMPARE(shown.last(), QPointF(d.points[0].back()));
        double hi = -1e300;
        for (const QPointF& p : shown) hi = std::max(hi, p.y());
        QCOMPARE(hi, 34.0);
        auto* x = qobject_cast<QValueAxis*>(chart.axes(Qt::Horizontal).first());
        auto* y = qobject_cast<QValueAxis*>(chart.axes(Qt::Vertical).first());
        QVERIFY(x->max() >= d.points[0].back().x());
        QVERIFY(y->max() >= 34.0);
        // Unchanged data: nothing read. Another width: decimated again from the first point.
        const quint64 before = b.stats().pointsScanned;
        b.update(d, 800);
        QCOMPARE(b.stats().pointsScanned, before);
        b.update(d, 600);
        QCOMPARE(b.stats().rebuilds, 1);
        QCOMPARE(b.stats().pointsScanned - before, quint64(d.points[0].size()));
    }

    void chartStartsOverWhenASeriesIsCleared()
    {
        lab::RunData d = oneSeries(5000);
        QChart chart;
        render::ChartBinding b(lineSpec(), &chart);
        b.update(d, 400);
        d.points[0].clear(); // a new run reusing the same RunData
        for (int i = 0; i < 10; ++i) d.points[0].emplace_back(i, -i);
        b.update(d, 400);
        QCOMPARE(shownPoints(chart).size(), 10);
        QCOMPARE(shownPoints(chart).last(), QPointF(9, -9));
        QCOMPARE(b.stats().rebuilds, 1);
    }

    void exportDoesNotRunTheEventLoop()
    {
        // A queued call that an event loop would deliver: export must not deliver it.
        int delivered = 0;
        QObject receiver;
        QMetaObject::invokeMethod(&receiver, [&] { ++delivered; }, Qt::QueuedConnection);
        QTemporaryDir dir;
        QString error;
        QVERIFY2(render::exportChart(lineSpec(), oneSeries(1000), dir.filePath(QStringLiteral("c.png")), {640, 400}, &error),
                 qPrintable(error));
        QCOMPARE(delivered, 0);
        QCoreApplication::processEvents();
        QCOMPARE(delivered, 1);
        // The legend and the plot area are laid out all the same: the series' name is drawn in
        // the legend under the plot, not on top of it.
        const QImage img(dir.filePath(QStringLiteral("c.png")));
        QCOMPARE(img.size(), QSize(640, 400));
    }

    // --- timeline ---

    void timelineIndexKeepsLateSpansInOrderAndFindsTheSpanUnderTheMouse()
    {
        lab::RunData d;
        d.lanes << QStringLiteral("A") << QStringLiteral("B");
        QRandomGenerator rng(3);
        render::TimelineIndex index;
        for (int i = 0; i < 4000; ++i) {
            const int lane = i % 2;
            const qint64 b = i * 500 + static_cast<qint64>(rng.bounded(900)); // arrivals slightly out of order
            d.spans.push_back({lane, static_cast<lab::SpanState>(i % 3), b, b + 200 + static_cast<qint64>(rng.bounded(400)), {}});
            if (i % 500 == 0) d.spans.push_back({lane, lab::SpanState::Holding, b - 3000, b + 9000, {}}); // long, overlapping
            if (i % 97 == 0) index.sync(d); // synced while the data grows
        }
        index.sync(d);
        for (int lane = 0; lane < 2; ++lane) {
            const auto& e = index.lane(lane);
            qint64 maxEnd = std::numeric_limits<qint64>::min();
            for (size_t k = 0; k < e.size(); ++k) {
                if (k > 0) QVERIFY(e[k - 1].beginUs <= e[k].beginUs);
                maxEnd = std::max(maxEnd, e[k].endUs);
                QCOMPARE(e[k].maxEndUs, maxEnd);
            }
        }
        QCOMPARE(index.endUs(), render::timelineEndUs(d));
        // Hit-testing against a scan of every span: the span found contains the time under the
        // mouse whenever some span of that lane does.
        const render::TimelineLayout l = render::timelineLayout(QRectF(0, 0, 1000, 300), d, index, {}, QFont());
        for (int k = 0; k < 2000; ++k) {
            const QPointF pos(l.lanes.left() + rng.bounded(l.lanes.width()), l.lanes.top() + rng.bounded(l.lanes.height()));
            const int lane = static_cast<int>((pos.y() - l.lanes.top()) / l.laneHeight);
            const qint64 t = l.usAt(pos.x());
            bool someContains = false;
            for (const lab::Span& s : d.spans) someContains = someContains || (s.lane == lane && s.beginUs <= t && s.endUs >= t);
            const int found = render::spanAt(d, index, l, pos);
            if (someContains) {
                QVERIFY(found >= 0);
                const lab::Span& s = d.spans[static_cast<size_t>(found)];
                QCOMPARE(s.lane, lane);
                QVERIFY(s.beginUs <= t && s.endUs >= t);
            }
        }
    }

    void timelinePaintsOnlyWhatIsVisible()
    {
        // 10^5 spans on 4 lanes over 100 s (1 ms each, alternating running and sleeping).
        lab::RunData d;
        for (int l = 0; l < 4; ++l) d.lanes << QStringLiteral("T%1").arg(l + 1);
        for (int i = 0; i < 25000; ++i)
            for (int l = 0; l < 4; ++l)
                d.spans.push_back({l, i % 4 == 3 ? lab::SpanState::Sleeping : lab::SpanState::Running, i * 4000LL,
                                   i * 4000LL + 3000, {}});
        gui::TimelineView view;
        view.resize(400, 300); // about 40 spans per pixel column over the whole run
        view.setData(&d);
        QImage img(view.size(), QImage::Format_ARGB32_Premultiplied);
        const auto paint = [&] {
            view.index().visited = 0;
            QPainter p(&img);
            view.render(&p);
            return view.index().visited;
        };
        // One second of the hundred: the spans in it (250 per lane), not the run.
        view.setWindow({50'000'000, 51'000'000}); // about 1 pixel per span here
        const quint64 zoomed = paint();
        QVERIFY2(zoomed <= 4 * (250 + 2), qPrintable(QString::number(zoomed)));
        QVERIFY(zoomed >= 4 * 250);
        // The whole run: sub-pixel spans are coalesced per pixel column, so the work follows the
        // width in pixels, not the 10^5 spans.
        view.setWindow({});
        const quint64 whole = paint();
        QVERIFY2(whole < d.spans.size() / 4, qPrintable(QString::number(whole)));
        // The coalesced columns show the state that takes most of the time (running, 3 of 4 ms).
        const render::TimelineLayout l = render::timelineLayout(QRectF(view.rect()), d, view.index(), {}, view.font());
        const QColor mid = img.pixelColor(QPoint(int(l.lanes.center().x()), int(l.lanes.top() + l.laneHeight / 2)));
        QCOMPARE(mid, render::stateColor(lab::SpanState::Running));
        // Hover: the span under the mouse, looking at a few entries.
        view.setWindow({50'000'000, 51'000'000});
        view.index().visited = 0;
        const int i = view.spanIndexAt(QPoint(int(l.lanes.center().x()), int(l.lanes.top() + l.laneHeight / 2)));
        QVERIFY(i >= 0);
        QVERIFY2(view.index().visited < 10, qPrintable(QString::number(view.index().visited)));
    }

    // --- Data table ---

    void dataTableKeepsSelectionAndScrollWhileRowsArrive()
    {
        lab::RunData d;
        d.series.append({QStringLiteral("a"), QStringLiteral("A"), QStringLiteral("c")});
        d.series.append({QStringLiteral("b"), QStringLiteral("B"), QStringLiteral("c")});
        d.points.resize(2);
        for (int i = 0; i < 300; ++i) { d.points[0].emplace_back(i, i); d.points[1].emplace_back(i, -i); }
        gui::DataModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTableView view;
        view.setModel(&model);
        view.resize(400, 300);
        view.show();
        model.setData(&d);
        QCOMPARE(model.rowCount(), 600);
        // Select a sample of series B and scroll to it.
        const QModelIndex picked = model.index(450, 2);
        QCOMPARE(picked.data().toDouble(), -150.0);
        view.selectionModel()->setCurrentIndex(picked, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        view.scrollTo(picked, QAbstractItemView::PositionAtTop);
        QCoreApplication::processEvents();
        const int scroll = view.verticalScrollBar()->value();
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        for (int frame = 0; frame < 30; ++frame) {
            for (int k = 0; k < 5; ++k) {
                d.points[0].emplace_back(1000 + frame, 1);
                d.points[1].emplace_back(1000 + frame, 2);
            }
            model.setData(&d); // the same data: appended, not reset
            QCoreApplication::processEvents();
        }
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 30);
        QCOMPARE(inserted.first().at(1).toInt(), 600); // at the end
        QCOMPARE(model.rowCount(), 900);
        const QModelIndexList rows = view.selectionModel()->selectedRows(2);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().row(), 450);
        QCOMPARE(rows.first().data().toDouble(), -150.0);
        QCOMPARE(view.selectionModel()->currentIndex().row(), 450);
        QCOMPARE(view.verticalScrollBar()->value(), scroll);
        // The newest rows are at the end, each with its series.
        QCOMPARE(model.index(899, 0).data().toString(), QStringLiteral("B"));
        QCOMPARE(model.index(894, 0).data().toString(), QStringLiteral("A"));
        // Another run's data at the same address: starts over.
        d.points[0].resize(3);
        d.points[1].clear();
        model.setData(&d);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 3);
    }

    // --- atomic export ---

    void failedExportLeavesNoFileAndSaysWhy_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("png") << QStringLiteral("png");
        QTest::newRow("svg") << QStringLiteral("svg");
        QTest::newRow("pdf") << QStringLiteral("pdf");
    }

    void failedExportLeavesNoFileAndSaysWhy()
    {
        QFETCH(QString, suffix);
        QTemporaryDir dir;
        const lab::RunData d = oneSeries(2000);
        QString error;
        // A directory that does not exist.
        const QString missing = dir.filePath(QStringLiteral("no/such/dir/chart.") + suffix);
        QVERIFY(!render::exportChart(lineSpec(), d, missing, {640, 400}, &error));
        QVERIFY2(error.startsWith(QStringLiteral("cannot write ") + missing + QStringLiteral(": ")), qPrintable(error));
        QVERIFY(error.size() > (QStringLiteral("cannot write ") + missing + QStringLiteral(": ")).size());
        // A "directory" that is a file.
        QFile plain(dir.filePath(QStringLiteral("plain")));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        QVERIFY(!render::exportChart(lineSpec(), d, dir.filePath(QStringLiteral("plain/chart.")) + suffix, {640, 400}, &error));
        QVERIFY2(error.contains(QStringLiteral("plain/chart.")), qPrintable(error));
        // A read-only directory (root writes anyway, so only for other users).
        if (::geteuid() != 0) {
            QDir(dir.path()).mkdir(QStringLiteral("ro"));
            QFile::setPermissions(dir.filePath(QStringLiteral("ro")), QFile::ReadOwner | QFile::ExeOwner);
            QVERIFY(!render::exportChart(lineSpec(), d, dir.filePath(QStringLiteral("ro/chart.")) + suffix, {640, 400}, &error));
            QVERIFY(entries(dir.filePath(QStringLiteral("ro"))).isEmpty());
            QFile::setPermissions(dir.filePath(QStringLiteral("ro")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
        // The disk fills up halfway through the file: an older file under the name stays as it
        // was, and no temporary file is left beside it.
        const QString target = dir.filePath(QStringLiteral("chart.") + suffix);
        QFile old(target);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the previous export");
        old.close();
        {
            FileSizeLimit limit(1500);
            QVERIFY(limit.ok());
            QVERIFY(!render::exportChart(lineSpec(), d, target, {1280, 800}, &error));
        }
        QVERIFY2(error.startsWith(QStringLiteral("cannot write ") + target + QStringLiteral(": ")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("too large"), Qt::CaseInsensitive), qPrintable(error));
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("the previous export"));
        old.close();
        QCOMPARE(entries(dir.path()), (QStringList{QStringLiteral("chart.") + suffix, QStringLiteral("plain")}));
        // And without the fault the file is replaced in one piece.
        QVERIFY2(render::exportChart(lineSpec(), d, target, {640, 400}, &error), qPrintable(error));
        QVERIFY(QFileInfo(target).size() > 1000);
        QCOMPARE(entries(dir.path()).size(), 2);
    }

    // The wait-for graph goes into the file through the painting used on screen: the exported
    // picture shows the cycle in red, as the panel does.
    void deadlockGraphExportsWhatThePanelShows()
    {
        const testutil::Outcome o = testutil::run(QStringLiteral("deadlock"),
                                                  {{QStringLiteral("variant"), QStringLiteral("pair")},
                                                   {QStringLiteral("strategy"), QStringLiteral("naive")},
                                                   {QStringLiteral("hold_ms"), 50},
                                                   {QStringLiteral("stop_on_deadlock"), true}},
                                                  10.0);
        gui::DeadlockPanel panel;
        panel.resize(600, 500);
        panel.runFinished(o.status, o.data);
        QCOMPARE(panel.cycleEdges(), 4);
        QVERIFY(panel.hasChart());
        QTemporaryDir dir;
        // The cycle's colour is the palette's (vermillion in Okabe-Ito), the one the panel uses.
        const QColor cycle = render::Palette::light().cycle;
        const auto redPixels = [cycle](const QImage& img) {
            int n = 0;
            for (int y = 0; y < img.height(); y += 2)
                for (int x = 0; x < img.width(); x += 2) {
                    const QColor c = img.pixelColor(x, y);
                    n += std::abs(c.red() - cycle.red()) + std::abs(c.green() - cycle.green())
                             + std::abs(c.blue() - cycle.blue())
                         < 40;
                }
            return n;
        };
        QString error;
        QVERIFY2(panel.exportChart(dir.filePath(QStringLiteral("graph.png")), {800, 600}, &error), qPrintable(error));
        const QImage file(dir.filePath(QStringLiteral("graph.png")));
        QCOMPARE(file.size(), QSize(800, 600));
        QVERIFY(redPixels(file) > 20);
        QVERIFY2(panel.exportChart(dir.filePath(QStringLiteral("graph.svg")), {800, 600}, &error), qPrintable(error));
        QVERIFY(!panel.exportChart(dir.filePath(QStringLiteral("no/dir/graph.pdf")), {800, 600}, &error));
        QVERIFY(error.startsWith(QStringLiteral("cannot write")));
    }

    // --- Export chart on every kind of tab ---

    void exportChartOnEveryKindOfTab()
    {
        gui::MainWindow w;
        w.resize(1200, 800);
        w.show();
        QTemporaryDir dir; // PPLAB_RENDER_KEEP=1 keeps the exported files to look at
        dir.setAutoRemove(qEnvironmentVariableIsEmpty("PPLAB_RENDER_KEEP"));
        QVERIFY(w.selectScenario(QStringLiteral("hello")));
        w.form()->setDuration(0.5);
        QSignalSpy finished(&w, &gui::MainWindow::runFinished);
        QVERIFY(w.startRun());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QStringList chartTabs, plainTabs;
        for (const QString& id : {QStringLiteral("hello"), QStringLiteral("scaling"), QStringLiteral("deadlock"), QStringLiteral("race")}) {
            if (id != QLatin1String("hello")) QVERIFY(w.selectScenario(id));
            for (int t = 0; t < w.tabs()->count(); ++t) {
                w.tabs()->setCurrentIndex(t);
                QCoreApplication::processEvents();
                const QString name = id + QLatin1Char('/') + w.tabs()->tabText(t);
                const QString path = dir.filePath(QStringLiteral("%1-%2.png").arg(id).arg(t));
                QString error;
                if (w.currentTabHasChart()) {
                    QVERIFY2(w.exportCurrentChart(path, &error), qPrintable(name + QStringLiteral(": ") + error));
                    QCOMPARE(QImage(path).size(), render::kDefaultExportSize);
                    chartTabs << name;
                } else {
                    QVERIFY(!w.exportCurrentChart(path, &error));
                    QVERIFY2(error.contains(w.tabs()->tabText(t)) && error.contains(QStringLiteral("no chart")), qPrintable(error));
                    QVERIFY(!QFile::exists(path));
                    plainTabs << name;
                }
            }
        }
        for (const char* tab : {"hello/Counting rate per thread", "hello/Total counts per thread", "hello/Timeline",
                                   "scaling/Calculator", "scaling/Speedup", "deadlock/Wait-for graph"})
            QVERIFY2(chartTabs.contains(QString::fromUtf8(tab)), qPrintable(chartTabs.join(QLatin1Char(','))));
        for (const char* tab : {"hello/Data", "hello/Log", "race/Step-through", "race/Data"})
            QVERIFY2(plainTabs.contains(QString::fromUtf8(tab)), qPrintable(plainTabs.join(QLatin1Char(','))));

        // Ctrl+E itself: on a tab without a chart it says so (no file dialog); on a panel with a
        // chart it asks for the file and writes it.
        QVERIFY(w.selectScenario(QStringLiteral("race")));
        for (int t = 0; t < w.tabs()->count(); ++t)
            if (w.tabs()->tabText(t) == QLatin1String("Step-through")) w.tabs()->setCurrentIndex(t);
        QCOMPARE(w.tabs()->tabText(w.tabs()->currentIndex()), QStringLiteral("Step-through"));
        {
            DialogAnswer answer;
            w.activateWindow(); // the shortcut belongs to the active window
            QVERIFY(QTest::qWaitForWindowActive(&w));
            QTest::keyClick(&w, Qt::Key_E, Qt::ControlModifier);
            QVERIFY2(answer.messageText.contains(QStringLiteral("no chart")), qPrintable(answer.messageText));
            QVERIFY(!answer.sawFileDialog);
        }
        QVERIFY(w.selectScenario(QStringLiteral("scaling")));
        for (int t = 0; t < w.tabs()->count(); ++t)
            if (w.tabs()->tabText(t) == QLatin1String("Calculator")) w.tabs()->setCurrentIndex(t);
        const QString viaKey = dir.filePath(QStringLiteral("calculator-ctrl-e.svg"));
        QSettings().setValue(QStringLiteral("lastExportDir"), dir.path()); // where the file dialog opens
        {
            DialogAnswer answer(QFileInfo(viaKey).fileName());
            w.activateWindow(); // the shortcut belongs to the active window
            QVERIFY(QTest::qWaitForWindowActive(&w));
            QTest::keyClick(&w, Qt::Key_E, Qt::ControlModifier);
            QVERIFY(answer.sawFileDialog);
            QVERIFY(answer.typedName);
        }
        QFile svg(viaKey);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(svg.readAll().contains("Speedup predicted by the two laws"));
    }
};

QTEST_MAIN(TestRender)
#include "tst_render.moc"
