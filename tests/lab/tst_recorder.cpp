#include "lab/Recorder.h"

#include <QtTest>

#include <atomic>
#include <thread>
#include <vector>

class TestRecorder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void concurrentWritersExactCounts()
    {
        lab::Recorder rec;
        constexpr int kThreads = 8, kSamples = 50000, kSpans = 2000;
        std::atomic<bool> done{false};
        std::vector<std::thread> writers;
        for (int t = 0; t < kThreads; ++t) {
            writers.emplace_back([&rec, t] {
                const int s = rec.series(QStringLiteral("s%1").arg(t), QStringLiteral("S%1").arg(t), QStringLiteral("c"));
                const int lane = rec.lane(QStringLiteral("T%1").arg(t));
                for (int i = 0; i < kSamples; ++i) rec.sample(s, i, t);
                for (int i = 0; i < kSpans; ++i) rec.span(lane, lab::SpanState::Running, i, i + 1);
            });
        }
        // Drain concurrently with the writers, like the GUI timer does.
        std::thread drainer([&] { while (!done.load()) { rec.drain(); std::this_thread::yield(); } });
        for (auto& w : writers) w.join();
        done = true;
        drainer.join();
        rec.drain();
        const lab::RunData& d = rec.data();
        QCOMPARE(d.series.size(), kThreads);
        QCOMPARE(d.lanes.size(), kThreads);
        QCOMPARE(d.sampleCount(), qint64(kThreads) * kSamples);
        QCOMPARE(static_cast<qint64>(d.spans.size()), qint64(kThreads) * kSpans);
        for (int i = 0; i < kThreads; ++i) {
            const auto& pts = d.points[static_cast<size_t>(i)];
            QCOMPARE(static_cast<int>(pts.size()), kSamples);
            // Each writer's samples arrive in its own order and with its own value.
            const double y = d.series[i].key.mid(1).toDouble();
            for (size_t k = 0; k < pts.size(); ++k) {
                QCOMPARE(pts[k].x(), double(k));
                QCOMPARE(pts[k].y(), y);
            }
        }
    }

    void registrationIsIdempotent()
    {
        lab::Recorder rec;
        QCOMPARE(rec.series(QStringLiteral("a"), QStringLiteral("A"), QStringLiteral("c")), 0);
        QCOMPARE(rec.series(QStringLiteral("b"), QStringLiteral("B"), QStringLiteral("c")), 1);
        QCOMPARE(rec.series(QStringLiteral("a"), QStringLiteral("A"), QStringLiteral("c")), 0);
        QCOMPARE(rec.lane(QStringLiteral("x")), 0);
        QCOMPARE(rec.lane(QStringLiteral("x")), 0);
    }

    void drainReportsWhatChanged()
    {
        lab::Recorder rec;
        const int a = rec.series(QStringLiteral("a"), QStringLiteral("A"), QStringLiteral("c"));
        rec.series(QStringLiteral("b"), QStringLiteral("B"), QStringLiteral("c"));
        rec.sample(a, 1, 2);
        rec.setSummary(QStringLiteral("k"), 5);
        rec.log(QStringLiteral("hello"));
        lab::DrainResult r = rec.drain();
        QVERIFY(r.newSeries);
        QCOMPARE(r.changedSeries, QList<int>{a});
        QVERIFY(r.summaryChanged);
        QCOMPARE(r.newLog, 1);
        QVERIFY(rec.data().log.first().endsWith(QStringLiteral("hello")));
        r = rec.drain();
        QVERIFY(!r.any());
        rec.addSummary(QStringLiteral("k"), 2.5);
        r = rec.drain();
        QVERIFY(r.summaryChanged);
        QCOMPARE(rec.data().summary.value(QStringLiteral("k")).toDouble(), 7.5);
    }

    void twoRecordersOnOneThreadStaySeparate()
    {
        lab::Recorder a, b;
        const int sa = a.series(QStringLiteral("x"), QStringLiteral("x"), QStringLiteral("c"));
        const int sb = b.series(QStringLiteral("x"), QStringLiteral("x"), QStringLiteral("c"));
        for (int i = 0; i < 10; ++i) { a.sample(sa, i, 0); b.sample(sb, i, 1); b.sample(sb, i, 1); }
        a.drain();
        b.drain();
        QCOMPARE(a.data().sampleCount(), 10);
        QCOMPARE(b.data().sampleCount(), 20);
    }

    void spanStateIdsRoundTrip()
    {
        for (int i = 0; i < lab::kSpanStateCount; ++i) {
            lab::SpanState s;
            QVERIFY(lab::spanStateFromId(lab::spanStateId(static_cast<lab::SpanState>(i)), &s));
            QCOMPARE(static_cast<int>(s), i);
        }
    }
};

QTEST_GUILESS_MAIN(TestRecorder)
#include "tst_recorder.moc"
