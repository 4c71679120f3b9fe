// Colours and themes: the palette is colour-blind safe (series and timeline states stay apart
// under a deuteranopia simulation, or differ in a cue that needs no colour: dash pattern,
// marker, hatching), the dark theme has readable contrast, and View → Theme switches the
// window, its charts, timeline and panels, is remembered, and goes back to the system's colours.
#include "ChartPanel.h"
#include "Language.h"
#include "MainWindow.h"
#include "Palette.h"
#include "ParamForm.h"
#include "Theme.h"
#include "TimelineView.h"
#include "all.h"
#include "lab/ChildProcess.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QImage>
#include <QPainter>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QtTest>

#include <cmath>

namespace {
double lin(double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); }
double luminance(const QColor& c) { return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF()); }
double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

struct Lab { double L, a, b; };
Lab toLab(double r, double g, double b) // linear sRGB -> CIE L*a*b* (D65)
{
    const double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    const double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    const double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    const auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116; };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}
// How a colour looks with deuteranopia: Machado, Oliveira & Fernandes (2009), severity 1.
Lab deuteranope(const QColor& c)
{
    const double r = lin(c.redF()), g = lin(c.greenF()), b = lin(c.blueF());
    const auto clamp = [](double v) { return std::clamp(v, 0.0, 1.0); };
    return toLab(clamp(0.367322 * r + 0.860646 * g - 0.227968 * b), clamp(0.280085 * r + 0.672501 * g + 0.047413 * b),
                 clamp(-0.011820 * r + 0.042940 * g + 0.968881 * b));
}
double deltaE(const Lab& p, const Lab& q) { return std::hypot(p.L - q.L, p.a - q.a, p.b - q.b); }
constexpr double kApart = 12; // CIE76 ΔE: clearly different side by side
} // namespace

class TestTheme : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("pplab-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_theme"));
        QSettings().clear();
        lab::registerAll();
        lab::ChildProcess::setExecutable(QStringLiteral(PPLAB_BINARY));
        gui::Language::instance().apply(QStringLiteral("en"));
    }

    void seriesStayApartWithoutFullColourVision()
    {
        for (const render::Palette* pal : {&render::Palette::light(), &render::Palette::dark()}) {
            const int n = 6; // charts rarely have more; beyond, patterns and markers repeat less often than colours
            for (int i = 0; i < n; ++i) {
                // Readable on the chart's background.
                QVERIFY2(contrast(pal->series(i), pal->background) >= 1.9, qPrintable(pal->series(i).name()));
                for (int j = i + 1; j < n; ++j) {
                    QVERIFY(pal->series(i) != pal->series(j));
                    const QPen a = pal->seriesPen(i, false), b = pal->seriesPen(j, false);
                    const bool patternDiffers = a.dashPattern() != b.dashPattern() || a.style() != b.style();
                    QVERIFY2(patternDiffers, qPrintable(QStringLiteral("series %1 and %2 share a line pattern").arg(i).arg(j)));
                    QVERIFY(pal->seriesMarker(i) != pal->seriesMarker(j));
                    QVERIFY(pal->barHatch(i) != pal->barHatch(j));
                }
            }
            // A reference line is never solid.
            for (int i = 0; i < n; ++i) QVERIFY(!pal->seriesPen(i, true).dashPattern().isEmpty());
        }
    }

    void timelineStatesDifferInHatchingAndMostlyInColour()
    {
        for (const render::Palette* pal : {&render::Palette::light(), &render::Palette::dark()}) {
            QStringList close;
            for (int i = 0; i < lab::kSpanStateCount; ++i)
                for (int j = i + 1; j < lab::kSpanStateCount; ++j) {
                    const auto si = static_cast<lab::SpanState>(i), sj = static_cast<lab::SpanState>(j);
                    // Never by colour alone: every state has its own hatching.
                    QVERIFY2(pal->stateHatch(si) != pal->stateHatch(sj), qPrintable(lab::spanStateId(si) + QLatin1Char('/') + lab::spanStateId(sj)));
                    if (deltaE(deuteranope(pal->stateColor(si)), deuteranope(pal->stateColor(sj))) < kApart)
                        close << lab::spanStateId(si) + QLatin1Char('/') + lab::spanStateId(sj);
                }
            // Okabe–Ito keeps almost every pair apart for a deuteranope; the hatching covers the rest.
            QVERIFY2(close.size() <= 2, qPrintable(close.join(QStringLiteral(", "))));
            // Hatch ink reads on its fill.
            for (int i = 0; i < lab::kSpanStateCount; ++i) {
                const auto s = static_cast<lab::SpanState>(i);
                QVERIFY(contrast(pal->stateInk(s), pal->stateColor(s)) >= 3.0);
            }
        }
    }

    void waitForGraphColoursAreApartForADeuteranope()
    {
        for (const render::Palette* pal : {&render::Palette::light(), &render::Palette::dark()}) {
            const QList<QColor> roles = {pal->hold, pal->wait, pal->cycle};
            for (int i = 0; i < roles.size(); ++i)
                for (int j = i + 1; j < roles.size(); ++j)
                    QVERIFY2(deltaE(deuteranope(roles[i]), deuteranope(roles[j])) >= kApart,
                             qPrintable(roles[i].name() + QLatin1Char('/') + roles[j].name()));
        }
    }

    void darkThemeIsReadable()
    {
        const QPalette p = gui::Theme::darkPalette();
        QVERIFY(contrast(p.color(QPalette::WindowText), p.color(QPalette::Window)) >= 7);
        QVERIFY(contrast(p.color(QPalette::Text), p.color(QPalette::Base)) >= 7);
        QVERIFY(contrast(p.color(QPalette::PlaceholderText), p.color(QPalette::Window)) >= 4.5);
        QVERIFY(contrast(p.color(QPalette::HighlightedText), p.color(QPalette::Highlight)) >= 3);
        // The focus frame (Highlight) stands out from the window.
        QVERIFY(contrast(p.color(QPalette::Highlight), p.color(QPalette::Window)) >= 3);
        const render::Palette& d = render::Palette::dark();
        QVERIFY(contrast(d.text, d.background) >= 7);
        QVERIFY(contrast(d.mutedText, d.background) >= 4.5);
        QVERIFY(contrast(d.errorText, QColor(0x2b, 0x2d, 0x31)) >= 4.5);
        for (const auto& b : {d.errorBanner, d.warningBanner, d.okBanner}) QVERIFY(contrast(b.text, b.background) >= 7);
        const render::Palette& l = render::Palette::light();
        QVERIFY(contrast(l.errorText, Qt::white) >= 4.5);
        for (const auto& b : {l.errorBanner, l.warningBanner, l.okBanner}) QVERIFY(contrast(b.text, b.background) >= 7);
    }

    void themeMenuSwitchesEverythingAndIsRemembered()
    {
        const QColor systemWindow = QApplication::palette().color(QPalette::Window);
        gui::MainWindow w;
        w.show();
        QVERIFY(w.selectScenario(QStringLiteral("race")));
        QCOMPARE(gui::Theme::instance().current(), gui::Theme::System);
        auto* chart = w.tabs()->findChild<gui::ChartPanel*>();
        QVERIFY(chart);
        QCOMPARE(chart->chartPalette().isDark(), render::Palette::forWidgets(QApplication::palette()).isDark());

        w.findChild<QAction*>(QStringLiteral("theme_dark"))->trigger();
        QCoreApplication::processEvents();
        QCOMPARE(gui::Theme::instance().current(), gui::Theme::Dark);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        QCOMPARE(QSettings().value(QStringLiteral("view/theme")).toString(), QStringLiteral("dark"));
        QVERIFY(chart->chartPalette().isDark());
        QCOMPARE(chart->chart()->backgroundBrush().color(), render::Palette::dark().background);
        QVERIFY(w.findChild<QAction*>(QStringLiteral("theme_dark"))->isChecked());
        // The timeline paints on the dark background.
        gui::TimelineView* timeline = w.tabs()->findChild<gui::TimelineView*>();
        QVERIFY(timeline);
        QImage img(400, 200, QImage::Format_ARGB32);
        timeline->render(&img);
        QCOMPARE(QColor(img.pixel(3, 3)), render::Palette::dark().background);

        w.findChild<QAction*>(QStringLiteral("theme_light"))->trigger();
        QCoreApplication::processEvents();
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 180);
        QVERIFY(!chart->chartPalette().isDark());
        QCOMPARE(chart->chart()->backgroundBrush().color(), render::Palette::light().background);

        w.findChild<QAction*>(QStringLiteral("theme_dark"))->trigger();
        w.findChild<QAction*>(QStringLiteral("theme_system"))->trigger();
        QCoreApplication::processEvents();
        QCOMPARE(QApplication::palette().color(QPalette::Window), systemWindow); // the system's again
        QCOMPARE(QSettings().value(QStringLiteral("view/theme")).toString(), QStringLiteral("system"));
        QCOMPARE(gui::Theme::instance().saved(), gui::Theme::System);
    }

    // Exports are for paper and slides: light whatever the window's theme.
    void exportsStayLight()
    {
        gui::Theme::instance().apply(gui::Theme::Dark);
        QTemporaryDir dir;
        gui::MainWindow w;
        w.show();
        QVERIFY(w.selectScenario(QStringLiteral("hello")));
        w.form()->setDuration(0.3);
        QSignalSpy finished(&w, &gui::MainWindow::runFinished);
        QVERIFY(w.startRun());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        const QString png = dir.filePath(QStringLiteral("chart.png"));
        QString error;
        QVERIFY2(w.exportCurrentChart(png, &error), qPrintable(error));
        const QImage img(png);
        QCOMPARE(QColor(img.pixel(2, 2)), QColor(Qt::white));
        gui::Theme::instance().apply(gui::Theme::System);
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
