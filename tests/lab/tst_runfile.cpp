// Runs you keep: a run saved as JSON and opened again is the same run; broken files are refused
// with a message that names the problem; the history keeps runs compact.
#include "TestUtil.h"
#include "all.h"
#include "lab/Export.h"
#include "lab/RunRecord.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

namespace {
lab::RunRecord sampleRecord()
{
    lab::Recorder rec;
    const int a = rec.series(QStringLiteral("rate"), QStringLiteral("Rate"), QStringLiteral("line"), lab::SeriesStyle::Dashed);
    const int b = rec.series(QStringLiteral("bars"), QStringLiteral("Bars"), QStringLiteral("bar"));
    rec.setCategories(QStringLiteral("bar"), {QStringLiteral("T1"), QStringLiteral("T2")});
    for (int i = 0; i < 100; ++i) rec.sample(a, i * 0.1, i * i);
    rec.sample(b, 0, 3);
    rec.sample(b, 1, 5);
    rec.lane(QStringLiteral("idle lane")); // a lane with no span survives too
    const int l = rec.lane(QStringLiteral("worker A"));
    rec.span(l, lab::SpanState::Waiting, 5, 150, QStringLiteral("waits for L1"));
    rec.setSummary(QStringLiteral("lost_updates"), 42);
    rec.setSummary(QStringLiteral("cycle"), QStringLiteral("A waits for B"));
    rec.publish(QStringLiteral("graph"), QVariantMap{{QStringLiteral("workers"), QStringList{QStringLiteral("A")}},
                                                     {QStringLiteral("owner"), QVariantList{0, -1}}});
    rec.log(QStringLiteral("a log line"));
    rec.drain();
    lab::RunRecord r;
    r.name = QStringLiteral("my run");
    r.info.id = QStringLiteral("demo");
    r.info.title = QStringLiteral("Demo");
    r.info.charts = {{QStringLiteral("line"), QStringLiteral("Line"), QStringLiteral("x"), QStringLiteral("y"), lab::ChartSpec::Line, true},
                     {QStringLiteral("bar"), QStringLiteral("Bars"), QStringLiteral("thread"), QStringLiteral("n"), lab::ChartSpec::Bar}};
    r.info.figures = {{QStringLiteral("lost_updates"), QStringLiteral("lost updates")}};
    r.params = {{QStringLiteral("threads"), 4}, {QStringLiteral("strategy"), QStringLiteral("mutex")}};
    r.status = QStringLiteral("stopped");
    r.durationS = 2.25;
    r.seed = 18446744073709551557ull; // above 2^53: kept exactly
    r.created = QDateTime(QDate(2026, 12, 1), QTime(9, 30, 15, 250), Qt::UTC);
    r.machine = lab::machineInfo();
    r.notes = {QStringLiteral("a note")};
    r.data = std::make_shared<lab::RunData>(rec.data());
    return r;
}

QByteArray bytesOf(const lab::RunRecord& r) { return QJsonDocument(lab::toJson(r)).toJson(); }
} // namespace

class TestRunFile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void saveThenOpenKeepsEveryField()
    {
        const lab::RunRecord r = sampleRecord();
        lab::RunRecord back;
        QString error;
        QVERIFY2(lab::fromJson(bytesOf(r), &back, &error), qPrintable(error));
        QVERIFY(back.opened);
        QCOMPARE(back.name, r.name);
        QCOMPARE(back.info.id, r.info.id);
        QCOMPARE(back.info.title, r.info.title);
        QCOMPARE(back.info.charts.size(), 2);
        QCOMPARE(back.info.charts[0].logX, true);
        QCOMPARE(back.info.charts[1].kind, lab::ChartSpec::Bar);
        QCOMPARE(back.info.figures.value(QStringLiteral("lost_updates")), QStringLiteral("lost updates"));
        QCOMPARE(back.params.value(QStringLiteral("threads")).toInt(), 4);
        QCOMPARE(back.params.value(QStringLiteral("strategy")).toString(), QStringLiteral("mutex"));
        QCOMPARE(back.status, r.status);
        QCOMPARE(back.durationS, r.durationS);
        QCOMPARE(back.seed, r.seed);
        QCOMPARE(back.created, r.created);
        QCOMPARE(back.machine, r.machine);
        QCOMPARE(back.notes, r.notes);
        const lab::RunData& a = *r.data;
        const lab::RunData& b = *back.data;
        QCOMPARE(b.series.size(), a.series.size());
        for (int i = 0; i < a.series.size(); ++i) {
            QCOMPARE(b.series[i].key, a.series[i].key);
            QCOMPARE(b.series[i].title, a.series[i].title);
            QCOMPARE(b.series[i].chart, a.series[i].chart);
            QCOMPARE(b.series[i].style, a.series[i].style);
            QCOMPARE(b.points[static_cast<size_t>(i)], a.points[static_cast<size_t>(i)]);
        }
        QCOMPARE(b.categories, a.categories);
        QCOMPARE(b.lanes, a.lanes);
        QCOMPARE(b.spans.size(), a.spans.size());
        QCOMPARE(b.spans[0].lane, a.spans[0].lane);
        QCOMPARE(b.spans[0].state, a.spans[0].state);
        QCOMPARE(b.spans[0].beginUs, a.spans[0].beginUs);
        QCOMPARE(b.spans[0].endUs, a.spans[0].endUs);
        QCOMPARE(b.spans[0].label, a.spans[0].label);
        QCOMPARE(b.summary.value(QStringLiteral("lost_updates")).toInt(), 42);
        QCOMPARE(b.summary.value(QStringLiteral("cycle")).toString(), QStringLiteral("A waits for B"));
        QCOMPARE(QJsonValue::fromVariant(b.panels), QJsonValue::fromVariant(a.panels));
        QCOMPARE(b.log, a.log);
        // And writing the opened run again gives the same file.
        QCOMPARE(bytesOf(back), bytesOf(r));
    }

    void aRealRunRoundTrips()
    {
        lab::registerAll();
        lab::Runner runner;
        QVERIFY(testutil::start(runner, QStringLiteral("hello"), {{QStringLiteral("threads"), 2}}, 0.3));
        runner.waitFinished(30000);
        runner.recorder()->drain();
        const lab::RunRecord r = runner.record(lab::Registry::instance().info(QStringLiteral("hello")));
        QCOMPARE(r.status, QStringLiteral("finished"));
        QVERIFY(r.data->sampleCount() > 0);
        lab::RunRecord back;
        QString error;
        QVERIFY2(lab::fromJson(bytesOf(r), &back, &error), qPrintable(error));
        QCOMPARE(back.data->sampleCount(), r.data->sampleCount());
        QCOMPARE(back.data->spans.size(), r.data->spans.size());
        QCOMPARE(bytesOf(back), bytesOf(r));
    }

    void brokenFilesAreRefusedWithTheReason_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        const QByteArray good = bytesOf(sampleRecord());
        QJsonObject o = QJsonDocument::fromJson(good).object();
        auto with = [&](const QString& key, const QJsonValue& v) {
            QJsonObject c = o;
            if (v.isUndefined()) c.remove(key); else c[key] = v;
            return QJsonDocument(c).toJson();
        };
        QTest::newRow("not json") << QByteArray("hello, world") << QStringLiteral("not valid JSON");
        QTest::newRow("truncated") << good.left(good.size() / 2) << QStringLiteral("truncated");
        QTest::newRow("other json") << QByteArray("{\"name\": \"a package.json\"}") << QStringLiteral("not a pplab run");
        QTest::newRow("newer format") << with(QStringLiteral("format_version"), 99) << QStringLiteral("newer pplab");
        QTest::newRow("no scenario") << with(QStringLiteral("scenario"), QJsonValue::Undefined) << QStringLiteral("scenario");
        QTest::newRow("no series") << with(QStringLiteral("series"), QJsonValue::Undefined) << QStringLiteral("series");
        QTest::newRow("bad point") << with(QStringLiteral("series"), QJsonArray{QJsonObject{
                                          {QStringLiteral("key"), QStringLiteral("k")}, {QStringLiteral("title"), QStringLiteral("t")},
                                          {QStringLiteral("chart"), QStringLiteral("c")}, {QStringLiteral("points"), QJsonArray{QJsonArray{1}}}}})
                                   << QStringLiteral("series[0].points[0]");
        QTest::newRow("bad state") << with(QStringLiteral("spans"), QJsonArray{QJsonObject{
                                          {QStringLiteral("thread"), QStringLiteral("T1")}, {QStringLiteral("state"), QStringLiteral("dancing")},
                                          {QStringLiteral("begin_us"), 0}, {QStringLiteral("end_us"), 1}}})
                                   << QStringLiteral("spans[0].state");
        QTest::newRow("params not an object") << with(QStringLiteral("params"), 3) << QStringLiteral("params");
    }

    void brokenFilesAreRefusedWithTheReason()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        lab::RunRecord out;
        out.name = QStringLiteral("untouched");
        QString error;
        QVERIFY(!lab::fromJson(bytes, &out, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QCOMPARE(out.name, QStringLiteral("untouched"));
    }

    void hugeFileIsRefusedBeforeReading()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("huge.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(1024LL * 1024 * 1024)); // sparse: 1 GB that takes no disk
        f.close();
        lab::RunRecord out;
        QString error;
        QVERIFY(!lab::readRunFile(f.fileName(), &out, &error));
        QVERIFY2(error.contains(QStringLiteral("too large")) && error.contains(f.fileName()), qPrintable(error));
        QVERIFY(!lab::readRunFile(dir.filePath(QStringLiteral("missing.json")), &out, &error));
        QVERIFY(error.contains(QStringLiteral("no such file")));
    }

    void compactionKeepsExtremesAndSaysWhat()
    {
        lab::RunRecord r = sampleRecord();
        auto d = std::make_shared<lab::RunData>(*r.data);
        std::vector<QPointF>& pts = d->points[0];
        pts.clear();
        for (int i = 0; i < 100000; ++i) pts.emplace_back(i, i == 31337 ? 1e9 : (i % 7));
        for (int i = 0; i < 80000; ++i) d->spans.push_back({0, lab::SpanState::Running, i, i + 1, {}});
        r.data = d;
        const lab::RunRecord c = lab::compacted(r, {4000, 50000, 2000});
        QVERIFY(c.data->points[0].size() <= 4000);
        const auto top = std::max_element(c.data->points[0].begin(), c.data->points[0].end(),
                                          [](const QPointF& a, const QPointF& b) { return a.y() < b.y(); });
        QCOMPARE(top->y(), 1e9); // the spike survives decimation
        QCOMPARE(c.data->spans.size(), size_t(50000));
        QCOMPARE(c.notes.size(), r.notes.size() + 2);
        QVERIFY(lab::approxBytes(*c.data) < lab::approxBytes(*r.data) / 2);
    }
};

QTEST_GUILESS_MAIN(TestRunFile)
#include "tst_runfile.moc"
