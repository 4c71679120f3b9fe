#include "lab/Param.h"

#include <QtTest>

using lab::ParamSpec;

class TestParams : public QObject {
    Q_OBJECT
    QList<ParamSpec> specs{
        ParamSpec::integer(QStringLiteral("threads"), QStringLiteral("Threads"), QString(), 4, 1, 64),
        ParamSpec::real(QStringLiteral("fraction"), QStringLiteral("Fraction"), QString(), 0.5, 0.0, 1.0),
        ParamSpec::flag(QStringLiteral("fair"), QStringLiteral("Fair"), QString(), false),
        ParamSpec::choice(QStringLiteral("strategy"), QStringLiteral("Strategy"), QString(),
                          {QStringLiteral("unsafe"), QStringLiteral("mutex")}, QStringLiteral("unsafe")),
    };

private Q_SLOTS:
    void defaultsFillEveryKey()
    {
        lab::Params p;
        QString error;
        QVERIFY2(lab::validate(specs, {}, &p, &error), qPrintable(error));
        QCOMPARE(p.integer(QStringLiteral("threads")), 4);
        QCOMPARE(p.real(QStringLiteral("fraction")), 0.5);
        QCOMPARE(p.flag(QStringLiteral("fair")), false);
        QCOMPARE(p.text(QStringLiteral("strategy")), QStringLiteral("unsafe"));
    }

    void textualValuesParse()
    {
        QVariantMap given;
        QString error;
        QVERIFY2(lab::parseAssignments(specs, {QStringLiteral("threads=8"), QStringLiteral("fraction=0.25"),
                                               QStringLiteral("fair=yes"), QStringLiteral("strategy=mutex")},
                                       &given, &error), qPrintable(error));
        lab::Params p;
        QVERIFY(lab::validate(specs, given, &p, &error));
        QCOMPARE(p.integer(QStringLiteral("threads")), 8);
        QCOMPARE(p.real(QStringLiteral("fraction")), 0.25);
        QCOMPARE(p.flag(QStringLiteral("fair")), true);
        QCOMPARE(p.text(QStringLiteral("strategy")), QStringLiteral("mutex"));
    }

    void scientificWholeNumbersAccepted()
    {
        QVariant v;
        QVERIFY(lab::parseValue(ParamSpec::integer(QStringLiteral("n"), {}, {}, 1, 1, 2000000000), QStringLiteral("1e6"), &v, nullptr));
        QCOMPARE(v.toLongLong(), 1000000);
    }

    void badValuesNameTheKeyAndRange_data()
    {
        QTest::addColumn<QString>("assignment");
        QTest::addColumn<QString>("expected");
        QTest::newRow("too big") << "threads=65" << "threads: 65 is out of range (allowed 1..64)";
        QTest::newRow("too small") << "threads=0" << "threads: 0 is out of range (allowed 1..64)";
        QTest::newRow("not a number") << "threads=many" << "threads: expected a whole number, got 'many'";
        QTest::newRow("fractional int") << "threads=2.5" << "threads: expected a whole number, got '2.5'";
        QTest::newRow("double range") << "fraction=1.5" << "fraction: 1.5 is out of range (allowed 0..1)";
        QTest::newRow("bad bool") << "fair=maybe" << "fair: expected true or false, got 'maybe'";
        QTest::newRow("bad choice") << "strategy=magic" << "strategy: 'magic' is not one of unsafe|mutex";
        QTest::newRow("unknown key") << "colour=red" << "unknown parameter 'colour' (known: threads, fraction, fair, strategy)";
        QTest::newRow("no equals") << "threads" << "--set expects key=value, got 'threads'";
    }

    void badValuesNameTheKeyAndRange()
    {
        QFETCH(QString, assignment);
        QFETCH(QString, expected);
        QVariantMap given;
        QString error;
        QVERIFY(!lab::parseAssignments(specs, {assignment}, &given, &error));
        QCOMPARE(error, expected);
    }

    void typedValuesAreCheckedToo()
    {
        lab::Params p;
        QString error;
        QVERIFY(!lab::validate(specs, {{QStringLiteral("threads"), 100}}, &p, &error));
        QVERIFY(error.startsWith(QStringLiteral("threads:")));
        QVERIFY(lab::validate(specs, {{QStringLiteral("threads"), 64}}, &p, &error));
        QCOMPARE(p.integer(QStringLiteral("threads")), 64);
    }

    void rangeTextDescribesEachType()
    {
        QCOMPARE(specs[0].rangeText(), QStringLiteral("1..64"));
        QCOMPARE(specs[3].rangeText(), QStringLiteral("unsafe|mutex"));
        QCOMPARE(specs[2].typeName(), QStringLiteral("bool"));
    }
};

QTEST_GUILESS_MAIN(TestParams)
#include "tst_params.moc"
