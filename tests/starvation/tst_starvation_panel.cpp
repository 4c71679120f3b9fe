// The "Per thread" tab: one row per lock and thread from the published table, starved threads
// marked, the columns that fit the variant.
#include "TestUtil.h"
#include "all.h"
#include "starvation/panel/StarvationPanel.h"

#include <QApplication>
#include <QTableWidget>
#include <QtTest>

class TestStarvationPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { lab::registerAll(); }

    void rowsPerLockAndThread()
    {
        const QVariantMap given{{QStringLiteral("variant"), QStringLiteral("lock")}, {QStringLiteral("lock"), QStringLiteral("compare")},
                                {QStringLiteral("threads"), 3}};
        const testutil::Outcome o = testutil::run(QStringLiteral("starvation"), given, 1.0);
        QCOMPARE(o.status, lab::RunStatus::Finished);
        gui::StarvationPanel panel;
        panel.runStarted(testutil::params(QStringLiteral("starvation"), given));
        panel.runFinished(o.status, o.data);
        QTableWidget* t = panel.table();
        QCOMPARE(t->rowCount(), 5 * 3);
        QCOMPARE(t->item(0, 0)->text(), QStringLiteral("std::mutex"));
        QCOMPARE(t->item(0, 1)->text(), QStringLiteral("T1"));
        QVERIFY(t->isColumnHidden(8)); // the CFS prediction is for the priority variant
        QVERIFY(!panel.title().isEmpty());
        QVERIFY(!panel.hasChart());
    }

    void priorityShowsThePrediction()
    {
        const QVariantMap given{{QStringLiteral("variant"), QStringLiteral("priority")}, {QStringLiteral("threads"), 2}};
        const testutil::Outcome o = testutil::run(QStringLiteral("starvation"), given, 1.0);
        QCOMPARE(o.status, lab::RunStatus::Finished);
        gui::StarvationPanel panel; // a saved run shown again: no runStarted
        panel.runFinished(o.status, o.data);
        QTableWidget* t = panel.table();
        QCOMPARE(t->rowCount(), 2);
        QVERIFY(!t->isColumnHidden(8));
        QCOMPARE(t->item(0, 8)->text(), QStringLiteral("1.44 %"));
        // T1 at nice 19 gets far less than 10 % of a fair share (50 %): marked as starved.
        QVERIFY(t->item(0, 3)->background().color() != t->item(1, 3)->background().color());
    }
};

QTEST_MAIN(TestStarvationPanel)
#include "tst_starvation_panel.moc"
