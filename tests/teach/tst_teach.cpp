// The teaching engine without a window: the expression language, the text format and its
// line-numbered mistakes, predictions and verdicts at the edges of their tolerances, the
// shipped exercises and lessons (every scenario, parameter, figure and chart they name must
// exist), the texts collected for translation, the docs pages, and the progress file.
#include "Catalog.h"
#include "Progress.h"

#include "all.h"
#include "lab/Registry.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace teach;

namespace {
// A minimal valid exercise of `race`, with `extra` lines appended.
QString exerciseText(const QString& extra = {}, const QString& kind = QStringLiteral("kind: number\ntolerance: 10%\n"))
{
    return QStringLiteral("exercise: race.test\n"
                          "title: A test\n"
                          "scenario: race\n"
                          "set: threads=2\n"
                          "question: How many?\n"
                          "answer: lost_updates\n")
           + kind
           + QStringLiteral("hint: one\n"
                            "explanation: Because.\n"
                            "highlight: counter lost_updates\n")
           + extra;
}

Exercise parsed(const QString& text)
{
    Exercise ex;
    Diagnostics d;
    if (!parseExercise(text, QStringLiteral("test.exercise"), false, &ex, &d)) {
        QStringList lines;
        for (const Diagnostic& x : d) lines << x.toString();
        qFatal("exercise did not parse: %s", qPrintable(lines.join(QLatin1Char('\n'))));
    }
    return ex;
}

double evalOrNan(const QString& text, const QHash<QString, double>& names = {})
{
    Expression e;
    QString error;
    if (!Expression::parse(text, &e, &error)) return std::nan("");
    double v = 0;
    const bool ok = e.evaluate([&](const QString& n, QString*) -> std::optional<double> {
        if (names.contains(n)) return names.value(n);
        return std::nullopt;
    }, &v, &error);
    return ok ? v : std::nan("");
}

Measurement measurementOf(double v)
{
    Measurement m;
    m.value = v;
    return m;
}
} // namespace

class TestTeach : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        lab::registerAll();
    }

    // --- the expression language -------------------------------------------------------------
    void expressionGood_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("value");
        QTest::newRow("precedence") << "1 + 2 * 3" << 7.0;
        QTest::newRow("parentheses") << "(1 + 2) * 3" << 9.0;
        QTest::newRow("left to right") << "10 - 4 - 3" << 3.0;
        QTest::newRow("division") << "10 / 4 / 5" << 0.5;
        QTest::newRow("unary minus") << "-(3) * -2" << 6.0;
        QTest::newRow("double minus") << "--3" << 3.0;
        QTest::newRow("unary plus") << "+4" << 4.0;
        QTest::newRow("exponent") << "2.5e-1 * 1E3" << 250.0;
        QTest::newRow("leading dot") << ".5 + 0.25" << 0.75;
        QTest::newRow("names") << "a * b + c" << 7.0;
        QTest::newRow("min") << "min(3, a, 2)" << 2.0;
        QTest::newRow("max") << "max(a, b, c, -1)" << 3.0;
        QTest::newRow("abs sqrt") << "abs(-9) + sqrt(16)" << 13.0;
        QTest::newRow("amdahl") << "amdahl(0.3, 2)" << 1.0 / 0.65;
        QTest::newRow("gustafson") << "gustafson(0.3, 2)" << 1.7;
        QTest::newRow("nested calls") << "max(min(a, b), sqrt(abs(-c)))" << 2.0;
        QTest::newRow("spaces") << "  ( a+b )*(  c )  " << 5.0 * 1.0;
    }
    void expressionGood()
    {
        QFETCH(QString, text);
        QFETCH(double, value);
        const double v = evalOrNan(text, {{QStringLiteral("a"), 2}, {QStringLiteral("b"), 3}, {QStringLiteral("c"), 1}});
        QVERIFY2(std::fabs(v - value) < 1e-12, qPrintable(QStringLiteral("%1 gave %2").arg(text).arg(v)));
    }

    void expressionBad_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << "" << "empty expression";
        QTest::newRow("dangling operator") << "1 +" << "column 4: expected a number";
        QTest::newRow("unclosed") << "(1 + 2" << "expected ')'";
        QTest::newRow("extra close") << "1)" << "column 2: unexpected ')'";
        QTest::newRow("two numbers") << "1 2" << "unexpected '2'";
        QTest::newRow("two names") << "a b" << "unexpected 'b'";
        QTest::newRow("unknown function") << "pow(2, 3)" << "unknown function 'pow'";
        QTest::newRow("code") << "system(1)" << "unknown function 'system'";
        QTest::newRow("min of one") << "min(1)" << "two or more arguments";
        QTest::newRow("sqrt of two") << "sqrt(1, 2)" << "takes 1 argument";
        QTest::newRow("function as name") << "abs + 1" << "abs is a function";
        QTest::newRow("operator") << "2 ^ 3" << "unexpected '^'";
        QTest::newRow("string") << "'a'" << "unexpected '''";
        QTest::newRow("range") << "1..2" << "unexpected";
        QTest::newRow("too deep") << QString(60, QLatin1Char('(')) + QStringLiteral("1") + QString(60, QLatin1Char(')')) << "nested too deeply";
        QTest::newRow("too long") << QString(1001, QLatin1Char('1')) << "longer than 1000";
    }
    void expressionBad()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        Expression e;
        QString error;
        QVERIFY(!Expression::parse(text, &e, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void expressionEvaluationErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("division by zero") << "1 / (a - 2)" << "division by zero";
        QTest::newRow("negative root") << "sqrt(-a)" << "square root of a negative";
        QTest::newRow("no value") << "missing + 1" << "'missing'";
        QTest::newRow("amdahl n = 0") << "amdahl(0.5, 0)" << "n > 0";
        QTest::newRow("overflow") << "1e308 * 10" << "not a finite number";
    }
    void expressionEvaluationErrors()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        Expression e;
        QString error;
        QVERIFY2(Expression::parse(text, &e, &error), qPrintable(error));
        double v = 0;
        QVERIFY(!e.evaluate([](const QString& n, QString* why) -> std::optional<double> {
            if (n == QLatin1String("a")) return 2.0;
            *why = QStringLiteral("'%1' has no value").arg(n);
            return std::nullopt;
        }, &v, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void expressionNames()
    {
        Expression e;
        QString error;
        QVERIFY(Expression::parse(QStringLiteral("max(a, b) / a + amdahl(s, cores)"), &e, &error));
        QCOMPARE(e.names(), (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("s"), QStringLiteral("cores")}));
    }

    // --- the text format -----------------------------------------------------------------------
    void textFormat()
    {
        const QString text = QStringLiteral("# comment\n"
                                            "key: first line\n"
                                            "  continued\n"
                                            "# a comment inside a value\n"
                                            "\n"
                                            "  new paragraph\n"
                                            "Other-Key:value\r\n"
                                            "empty:\n"
                                            "[step]\n"
                                            "title: In a block\n");
        Diagnostics d;
        const QList<Block> blocks = parseTextDoc(text, QStringLiteral("f"), &d);
        QVERIFY(d.isEmpty());
        QCOMPARE(blocks.size(), 2);
        QCOMPARE(blocks[0].entries.size(), 3);
        QCOMPARE(blocks[0].entries[0].value, QStringLiteral("first line continued\n\nnew paragraph"));
        QCOMPARE(blocks[0].entries[0].line, 2);
        QCOMPARE(blocks[0].entries[1].key, QStringLiteral("other-key"));
        QCOMPARE(blocks[0].entries[1].value, QStringLiteral("value"));
        QCOMPARE(blocks[0].entries[2].value, QString());
        QCOMPARE(blocks[1].name, QStringLiteral("step"));
        QCOMPARE(blocks[1].line, 9);
        QCOMPARE(blocks[1].entries[0].line, 10);
    }

    void textFormatErrorsNameTheLine()
    {
        Diagnostics d;
        parseTextDoc(QStringLiteral("  orphan\nkey: v\nno colon here\n[unclosed\n"), QStringLiteral("f.lesson"), &d);
        QCOMPARE(d.size(), 3);
        QCOMPARE(d[0].line, 1);
        QVERIFY(d[0].message.contains(QStringLiteral("no 'key:' line")));
        QCOMPARE(d[1].line, 3);
        QCOMPARE(d[2].line, 4);
        QCOMPARE(d[1].toString().left(11), QStringLiteral("f.lesson:3:"));
    }

    // --- exercises: mistakes are reported with their line ------------------------------------
    void exerciseMistakes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        const QString ok = exerciseText();
        QTest::newRow("unknown key") << exerciseText(QStringLiteral("colour: red\n")) << 12 << "unknown key 'colour'";
        QTest::newRow("unknown scenario") << QString(ok).replace(QStringLiteral("scenario: race"), QStringLiteral("scenario: races")) << 3 << "unknown scenario 'races'";
        QTest::newRow("id of another scenario") << QString(ok).replace(QStringLiteral("race.test"), QStringLiteral("hello.test")) << 1 << "must start with its scenario";
        QTest::newRow("bad id") << QString(ok).replace(QStringLiteral("race.test"), QStringLiteral("Race Test")) << 1 << "must be <scenario>.<name>";
        QTest::newRow("unknown parameter") << QString(ok).replace(QStringLiteral("set: threads=2"), QStringLiteral("set: thread=2")) << 4 << "unknown parameter 'thread'";
        QTest::newRow("out of range") << QString(ok).replace(QStringLiteral("set: threads=2"), QStringLiteral("set: threads=0")) << 4 << "threads: 0 is out of range";
        QTest::newRow("not key=value") << QString(ok).replace(QStringLiteral("set: threads=2"), QStringLiteral("set: threads 2")) << 4 << "expected 'set: key=value'";
        QTest::newRow("set twice") << exerciseText(QStringLiteral("set: threads=3\n")) << 12 << "set twice (first on line 4)";
        QTest::newRow("checkParams") << exerciseText(QStringLiteral("set: variant=bank\nset: increments=100000000\n")) << 13 << "increments";
        QTest::newRow("unknown figure") << QString(ok).replace(QStringLiteral("answer: lost_updates"), QStringLiteral("answer: lost_update / 2")) << 6 << "unknown name 'lost_update'";
        QTest::newRow("choice parameter") << QString(ok).replace(QStringLiteral("answer: lost_updates"), QStringLiteral("answer: strategy")) << 6 << "'strategy' is a choice parameter";
        QTest::newRow("bad expression") << QString(ok).replace(QStringLiteral("answer: lost_updates"), QStringLiteral("answer: lost_updates +")) << 6 << "answer: column";
        QTest::newRow("missing tolerance") << exerciseText({}, QStringLiteral("kind: number\n")) << 1 << "'tolerance:' is missing";
        QTest::newRow("bad tolerance") << exerciseText({}, QStringLiteral("kind: number\ntolerance: ten\n")) << 8 << "tolerance: expected";
        QTest::newRow("unknown kind") << exerciseText({}, QStringLiteral("kind: guess\n")) << 7 << "expected number, range or choice";
        QTest::newRow("range without width") << exerciseText({}, QStringLiteral("kind: range\n")) << 1 << "'max-width:' is missing";
        QTest::newRow("one choice") << exerciseText({}, QStringLiteral("kind: choice\nchoice: a | 0 | A\n")) << 8 << "at least two";
        QTest::newRow("overlapping choices") << exerciseText({}, QStringLiteral("kind: choice\nchoice: a | 0..5 | A\nchoice: b | 3.. | B\n")) << 9 << "overlaps choice a";
        QTest::newRow("bad choice range") << exerciseText({}, QStringLiteral("kind: choice\nchoice: a | 5..1 | A\nchoice: b | 6.. | B\n")) << 8 << "expected a range";
        QTest::newRow("unknown chart") << QString(ok).replace(QStringLiteral("highlight: counter lost_updates"), QStringLiteral("highlight: chart losses")) << 11 << "has no chart 'losses'";
        QTest::newRow("hidden counter") << QString(ok).replace(QStringLiteral("highlight: counter lost_updates"), QStringLiteral("highlight: counter nope")) << 11 << "shows no counter 'nope'";
        QTest::newRow("missing question") << QString(ok).remove(QStringLiteral("question: How many?\n")) << 1 << "'question:' is missing";
        QTest::newRow("given twice") << exerciseText(QStringLiteral("title: Again\n")) << 12 << "given twice (first on line 2)";
        QTest::newRow("a block") << exerciseText(QStringLiteral("[step]\n")) << 12 << "an exercise has no blocks";
        QTest::newRow("zero duration, never ends") << QString(ok).replace(QStringLiteral("scenario: race\nset: threads=2"), QStringLiteral("scenario: hello\nset: threads=2\nduration: 0")).replace(QStringLiteral("race.test"), QStringLiteral("hello.test")).replace(QStringLiteral("lost_updates"), QStringLiteral("fairness")) << 5 << "duration: 0 would run hello until Stop";
    }
    void exerciseMistakes()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(QString, message);
        Exercise ex;
        Diagnostics d;
        QVERIFY(!parseExercise(text, QStringLiteral("t.exercise"), false, &ex, &d));
        QStringList all;
        for (const Diagnostic& x : d) all << x.toString();
        bool found = false;
        for (const Diagnostic& x : d) found = found || (x.line == line && x.message.contains(message));
        QVERIFY2(found, qPrintable(all.join(QLatin1Char('\n'))));
    }

    void exerciseReads()
    {
        const Exercise ex = parsed(exerciseText(QStringLiteral("unit: updates\nreference: amdahl(0.5, threads) | Amdahl\nduration: 2\n")));
        QCOMPARE(ex.id, QStringLiteral("race.test"));
        QCOMPARE(ex.name(), QStringLiteral("test"));
        QCOMPARE(ex.values.value(QStringLiteral("threads")).toLongLong(), 2);
        QCOMPARE(ex.settings.first().second, QStringLiteral("2"));
        QCOMPARE(ex.duration, 2.0);
        QVERIFY(ex.tolerance.relative);
        QCOMPARE(ex.tolerance.value, 0.1);
        QCOMPARE(ex.hints.size(), 1);
        QCOMPARE(ex.references.size(), 1);
        QCOMPARE(ex.highlight.target, Highlight::Counter);
        QVERIFY(!ex.title.translated); // a file of one's own is used as written
    }

    // --- predictions and verdicts --------------------------------------------------------------
    void numberVerdicts_data()
    {
        QTest::addColumn<QString>("tolerance");
        QTest::addColumn<double>("measured");
        QTest::addColumn<double>("predicted");
        QTest::addColumn<QString>("verdict");
        // absolute ±2
        QTest::newRow("abs exact") << "2" << 10.0 << 10.0 << "correct";
        QTest::newRow("abs inside") << "2" << 10.0 << 11.5 << "correct";
        QTest::newRow("abs edge above") << "2" << 10.0 << 12.0 << "correct";
        QTest::newRow("abs edge below") << "2" << 10.0 << 8.0 << "correct";
        QTest::newRow("abs just outside") << "2" << 10.0 << 12.01 << "close";
        QTest::newRow("abs twice edge") << "2" << 10.0 << 14.0 << "close";
        QTest::newRow("abs outside") << "2" << 10.0 << 14.01 << "wrong";
        QTest::newRow("abs far") << "2" << 10.0 << -10.0 << "wrong";
        // relative 10 % of the measurement
        QTest::newRow("rel inside") << "10%" << 1.5 << 1.54 << "correct";
        QTest::newRow("rel edge") << "10%" << 1.5 << 1.65 << "correct";
        QTest::newRow("rel edge below") << "10%" << 1.5 << 1.35 << "correct";
        QTest::newRow("rel close") << "10%" << 1.5 << 1.7 << "close";
        QTest::newRow("rel twice edge") << "10%" << 1.5 << 1.8 << "close";
        QTest::newRow("rel outside") << "10%" << 1.5 << 1.81 << "wrong";
        QTest::newRow("rel of negative") << "10%" << -20.0 << -22.0 << "correct";
        QTest::newRow("rel of zero") << "10%" << 0.0 << 0.001 << "wrong";
        // exact
        QTest::newRow("zero tolerance hit") << "0" << 64.0 << 64.0 << "correct";
        QTest::newRow("zero tolerance miss") << "0" << 64.0 << 64.5 << "wrong";
    }
    void numberVerdicts()
    {
        QFETCH(QString, tolerance);
        QFETCH(double, measured);
        QFETCH(double, predicted);
        QFETCH(QString, verdict);
        const Exercise ex = parsed(exerciseText({}, QStringLiteral("kind: number\ntolerance: %1\n").arg(tolerance)));
        Prediction p;
        QString error;
        QVERIFY2(parsePrediction(ex, QString::number(predicted, 'g', 17), &p, &error), qPrintable(error));
        const Judgement j = judge(ex, p, measurementOf(measured));
        QCOMPARE(verdictId(j.verdict), verdict);
        QVERIFY(!describeJudgement(ex, p, measurementOf(measured), j).isEmpty());
    }

    void rangeVerdicts_data()
    {
        QTest::addColumn<QString>("range");
        QTest::addColumn<double>("measured");
        QTest::addColumn<QString>("verdict");
        QTest::newRow("inside") << "10..20" << 15.0 << "correct";
        QTest::newRow("low edge") << "10..20" << 10.0 << "correct";
        QTest::newRow("high edge") << "10..20" << 20.0 << "correct";
        QTest::newRow("just above") << "10..20" << 20.5 << "close";
        QTest::newRow("half width above") << "10..20" << 25.0 << "close";
        QTest::newRow("half width below") << "10..20" << 5.0 << "close";
        QTest::newRow("beyond") << "10..20" << 25.5 << "wrong";
        QTest::newRow("negative range") << "-5..-1" << -3.0 << "correct";
        QTest::newRow("point hit") << "7..7" << 7.0 << "correct";
        QTest::newRow("point miss") << "7..7" << 7.1 << "wrong";
    }
    void rangeVerdicts()
    {
        QFETCH(QString, range);
        QFETCH(double, measured);
        QFETCH(QString, verdict);
        const Exercise ex = parsed(exerciseText({}, QStringLiteral("kind: range\nmax-width: 10\nunit: %\n")));
        Prediction p;
        QString error;
        QVERIFY2(parsePrediction(ex, range + QStringLiteral("%"), &p, &error), qPrintable(error));
        QCOMPARE(verdictId(judge(ex, p, measurementOf(measured)).verdict), verdict);
    }

    void choiceVerdicts()
    {
        const Exercise ex = parsed(exerciseText({}, QStringLiteral("kind: choice\nchoice: none | 0 | None\nchoice: few | 1..10 | A few\nchoice: many | 10.. | Many\n")));
        Prediction p;
        QString error;
        QVERIFY(parsePrediction(ex, QStringLiteral("FEW"), &p, &error));
        QCOMPARE(p.choice, QStringLiteral("few"));
        Measurement m;
        QString why;
        QVERIFY(measure(ex, {{QStringLiteral("lost_updates"), 3}}, {}, &m, &why));
        QCOMPARE(m.choice, QStringLiteral("few"));
        QCOMPARE(judge(ex, p, m).verdict, Verdict::Correct);
        QVERIFY(measure(ex, {{QStringLiteral("lost_updates"), 10}}, {}, &m, &why)); // touching ends: the first choice listed
        QCOMPARE(m.choice, QStringLiteral("few"));
        QVERIFY(measure(ex, {{QStringLiteral("lost_updates"), 0}}, {}, &m, &why));
        QCOMPARE(judge(ex, p, m).verdict, Verdict::Wrong);
        QVERIFY(describeJudgement(ex, p, m, judge(ex, p, m)).contains(QStringLiteral("None")));
        QVERIFY(measure(ex, {{QStringLiteral("lost_updates"), 0.5}}, {}, &m, &why)); // in no choice's range
        QVERIFY(m.choice.isEmpty());
        QCOMPARE(judge(ex, p, m).verdict, Verdict::Wrong);
        QVERIFY(!parsePrediction(ex, QStringLiteral("several"), &p, &error));
        QVERIFY(error.contains(QStringLiteral("none, few, many")));
    }

    void malformedPredictions_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("not a number") << "kind: number\ntolerance: 1\n" << "lots" << "expected a number";
        QTest::newRow("two numbers") << "kind: number\ntolerance: 1\n" << "1 2" << "expected a number";
        QTest::newRow("infinite") << "kind: number\ntolerance: 1\n" << "inf" << "expected a number";
        QTest::newRow("no dots") << "kind: range\nmax-width: 5\n" << "1-3" << "expected a range";
        QTest::newRow("reversed") << "kind: range\nmax-width: 5\n" << "3..1" << "low end";
        QTest::newRow("too wide") << "kind: range\nmax-width: 5\n" << "0..100" << "at most 5";
        QTest::newRow("open range") << "kind: range\nmax-width: 5\n" << "3.." << "expected a range";
    }
    void malformedPredictions()
    {
        QFETCH(QString, kind);
        QFETCH(QString, text);
        QFETCH(QString, message);
        const Exercise ex = parsed(exerciseText({}, kind));
        Prediction p;
        QString error;
        QVERIFY(!parsePrediction(ex, text, &p, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void measureReadsFiguresParametersAndCores()
    {
        const Exercise ex = parsed(exerciseText({}, QStringLiteral("kind: number\ntolerance: 1\n"))
                                       .replace(QStringLiteral("answer: lost_updates"), QStringLiteral("answer: lost_updates / threads + yield + 0 * cores")));
        Measurement m;
        QString error;
        QVERIFY(measure(ex, {{QStringLiteral("lost_updates"), 10}}, {{QStringLiteral("threads"), 2}, {QStringLiteral("yield"), true}}, &m, &error));
        QCOMPARE(m.value, 6.0);
        QVERIFY(!measure(ex, {}, {{QStringLiteral("threads"), 2}, {QStringLiteral("yield"), false}}, &m, &error));
        QVERIFY2(error.contains(QStringLiteral("did not report 'lost_updates'")), qPrintable(error));
        QVERIFY(!measure(ex, {{QStringLiteral("lost_updates"), QStringLiteral("many")}}, {{QStringLiteral("threads"), 2}, {QStringLiteral("yield"), false}}, &m, &error));
        QVERIFY2(error.contains(QStringLiteral("not a number")), qPrintable(error));
        QVERIFY(lab::usableCpus() >= 1);
    }

    // --- lessons -------------------------------------------------------------------------------
    void lessonMistakes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        const QString head = QStringLiteral("lesson: t\ntitle: T\n\n");
        QTest::newRow("no steps") << head << 1 << "at least one [step]";
        QTest::newRow("no talk") << head + QStringLiteral("[step]\ntitle: S\n") << 4 << "'talk:'";
        QTest::newRow("unknown block") << head + QStringLiteral("[slide]\ntitle: S\ntalk: x\n") << 4 << "unknown block '[slide]'";
        QTest::newRow("unknown scenario") << head + QStringLiteral("[step]\ntitle: S\ntalk: x\nscenario: nope\n") << 7 << "unknown scenario 'nope'";
        QTest::newRow("bad value") << head + QStringLiteral("[step]\ntitle: S\ntalk: x\nscenario: race\nset: strategy=fast\n") << 8 << "strategy";
        QTest::newRow("set without scenario") << head + QStringLiteral("[step]\ntitle: S\ntalk: x\nset: threads=2\n") << 7 << "need a 'scenario:'";
        QTest::newRow("answer without question") << head + QStringLiteral("[step]\ntitle: S\ntalk: x\nanswer: y\n") << 7 << "without a 'question:'";
        QTest::newRow("bad minutes") << head + QStringLiteral("[step]\ntitle: S\ntalk: x\nminutes: soon\n") << 7 << "minutes";
        QTest::newRow("unknown key in step") << head + QStringLiteral("[step]\ntitle: S\ntalk: x\nnotes: y\n") << 7 << "unknown key 'notes'";
        QTest::newRow("second step's mistake") << head + QStringLiteral("[step]\ntitle: S\ntalk: x\n\n[step]\ntitle: S2\ntalk: y\nscenario: race\nhighlight: chart nope\n") << 12 << "has no chart 'nope'";
        QTest::newRow("missing lesson key") << QStringLiteral("title: T\n[step]\ntitle: S\ntalk: x\n") << 1 << "'lesson: <name>' is missing";
    }
    void lessonMistakes()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(QString, message);
        Lesson l;
        Diagnostics d;
        QVERIFY(!parseLesson(text, QStringLiteral("t.lesson"), false, &l, &d));
        QStringList all;
        bool found = false;
        for (const Diagnostic& x : d) {
            all << x.toString();
            found = found || (x.line == line && x.message.contains(message));
        }
        QVERIFY2(found, qPrintable(all.join(QLatin1Char('\n'))));
    }

    // --- what pplab ships ----------------------------------------------------------------------
    void shippedFilesLoadAndValidate()
    {
        const Catalog cat = Catalog::load();
        QStringList problems;
        for (const Diagnostic& d : cat.problems()) problems << d.toString();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(!cat.files().isEmpty());
        QCOMPARE(cat.exercises().size() + cat.lessons().size(), cat.files().size());
        // Every scenario ships at least three exercises and a lesson of its own.
        for (const QString& id : lab::Registry::instance().ids()) {
            if (id == QLatin1String("selftest")) continue;
            QVERIFY2(cat.exercises(id).size() >= 3, qPrintable(id));
            QVERIFY2(cat.lesson(id), qPrintable(QStringLiteral("no lesson %1").arg(id)));
        }
    }

    void shippedExercisesNameWhatExists()
    {
        // parseExercise checks the names against the scenario's declared figures, parameters and
        // charts, so a scenario that renames a key breaks its exercises here. Show it on a copy.
        for (const Exercise& ex : Catalog::shipped().exercises()) {
            const lab::ScenarioInfo info = lab::Registry::instance().info(ex.scenario);
            for (const QString& name : ex.answer.names())
                QVERIFY2(name == QLatin1String("cores") || info.figures.contains(name) || ex.values.contains(name)
                             || std::any_of(info.params.begin(), info.params.end(), [&](const auto& s) { return s.key == name; }),
                         qPrintable(ex.id + QLatin1Char(' ') + name));
            QFile f(ex.file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(f.readAll());
            if (ex.answer.names().isEmpty()) continue;
            const QString renamed = QString(text).replace(QRegularExpression(QStringLiteral("\\b%1\\b").arg(ex.answer.names().first())),
                                                          QStringLiteral("renamed_key"));
            Exercise broken;
            Diagnostics d;
            QVERIFY2(!parseExercise(renamed, ex.file, true, &broken, &d), qPrintable(ex.id));
        }
    }

    void shippedExercisesAreShortAndComplete()
    {
        for (const Exercise& ex : Catalog::shipped().exercises()) {
            const lab::ScenarioInfo info = lab::Registry::instance().info(ex.scenario);
            QVERIFY2(ex.runDuration(info) <= 5, qPrintable(ex.id));
            QVERIFY2(!ex.hints.isEmpty(), qPrintable(ex.id));
            QVERIFY2(ex.highlight.target != Highlight::None, qPrintable(ex.id));
            QVERIFY2(ex.title.translated, qPrintable(ex.id));
        }
    }

    void hazardsLessonCoversRaceDeadlockStarvation()
    {
        const Lesson* l = Catalog::shipped().lesson(QStringLiteral("hazards-45"));
        QVERIFY(l);
        QCOMPARE(l->minutes, 45);
        QCOMPARE(l->plannedMinutes(), 45);
        QStringList order;
        for (const LessonStep& s : l->steps)
            if (s.hasRun() && (order.isEmpty() || order.last() != s.scenario)) order << s.scenario;
        QCOMPARE(order, (QStringList{QStringLiteral("race"), QStringLiteral("deadlock"), QStringLiteral("starvation")}));
    }

    void translationTextsMatchTheFiles()
    {
        // TeachTexts.cmake read the same files at configure time; both readers must agree, or a
        // text would never be found in the catalogue.
        QSet<QString> collected;
        for (const SourceText& t : collectedTexts())
            collected.insert(QStringLiteral("%1|%2|%3").arg(QLatin1String(t.context), QString::fromUtf8(t.source), QString::fromUtf8(t.disambiguation)));
        QSet<QString> expected;
        const auto add = [&](const Text& t) {
            if (t.isEmpty()) return;
            QVERIFY(t.translated);
            expected.insert(QStringLiteral("%1|%2|%3").arg(QString::fromUtf8(t.context), t.source, QString::fromUtf8(t.disambiguation)));
        };
        for (const Exercise& ex : Catalog::shipped().exercises()) {
            for (const Text* t : {&ex.title, &ex.question, &ex.explanation, &ex.unit}) add(*t);
            for (const Text& t : ex.hints) add(t);
            for (const Choice& c : ex.choices) add(c.label);
            for (const Reference& r : ex.references) add(r.label);
        }
        for (const Lesson& l : Catalog::shipped().lessons()) {
            add(l.title);
            add(l.summary);
            for (const LessonStep& s : l.steps)
                for (const Text* t : {&s.title, &s.talk, &s.question, &s.answer}) add(*t);
        }
        const QSet<QString> missing = expected - collected, extra = collected - expected;
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not collected: ") + QStringList(missing.values()).join(QLatin1Char('\n'))));
        QVERIFY2(extra.isEmpty(), qPrintable(QStringLiteral("collected, not read: ") + QStringList(extra.values()).join(QLatin1Char('\n'))));
    }

    void docsListTheExercises()
    {
        // Each scenario's page lists its exercises between two markers; PPLAB_UPDATE_DOCS=1
        // rewrites the lists (then review the diff).
        const bool update = qEnvironmentVariableIsSet("PPLAB_UPDATE_DOCS");
        for (const QString& id : lab::Registry::instance().ids()) {
            if (id == QLatin1String("selftest")) continue;
            const QString path = QStringLiteral(PPLAB_SOURCE_DIR "/docs/scenarios/%1.md").arg(id);
            QFile f(path);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
            QString page = QString::fromUtf8(f.readAll());
            f.close();
            const QString begin = QString::fromLatin1(kDocsBegin).arg(id), end = QString::fromLatin1(kDocsEnd);
            const qsizetype a = page.indexOf(begin), b = page.indexOf(end);
            const QString want = exercisesMarkdown(id);
            if (update) {
                if (a >= 0 && b > a) page.replace(a, b + end.size() + 1 - a, want);
                else page += QLatin1Char('\n') + want;
                QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
                f.write(page.toUtf8());
                continue;
            }
            QVERIFY2(a >= 0 && b > a, qPrintable(QStringLiteral("%1 has no generated exercise list; run PPLAB_UPDATE_DOCS=1 tst_teach docsListTheExercises").arg(path)));
            const QString have = page.mid(a, b + end.size() + 1 - a);
            QVERIFY2(have == want, qPrintable(QStringLiteral("%1: the exercise list differs from the exercises; run PPLAB_UPDATE_DOCS=1 tst_teach docsListTheExercises").arg(path)));
        }
    }

    // --- progress --------------------------------------------------------------------------------
    void progressSurvivesARestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/progress.json"));
        {
            Progress p(path);
            QString warning;
            QVERIFY(p.load(&warning));
            QVERIFY(warning.isEmpty());
            QCOMPARE(p.status(QStringLiteral("race.one-thread")), Status::NotTried);
            QString error;
            const QDateTime t1 = QDateTime::currentDateTimeUtc().addSecs(-60);
            QVERIFY2(p.record(QStringLiteral("race.one-thread"), {t1, QStringLiteral("5 updates"), 0, QStringLiteral("wrong"), 1}, &error), qPrintable(error));
            QCOMPARE(p.status(QStringLiteral("race.one-thread")), Status::Attempted);
            QVERIFY(p.record(QStringLiteral("race.one-thread"), {t1.addSecs(30), QStringLiteral("0 updates"), 0, QStringLiteral("correct"), 2}, &error));
            QVERIFY(p.record(QStringLiteral("hello.fair-shares"), {t1, QStringLiteral("0.5"), 0.97, QStringLiteral("close"), 0}, &error));
        }
        Progress again(path); // a new session
        QString warning;
        QVERIFY(again.load(&warning));
        QVERIFY(warning.isEmpty());
        QCOMPARE(again.status(QStringLiteral("race.one-thread")), Status::Correct);
        QCOMPARE(again.attempts(QStringLiteral("race.one-thread")), 2);
        QCOMPARE(again.history(QStringLiteral("race.one-thread")).last().hints, 2);
        QCOMPARE(again.status(QStringLiteral("hello.fair-shares")), Status::Attempted);
        QCOMPARE(again.status(QStringLiteral("pipes.capacity")), Status::NotTried);
        QVERIFY(again.lastAttempt(QStringLiteral("race.one-thread")).isValid());
        // A correct exercise stays correct after a later wrong attempt.
        QString error;
        QVERIFY(again.record(QStringLiteral("race.one-thread"), {QDateTime::currentDateTimeUtc(), QStringLiteral("9"), 0, QStringLiteral("wrong"), 0}, &error));
        QCOMPARE(again.status(QStringLiteral("race.one-thread")), Status::Correct);
        QVERIFY(again.reset(&error));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(again.status(QStringLiteral("race.one-thread")), Status::NotTried);
    }

    void progressMergesAnotherWriter()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("progress.json"));
        Progress window(path), terminal(path);
        QString w;
        window.load(&w);
        terminal.load(&w);
        QString error;
        QVERIFY(window.record(QStringLiteral("a.x"), {QDateTime::currentDateTimeUtc(), QStringLiteral("1"), 1, QStringLiteral("correct"), 0}, &error));
        QVERIFY(terminal.record(QStringLiteral("b.y"), {QDateTime::currentDateTimeUtc(), QStringLiteral("1"), 2, QStringLiteral("wrong"), 0}, &error));
        Progress fresh(path);
        fresh.load(&w);
        QCOMPARE(fresh.status(QStringLiteral("a.x")), Status::Correct); // not lost to the second writer
        QCOMPARE(fresh.status(QStringLiteral("b.y")), Status::Attempted);
    }

    void progressKeepsTheLastAttempts()
    {
        QTemporaryDir dir;
        Progress p(dir.filePath(QStringLiteral("progress.json")));
        QString error;
        for (int i = 0; i < Progress::kMaxKept + 5; ++i)
            QVERIFY(p.record(QStringLiteral("a.x"), {QDateTime::currentDateTimeUtc(), QString::number(i), double(i), QStringLiteral("wrong"), 0}, &error));
        QCOMPARE(p.attempts(QStringLiteral("a.x")), Progress::kMaxKept + 5);
        QCOMPARE(p.history(QStringLiteral("a.x")).size(), Progress::kMaxKept);
        QCOMPARE(p.history(QStringLiteral("a.x")).last().prediction, QString::number(Progress::kMaxKept + 4));
    }

    void corruptProgressIsReportedAndSetAside_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        QTest::newRow("truncated") << QByteArray("{\"format\": \"pplab-progress\", \"version\": 1, \"exerc") << "at byte";
        QTest::newRow("not ours") << QByteArray("{\"hello\": 1}") << "not a pplab progress file";
        QTest::newRow("newer") << QByteArray("{\"format\": \"pplab-progress\", \"version\": 99, \"exercises\": {}}") << "newer pplab";
        QTest::newRow("binary") << QByteArray("\x00\x01\x02garbage", 10) << "at byte";
    }
    void corruptProgressIsReportedAndSetAside()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("progress.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        Progress p(path);
        QString warning;
        QVERIFY(p.load(&warning));
        QVERIFY2(warning.contains(reason) && warning.contains(QStringLiteral(".corrupt-")), qPrintable(warning));
        // Set aside with its content intact, never lost.
        const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("progress.json.corrupt-*")});
        QCOMPARE(aside.size(), 1);
        QFile kept(dir.filePath(aside.first()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), content);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(p.status(QStringLiteral("a.x")), Status::NotTried);
        // Progress goes on in a fresh file.
        QString error;
        QVERIFY(p.record(QStringLiteral("a.x"), {QDateTime::currentDateTimeUtc(), QStringLiteral("1"), 1, QStringLiteral("correct"), 0}, &error));
        QVERIFY(QFile::exists(path));
        Progress again(path);
        QVERIFY(again.load(&warning));
        QCOMPARE(again.status(QStringLiteral("a.x")), Status::Correct);
    }

    void unreadableProgressIsNeverOverwritten()
    {
        if (geteuid() == 0) QSKIP("root reads every file: the unreadable case cannot be made");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("progress.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"pplab-progress\", \"version\": 1, \"exercises\": {}}");
        f.close();
        QFile::setPermissions(path, QFileDevice::WriteOwner);
        Progress p(path);
        QString warning, error;
        QVERIFY(!p.load(&warning));
        QVERIFY(!warning.isEmpty());
        QVERIFY(!p.record(QStringLiteral("a.x"), {QDateTime::currentDateTimeUtc(), QStringLiteral("1"), 1, QStringLiteral("correct"), 0}, &error));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("\"exercises\": {}"));
    }

    void progressWriteFailureIsReported()
    {
        Progress p(QStringLiteral("/proc/pplab-cannot-write-here/progress.json"));
        QString warning, error;
        p.load(&warning);
        QVERIFY(!p.record(QStringLiteral("a.x"), {QDateTime::currentDateTimeUtc(), QStringLiteral("1"), 1, QStringLiteral("correct"), 0}, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTeach)
#include "tst_teach.moc"
