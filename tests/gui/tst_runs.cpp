// The Runs view, offscreen: runs are kept, shown again, compared, saved, opened (files, drag and
// drop), refused when broken, renamed, deleted and reported. PPLAB_SHOT_DIR=<dir> keeps pictures
// of the window to look at.
#include "ComparisonView.h"
#include "CountersView.h"
#include "Language.h"
#include "MainWindow.h"
#include "ParamForm.h"
#include "RunsDock.h"
#include "TestUtil.h"
#include "all.h"
#include "lab/ChildProcess.h"

#include <QDropEvent>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

namespace {
void shot(QWidget& w, const QString& name)
{
    const QString dir = qEnvironmentVariable("PPLAB_SHOT_DIR");
    if (dir.isEmpty()) return;
    QTest::qWait(100); // the new form and counters are laid out by the event loop
    w.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}
} // namespace

class TestRuns : public QObject {
    Q_OBJECT

    // Runs hello with `threads` threads for a short while; true when it finished.
    static bool runHello(gui::MainWindow& w, int threads)
    {
        w.form()->setValues({{QStringLiteral("threads"), threads}});
        w.form()->setDuration(0.3);
        QSignalSpy finished(&w, &gui::MainWindow::runFinished);
        if (!w.startRun()) return false;
        return finished.wait(20000) && finished.first().first().value<lab::RunStatus>() == lab::RunStatus::Finished;
    }
    static QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
    {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly)) return {};
        f.write(bytes);
        return f.fileName();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("pplab-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_runs"));
        QSettings().clear();
        lab::registerAll();
        lab::ChildProcess::setExecutable(QStringLiteral(PPLAB_BINARY));
        gui::Language::instance().apply(QStringLiteral("en"));
    }

    // Two runs are kept; choosing the first shows its figures and parameters again, view only;
    // Run then runs again with those parameters; two selected runs are compared.
    void keptRunsAreShownAgainAndCompared()
    {
        gui::MainWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(w.selectScenario(QStringLiteral("hello")));
        gui::RunsDock* dock = w.runsDock();
        QVERIFY(runHello(w, 1));
        QVERIFY(runHello(w, 3));
        QCOMPARE(dock->history()->size(), 2);
        QCOMPARE(dock->selectedRows(), QList<int>{1}); // the new run, already on screen
        QVERIFY(!w.isShowingRecord());
        QVERIFY(dock->history()->index(1).data().toString().contains(QStringLiteral("threads=3")));

        const lab::RunRecord first = dock->history()->at(0);
        w.form()->setDuration(2.5);
        dock->selectRows({0});
        QVERIFY(w.isShowingRecord());
        QCOMPARE(w.form()->values().value(QStringLiteral("threads")).toInt(), 1);
        // How long the run took (about 0.3 s) is not a time limit: the form keeps its own.
        QCOMPARE(w.form()->duration(), 2.5);
        QVERIFY(!w.form()->isEnabled());
        QVERIFY(w.findChild<QLabel*>(QStringLiteral("viewBanner"))->isVisibleTo(&w));
        QVERIFY(w.viewBannerText().contains(first.name));
        // Its own figures, not the last run's (at least one of them differs between the runs).
        int differing = 0;
        const QVariantMap& last = dock->history()->at(1).data->summary;
        for (auto it = first.data->summary.cbegin(); it != first.data->summary.cend(); ++it) {
            if (!w.counters()->card(it.key())) continue;
            QCOMPARE(w.counters()->valueText(it.key()), gui::CountersView::format(it.value()));
            differing += gui::CountersView::format(last.value(it.key())) != gui::CountersView::format(it.value());
        }
        QVERIFY(differing > 0);
        shot(w, QStringLiteral("runs-view"));

        // Run on a kept run: a new run with its parameters; the user's values are not lost.
        QVERIFY(runHello(w, 1));
        QVERIFY(!w.isShowingRecord());
        QCOMPARE(dock->history()->size(), 3);
        QCOMPARE(dock->history()->at(2).params.value(QStringLiteral("threads")).toInt(), 1);

        dock->selectRows({0, 1});
        QVERIFY(w.isShowingComparison());
        gui::ComparisonView* cmp = w.comparison();
        QVERIFY(cmp->comparable());
        QCOMPARE(cmp->labels().size(), 2);
        QVERIFY2(cmp->labels()[0].contains(QStringLiteral("threads=1")) && cmp->labels()[1].contains(QStringLiteral("threads=3")),
                 qPrintable(cmp->labels().join(QLatin1Char('|'))));
        QTableWidget* t = cmp->figures();
        QCOMPARE(t->columnCount(), 2);
        QVERIFY(t->rowCount() > 0);
        QCOMPARE(t->horizontalHeaderItem(1)->text(), cmp->labels()[1]);
        bool ratio = false;
        for (int r = 0; r < t->rowCount(); ++r) ratio |= t->item(r, 1)->text().contains(QStringLiteral("(×"));
        QVERIFY(ratio);
        shot(w, QStringLiteral("runs-compare"));

        // The comparison exports like any chart, with the run labels in the picture and a run column.
        QTemporaryDir dir;
        QString error;
        cmp->tabs()->setCurrentIndex(0);
        QVERIFY2(w.exportCurrentChart(dir.filePath(QStringLiteral("c.svg")), &error), qPrintable(error));
        QFile svg(dir.filePath(QStringLiteral("c.svg")));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(svg.readAll().contains("threads=3"));
        QVERIFY2(w.exportData(dir.filePath(QStringLiteral("c.csv")), &error), qPrintable(error));
        QFile csv(dir.filePath(QStringLiteral("c.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray text = csv.readAll();
        QVERIFY(text.startsWith("run,"));
        QVERIFY(text.contains("threads=1") && text.contains("threads=3"));
        cmp->tabs()->setCurrentWidget(t);
        QVERIFY(!w.exportCurrentChart(dir.filePath(QStringLiteral("t.png")), &error));
        QVERIFY(error.contains(QStringLiteral("no chart")));

        // A report of the selection: one file, both runs, charts inline.
        QVERIFY2(dock->exportReport(dir.filePath(QStringLiteral("r.html")), &error), qPrintable(error));
        QFile html(dir.filePath(QStringLiteral("r.html")));
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QByteArray page = html.readAll();
        QVERIFY(page.contains("<svg") && page.contains("threads=3"));
        QVERIFY(!dock->exportReport(dir.filePath(QStringLiteral("r.txt")), &error));

        // Reset leaves the kept run and gives the form back.
        dock->selectRows({0});
        QVERIFY(w.isShowingRecord());
        w.resetRun();
        QVERIFY(!w.isShowingRecord());
        QVERIFY(w.form()->isEnabled());
    }

    // Save → open gives back every field; a run from another machine says so; broken files are
    // refused by name and change nothing.
    void savedRunsOpenAgainAndBrokenFilesAreRefused()
    {
        gui::MainWindow w;
        w.show();
        QVERIFY(w.selectScenario(QStringLiteral("hello")));
        gui::RunsDock* dock = w.runsDock();
        QVERIFY(runHello(w, 2));
        QTemporaryDir dir;
        QString error;
        const QString path = dir.filePath(QStringLiteral("saved.json"));
        QVERIFY2(dock->saveRun(0, path, &error), qPrintable(error));
        QCOMPARE(dock->openFiles({path}), 1);
        QCOMPARE(dock->history()->size(), 2);
        const lab::RunRecord& a = dock->history()->at(0);
        const lab::RunRecord& b = dock->history()->at(1);
        QVERIFY(b.opened);
        QCOMPARE(b.params, a.params);
        QCOMPARE(b.data->summary, a.data->summary);
        QCOMPARE(b.data->series.size(), a.data->series.size());
        QCOMPARE(b.data->spans.size(), a.data->spans.size());
        QCOMPARE(b.machine, a.machine);
        QVERIFY(w.isShowingRecord());
        QVERIFY(w.viewBannerText().contains(QStringLiteral("measured on")));

        // The same run, measured elsewhere.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        QJsonObject m = o.value(QStringLiteral("machine")).toObject();
        m[QStringLiteral("hostname")] = QStringLiteral("lab-server-7");
        o[QStringLiteral("machine")] = m;
        const QString other = write(dir, QStringLiteral("other.json"), QJsonDocument(o).toJson());
        QCOMPARE(dock->openFiles({other}), 1);
        QVERIFY2(w.viewBannerText().contains(QStringLiteral("lab-server-7")), qPrintable(w.viewBannerText()));
        dock->selectRows({1, 2});
        QVERIFY(w.isShowingComparison());
        QVERIFY2(w.comparison()->labels().join(QLatin1Char(' ')).contains(QStringLiteral("lab-server-7")),
                 qPrintable(w.comparison()->labels().join(QLatin1Char('|'))));

        // Broken files.
        QJsonObject newer = o;
        newer[QStringLiteral("format_version")] = 99;
        QJsonObject missing = o;
        missing.remove(QStringLiteral("scenario"));
        const QByteArray full = QJsonDocument(o).toJson();
        QStringList broken = {write(dir, QStringLiteral("text.json"), "these are not the runs you are looking for"),
                              write(dir, QStringLiteral("newer.json"), QJsonDocument(newer).toJson()),
                              write(dir, QStringLiteral("missing.json"), QJsonDocument(missing).toJson()),
                              write(dir, QStringLiteral("truncated.json"), full.left(full.size() / 2)),
                              dir.filePath(QStringLiteral("absent.json"))};
        QFile huge(dir.filePath(QStringLiteral("huge.json")));
        QVERIFY(huge.open(QIODevice::WriteOnly));
        QVERIFY(huge.resize(1024LL * 1024 * 1024)); // sparse: 1 GB to the file system, no disk
        huge.close();
        broken << huge.fileName();
        const int before = dock->history()->size();
        QStringList errors;
        QCOMPARE(dock->openFiles(broken, &errors, true), 0);
        QCOMPARE(dock->history()->size(), before);
        QCOMPARE(errors.size(), broken.size());
        for (int i = 0; i < broken.size(); ++i)
            QVERIFY2(errors[i].contains(QFileInfo(broken[i]).fileName()), qPrintable(errors[i]));
        QVERIFY(errors[1].contains(QStringLiteral("newer")) || errors[1].contains(QStringLiteral("99")));
        QVERIFY(w.isShowingComparison()); // what was on screen stays
    }

    void runsAreRenamedDeletedAndDropped()
    {
        gui::MainWindow w;
        w.show();
        QVERIFY(w.selectScenario(QStringLiteral("hello")));
        gui::RunsDock* dock = w.runsDock();
        QVERIFY(runHello(w, 1));
        QVERIFY(runHello(w, 2));
        QVERIFY(dock->history()->setData(dock->history()->index(0), QStringLiteral("one thread"), Qt::EditRole));
        QCOMPARE(dock->history()->at(0).name, QStringLiteral("one thread"));
        QTemporaryDir dir;
        QString error;
        const QString path = dir.filePath(QStringLiteral("one.json"));
        QVERIFY(dock->saveRun(0, path, &error));
        dock->selectRows({0});
        QVERIFY(dock->removeSelected());
        QCOMPARE(dock->history()->size(), 1);
        QCOMPARE(dock->history()->at(0).params.value(QStringLiteral("threads")).toInt(), 2);
        QVERIFY(dock->memoryText().startsWith(QStringLiteral("1 run")));

        // A file dropped onto the window is opened, under the name it was saved with.
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&w, &drop);
        QCOMPARE(dock->history()->size(), 2);
        QCOMPARE(dock->history()->at(1).name, QStringLiteral("one thread"));
        QVERIFY(w.isShowingRecord());
    }
};

QTEST_MAIN(TestRuns)
#include "tst_runs.moc"
