// The parts of the starvation scenario that need no scenario run: the locks written here keep
// mutual exclusion (a plain counter under the lock; ThreadSanitizer checks the ordering too), the
// ticket lock and Go's mutex behave as their policies say, and the statistics are right.
#include "starvation/Locks.h"
#include "starvation/Platform.h"
#include "starvation/Stats.h"

#include <QtTest>

#include <latch>
#include <random>
#include <thread>
#include <vector>

using namespace starvation;

namespace {

// `threads` threads each add 1 to a plain counter `rounds` times under the lock; `lock(t)` and
// `unlock(t)` take and release it for thread t. Returns the counter.
template <class Lock, class Unlock>
qint64 hammer(int threads, int rounds, Lock lock, Unlock unlock, int holdSpins = 0)
{
    qint64 counter = 0;
    std::latch go(threads);
    std::vector<std::jthread> ts;
    for (int t = 0; t < threads; ++t)
        ts.emplace_back([&, t] {
            go.arrive_and_wait();
            for (int i = 0; i < rounds; ++i) {
                lock(t);
                const qint64 v = counter;
                for (int s = 0; s < holdSpins; ++s) cpuRelax();
                counter = v + 1;
                unlock(t);
            }
        });
    ts.clear(); // joins
    return counter;
}

} // namespace

class TestStarvationLocks : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void jain()
    {
        QCOMPARE(jainIndex({5, 5, 5, 5}), 1.0);
        QCOMPARE(jainIndex({8, 0, 0, 0}), 0.25);
        QCOMPARE(jainIndex({}), 1.0);
        QCOMPARE(jainIndex({0, 0}), 1.0);
        QVERIFY(qAbs(jainIndex({1, 2, 3}) - 36.0 / 42.0) < 1e-12);
        QCOMPARE(starvedCount({100, 100, 100, 5}), 1);
        QCOMPARE(starvedCount({100, 100, 100, 100}), 0);
        QCOMPARE(starvedCount({0, 0}), 0);
    }

    void histogramBins()
    {
        std::mt19937_64 rng(3);
        for (int i = 0; i < 100000; ++i) {
            const std::uint64_t v = rng() >> (rng() % 64);
            const int b = WaitHistogram::binOf(v);
            if (b == WaitHistogram::kBins - 1) continue; // the overflow bin
            QVERIFY2(WaitHistogram::lowerNs(b) <= static_cast<double>(v), qPrintable(QString::number(v)));
            QVERIFY2(static_cast<double>(v) < WaitHistogram::lowerNs(b + 1), qPrintable(QString::number(v)));
        }
        for (int b = 1; b < WaitHistogram::kBins; ++b) QVERIFY(WaitHistogram::lowerNs(b) > WaitHistogram::lowerNs(b - 1));
    }

    void quantiles()
    {
        WaitHistogram h;
        h.addZeros(50);
        for (int i = 0; i < 49; ++i) h.add(10000); // 10 µs
        h.add(5000000);                            // one 5 ms wait
        WaitCounts c;
        c.add(h);
        QCOMPARE(c.total(), std::uint64_t{100});
        QCOMPARE(c.quantileNs(0.5), 0.0);
        QVERIFY(qAbs(c.quantileNs(0.99) - 10000) < 1300); // within the bin's 12.5 %
        QCOMPARE(c.quantileNs(1.0), 5000000.0);           // never above the maximum
        QCOMPARE(c.maxNs, std::uint64_t{5000000});
        const std::vector<double> bins = chartBins(c);
        QCOMPARE(static_cast<int>(bins.size()), kChartBins);
        QCOMPARE(chartBinLabels().size(), kChartBins);
        QCOMPARE(bins[0], 50.0);                          // < 1 µs
        QCOMPARE(bins[4], 49.0);                          // 8–16 µs
        QCOMPARE(bins[13], 1.0);                          // 4.1–8.19 ms
    }

    void cfsWeights()
    {
        QCOMPARE(platform::cfsWeight(0), 1024);
        QCOMPARE(platform::cfsWeight(5), 335);
        QCOMPARE(platform::cfsWeight(10), 110);
        QCOMPARE(platform::cfsWeight(19), 15);
        QCOMPARE(platform::kIdleWeight, 3);
    }

    void mutualExclusion_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("spin") << QStringLiteral("spin");
        QTest::newRow("ticket") << QStringLiteral("ticket");
        QTest::newRow("go") << QStringLiteral("go");
    }
    void mutualExclusion()
    {
        QFETCH(QString, kind);
        const int threads = 4, rounds = 20000;
        SpinLock spin;
        TicketLock ticket;
        GoMutex go(20000); // 20 µs: switches modes often
        std::vector<SemaWaiter> waiters(threads);
        qint64 n = 0;
        if (kind == QLatin1String("spin")) n = hammer(threads, rounds, [&](int) { spin.lock(); }, [&](int) { spin.unlock(); }, 20);
        else if (kind == QLatin1String("ticket")) n = hammer(threads, rounds, [&](int) { ticket.lock(); }, [&](int) { ticket.unlock(); }, 20);
        else n = hammer(threads, rounds, [&](int t) { go.lock(waiters[static_cast<size_t>(t)]); }, [&](int) { go.unlock(); }, 20);
        QCOMPARE(n, qint64{threads} * rounds);
    }

    void tryLockFailsWhileHeld()
    {
        TicketLock t;
        QVERIFY(t.try_lock());
        QVERIFY(!t.try_lock());
        t.unlock();
        QVERIFY(t.try_lock());
        t.unlock();
        SpinLock s;
        QVERIFY(s.try_lock());
        QVERIFY(!s.try_lock());
        s.unlock();
        GoMutex g(1000000);
        QVERIFY(g.try_lock());
        QVERIFY(!g.try_lock());
        g.unlock();
        QVERIFY(g.try_lock());
        g.unlock();
    }

    // A waiter that waits longer than the threshold switches the mutex to hand-off, even on one
    // busy CPU: the holder is preempted inside its long critical section now and then.
    void goMutexEntersStarvationMode()
    {
        GoMutex go(50000); // 50 µs threshold
        std::vector<SemaWaiter> waiters(3);
        const qint64 n = hammer(3, 3000, [&](int t) { go.lock(waiters[static_cast<size_t>(t)]); }, [&](int) { go.unlock(); }, 2000);
        QCOMPARE(n, qint64{9000});
        qInfo("starvation mode entered %lld times, %lld hand-offs", static_cast<long long>(go.starvationSwitches()),
              static_cast<long long>(go.handOffs()));
        QVERIFY(go.starvationSwitches() > 0);
        QVERIFY(go.handOffs() > 0);
    }
};

QTEST_GUILESS_MAIN(TestStarvationLocks)
#include "tst_starvation_locks.moc"
