#include "ChartBinding.h"
#include "ChartExport.h"
#include "lab/Export.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QXYSeries>

namespace {
lab::RunData sampleData()
{
    lab::Recorder rec;
    const int a = rec.series(QStringLiteral("rate"), QStringLiteral("Rate, \"fast\""), QStringLiteral("line"));
    const int b = rec.series(QStringLiteral("bars"), QStringLiteral("Bars"), QStringLiteral("bar"));
    rec.setCategories(QStringLiteral("bar"), {QStringLiteral("T1"), QStringLiteral("T2")});
    for (int i = 0; i < 100; ++i) rec.sample(a, i * 0.1, i * i);
    rec.sample(b, 0, 3);
    rec.sample(b, 1, 5);
    const int l1 = rec.lane(QStringLiteral("worker \"A\""));
    const int l2 = rec.lane(QStringLiteral("worker B"));
    rec.span(l1, lab::SpanState::Running, 0, 100);
    rec.span(l1, lab::SpanState::Waiting, 50, 150, QStringLiteral("overlaps")); // not nested
    rec.span(l2, lab::SpanState::Blocked, 10, 20);
    rec.setSummary(QStringLiteral("lost_updates"), 42);
    rec.drain();
    return rec.data();
}

QList<lab::ChartSpec> charts()
{
    return {{QStringLiteral("line"), QStringLiteral("Line"), QStringLiteral("x"), QStringLiteral("y"), lab::ChartSpec::Line},
            {QStringLiteral("bar"), QStringLiteral("Bars"), QStringLiteral("thread"), QStringLiteral("n"), lab::ChartSpec::Bar},
            {QStringLiteral("tl"), QStringLiteral("Timeline"), QString(), QString(), lab::ChartSpec::Timeline}};
}
} // namespace

class TestExport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void jsonHasTheDocumentedFields()
    {
        lab::RunRecord r;
        r.info.id = QStringLiteral("demo");
        r.info.charts = charts();
        r.params = {{QStringLiteral("threads"), 4}};
        r.status = QStringLiteral("finished");
        r.durationS = 1.5;
        r.data = std::make_shared<lab::RunData>(sampleData());
        const QJsonObject o = QJsonDocument::fromJson(QJsonDocument(lab::toJson(r)).toJson()).object();
        QCOMPARE(o.value(QStringLiteral("scenario")).toString(), QStringLiteral("demo"));
        QCOMPARE(o.value(QStringLiteral("params")).toObject().value(QStringLiteral("threads")).toInt(), 4);
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
        QCOMPARE(o.value(QStringLiteral("duration_s")).toDouble(), 1.5);
        const QJsonObject m = o.value(QStringLiteral("machine")).toObject();
        QVERIFY(m.value(QStringLiteral("logical_cpus")).toInt() >= 1);
        for (const char* k : {"cpu_model", "os", "kernel", "pplab_version", "qt_version", "tbb_version", "hostname"})
            QVERIFY2(!m.value(QLatin1String(k)).toString().isEmpty(), k);
        QCOMPARE(o.value(QStringLiteral("summary")).toObject().value(QStringLiteral("lost_updates")).toInt(), 42);
        const QJsonArray series = o.value(QStringLiteral("series")).toArray();
        QCOMPARE(series.size(), 2);
        const QJsonObject s0 = series.first().toObject();
        QCOMPARE(s0.value(QStringLiteral("key")).toString(), QStringLiteral("rate"));
        QCOMPARE(s0.value(QStringLiteral("x_label")).toString(), QStringLiteral("x"));
        QCOMPARE(s0.value(QStringLiteral("points")).toArray().size(), 100);
        QCOMPARE(s0.value(QStringLiteral("points")).toArray().at(3).toArray().at(1).toDouble(), 9.0);
        const QJsonArray spans = o.value(QStringLiteral("spans")).toArray();
        QCOMPARE(spans.size(), 3);
        QCOMPARE(spans.at(2).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("blocked"));
        QCOMPARE(spans.at(2).toObject().value(QStringLiteral("begin_us")).toInt(), 10);
    }

    void csvHasHeaderAndEscapedRows()
    {
        const QList<QByteArray> lines = lab::toCsv(sampleData()).split('\n');
        QCOMPARE(lines.first(), QByteArray("series,title,x,y"));
        QCOMPARE(lines.at(1), QByteArray("rate,\"Rate, \"\"fast\"\"\",0,0"));
        QCOMPARE(lines.size(), 1 + 100 + 2 + 1); // header, rows, trailing newline
    }

    void chromeTraceLanesDoNotOverlap()
    {
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(lab::toChromeTrace(sampleData(), QStringLiteral("p")), &err);
        QCOMPARE(err.error, QJsonParseError::NoError);
        const QJsonArray events = doc.object().value(QStringLiteral("traceEvents")).toArray();
        QHash<int, QList<QPair<double, double>>> byTid;
        QHash<int, QString> names;
        for (const QJsonValue& v : events) {
            const QJsonObject e = v.toObject();
            const int tid = e.value(QStringLiteral("tid")).toInt();
            if (e.value(QStringLiteral("ph")).toString() == QLatin1String("M")
                && e.value(QStringLiteral("name")).toString() == QLatin1String("thread_name"))
                names.insert(tid, e.value(QStringLiteral("args")).toObject().value(QStringLiteral("name")).toString());
            if (e.value(QStringLiteral("ph")).toString() == QLatin1String("X"))
                byTid[tid].append({e.value(QStringLiteral("ts")).toDouble(),
                                   e.value(QStringLiteral("ts")).toDouble() + e.value(QStringLiteral("dur")).toDouble()});
        }
        QCOMPARE(byTid.size(), 3); // the overlapping span got a lane of its own
        for (auto it = byTid.cbegin(); it != byTid.cend(); ++it) {
            QVERIFY2(names.contains(it.key()), "every tid is named");
            auto spans = it.value();
            std::sort(spans.begin(), spans.end());
            for (int i = 1; i < spans.size(); ++i) QVERIFY(spans[i].first >= spans[i - 1].second);
        }
        QVERIFY(names.values().contains(QStringLiteral("worker \"A\"")));
    }

    void decimationKeepsExtremesAndBoundsSize()
    {
        std::vector<QPointF> pts;
        for (int i = 0; i < 100000; ++i) pts.emplace_back(i, i == 31337 ? 1e6 : (i == 777 ? -1e6 : i % 10));
        const auto out = render::decimate(pts, 500);
        QVERIFY(out.size() <= 2000);
        QVERIFY(out.size() >= 500);
        double lo = 0, hi = 0;
        for (const QPointF& p : out) { lo = std::min(lo, p.y()); hi = std::max(hi, p.y()); }
        QCOMPARE(lo, -1e6);
        QCOMPARE(hi, 1e6);
        QCOMPARE(out.front(), pts.front());
        QCOMPARE(out.back(), pts.back());
        const std::vector<QPointF> small{{0, 1}, {1, 2}};
        QCOMPARE(render::decimate(small, 500), small);
    }

    void chartFilesHaveTheirSignatures_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QByteArray>("magic");
        QTest::addColumn<int>("chart");
        for (int c = 0; c < 3; ++c) {
            QTest::addRow("png-%d", c) << "png" << QByteArray("\x89PNG\r\n\x1a\n") << c;
            QTest::addRow("svg-%d", c) << "svg" << QByteArray("<?xml") << c;
            QTest::addRow("pdf-%d", c) << "pdf" << QByteArray("%PDF-") << c;
        }
    }

    void chartFilesHaveTheirSignatures()
    {
        QFETCH(QString, suffix);
        QFETCH(QByteArray, magic);
        QFETCH(int, chart);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("chart.") + suffix);
        QString error;
        QVERIFY2(render::exportChart(charts()[chart], sampleData(), path, {800, 500}, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith(magic));
        QVERIFY(bytes.size() > 1000);
        if (suffix == QLatin1String("png")) {
            const QImage img(path);
            QCOMPARE(img.size(), QSize(800, 500)); // explicit size, whatever the screen
        }
        if (suffix == QLatin1String("svg") && chart == 0)
            QVERIFY(bytes.contains("Line")); // the title is drawn into the file
    }

    void exportErrorsAreClear()
    {
        QString error;
        QVERIFY(!render::exportChart(charts()[0], sampleData(), QStringLiteral("/tmp/x.bmp"), {400, 300}, &error));
        QVERIFY(error.contains(QStringLiteral("unsupported image format")));
        QVERIFY(!lab::checkWritable(QStringLiteral("/no/such/dir/out.json"), &error));
        QVERIFY(error.contains(QStringLiteral("does not exist")));
        QVERIFY(!lab::writeFile(QStringLiteral("/no/such/dir/out.json"), "x", &error));
        QVERIFY(error.startsWith(QStringLiteral("cannot write")));
    }

    void bindingFollowsTheData()
    {
        lab::RunData d = sampleData();
        QChart chart;
        render::ChartBinding b(charts()[0], &chart);
        b.update(d, 400);
        QCOMPARE(chart.series().size(), 1);
        auto* s = qobject_cast<QXYSeries*>(chart.series().first());
        QCOMPARE(s->count(), 100);
        QCOMPARE(s->name(), QStringLiteral("Rate, \"fast\""));
        b.clear();
        QCOMPARE(chart.series().size(), 0);
        QChart bars;
        render::ChartBinding bb(charts()[1], &bars);
        bb.update(d, 400);
        auto* bs = qobject_cast<QBarSeries*>(bars.series().first());
        QCOMPARE(bs->barSets().size(), 1);
        QCOMPARE(bs->barSets().first()->at(1), 5.0);
    }
};

QTEST_MAIN(TestExport)
#include "tst_export.moc"
