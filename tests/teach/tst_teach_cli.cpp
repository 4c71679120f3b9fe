// The teaching commands as a user (or a course's autograder) runs them: the real pplab binary.
// Exit codes: 0 within the tolerance, 3 not within it, 2 unknown id or malformed prediction,
// 1 the run failed.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {
struct Result {
    int code;
    QString out;
    QString err;
};

Result pplab(const QStringList& args, const QString& home = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PPLAB_SELFTEST"), QStringLiteral("1"));
    if (!home.isEmpty()) {
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    }
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PPLAB_BINARY), args);
    if (!p.waitForFinished(120000)) { p.kill(); p.waitForFinished(); return {-1, {}, QStringLiteral("timeout")}; }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QString& text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(text.toUtf8());
    return path;
}
} // namespace

class TestTeachCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void listsExercisesIdFirst()
    {
        Result r = pplab({QStringLiteral("exercises")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("(^|\\n)race\\.one-thread\\s+One thread, no lock\\n"))));
        QVERIFY(r.err.isEmpty()); // no shipped file is broken
        r = pplab({QStringLiteral("exercises"), QStringLiteral("pipes")});
        QCOMPARE(r.code, 0);
        for (const QString& line : r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) QVERIFY2(line.startsWith(QStringLiteral("pipes.")), qPrintable(line));
        QVERIFY(r.out.count(QLatin1Char('\n')) >= 3);
        r = pplab({QStringLiteral("exercises"), QStringLiteral("nope")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("unknown scenario 'nope'")));
    }

    void asksTheQuestion()
    {
        const Result r = pplab({QStringLiteral("exercise"), QStringLiteral("scaling.amdahl-two-threads"), QStringLiteral("--hints"), QStringLiteral("1")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("30 % of its single-thread time")));
        QVERIFY(r.out.contains(QStringLiteral("Kind: number")));
        QVERIFY(r.out.contains(QStringLiteral("Unit: ×")));
        QVERIFY(r.out.contains(QStringLiteral("Hints: 2")));
        QVERIFY(r.out.contains(QStringLiteral("Hint 1 of 2:")));
        QVERIFY(!r.out.contains(QStringLiteral("Hint 2 of 2:")));
    }

    void withinToleranceExitsZero()
    {
        QTemporaryDir home;
        const QString json = home.filePath(QStringLiteral("verdict.json"));
        const Result r = pplab({QStringLiteral("exercise"), QStringLiteral("race.one-thread"), QStringLiteral("--predict"), QStringLiteral("0"),
                                QStringLiteral("--json"), json}, home.path());
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("Verdict:     correct")));
        QVERIFY(r.out.contains(QStringLiteral("Explanation:")));
        QFile f(json);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("pplab-exercise-result"));
        QCOMPARE(o.value(QStringLiteral("verdict")).toString(), QStringLiteral("correct"));
        QCOMPARE(o.value(QStringLiteral("measured")).toDouble(), 0.0);
        QCOMPARE(o.value(QStringLiteral("run")).toObject().value(QStringLiteral("scenario")).toString(), QStringLiteral("race"));
        // The attempt is in the student's progress, where the window finds it.
        QFile progress(home.path() + QStringLiteral("/data/pplab/pplab/progress.json"));
        QVERIFY2(progress.open(QIODevice::ReadOnly), qPrintable(progress.fileName()));
        QVERIFY(progress.readAll().contains("race.one-thread"));
    }

    void notWithinToleranceExitsThree()
    {
        QTemporaryDir home;
        Result r = pplab({QStringLiteral("exercise"), QStringLiteral("race.one-thread"), QStringLiteral("--predict"), QStringLiteral("5 updates")}, home.path());
        QCOMPARE(r.code, 3);
        QVERIFY(r.out.contains(QStringLiteral("Verdict:     wrong")));
        // A choice: one thread never loses an update, so "some" is wrong whatever the machine.
        r = pplab({QStringLiteral("exercise"), QStringLiteral("named_pipes.at-pipe-buf"), QStringLiteral("--predict"), QStringLiteral("3")}, home.path());
        QCOMPARE(r.code, 3);
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown id") << QStringList{"exercise", "race.nope", "--predict", "1"} << "unknown exercise 'race.nope' (this scenario has:";
        QTest::newRow("no id") << QStringList{"exercise"} << "exercise needs one exercise id";
        QTest::newRow("malformed number") << QStringList{"exercise", "race.one-thread", "--predict", "none"} << "expected a number such as 1.5";
        QTest::newRow("malformed range") << QStringList{"exercise", "race.price-of-correctness", "--predict", "2"} << "expected a range low..high";
        QTest::newRow("range too wide") << QStringList{"exercise", "race.price-of-correctness", "--predict", "0..100"} << "allows at most 3";
        QTest::newRow("unknown choice") << QStringList{"exercise", "deadlock.revolving-door", "--predict", "maybe"} << "unknown choice 'maybe' (choose one of: yes, no)";
        QTest::newRow("bad hints") << QStringList{"exercise", "race.one-thread", "--hints", "-1"} << "--hints";
        QTest::newRow("json without predict") << QStringList{"exercise", "race.one-thread", "--json", "x.json"} << "--json needs --predict";
        QTest::newRow("unwritable json") << QStringList{"exercise", "race.one-thread", "--predict", "0", "--json", "/nonexistent/dir/x.json"} << "cannot write";
    }
    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir home;
        const Result r = pplab(args, home.path());
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFile::exists(home.path() + QStringLiteral("/data/pplab/pplab/progress.json"))); // nothing was run
    }

    void failedRunExitsOne()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("fails.exercise"),
                                       QStringLiteral("exercise: selftest.fails\ntitle: Fails\nscenario: selftest\nset: outcome=fail\n"
                                                      "question: Q?\nanswer: 1\nkind: number\ntolerance: 0\nexplanation: E.\nhighlight: chart line\n"));
        const Result r = pplab({QStringLiteral("exercise"), path, QStringLiteral("--predict"), QStringLiteral("1")}, dir.path());
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("the self-test was asked to fail")), qPrintable(r.err));
        // The same file, succeeding: a teacher's own exercise runs like a shipped one.
        const QString ok = writeFile(dir, QStringLiteral("ok.exercise"),
                                     QStringLiteral("exercise: selftest.ok\ntitle: Ok\nscenario: selftest\nset: outcome=finish\n"
                                                    "question: Q?\nanswer: 1 + 1\nkind: number\ntolerance: 0\nexplanation: E.\nhighlight: chart line\n"));
        QCOMPARE(pplab({QStringLiteral("exercise"), ok, QStringLiteral("--predict"), QStringLiteral("2")}, dir.path()).code, 0);
        QCOMPARE(pplab({QStringLiteral("exercise"), ok, QStringLiteral("--predict"), QStringLiteral("3")}, dir.path()).code, 3);
    }

    void lessonCheckNamesTheLine()
    {
        QTemporaryDir dir;
        const QString bad = writeFile(dir, QStringLiteral("bad.lesson"),
                                      QStringLiteral("lesson: mine\ntitle: Mine\n\n[step]\ntitle: One\ntalk: Hi\nscenario: race\nset: threads=1000\n"));
        Result r = pplab({QStringLiteral("lesson"), QStringLiteral("check"), bad});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(bad + QStringLiteral(":8: threads: 1000 is out of range")), qPrintable(r.err));
        const QString good = writeFile(dir, QStringLiteral("good.lesson"),
                                       QStringLiteral("lesson: mine\ntitle: Mine\n\n[step]\ntitle: One\ntalk: Hi\nscenario: race\nset: threads=4\nminutes: 5\n"));
        r = pplab({QStringLiteral("lesson"), QStringLiteral("check"), good});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("ok (lesson mine, 1 step(s), 5 min planned)")));
        r = pplab({QStringLiteral("lesson"), QStringLiteral("check"), dir.filePath(QStringLiteral("missing.lesson"))});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("cannot read")));
        // Exercise files are checked by the same command.
        const QString ex = writeFile(dir, QStringLiteral("x.exercise"), QStringLiteral("exercise: race.x\ntitle: X\n"));
        r = pplab({QStringLiteral("exercise"), QStringLiteral("check"), ex});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(ex + QStringLiteral(":1: 'question:' is missing")));
        // A lesson can be shown from a file or by its id.
        r = pplab({QStringLiteral("lesson"), good});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("pplab run race --set threads=4")));
    }

    void listsLessons()
    {
        Result r = pplab({QStringLiteral("lessons")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("(^|\\n)hazards-45\\s+Hazards in 45 minutes.*\\(11 steps, 45 min\\)"))));
        r = pplab({QStringLiteral("lesson"), QStringLiteral("hazards-45")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("2. Two threads, one counter (5 min)")));
    }

    void helpMentionsTheExitCodes()
    {
        Result r = pplab({QStringLiteral("--help")});
        QVERIFY(r.out.contains(QStringLiteral("pplab exercise <id> --predict VALUE")));
        QVERIFY(r.out.contains(QStringLiteral("3 `exercise --predict`")));
        r = pplab({QStringLiteral("exercise"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("3 it is not")));
    }
};

QTEST_GUILESS_MAIN(TestTeachCli)
#include "tst_teach_cli.moc"
