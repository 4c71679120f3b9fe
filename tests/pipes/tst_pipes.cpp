// Tests of the pipes scenario: data integrity over every message size and channel, the pipe
// capacity parameter, back-pressure (a slowed reader blocks the writer), EOF and EPIPE, the
// ping-pong histogram, and that no child process is left behind after finishing, Stop at
// random moments or a killed child.
#include "TestUtil.h"
#include "all.h"
#include "lab/ChildProcess.h"

#include <QFile>
#include <QRandomGenerator>
#include <QtTest>

#include <csignal>

using namespace testutil;

class TestPipes : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        lab::ChildProcess::setExecutable(QStringLiteral(PPLAB_BINARY));
        lab::registerAll();
        QVERIFY(lab::Registry::instance().contains(QStringLiteral("pipes")));
    }

    void init() { QVERIFY(children().isEmpty()); }
    void cleanup() { QTRY_VERIFY(children().isEmpty()); }

    void infoIsComplete()
    {
        const auto i = lab::Registry::instance().info(QStringLiteral("pipes"));
        QCOMPARE(i.category, QStringLiteral("communication"));
        for (const char* k : {"bytes", "mib_per_s", "checksum_ok", "pipe_capacity", "rtt_median_us", "rtt_p99_us",
                              "writer_blocked_ms"})
            QVERIFY2(i.figures.contains(QLatin1String(k)), k);
    }

    void exchangeShowsPids()
    {
        const Outcome o = run(QStringLiteral("pipes"), {{QStringLiteral("mode"), QStringLiteral("exchange")}});
        QCOMPARE(o.status, lab::RunStatus::Finished);
        QVERIFY(o.logHas(QStringLiteral("received a message => Hello from pid [%1]").arg(getpid())));
        QVERIFY(o.logHas(QStringLiteral("I pid [%1] received a message => Hello from pid [").arg(getpid())));
        QVERIFY(o.logHas(QStringLiteral("end of file")));
    }

    void integrityOverEverySize_data()
    {
        QTest::addColumn<QString>("channel");
        QTest::newRow("pipe") << QStringLiteral("pipe");
        QTest::newRow("socketpair") << QStringLiteral("socketpair");
        QTest::newRow("shm") << QStringLiteral("shm");
    }
    void integrityOverEverySize()
    {
        QFETCH(QString, channel);
        const Outcome o = run(QStringLiteral("pipes"), {{QStringLiteral("mode"), QStringLiteral("sweep")},
                                                        {QStringLiteral("channel"), channel},
                                                        {QStringLiteral("size_factor"), 2},
                                                        {QStringLiteral("round_ms"), 5}});
        QCOMPARE(o.status, lab::RunStatus::Finished);
        QCOMPARE(o.num("checksum_ok"), 1.0);
        const int s = o.data.seriesIndex(QStringLiteral("throughput_") + channel);
        QVERIFY(s >= 0);
        const auto& pts = o.data.points[static_cast<size_t>(s)];
        QCOMPARE(pts.size(), size_t(21)); // 1 B, 2 B, ... 1 MiB
        QCOMPARE(pts.front().x(), 1.0);
        QCOMPARE(pts.back().x(), 1048576.0);
        for (const QPointF& p : pts) QVERIFY(p.y() > 0);
        QVERIFY(o.num("mib_per_s") > 0);
        QVERIFY(!o.logHas(QStringLiteral("INTEGRITY ERROR")));
    }

    void capacityChangeTakesEffect_data()
    {
        QTest::addColumn<int>("size");
        QTest::newRow("4 KiB") << 4096;
        QTest::newRow("16 KiB") << 16384;
        QTest::newRow("256 KiB") << 262144;
    }
    void capacityChangeTakesEffect()
    {
        QFETCH(int, size);
        const Outcome o = run(QStringLiteral("pipes"), {{QStringLiteral("mode"), QStringLiteral("capacity")},
                                                        {QStringLiteral("pipe_size"), size}});
        QCOMPARE(o.status, lab::RunStatus::Finished);
        QCOMPARE(o.num("pipe_capacity"), double(size));
        // The pipe really holds that much: non-blocking writes fill exactly the capacity.
        QVERIFY(o.logHas(QStringLiteral("filled it with %1 bytes").arg(size)));
    }

    void capacityAboveMaxIsRefused()
    {
        QFile f(QStringLiteral("/proc/sys/fs/pipe-max-size"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const qint64 max = f.readAll().trimmed().toLongLong();
        // The parameter's range is the system's limit: the form caps it, --set gets a clear error.
        const auto info = lab::Registry::instance().info(QStringLiteral("pipes"));
        lab::Params p;
        QString err;
        QVERIFY(lab::validate(info.params, {{QStringLiteral("pipe_size"), max}}, &p, &err));
        QVERIFY(!lab::validate(info.params, {{QStringLiteral("pipe_size"), max * 2}}, &p, &err));
        QVERIFY2(err.contains(QStringLiteral("pipe_size")), qPrintable(err));
        // The engine checks again at run time (the limit can change between describe and run).
        QVERIFY(lab::validate(info.params, {{QStringLiteral("pipe_size"), max}}, &p, &err));
        QVariantMap v = p.values();
        v[QStringLiteral("pipe_size")] = max * 2;
        lab::Runner runner;
        QVERIFY(runner.start(lab::Registry::instance().create(QStringLiteral("pipes")), lab::Params(v), 0, 1, &err));
        const Outcome o = finish(runner);
        QCOMPARE(o.status, lab::RunStatus::Failed);
        QVERIFY2(o.error.contains(QStringLiteral("pipe_size")) && o.error.contains(QStringLiteral("pipe-max-size")),
                 qPrintable(o.error));
    }

    void slowReaderBlocksWriter()
    {
        auto blocked = [](int delayUs) {
            const Outcome o = run(QStringLiteral("pipes"), {{QStringLiteral("mode"), QStringLiteral("backpressure")},
                                                            {QStringLiteral("reader_delay_us"), delayUs},
                                                            {QStringLiteral("pipe_size"), 65536},
                                                            {QStringLiteral("bp_messages"), 150}});
            if (o.status != lab::RunStatus::Finished || o.num("checksum_ok") != 1.0) return -1.0;
            // Blocked spans on the writer's lane add up to the figure.
            double spans = 0;
            for (const lab::Span& s : o.data.spans)
                if (s.state == lab::SpanState::Blocked) spans += static_cast<double>(s.endUs - s.beginUs) / 1e3;
            if (std::abs(spans - o.num("writer_blocked_ms")) > 1.0 + 0.01 * spans) return -2.0;
            const int g = o.data.seriesIndex(QStringLiteral("inflight_pipe"));
            if (g < 0 || o.data.points[static_cast<size_t>(g)].empty()) return -3.0;
            // The gauge never exceeds the pipe's capacity; with a slow reader it reaches it.
            double top = 0;
            for (const QPointF& p : o.data.points[static_cast<size_t>(g)]) top = std::max(top, p.y());
            if (top > 65536) return -4.0;
            if (delayUs > 0 && top < 65536 - 4096) return -5.0;
            return o.num("writer_blocked_ms");
        };
        const double fast = blocked(0);
        const double slow = blocked(2000); // ≥ (150 − 16 messages in the pipe) × 2 ms ≈ 268 ms blocked
        QVERIFY2(fast >= 0 && slow >= 0, qPrintable(QStringLiteral("fast %1 slow %2").arg(fast).arg(slow)));
        QVERIFY2(slow > 100.0, qPrintable(QString::number(slow)));
        QVERIFY2(slow > 3 * fast, qPrintable(QStringLiteral("fast %1 ms, slow %2 ms").arg(fast).arg(slow)));
    }

    void eofAndEpipeAreReported()
    {
        const Outcome o = run(QStringLiteral("pipes"), {{QStringLiteral("mode"), QStringLiteral("eof")}});
        QCOMPARE(o.status, lab::RunStatus::Finished);
        int epipe = 0;
        for (const QString& l : o.data.log) if (l.contains(QStringLiteral("EPIPE"))) ++epipe;
        QCOMPARE(epipe, 2); // the child writer, then the parent writer
        QVERIFY(o.logHas(QStringLiteral("read() returned 0 (EOF)")));
        bool failedSpan = false;
        for (const lab::Span& s : o.data.spans) failedSpan |= s.state == lab::SpanState::Failed;
        QVERIFY(failedSpan);
    }

    void pingPongHistogram()
    {
        const Outcome o = run(QStringLiteral("pipes"), {{QStringLiteral("mode"), QStringLiteral("pingpong")},
                                                        {QStringLiteral("channel"), QStringLiteral("all")},
                                                        {QStringLiteral("rtt_count"), 300}});
        QCOMPARE(o.status, lab::RunStatus::Finished);
        QVERIFY(o.num("rtt_median_us") > 0);
        QVERIFY(o.num("rtt_p99_us") >= o.num("rtt_median_us"));
        QCOMPARE(o.data.categories.value(QStringLiteral("rtt")).size(), 12);
        for (const char* ch : {"rtt_pipe", "rtt_socketpair", "rtt_shm"}) {
            const int s = o.data.seriesIndex(QLatin1String(ch));
            QVERIFY2(s >= 0, ch);
            double total = 0;
            for (const QPointF& p : o.data.points[static_cast<size_t>(s)]) total += p.y();
            QCOMPARE(total, 300.0);
        }
    }

    // Stop at random moments: prompt, and no child process (running or zombie) left behind.
    void stopAtRandomMoments()
    {
        QRandomGenerator rng(20261123);
        for (int i = 0; i < 10; ++i) {
            lab::Runner runner;
            QVERIFY(start(runner, QStringLiteral("pipes"), {{QStringLiteral("channel"), QStringLiteral("all")},
                                                            {QStringLiteral("round_ms"), 20}}));
            QTest::qWait(static_cast<int>(rng.bounded(20, 700)));
            runner.stop();
            const Outcome o = finish(runner);
            QVERIFY2(o.status == lab::RunStatus::Stopped || o.status == lab::RunStatus::Finished,
                     qPrintable(o.error));
            if (o.status == lab::RunStatus::Stopped) {
                reportStopLatency(QStringLiteral("%1 #%2").arg(QLatin1String("pipes")).arg(i), o.stopLatencyMs);
                QVERIFY2(o.stopLatencyMs < kStopBoundMs, qPrintable(QString::number(o.stopLatencyMs)));
            }
            QVERIFY2(children().isEmpty(), "a child process was left behind");
        }
    }

    void killedChildEndsTheRunCleanly()
    {
        lab::Runner runner;
        QVERIFY(start(runner, QStringLiteral("pipes"), {{QStringLiteral("mode"), QStringLiteral("sweep")},
                                                        {QStringLiteral("channel"), QStringLiteral("shm")},
                                                        {QStringLiteral("round_ms"), 2000}}));
        int pid = -1;
        QTRY_VERIFY((pid = firstChildPid()) > 0);
        ::kill(pid, SIGKILL);
        const Outcome o = finish(runner);
        QCOMPARE(o.status, lab::RunStatus::Failed);
        QVERIFY2(o.error.contains(QString::number(pid)), qPrintable(o.error));
        QVERIFY(children().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPipes)
#include "tst_pipes.moc"
