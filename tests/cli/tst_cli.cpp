// The command line, run as a user would: the real pplab binary through QProcess.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

namespace {
struct Result {
    int code;
    QString out;
    QString err;
};

Result pplab(const QStringList& args, int timeoutMs = 60000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PPLAB_SELFTEST"), QStringLiteral("1"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PPLAB_BINARY), args);
    if (!p.waitForFinished(timeoutMs)) { p.kill(); p.waitForFinished(); return {-1, {}, QStringLiteral("timeout")}; }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void versionAndHelp()
    {
        Result r = pplab({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("pplab " PPLAB_VERSION)));
        // The libraries it runs with, not only the ones it was built with.
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("\\nQt \\d+\\.\\d+"))), qPrintable(r.out));
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("\\noneTBB \\d{4}\\.\\d+"))), qPrintable(r.out));
        r = pplab({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("pplab run <id>")));
        r = pplab({QStringLiteral("run"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("--duration")));
    }

    void listShowsEveryScenario()
    {
        const Result r = pplab({QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("ID")));
        QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("\\nhello\\s+basics\\s+Hello threads"))));
    }

    // One item a line, for scripts and the bash completion.
    void listAndDescribeForScripts()
    {
        Result r = pplab({QStringLiteral("list"), QStringLiteral("--ids")});
        QCOMPARE(r.code, 0);
        const QStringList ids = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(ids.contains(QStringLiteral("hello")) && ids.contains(QStringLiteral("race")));
        for (const QString& id : ids) QVERIFY2(!id.contains(QLatin1Char(' ')), qPrintable(id));
        r = pplab({QStringLiteral("describe"), QStringLiteral("race"), QStringLiteral("--keys")});
        QCOMPARE(r.code, 0);
        const QStringList keys = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(keys.contains(QStringLiteral("threads=")));
        QVERIFY(keys.contains(QStringLiteral("strategy=mutex")));
        QVERIFY(keys.contains(QStringLiteral("yield=true")));
        r = pplab({QStringLiteral("describe"), QStringLiteral("race"), QStringLiteral("--chart-keys")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).contains(QStringLiteral("timeline")));
        QCOMPARE(pplab({QStringLiteral("describe"), QStringLiteral("nope"), QStringLiteral("--keys")}).code, 2);
    }

    // What the desktop entry's `pplab %F` passes is for the window, not an unknown command.
    void aFileArgumentOpensTheWindow()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("run.pplab.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{}");
        f.close();
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* v : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"}) env.remove(QString::fromLatin1(v));
        p.setProcessEnvironment(env);
        // `pplab FILE` and `pplab open FILE...` both go to the window.
        for (const QStringList& args : {QStringList{file}, QStringList{QStringLiteral("open"), file, file}}) {
            p.start(QStringLiteral(PPLAB_BINARY), args);
            QVERIFY(p.waitForFinished(30000));
            const QString err = QString::fromUtf8(p.readAllStandardError());
            QCOMPARE(p.exitCode(), 2);
            QVERIFY2(err.contains(QStringLiteral("no display")), qPrintable(err)); // the window's message
            QVERIFY(!err.contains(QStringLiteral("unknown command")));
        }
    }

    void openHelpIsUsageNotAWindow()
    {
        const Result r = pplab({QStringLiteral("open"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Usage: pplab open FILE")), qPrintable(r.out));
    }

    void describeShowsParameters()
    {
        const Result r = pplab({QStringLiteral("describe"), QStringLiteral("hello")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("threads\\s+int\\s+\\d+\\s+1\\.\\.64"))));
        QVERIFY(r.out.contains(QStringLiteral("Presets:")));
    }

    void usageErrorsExitTwoWithOneLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown command") << QStringList{"frobnicate"} << "unknown command 'frobnicate'";
        QTest::newRow("unknown scenario") << QStringList{"run", "nope"} << "unknown scenario 'nope'";
        QTest::newRow("describe unknown") << QStringList{"describe", "nope"} << "unknown scenario 'nope'";
        QTest::newRow("unknown key") << QStringList{"run", "hello", "--set", "colour=red"} << "unknown parameter 'colour'";
        QTest::newRow("out of range") << QStringList{"run", "hello", "--set", "threads=0"} << "threads: 0 is out of range (allowed 1..64)";
        QTest::newRow("malformed") << QStringList{"run", "hello", "--set", "threads=lots"} << "threads: expected a whole number, got 'lots'";
        QTest::newRow("no equals") << QStringList{"run", "hello", "--set", "threads"} << "--set expects key=value";
        QTest::newRow("bad duration") << QStringList{"run", "hello", "--duration", "-1"} << "--duration: expected seconds";
        QTest::newRow("unwritable json") << QStringList{"run", "hello", "--json", "/no/such/dir/x.json"} << "directory /no/such/dir does not exist";
        QTest::newRow("bad chart format") << QStringList{"run", "hello", "--chart", "/tmp/x.bmp"} << "unsupported format";
        QTest::newRow("bad chart key") << QStringList{"run", "hello", "--chart", "/tmp/x.png", "--chart-key", "nope"} << "unknown chart 'nope'";
        QTest::newRow("tiny size") << QStringList{"run", "hello", "--chart", "/tmp/x.png", "--size", "10x10"} << "--size: expected WxH between";
        QTest::newRow("size without chart") << QStringList{"run", "hello", "--size", "800x600"} << "which is missing";
        QTest::newRow("unknown option") << QStringList{"run", "hello", "--colour"} << "Unknown option 'colour'";
        QTest::newRow("missing id") << QStringList{"run"} << "run needs one scenario id";
    }

    void usageErrorsExitTwoWithOneLine()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Result r = pplab(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY(r.err.startsWith(QStringLiteral("pplab: ")));
    }

    void regularFileIsNotAFifoAndStaysUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me");
        f.close();
        const Result r = pplab({QStringLiteral("run"), QStringLiteral("named_pipes"), QStringLiteral("--set"),
                                QStringLiteral("path=") + path});
        QCOMPARE(r.code, 2); // bad input, found before the run starts
        QVERIFY2(r.err.contains(QStringLiteral("exists and is not a FIFO")), qPrintable(r.err));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("keep me"));
    }

    void failedRunExitsOne()
    {
        Result r = pplab({QStringLiteral("run"), QStringLiteral("selftest"), QStringLiteral("--set"), QStringLiteral("outcome=fail")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("the self-test was asked to fail")));
        r = pplab({QStringLiteral("run"), QStringLiteral("selftest"), QStringLiteral("--set"), QStringLiteral("outcome=throw"),
                   QStringLiteral("--json"), QStringLiteral("-")});
        QCOMPARE(r.code, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(o.value(QStringLiteral("error")).toString(), QStringLiteral("the self-test threw"));
    }

    void runWritesEveryFormat()
    {
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("r.json")), csv = dir.filePath(QStringLiteral("r.csv")),
                      trace = dir.filePath(QStringLiteral("t.json"));
        const Result r = pplab({QStringLiteral("run"), QStringLiteral("hello"), QStringLiteral("--set"), QStringLiteral("threads=2"),
                                QStringLiteral("--set"), QStringLiteral("burst_ms=10"), QStringLiteral("--duration"), QStringLiteral("0.5"),
                                QStringLiteral("--seed"), QStringLiteral("42"), QStringLiteral("--json"), json, QStringLiteral("--csv"), csv,
                                QStringLiteral("--trace"), trace, QStringLiteral("--chart"), dir.filePath(QStringLiteral("c.png")),
                                QStringLiteral("--quiet")});
        QCOMPARE(r.code, 0);
        QJsonParseError err;
        const QJsonObject o = QJsonDocument::fromJson(readFile(json), &err).object();
        QCOMPARE(err.error, QJsonParseError::NoError);
        QCOMPARE(o.value(QStringLiteral("scenario")).toString(), QStringLiteral("hello"));
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
        QCOMPARE(o.value(QStringLiteral("seed")).toString(), QStringLiteral("42"));
        QCOMPARE(o.value(QStringLiteral("params")).toObject().value(QStringLiteral("threads")).toInt(), 2);
        QVERIFY(o.value(QStringLiteral("duration_s")).toDouble() >= 0.5);
        QVERIFY(o.value(QStringLiteral("summary")).toObject().value(QStringLiteral("total_counts")).toDouble() > 0);
        QVERIFY(!o.value(QStringLiteral("series")).toArray().isEmpty());
        QVERIFY(!o.value(QStringLiteral("spans")).toArray().isEmpty());
        QVERIFY(o.value(QStringLiteral("machine")).toObject().value(QStringLiteral("logical_cpus")).toInt() >= 1);
        const QList<QByteArray> rows = readFile(csv).trimmed().split('\n');
        QCOMPARE(rows.first(), QByteArray("series,title,x,y"));
        QVERIFY(rows.size() > 2);
        QCOMPARE(rows.at(1).split(',').size(), 4);
        QCOMPARE(QJsonDocument::fromJson(readFile(trace), &err).object().value(QStringLiteral("traceEvents")).toArray().isEmpty(), false);
        QVERIFY(readFile(dir.filePath(QStringLiteral("c.png"))).startsWith("\x89PNG"));
    }

    void chartFormatsAndKeys_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("magic");
        QTest::newRow("svg line") << "c.svg" << "rate" << QByteArray("<?xml");
        QTest::newRow("pdf bars") << "c.pdf" << "counts" << QByteArray("%PDF-");
        QTest::newRow("png timeline") << "c.png" << "timeline" << QByteArray("\x89PNG");
    }

    void chartFormatsAndKeys()
    {
        QFETCH(QString, file);
        QFETCH(QString, key);
        QFETCH(QByteArray, magic);
        QTemporaryDir dir;
        const Result r = pplab({QStringLiteral("run"), QStringLiteral("hello"), QStringLiteral("--duration"), QStringLiteral("0.3"),
                                QStringLiteral("--chart"), dir.filePath(file), QStringLiteral("--chart-key"), key,
                                QStringLiteral("--size"), QStringLiteral("640x400")});
        QCOMPARE(r.code, 0);
        QVERIFY(readFile(dir.filePath(file)).startsWith(magic));
    }

    void progressGoesToStderrForLongRuns()
    {
        const Result r = pplab({QStringLiteral("run"), QStringLiteral("hello"), QStringLiteral("--duration"), QStringLiteral("1.4")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains(QStringLiteral("hello running")), qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("hello: finished")));
        const Result quick = pplab({QStringLiteral("run"), QStringLiteral("hello"), QStringLiteral("--duration"), QStringLiteral("0.2")});
        QVERIFY(!quick.err.contains(QStringLiteral("running")));
    }

    void interruptStopsTheRunAndStillWrites()
    {
        QTemporaryDir dir;
        QProcess p;
        p.start(QStringLiteral(PPLAB_BINARY), {QStringLiteral("run"), QStringLiteral("hello"), QStringLiteral("--duration"), QStringLiteral("0"),
                                               QStringLiteral("--json"), dir.filePath(QStringLiteral("r.json"))});
        QVERIFY(p.waitForStarted());
        // Signal only once the run is under way and its Ctrl+C handler is installed: the progress
        // line says so (stderr is not a terminal: one line a second, from the first second on).
        // A fixed delay would kill a slow-starting process (busy cores, sanitizers) instead.
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += p.readAllStandardError(), err.contains("pplab: hello running")), 60000);
        ::kill(static_cast<pid_t>(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        const QJsonObject o = QJsonDocument::fromJson(readFile(dir.filePath(QStringLiteral("r.json")))).object();
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("stopped"));
    }

    void noDisplayExplainsHeadlessUse()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* v : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}) env.remove(QLatin1String(v));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PPLAB_BINARY), QStringList{});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY(err.contains(QStringLiteral("no display")));
        QVERIFY(err.contains(QStringLiteral("xvfb-run")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
