// `pplab compare` and reports, run as a user would: real runs saved as JSON, compared into one
// chart, CSV and JSON with a run column, and a self-contained HTML (or PDF) report.
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {
struct Result {
    int code;
    QString out, err;
};

Result pplab(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(PPLAB_BINARY), args);
    if (!p.waitForFinished(120000)) { p.kill(); p.waitForFinished(); return {-1, {}, QStringLiteral("timeout")}; }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString readText(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// Every element that is opened is closed, in order (void elements and self-closing tags aside),
// and the document has the parts of an HTML page. Returns the first problem, or empty.
QString htmlProblem(const QString& html)
{
    if (!html.startsWith(QStringLiteral("<!DOCTYPE html>"))) return QStringLiteral("no doctype");
    static const QStringList voids{QStringLiteral("meta"), QStringLiteral("br"), QStringLiteral("img"), QStringLiteral("hr"),
                                   QStringLiteral("link"), QStringLiteral("input"), QStringLiteral("col")};
    QStringList stack;
    const QRegularExpression tag(QStringLiteral("<(/?)([A-Za-z][A-Za-z0-9:]*)([^>]*?)(/?)>"));
    QString body = html;
    body.remove(QRegularExpression(QStringLiteral("<!--.*?-->"), QRegularExpression::DotMatchesEverythingOption));
    for (auto it = tag.globalMatch(body); it.hasNext();) {
        const auto m = it.next();
        const QString name = m.captured(2).toLower();
        if (m.captured(1).isEmpty()) {
            if (!m.captured(4).isEmpty() || voids.contains(name)) continue;
            stack << name;
        } else {
            if (stack.isEmpty() || stack.last() != name)
                return QStringLiteral("</%1> closes <%2>").arg(name, stack.isEmpty() ? QStringLiteral("nothing") : stack.last());
            stack.removeLast();
        }
    }
    return stack.isEmpty() ? QString() : QStringLiteral("<%1> not closed").arg(stack.last());
}
} // namespace

class TestCompareCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        for (int threads : {1, 2}) {
            const Result r = pplab({QStringLiteral("run"), QStringLiteral("hello"), QStringLiteral("--set"),
                                    QStringLiteral("threads=%1").arg(threads), QStringLiteral("--duration"), QStringLiteral("0.4"),
                                    QStringLiteral("--quiet"), QStringLiteral("--json"), path(QStringLiteral("t%1.json").arg(threads))});
            QCOMPARE(r.code, 0);
        }
    }

    void comparePrintsFiguresWithRatios()
    {
        const Result r = pplab({QStringLiteral("compare"), path(QStringLiteral("t1.json")), path(QStringLiteral("t2.json"))});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("threads=1")) && r.out.contains(QStringLiteral("threads=2")), qPrintable(r.out));
        QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("\\nthreads\\s+1\\s+2 \\(x2\\)"))));
    }

    void compareWritesChartCsvJson()
    {
        const Result r = pplab({QStringLiteral("compare"), path(QStringLiteral("t1.json")), path(QStringLiteral("t2.json")),
                                QStringLiteral("--chart"), path(QStringLiteral("c.svg")), QStringLiteral("--chart-key"), QStringLiteral("rate"),
                                QStringLiteral("--csv"), path(QStringLiteral("c.csv")), QStringLiteral("--json"), path(QStringLiteral("c.json")),
                                QStringLiteral("--quiet")});
        QCOMPARE(r.code, 0);
        const QString svg = readText(path(QStringLiteral("c.svg")));
        QVERIFY(svg.contains(QStringLiteral("threads=1")) && svg.contains(QStringLiteral("threads=2"))); // the legend names the difference
        const QString csv = readText(path(QStringLiteral("c.csv")));
        QVERIFY(csv.startsWith(QStringLiteral("run,series,title,x,y\n")));
        QVERIFY(csv.contains(QStringLiteral("\nthreads=2,rate_T2,")));
        const QJsonObject o = QJsonDocument::fromJson(readText(path(QStringLiteral("c.json"))).toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("pplab-comparison"));
    }

    void reportIsOneSelfContainedPage()
    {
        const Result r = pplab({QStringLiteral("compare"), path(QStringLiteral("t1.json")), path(QStringLiteral("t2.json")),
                                QStringLiteral("--report"), path(QStringLiteral("r.html")), QStringLiteral("--quiet")});
        QCOMPARE(r.code, 0);
        const QString html = readText(path(QStringLiteral("r.html")));
        QCOMPARE(htmlProblem(html), QString());
        QCOMPARE(html.count(QStringLiteral("<svg")), 3); // hello draws rate, counts and the timeline
        for (const char* section : {"id=\"machine\"", "id=\"scenario\"", "id=\"runs\"", "id=\"parameters\"", "id=\"figures\"", "id=\"timeline\""})
            QVERIFY2(html.contains(QLatin1String(section)), section);
        // Nothing to fetch: no external scripts, styles, images or fonts.
        QVERIFY(!html.contains(QRegularExpression(QStringLiteral("(src|href)\\s*=\\s*\"(?!data:|#)"))));
        QVERIFY(!html.contains(QStringLiteral("url(http")));
        QVERIFY(!html.contains(QStringLiteral("<script")));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("r.*")}, QDir::Files), QStringList{QStringLiteral("r.html")});
    }

    // The command line speaks English: a Portuguese desktop gets an English report, with the
    // English explanation, and English numbers.
    void aReportFromTheCommandLineIsEnglish()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* v : {"LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE"}) env.insert(QString::fromLatin1(v), QStringLiteral("pt_BR.UTF-8"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PPLAB_BINARY), {QStringLiteral("compare"), path(QStringLiteral("t1.json")), path(QStringLiteral("t2.json")),
                                               QStringLiteral("--report"), path(QStringLiteral("en.html")), QStringLiteral("--quiet")});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        const QString html = readText(path(QStringLiteral("en.html")));
        QVERIFY(html.contains(QStringLiteral("lang=\"en")));
        QVERIFY(html.contains(QStringLiteral("Hello threads")));
        QVERIFY2(!html.contains(QStringLiteral("Olá")), "a Portuguese explanation in the English report");
    }

    void runWritesAReportAndAPdf()
    {
        Result r = pplab({QStringLiteral("run"), QStringLiteral("hello"), QStringLiteral("--duration"), QStringLiteral("0.3"),
                          QStringLiteral("--quiet"), QStringLiteral("--report"), path(QStringLiteral("one.html"))});
        QCOMPARE(r.code, 0);
        const QString html = readText(path(QStringLiteral("one.html")));
        QCOMPARE(htmlProblem(html), QString());
        QVERIFY(!html.contains(QStringLiteral("id=\"runs\""))); // one run: no table of runs
        r = pplab({QStringLiteral("compare"), path(QStringLiteral("t1.json")), path(QStringLiteral("t2.json")), QStringLiteral("--report"),
                   path(QStringLiteral("r.pdf")), QStringLiteral("--quiet")});
        QCOMPARE(r.code, 0);
        QFile pdf(path(QStringLiteral("r.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY(pdf.size() > 10000);
    }

    void badFilesAreUsageErrorsNamingTheFile_data()
    {
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not json") << QStringLiteral("hello") << QStringLiteral("not valid JSON");
        QTest::newRow("other json") << QStringLiteral("{\"a\": 1}") << QStringLiteral("not a pplab run");
        QTest::newRow("newer") << QStringLiteral("{\"format\": \"pplab-run\", \"format_version\": 42}") << QStringLiteral("newer pplab");
    }

    void badFilesAreUsageErrorsNamingTheFile()
    {
        QFETCH(QString, content);
        QFETCH(QString, reason);
        QFile f(path(QStringLiteral("bad.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content.toUtf8());
        f.close();
        const Result r = pplab({QStringLiteral("compare"), path(QStringLiteral("t1.json")), f.fileName(),
                                QStringLiteral("--report"), path(QStringLiteral("never.html"))});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(f.fileName()) && r.err.contains(reason), qPrintable(r.err));
        QVERIFY(!QFile::exists(path(QStringLiteral("never.html"))));
    }

    void otherUsageErrors()
    {
        QCOMPARE(pplab({QStringLiteral("compare"), path(QStringLiteral("t1.json"))}).code, 2); // one run
        Result r = pplab({QStringLiteral("run"), QStringLiteral("race"), QStringLiteral("--set"), QStringLiteral("increments=1000"),
                          QStringLiteral("--quiet"), QStringLiteral("--json"), path(QStringLiteral("race.json"))});
        QCOMPARE(r.code, 0);
        r = pplab({QStringLiteral("compare"), path(QStringLiteral("t1.json")), path(QStringLiteral("race.json"))});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("different scenarios")));
        r = pplab({QStringLiteral("compare"), path(QStringLiteral("t1.json")), path(QStringLiteral("t2.json")),
                   QStringLiteral("--report"), path(QStringLiteral("r.txt"))});
        QCOMPARE(r.code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCompareCli)
#include "tst_compare_cli.moc"
