// Accessibility and keyboard use of the real window, through QAccessible as assistive
// technology sees it: names and descriptions on the scenario list, the parameter fields, the
// counters (which expose their values) and the chart tabs (the Data tab says it is the
// accessible form of the charts); every menu action reachable from the keyboard; panes reached
// with F6 and Ctrl+1..4; a Tab order that follows the screen.
#include "ChartPanel.h"
#include "CountersView.h"
#include "Language.h"
#include "MainWindow.h"
#include "ParamForm.h"
#include "all.h"
#include "lab/ChildProcess.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QToolBar>
#include <QTreeWidget>
#include <QtTest>

namespace {
QAccessibleInterface* acc(QObject* o)
{
    QAccessibleInterface* i = QAccessible::queryAccessibleInterface(o);
    return i;
}
QString name(QObject* o) { return acc(o) ? acc(o)->text(QAccessible::Name) : QString(); }
QString description(QObject* o) { return acc(o) ? acc(o)->text(QAccessible::Description) : QString(); }
} // namespace

class TestAccessibility : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("pplab-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_accessibility"));
        QSettings().clear();
        lab::registerAll();
        lab::ChildProcess::setExecutable(QStringLiteral(PPLAB_BINARY));
        gui::Language::instance().apply(QStringLiteral("en"));
    }

    void scenarioListIsNamedAndItsItemsToo()
    {
        gui::MainWindow w;
        w.show();
        auto* list = w.findChild<QTreeWidget*>(QStringLiteral("scenarioList"));
        QVERIFY(list);
        QCOMPARE(name(list), QStringLiteral("Scenarios"));
        QVERIFY(!description(list).isEmpty());
        QAccessibleInterface* li = acc(list);
        QVERIFY(li->childCount() > 0);
        // The items are read with the scenario titles.
        QStringList itemNames;
        for (int i = 0; i < li->childCount(); ++i)
            if (QAccessibleInterface* c = li->child(i)) itemNames << c->text(QAccessible::Name);
        QVERIFY2(itemNames.contains(lab::Registry::instance().info(QStringLiteral("race")).title), qPrintable(itemNames.join(u'|')));
    }

    void parameterFieldsCarryLabelAndHelp()
    {
        gui::MainWindow w;
        w.show();
        for (const QString& id : lab::Registry::instance().ids()) {
            QVERIFY(w.selectScenario(id));
            const lab::ScenarioInfo info = lab::Registry::instance().info(id);
            for (const lab::ParamSpec& s : info.params) {
                QWidget* e = w.form()->editorFor(s.key);
                QVERIFY(e);
                QCOMPARE(e->accessibleName(), s.label);
                QCOMPARE(description(e), s.help);
                if (qobject_cast<QComboBox*>(e)) {
                    // On Linux a combo box is read by its current value; its label comes through the
                    // "labelled by" relation of the form's label (its buddy).
                    const auto labels = acc(e)->relations(QAccessible::Label);
                    QVERIFY2(!labels.isEmpty() && labels.first().first->text(QAccessible::Name).contains(s.label), qPrintable(s.key));
                } else {
                    QCOMPARE(name(e), s.label);
                }
            }
            auto* presets = w.form()->findChild<QComboBox*>(QStringLiteral("presets"));
            QVERIFY(!acc(presets)->relations(QAccessible::Label).isEmpty());
            QCOMPARE(name(w.form()->findChild<QAbstractSpinBox*>(QStringLiteral("duration"))), QStringLiteral("Time limit"));
        }
    }

    void countersExposeTheirValues()
    {
        gui::MainWindow w;
        w.show();
        QVERIFY(w.selectScenario(QStringLiteral("hello")));
        w.form()->setDuration(0.5);
        QSignalSpy finished(&w, &gui::MainWindow::runFinished);
        QVERIFY(w.startRun());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        QCOMPARE(name(w.counters()), QStringLiteral("Figures of the run"));
        const QList<gui::CounterCard*> cards = w.counters()->findChildren<gui::CounterCard*>();
        QVERIFY(cards.size() >= 2);
        for (gui::CounterCard* card : cards) {
            if (!card->isVisible()) continue;
            QAccessibleInterface* i = acc(card);
            QVERIFY(i);
            QCOMPARE(i->role(), QAccessible::StaticText);
            const QString value = w.counters()->valueText(card->key());
            QVERIFY(!value.isEmpty());
            QCOMPARE(i->text(QAccessible::Value), value);
            QCOMPARE(i->text(QAccessible::Name), card->label() + QStringLiteral(": ") + value);
        }
    }

    void chartTabsAreDescribedAndTheDataTabIsTheirAccessibleForm()
    {
        gui::MainWindow w;
        w.show();
        for (const QString& id : lab::Registry::instance().ids()) {
            QVERIFY(w.selectScenario(id));
            QTabWidget* tabs = w.tabs();
            QCOMPARE(name(tabs), QStringLiteral("Results"));
            int charts = 0;
            for (int t = 0; t < tabs->count(); ++t) {
                QWidget* page = tabs->widget(t);
                // Every page says what it is.
                QVERIFY2(!name(page).isEmpty(), qPrintable(id + QStringLiteral(": tab ") + tabs->tabText(t)));
                if (auto* chart = qobject_cast<gui::ChartPanel*>(page)) {
                    ++charts;
                    QCOMPARE(name(chart), QStringLiteral("Chart: ") + chart->spec().title);
                    QVERIFY(description(chart).contains(QStringLiteral("Data tab")));
                }
            }
            QVERIFY(charts > 0 || id == QLatin1String("selftest"));
            auto* table = tabs->findChild<QTableView*>(QStringLiteral("dataTable"));
            QVERIFY(table);
            QCOMPARE(name(table), QStringLiteral("Data"));
            QVERIFY(description(table).contains(QStringLiteral("accessible form of the charts")));
            // The tab bar's tabs are read with their titles.
            QAccessibleInterface* bar = acc(tabs->tabBar());
            QVERIFY(bar);
            QStringList tabNames;
            for (int i = 0; i < bar->childCount(); ++i)
                if (QAccessibleInterface* c = bar->child(i)) tabNames << c->text(QAccessible::Name);
            QVERIFY2(tabNames.contains(QStringLiteral("Data")), qPrintable(tabNames.join(u'|')));
        }
    }

    // Every menu and submenu has a mnemonic (Alt+letter opens it, the arrows reach each item),
    // every item has a text, and every toolbar action is also in a menu.
    void everyActionIsReachableFromTheKeyboard()
    {
        gui::MainWindow w;
        w.show();
        const auto mnemonic = [](const QString& t) { return t.contains(QRegularExpression(QStringLiteral("&[^&]"))); };
        QSet<QAction*> inMenus;
        std::function<void(QMenu*)> check = [&](QMenu* menu) {
            QVERIFY2(mnemonic(menu->title()), qPrintable(menu->title()));
            for (QAction* a : menu->actions()) {
                if (a->isSeparator()) continue;
                if (a->menu()) { check(a->menu()); continue; }
                QVERIFY2(!a->text().isEmpty(), qPrintable(menu->title()));
                inMenus.insert(a);
            }
        };
        QSet<QChar> topLetters;
        for (QAction* top : w.menuBar()->actions()) {
            QVERIFY(top->menu());
            check(top->menu());
            const QString t = top->menu()->title();
            const QChar letter = t.at(t.indexOf(QLatin1Char('&')) + 1).toLower();
            QVERIFY2(!topLetters.contains(letter), qPrintable(QStringLiteral("two menus use Alt+") + letter));
            topLetters.insert(letter);
        }
        for (QToolBar* bar : w.findChildren<QToolBar*>())
            for (QAction* a : bar->actions())
                QVERIFY2(a->isSeparator() || inMenus.contains(a), qPrintable(a->text()));
        // The View menu offers the theme and the panes.
        QVERIFY(w.findChild<QAction*>(QStringLiteral("theme_dark")));
        QVERIFY(w.findChild<QAction*>(QStringLiteral("nextPane")));
    }

    void panesAreReachedWithF6AndCtrlNumbers()
    {
        gui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QVERIFY(w.selectScenario(QStringLiteral("race")));
        QCoreApplication::processEvents(); // new fields are shown by a queued call
        auto* list = w.findChild<QTreeWidget*>(QStringLiteral("scenarioList"));
        auto* explanation = w.findChild<QTextBrowser*>(QStringLiteral("explanation"));
        QTest::keyClick(&w, Qt::Key_1, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget(), list);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        QVERIFY(w.form()->isAncestorOf(QApplication::focusWidget())); // the first parameter field
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        QVERIFY(w.tabs()->isAncestorOf(QApplication::focusWidget())); // the current chart
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        QCOMPARE(QApplication::focusWidget(), explanation);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        QCOMPARE(QApplication::focusWidget(), list); // around again
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
        QCOMPARE(QApplication::focusWidget(), explanation);
        // The focused chart of a finished run zooms from the keyboard.
        QVERIFY(w.selectScenario(QStringLiteral("hello")));
        w.form()->setDuration(0.3);
        QSignalSpy finished(&w, &gui::MainWindow::runFinished);
        QTest::keyClick(&w, Qt::Key_F5); // Run
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        QTest::keyClick(&w, Qt::Key_3, Qt::ControlModifier);
        QVERIFY(w.tabs()->isAncestorOf(QApplication::focusWidget()));
        auto* chart = qobject_cast<gui::ChartPanel*>(QApplication::focusWidget());
        QVERIFY(chart);
        QVERIFY(!chart->chart()->isZoomed());
        QTest::keyClick(chart, Qt::Key_Plus);
        QVERIFY(chart->chart()->isZoomed());
        QTest::keyClick(chart, Qt::Key_0);
        QVERIFY(!chart->chart()->isZoomed());
    }

    // Tab goes through the window in the order of the screen, after a scenario's form and tabs
    // were rebuilt: list, preset, the fields in their order, time limit, Run, ..., results, explanation.
    void tabOrderFollowsTheScreen()
    {
        gui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QVERIFY(w.selectScenario(QStringLiteral("hello")));
        QVERIFY(w.selectScenario(QStringLiteral("race")));
        QCoreApplication::processEvents(); // new fields are shown by a queued call
        auto* list = w.findChild<QTreeWidget*>(QStringLiteral("scenarioList"));
        list->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), list);
        QList<QWidget*> visited;
        for (int i = 0; i < 60; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget* f = QApplication::focusWidget();
            if (f == list) break;
            visited << f;
        }
        QStringList chain; // for the failure message
        for (QWidget* v : visited) chain << QString::fromLatin1(v->metaObject()->className()) + QLatin1Char(':') + v->objectName();
        QVERIFY2(!visited.isEmpty() && visited.size() < 60, "Tab does not come back to the scenario list");
        const auto at = [&](QWidget* x) { return static_cast<int>(visited.indexOf(x)); };
        const lab::ScenarioInfo info = lab::Registry::instance().info(QStringLiteral("race"));
        int last = at(w.form()->findChild<QComboBox*>(QStringLiteral("presets")));
        QVERIFY2(last >= 0, qPrintable(chain.join(QStringLiteral(" -> "))));
        for (const lab::ParamSpec& s : info.params) {
            QWidget* e = w.form()->editorFor(s.key);
            if (!e->isEnabled() || !e->isVisible()) continue;
            QVERIFY2(at(e) > last, qPrintable(s.key + QStringLiteral(": ") + chain.join(QStringLiteral(" -> "))));
            last = at(e);
        }
        QVERIFY(at(w.findChild<QAbstractSpinBox*>(QStringLiteral("duration"))) > last);
        const int run = at(w.findChild<QPushButton*>(QStringLiteral("runButton")));
        QVERIFY(run > last);
        const int results = at(w.tabs()->tabBar());
        QVERIFY2(results > run, "the results come after the parameters");
        QVERIFY(at(w.findChild<QTextBrowser*>(QStringLiteral("explanation"))) > results);
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
