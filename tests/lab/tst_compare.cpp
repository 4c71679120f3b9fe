// Comparing runs: labels name what differs, charts overlay with a colour per run, figures get
// the ratio to the first run, and the data keeps a run column.
#include "lab/Compare.h"

#include <QJsonArray>
#include <QtTest>

#include <cmath>

namespace {
lab::RunRecord makeRun(const QString& strategy, double lost, const QString& host = QStringLiteral("lab-1"),
                       const QStringList& categories = {QStringLiteral("T1"), QStringLiteral("T2")})
{
    auto d = std::make_shared<lab::RunData>();
    d->series = {{QStringLiteral("lost"), QStringLiteral("lost updates"), QStringLiteral("line")},
                 {QStringLiteral("rate"), QStringLiteral("rate"), QStringLiteral("line"), lab::SeriesStyle::Dashed},
                 {QStringLiteral("per_thread"), QStringLiteral("per thread"), QStringLiteral("bars")}};
    d->points = {{{0, 0}, {1, lost}}, {{0, 1}, {1, 2}}, {{0, 5}, {1, 7}}};
    d->categories.insert(QStringLiteral("bars"), categories);
    d->lanes = {QStringLiteral("T1")};
    d->spans = {{0, lab::SpanState::Running, 0, 10, {}}};
    d->summary = {{QStringLiteral("lost_updates"), lost}, {QStringLiteral("threads"), 2}, {QStringLiteral("cycle"), QStringLiteral("none")}};
    lab::RunRecord r;
    r.info.id = QStringLiteral("race");
    r.info.charts = {{QStringLiteral("line"), QStringLiteral("Line"), QStringLiteral("time (s)"), QStringLiteral("n"), lab::ChartSpec::Line},
                     {QStringLiteral("bars"), QStringLiteral("Bars"), QStringLiteral("thread"), QStringLiteral("n"), lab::ChartSpec::Bar}};
    r.info.figures = {{QStringLiteral("lost_updates"), QStringLiteral("lost updates")}, {QStringLiteral("threads"), QStringLiteral("threads")}};
    r.params = {{QStringLiteral("strategy"), strategy}, {QStringLiteral("threads"), 2}};
    r.machine = {{QStringLiteral("hostname"), host}, {QStringLiteral("cpu_model"), QStringLiteral("CPU X")}, {QStringLiteral("logical_cpus"), 8}};
    r.status = QStringLiteral("finished");
    r.data = d;
    return r;
}
} // namespace

class TestCompare : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void labelsNameTheDifferingParameters()
    {
        const QStringList labels = lab::runLabels({makeRun(QStringLiteral("mutex"), 0), makeRun(QStringLiteral("atomic"), 0)});
        QCOMPARE(labels, (QStringList{QStringLiteral("strategy=mutex"), QStringLiteral("strategy=atomic")}));
    }

    void labelsNameTheMachineWhenMachinesDiffer()
    {
        const QStringList labels = lab::runLabels({makeRun(QStringLiteral("mutex"), 0, QStringLiteral("laptop")),
                                                   makeRun(QStringLiteral("mutex"), 0, QStringLiteral("server"))});
        QVERIFY2(labels[0].contains(QStringLiteral("machine: laptop")), qPrintable(labels[0]));
        QVERIFY(labels[1].contains(QStringLiteral("machine: server")));
        QVERIFY(!labels[0].contains(QStringLiteral("strategy")));
    }

    void identicalRunsStillGetDistinctLabels()
    {
        lab::RunRecord a = makeRun(QStringLiteral("mutex"), 0), b = a;
        a.name = b.name = QStringLiteral("same");
        const QStringList labels = lab::runLabels({a, b});
        QCOMPARE(labels.size(), 2);
        QVERIFY(labels[0] != labels[1]);
    }

    void overlayGivesEachRunItsColourAndKeepsStyles()
    {
        const QList<lab::RunRecord> runs{makeRun(QStringLiteral("mutex"), 0), makeRun(QStringLiteral("unsafe"), 40)};
        const lab::RunData d = lab::overlay(runs, lab::runLabels(runs), QStringLiteral("line"));
        QCOMPARE(d.series.size(), 4);
        QCOMPARE(d.series[0].colorGroup, 0);
        QCOMPARE(d.series[3].colorGroup, 1);
        QCOMPARE(d.series[3].style, lab::SeriesStyle::Dashed);
        QCOMPARE(d.series[2].title, QStringLiteral("strategy=unsafe — lost updates")); // legend names the difference
        QCOMPARE(d.points[2].back().y(), 40.0);
        QCOMPARE(d.lanes.size(), 2);   // timeline: each run's lanes
        QCOMPARE(d.spans[1].lane, 1);
    }

    void xAxesDifferOnlyWhenTheyMeasureDifferentThings()
    {
        QList<lab::RunRecord> runs{makeRun(QStringLiteral("mutex"), 0), makeRun(QStringLiteral("atomic"), 0)};
        QVERIFY(!lab::xAxesDiffer(runs, QStringLiteral("line")));
        QVERIFY(!lab::xAxesDiffer(runs, QStringLiteral("bars")));
        runs[1] = makeRun(QStringLiteral("atomic"), 0, QStringLiteral("lab-1"), {QStringLiteral("T1"), QStringLiteral("T2"), QStringLiteral("T3")});
        QVERIFY(lab::xAxesDiffer(runs, QStringLiteral("bars")));
        runs[1].info.charts[0].xLabel = QStringLiteral("message size (bytes)");
        QVERIFY(lab::xAxesDiffer(runs, QStringLiteral("line")));
    }

    void figureTableHasRatiosToTheFirstRun()
    {
        const QList<lab::RunRecord> runs{makeRun(QStringLiteral("a"), 10), makeRun(QStringLiteral("b"), 25), makeRun(QStringLiteral("c"), 0)};
        const QList<lab::FigureRow> rows = lab::figureTable(runs);
        QCOMPARE(rows.size(), 3); // declared figures first, then the others
        QCOMPARE(rows[0].key, QStringLiteral("lost_updates"));
        QCOMPARE(rows[0].label, QStringLiteral("lost updates"));
        QCOMPARE(rows[0].ratios[1], 2.5);
        QCOMPARE(rows[0].ratios[2], 0.0);
        QCOMPARE(rows[2].key, QStringLiteral("cycle"));
        QVERIFY(std::isnan(rows[2].ratios[1])); // text has no ratio
    }

    void csvAndJsonHaveARunColumn()
    {
        const QList<lab::RunRecord> runs{makeRun(QStringLiteral("mutex"), 0), makeRun(QStringLiteral("unsafe"), 40)};
        const QStringList labels = lab::runLabels(runs);
        const QList<QByteArray> lines = lab::comparisonCsv(runs, labels).split('\n');
        QCOMPARE(lines[0], QByteArray("run,series,title,x,y"));
        QVERIFY(lines.contains("strategy=unsafe,lost,lost updates,1,40"));
        const QJsonObject o = lab::comparisonJson(runs, labels);
        QCOMPARE(o.value(QStringLiteral("runs")).toArray().size(), 2);
        QCOMPARE(o.value(QStringLiteral("series")).toArray().at(3).toObject().value(QStringLiteral("run")).toString(), labels[1]);
    }

    void differentScenariosAreRefused()
    {
        QList<lab::RunRecord> runs{makeRun(QStringLiteral("a"), 0), makeRun(QStringLiteral("b"), 0)};
        QVERIFY(lab::comparableProblem(runs).isEmpty());
        runs[1].info.id = QStringLiteral("pipes");
        QVERIFY(lab::comparableProblem(runs).contains(QStringLiteral("pipes")));
        QVERIFY(!lab::comparableProblem({runs[0]}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCompare)
#include "tst_compare.moc"
