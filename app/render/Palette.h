#pragma once
// Every colour pplab draws with, in one place: chart series, timeline states, the panels'
// graphs and banners, for a light and a dark surface.
//
// The hues are Okabe & Ito's colour-blind-safe set ("Color Universal Design", 2008: black,
// orange, sky blue, bluish green, yellow, blue, vermillion, reddish purple), which stays
// distinguishable with the common colour-vision deficiencies. Colour is never the only cue:
// line series also differ in dash pattern, point series in marker shape, bar sets and timeline
// states in hatching, and timeline spans carry their state's name when it fits.
//
// The window picks the palette that matches its widgets (light or dark, see gui::Theme);
// exported charts (Export chart, `pplab run --chart`) use the light one, for paper and slides.
#include "lab/Recorder.h"

#include <QBrush>
#include <QColor>
#include <QList>
#include <QPen>
#include <QString>

class QPainter;
class QPalette;
class QRectF;

namespace render {

// Hatching drawn over a fill. Vector lines, so PNG, SVG and PDF look the same.
enum class Hatch { None, Forward, Backward, Cross, Horizontal, Vertical, Dots, Grid };

// Point marker shapes (drawn by the chart code; the values match QScatterSeries::MarkerShape
// for the first ones).
enum class Marker { Circle, Rectangle, Triangle, Star, Pentagon, Diamond };

class Palette {
public:
    enum class Scheme { Light, Dark };

    static const Palette& light();
    static const Palette& dark();
    static const Palette& of(Scheme s) { return s == Scheme::Dark ? dark() : light(); }
    // Dark when the widgets' window colour is dark (a dark system theme or View → Theme → Dark).
    static const Palette& forWidgets(const QPalette& widgets);

    Scheme scheme() const { return m_scheme; }
    bool isDark() const { return m_scheme == Scheme::Dark; }

    // The drawing surface.
    QColor background; // chart and timeline background
    QColor text;       // titles, labels
    QColor mutedText;  // secondary text, "no data yet"
    QColor grid;       // grid lines
    QColor axis;       // axis lines and ticks
    QColor stripe;     // every other timeline lane

    // Series, in their order of appearance in a chart: colour, and the second cue.
    QColor series(int index) const;
    // Dense lines: solid, dashed, dotted, dash-dot, ... Reference lines (SeriesStyle::Dashed)
    // never get the solid pattern.
    QPen seriesPen(int index, bool reference, qreal width = 2.0) const;
    Marker seriesMarker(int index) const;
    Hatch barHatch(int index) const;
    // A brush for a bar set: its colour with its hatch (a texture, since a bar has one brush).
    QBrush barBrush(int index) const;

    // Timeline states.
    QColor stateColor(lab::SpanState s) const;
    Hatch stateHatch(lab::SpanState s) const;
    QColor stateInk(lab::SpanState s) const; // hatch lines and text drawn on the state's colour
    // Fills r with the state's colour and hatching (lines anchored to the page, so that
    // neighbouring spans continue each other's pattern).
    void fillState(QPainter& p, const QRectF& r, lab::SpanState s) const;

    // Graphs of the scenario panels (the deadlock wait-for graph).
    QColor hold;           // a lock held by a worker
    QColor wait;           // a worker waiting for a lock
    QColor cycle;          // a cycle no one can break (deadlock)
    QColor transientCycle; // a cycle a timeout will break
    QColor workerFill, workerLine, lockFill, lockLine;

    // Message banners: a state is also said in words, the colour only supports it.
    struct Banner {
        QColor background, text, border;
        QString styleSheet(const QString& selector = QString()) const;
    };
    Banner errorBanner, warningBanner, okBanner;
    QColor errorText; // a one-line error under a form

    // Draws a hatch over r with ink (used by fillState and the legend swatches).
    static void paintHatch(QPainter& p, const QRectF& r, Hatch h, const QColor& ink, qreal spacing = 6.0);
    // Draws a marker centred on c.
    static void paintMarker(QPainter& p, QPointF c, qreal size, Marker m, const QColor& fill, const QColor& outline);
    // Black or white, whichever reads better on c.
    static QColor inkOn(const QColor& c);

private:
    explicit Palette(Scheme s);
    Scheme m_scheme;
    QList<QColor> m_series;
};

} // namespace render
