// The gil scenario's timeline (Beazley's picture): the right states on the right lanes, never
// two threads holding the GIL at once (outside coalesced slices), marks for drop requests and
// failed wake-ups, a bounded number of spans at 10 000 switches per second, and nothing
// recorded with live=false.
#include "TestUtil.h"
#include "all.h"
#include "lab/ChildProcess.h"

#include <QtTest>

#include <algorithm>

using namespace testutil;

namespace {
int laneOf(const lab::RunData& d, const QString& name)
{
    return static_cast<int>(d.lanes.indexOf(name));
}

QList<lab::Span> spansOf(const lab::RunData& d, int lane)
{
    QList<lab::Span> out;
    for (const lab::Span& s : d.spans)
        if (s.lane == lane) out << s;
    std::sort(out.begin(), out.end(), [](const lab::Span& a, const lab::Span& b) { return a.beginUs < b.beginUs; });
    return out;
}

bool coalesced(const lab::Span& s)
{
    return s.label.contains(QStringLiteral("coalesced"));
}
} // namespace

class TestGilTimeline : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        lab::ChildProcess::setExecutable(QStringLiteral(PPLAB_BINARY));
        lab::registerAll();
    }
    void cleanup() { QTRY_VERIFY_WITH_TIMEOUT(children().isEmpty(), 2000); }

    void beazleysPicture()
    {
        const Outcome o = run(QStringLiteral("gil"), with({{"gil", QStringLiteral("new")}, {"threads", 3}, {"work_ms", 100}}));
        QCOMPARE(o.status, lab::RunStatus::Finished);
        const lab::RunData& d = o.data;
        for (const char* lane : {"main (sequential)", "T1 (thread)", "T2 (thread)", "T3 (thread)", "drop requests", "failed wake-ups"})
            QVERIFY2(laneOf(d, QLatin1String(lane)) >= 0, lane);
        QList<QList<lab::Span>> holding;
        for (int t = 1; t <= 3; ++t) {
            const QList<lab::Span> spans = spansOf(d, laneOf(d, QStringLiteral("T%1 (thread)").arg(t)));
            QVERIFY(!spans.isEmpty());
            bool held = false, waited = false;
            QList<lab::Span> h;
            for (int i = 0; i < spans.size(); ++i) {
                held |= spans[i].state == lab::SpanState::Holding;
                waited |= spans[i].state == lab::SpanState::Waiting;
                if (i > 0) QVERIFY(spans[i].beginUs >= spans[i - 1].endUs); // one thing at a time per lane
                if (spans[i].state == lab::SpanState::Holding && !coalesced(spans[i])) h << spans[i];
            }
            QVERIFY(held && waited);
            QCOMPARE(spans.last().state, lab::SpanState::Sleeping); // finished, waiting for the others
            holding << h;
        }
        // The lock is real and the timeline says so: no two threads hold it at the same time.
        for (int a = 0; a < 3; ++a)
            for (int b = a + 1; b < 3; ++b)
                for (const lab::Span& x : holding[a])
                    for (const lab::Span& y : holding[b])
                        QVERIFY2(std::min(x.endUs, y.endUs) <= std::max(x.beginUs, y.beginUs),
                                 qPrintable(QStringLiteral("T%1 [%2, %3] and T%4 [%5, %6]").arg(a + 1).arg(x.beginUs).arg(x.endUs)
                                                .arg(b + 1).arg(y.beginUs).arg(y.endUs)));
        const QList<lab::Span> drops = spansOf(d, laneOf(d, QStringLiteral("drop requests")));
        QVERIFY(!drops.isEmpty());
        for (const lab::Span& s : drops) QCOMPARE(s.state, lab::SpanState::Failed);
    }

    void tenThousandSwitchesStayReadable()
    {
        const Outcome o = run(QStringLiteral("gil"), with({{"gil", QStringLiteral("new")}, {"switch_interval_ms", 0.1},
                                                          {"threads", 2}, {"work_ms", 500}}));
        QCOMPARE(o.status, lab::RunStatus::Finished);
        const double wall = o.num("wall_s");
        qInfo("%.0f switches per second, %d spans in all", o.num("switches_per_s"), static_cast<int>(o.data.spans.size()));
        for (const char* name : {"T1 (thread)", "T2 (thread)", "drop requests"}) {
            const QList<lab::Span> spans = spansOf(o.data, laneOf(o.data, QLatin1String(name)));
            // Slices of 2 ms hold at most one span per state: a few thousand spans per second at
            // most, whatever the switch rate.
            QVERIFY2(spans.size() < wall * 2500 + 50, qPrintable(QStringLiteral("%1: %2 spans in %3 s").arg(QLatin1String(name)).arg(spans.size()).arg(wall)));
        }
    }

    void oldGilMarksFailedWakeups()
    {
        const Outcome o = run(QStringLiteral("gil"), with({{"gil", QStringLiteral("old")}, {"threads", 2}, {"work_ms", 200}}));
        QCOMPARE(o.status, lab::RunStatus::Finished);
        QCOMPARE(laneOf(o.data, QStringLiteral("drop requests")), -1);
        const QList<lab::Span> fails = spansOf(o.data, laneOf(o.data, QStringLiteral("failed wake-ups")));
        QVERIFY2(!fails.isEmpty() || o.num("failed_wakeups") == 0, "failed wake-ups counted but not drawn");
        for (const lab::Span& s : fails) QVERIFY(s.label.contains(QStringLiteral("failed wake-up")));
    }

    void ioThreadShowsIoAndWaiting()
    {
        const Outcome o = run(QStringLiteral("gil"), with({{"workload", QStringLiteral("io")}, {"work_ms", 150}}));
        QCOMPARE(o.status, lab::RunStatus::Finished);
        const QList<lab::Span> io = spansOf(o.data, laneOf(o.data, QStringLiteral("I/O thread")));
        const auto has = [&](lab::SpanState st) {
            return std::any_of(io.begin(), io.end(), [st](const lab::Span& s) { return s.state == st; });
        };
        QVERIFY(has(lab::SpanState::Blocked)); // in I/O without the GIL
        QVERIFY(has(lab::SpanState::Waiting)); // waiting to take it back
        QVERIFY(laneOf(o.data, QStringLiteral("CPU thread 1")) >= 0);
    }

    void processesHaveTheirOwnLanes()
    {
        const Outcome o = run(QStringLiteral("gil"), with({{"gil", QStringLiteral("processes")}, {"work_ms", 150}}));
        QCOMPARE(o.status, lab::RunStatus::Finished);
        for (const char* name : {"P1 (process)", "P2 (process)"}) {
            const QList<lab::Span> s = spansOf(o.data, laneOf(o.data, QLatin1String(name)));
            QVERIFY2(!s.isEmpty(), name);
            QVERIFY(s.first().label.contains(QStringLiteral("pid")));
        }
        QVERIFY(o.num("process_startup_s") > 0);
    }

    void liveOffRecordsNothing()
    {
        const Outcome o = run(QStringLiteral("gil"), with({{"live", false}, {"work_ms", 100}}));
        QCOMPARE(o.status, lab::RunStatus::Finished);
        QVERIFY(o.data.spans.empty());
        QVERIFY(o.data.lanes.isEmpty());
        QVERIFY(o.num("wall_s") > 0 && o.num("speedup") > 0);
    }
};

QTEST_GUILESS_MAIN(TestGilTimeline)
#include "tst_gil_timeline.moc"
