// Output files of the command line under faults: a full device, a file-size limit that stops a
// write half-way, standard output on a full device. A failed write is exit 1 naming the file and
// the reason; nothing half-written is left under the requested name; a device is never replaced.
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

namespace {
struct Result {
    int code;
    QString err;
};

Result pplab(const QStringList& args, const QString& stdoutFile = {}, qint64 fileSizeLimit = 0)
{
    QProcess p;
    if (!stdoutFile.isEmpty()) p.setStandardOutputFile(stdoutFile, QIODevice::Append);
    if (fileSizeLimit > 0) {
        // A disk that fills up half-way through a write: files may not grow beyond the limit.
        p.setChildProcessModifier([fileSizeLimit] {
            const rlimit lim{static_cast<rlim_t>(fileSizeLimit), static_cast<rlim_t>(fileSizeLimit)};
            setrlimit(RLIMIT_FSIZE, &lim);
            signal(SIGXFSZ, SIG_IGN); // the write then fails with EFBIG instead of killing pplab
        });
    }
    p.start(QStringLiteral(PPLAB_BINARY), args);
    if (!p.waitForFinished(60000)) { p.kill(); p.waitForFinished(); return {-1, QStringLiteral("timeout")}; }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, QString::fromLocal8Bit(p.readAllStandardError())};
}

bool isCharDevice(const char* path)
{
    struct stat st{};
    return stat(path, &st) == 0 && S_ISCHR(st.st_mode);
}

const QStringList kShortRun{QStringLiteral("run"), QStringLiteral("hello"), QStringLiteral("--duration"),
                            QStringLiteral("0.3"), QStringLiteral("--quiet")};
} // namespace

class TestCliOutput : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fullDeviceIsAFailedWriteAndStaysADevice_data()
    {
        QTest::addColumn<QString>("option");
        QTest::newRow("json") << QStringLiteral("--json");
        QTest::newRow("csv") << QStringLiteral("--csv");
        QTest::newRow("trace") << QStringLiteral("--trace");
    }

    void fullDeviceIsAFailedWriteAndStaysADevice()
    {
        if (!isCharDevice("/dev/full")) QSKIP("/dev/full is not available here");
        QFETCH(QString, option);
        const Result r = pplab(kShortRun + QStringList{option, QStringLiteral("/dev/full")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("/dev/full")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("space"), Qt::CaseInsensitive), qPrintable(r.err));
        QVERIFY(isCharDevice("/dev/full")); // written into, never renamed over
    }

    void fullStandardOutputFails()
    {
        if (!isCharDevice("/dev/full")) QSKIP("/dev/full is not available here");
        const Result r = pplab(kShortRun + QStringList{QStringLiteral("--json"), QStringLiteral("-")}, QStringLiteral("/dev/full"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("standard output")), qPrintable(r.err));
        // A summary printed to a full standard output is a failure too.
        const Result list = pplab({QStringLiteral("list")}, QStringLiteral("/dev/full"));
        QCOMPARE(list.code, 1);
    }

    void writeCutShortLeavesNothingBehind_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("name");
        QTest::newRow("json") << QStringLiteral("--json") << QStringLiteral("out.json");
        QTest::newRow("csv") << QStringLiteral("--csv") << QStringLiteral("out.csv");
        QTest::newRow("trace") << QStringLiteral("--trace") << QStringLiteral("out.trace.json");
        QTest::newRow("png chart") << QStringLiteral("--chart") << QStringLiteral("out.png");
        QTest::newRow("svg chart") << QStringLiteral("--chart") << QStringLiteral("out.svg");
        QTest::newRow("pdf chart") << QStringLiteral("--chart") << QStringLiteral("out.pdf");
    }

    void writeCutShortLeavesNothingBehind()
    {
        QFETCH(QString, option);
        QFETCH(QString, name);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        // An older file of the same name must survive a failed write unchanged.
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("previous");
        old.close();
        const Result r = pplab(kShortRun + QStringList{option, path}, {}, 200);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(path), qPrintable(r.err));
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("previous"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{name}); // no temporary left
    }
};

QTEST_GUILESS_MAIN(TestCliOutput)
#include "tst_cli_output.moc"
