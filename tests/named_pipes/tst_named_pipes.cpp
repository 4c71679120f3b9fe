// Tests of the named_pipes scenario and of `pplab fifo`: the classic exchange between two
// children that share only the path, the writer's blocking open (and ENXIO), PIPE_BUF
// atomicity, the `path` parameter (existing non-FIFO refused untouched), and cleanup of the
// FIFO, its directory and every child after finishing, Stop at random moments or a killed child.
#include "TestUtil.h"
#include "all.h"
#include "lab/ChildProcess.h"

#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/stat.h>

using namespace testutil;

namespace {
// The FIFO path the run used, from its log line "mkfifo("<path>", 0600)...".
QString fifoPathOf(const Outcome& o)
{
    static const QRegularExpression re(QStringLiteral("mkfifo\\(\"([^\"]+)\""));
    for (const QString& l : o.data.log) {
        const auto m = re.match(l);
        if (m.hasMatch()) return m.captured(1);
    }
    return {};
}

bool existsAtAll(const QString& path)
{
    struct stat st;
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0;
}
} // namespace

class TestNamedPipes : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        lab::ChildProcess::setExecutable(QStringLiteral(PPLAB_BINARY));
        lab::registerAll();
        QVERIFY(lab::Registry::instance().contains(QStringLiteral("named_pipes")));
    }
    void init() { QVERIFY(children().isEmpty()); }
    void cleanup() { QTRY_VERIFY(children().isEmpty()); }

    void classicExchange()
    {
        const Outcome o = run(QStringLiteral("named_pipes"), {{QStringLiteral("mode"), QStringLiteral("exchange")},
                                                              {QStringLiteral("messages"), 1},
                                                              {QStringLiteral("reader_delay_ms"), 200}});
        QCOMPARE(o.status, lab::RunStatus::Finished);
        QCOMPARE(o.num("messages"), 1.0);
        QVERIFY(o.logHas(QStringLiteral("ENXIO")));
        static const QRegularExpression re(QStringLiteral("^\\[.*\\] I pid \\[\\d+\\] received a message => Hello from pid \\[\\d+\\]$"));
        bool classic = false;
        for (const QString& l : o.data.log) classic |= re.match(l).hasMatch();
        QVERIFY2(classic, qPrintable(o.data.log.join(QLatin1Char('\n'))));
        // The reader starts 200 ms after the writer began to wait: open() blocked at least that long,
        // and the timeline shows it.
        QVERIFY2(o.num("open_wait_ms") >= 200.0, qPrintable(QString::number(o.num("open_wait_ms"))));
        bool openSpan = false;
        for (const lab::Span& s : o.data.spans)
            openSpan |= s.state == lab::SpanState::Blocked && s.endUs - s.beginUs >= 200000;
        QVERIFY(openSpan);
        QCOMPARE(o.num("pipe_buf"), 4096.0);
        QCOMPARE(o.num("fifo_removed"), 1.0);
        const QString path = fifoPathOf(o);
        QVERIFY(!path.isEmpty());
        QVERIFY(!existsAtAll(path));
        QVERIFY(!existsAtAll(QFileInfo(path).path())); // the private directory too
    }

    void atomicWritesAtPipeBuf_data()
    {
        QTest::addColumn<int>("size");
        QTest::newRow("1 KiB") << 1024;
        QTest::newRow("4096 = PIPE_BUF") << 4096;
    }
    void atomicWritesAtPipeBuf()
    {
        QFETCH(int, size);
        const Outcome o = run(QStringLiteral("named_pipes"), {{QStringLiteral("mode"), QStringLiteral("atomicity")},
                                                              {QStringLiteral("record_size"), size},
                                                              {QStringLiteral("writers"), 4},
                                                              {QStringLiteral("records"), 500}});
        QCOMPARE(o.status, lab::RunStatus::Finished);
        QCOMPARE(o.num("messages"), 2000.0);
        QCOMPARE(o.num("torn_records"), 0.0);
    }

    void tornRecordsAbovePipeBuf()
    {
        // Above PIPE_BUF nothing is promised; with 64 KiB records and small reads they tear
        // almost always. Three tries keep a quiet machine from failing the test by luck.
        double torn = 0;
        for (int attempt = 0; attempt < 3 && torn == 0; ++attempt) {
            const Outcome o = run(QStringLiteral("named_pipes"), {{QStringLiteral("mode"), QStringLiteral("atomicity")},
                                                                  {QStringLiteral("record_size"), 65536},
                                                                  {QStringLiteral("records"), 200}});
            QCOMPARE(o.status, lab::RunStatus::Finished);
            QCOMPARE(o.num("messages"), 800.0);
            torn = o.num("torn_records");
            const int s = o.data.seriesIndex(QStringLiteral("torn"));
            QVERIFY(s >= 0 && !o.data.points[static_cast<size_t>(s)].empty());
        }
        QVERIFY(torn > 0);
    }

    void existingNonFifoIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("notes.txt"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("keep me\n");
        }
        const Outcome o = run(QStringLiteral("named_pipes"), {{QStringLiteral("path"), file}});
        QCOMPARE(o.status, lab::RunStatus::Failed);
        QVERIFY2(o.error.contains(QStringLiteral("not a FIFO")), qPrintable(o.error));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("keep me\n"));
    }

    void userPaths()
    {
        QTemporaryDir dir;
        // A new path: made by the run, removed afterwards.
        const QString fresh = dir.filePath(QStringLiteral("new.fifo"));
        Outcome o = run(QStringLiteral("named_pipes"), {{QStringLiteral("mode"), QStringLiteral("exchange")},
                                                        {QStringLiteral("path"), fresh},
                                                        {QStringLiteral("reader_delay_ms"), 0}});
        QCOMPARE(o.status, lab::RunStatus::Finished);
        QCOMPARE(o.num("fifo_removed"), 1.0);
        QVERIFY(!existsAtAll(fresh));
        // An existing FIFO: used, and left in place.
        const QString mine = dir.filePath(QStringLiteral("mine.fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(mine).constData(), 0600), 0);
        o = run(QStringLiteral("named_pipes"), {{QStringLiteral("mode"), QStringLiteral("exchange")},
                                                {QStringLiteral("path"), mine},
                                                {QStringLiteral("reader_delay_ms"), 0}});
        QCOMPARE(o.status, lab::RunStatus::Finished);
        QCOMPARE(o.num("messages"), 3.0);
        QCOMPARE(o.num("fifo_removed"), 0.0);
        QVERIFY(existsAtAll(mine));
    }

    void stopAtRandomMomentsLeavesNothing()
    {
        QRandomGenerator rng(5);
        for (int i = 0; i < 10; ++i) {
            lab::Runner runner;
            QVERIFY(start(runner, QStringLiteral("named_pipes"), {{QStringLiteral("reader_delay_ms"), 100},
                                                                  {QStringLiteral("interval_ms"), 50},
                                                                  {QStringLiteral("records"), 200}}));
            QTest::qWait(static_cast<int>(rng.bounded(5, 900)));
            runner.stop();
            const Outcome o = finish(runner);
            QVERIFY2(o.status == lab::RunStatus::Stopped || o.status == lab::RunStatus::Finished, qPrintable(o.error));
            if (o.status == lab::RunStatus::Stopped) {
                reportStopLatency(QStringLiteral("%1 #%2").arg(QLatin1String("named_pipes")).arg(i), o.stopLatencyMs);
                QVERIFY2(o.stopLatencyMs < kStopBoundMs, qPrintable(QString::number(o.stopLatencyMs)));
            }
            QVERIFY2(children().isEmpty(), "a child process was left behind");
            const QString path = fifoPathOf(o);
            if (!path.isEmpty()) {
                QVERIFY2(!existsAtAll(path), qPrintable(path));
                QVERIFY2(!existsAtAll(QFileInfo(path).path()), qPrintable(path));
            }
        }
    }

    void killedChildLeavesNothing()
    {
        lab::Runner runner;
        QVERIFY(start(runner, QStringLiteral("named_pipes"), {{QStringLiteral("mode"), QStringLiteral("exchange")},
                                                              {QStringLiteral("reader_delay_ms"), 5000}}));
        int pid = -1;
        QTRY_VERIFY((pid = firstChildPid()) > 0); // the writer, blocked in open()
        ::kill(pid, SIGKILL);
        const Outcome o = finish(runner);
        QCOMPARE(o.status, lab::RunStatus::Failed);
        QVERIFY2(o.error.contains(QString::number(pid)), qPrintable(o.error));
        QVERIFY(children().isEmpty());
        const QString path = fifoPathOf(o);
        QVERIFY(!path.isEmpty());
        QVERIFY(!existsAtAll(path));
        QVERIFY(!existsAtAll(QFileInfo(path).path()));
    }

    // Two processes exchange a message through `pplab fifo write` and `pplab fifo read`.
    void cliReadWrite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cli.fifo"));
        QProcess make;
        make.start(QStringLiteral(PPLAB_BINARY), {QStringLiteral("fifo"), QStringLiteral("make"), path});
        QVERIFY(make.waitForFinished(10000));
        QCOMPARE(make.exitCode(), 0);

        QProcess reader, writer;
        reader.start(QStringLiteral(PPLAB_BINARY), {QStringLiteral("fifo"), QStringLiteral("read"), path});
        writer.start(QStringLiteral(PPLAB_BINARY),
                     {QStringLiteral("fifo"), QStringLiteral("write"), path, QStringLiteral("hello"), QStringLiteral("there")});
        QVERIFY(writer.waitForFinished(10000));
        QCOMPARE(writer.exitCode(), 0);
        QVERIFY(reader.waitForFinished(10000));
        QCOMPARE(reader.exitCode(), 0);
        QCOMPARE(reader.readAllStandardOutput(), QByteArray("hello there\n"));
        QVERIFY(reader.readAllStandardError().contains("end of file"));

        // Lines from standard input, one write() each.
        reader.start(QStringLiteral(PPLAB_BINARY), {QStringLiteral("fifo"), QStringLiteral("read"), path});
        writer.start(QStringLiteral(PPLAB_BINARY), {QStringLiteral("fifo"), QStringLiteral("write"), path});
        QVERIFY(writer.waitForStarted(10000));
        writer.write("one\ntwo\n");
        writer.closeWriteChannel();
        QVERIFY(writer.waitForFinished(10000));
        QVERIFY(reader.waitForFinished(10000));
        QCOMPARE(reader.readAllStandardOutput(), QByteArray("one\ntwo\n"));
    }

    void cliErrors()
    {
        QTemporaryDir dir;
        QProcess p;
        // Missing path: exit 1 with the way to make one.
        const QString missing = dir.filePath(QStringLiteral("missing"));
        p.start(QStringLiteral(PPLAB_BINARY), {QStringLiteral("fifo"), QStringLiteral("read"), missing});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardError().contains("pplab fifo make"));
        QVERIFY(!existsAtAll(missing));
        // Not a FIFO: refused, untouched.
        const QString file = dir.filePath(QStringLiteral("plain"));
        { QFile f(file); QVERIFY(f.open(QIODevice::WriteOnly)); f.write("data"); }
        p.start(QStringLiteral(PPLAB_BINARY), {QStringLiteral("fifo"), QStringLiteral("write"), file, QStringLiteral("x")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardError().contains("not a FIFO"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("data"));
        // Usage error.
        p.start(QStringLiteral(PPLAB_BINARY), {QStringLiteral("fifo"), QStringLiteral("read")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TestNamedPipes)
#include "tst_named_pipes.moc"
