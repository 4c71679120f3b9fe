#include "DeadlockPanel.h"

#include "Palette.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>
#include <QRegularExpression>
#include <QtMath>

#include <algorithm>
#include <cmath>

namespace gui {

// Draws one WaitGraph. Workers are circles, locks rounded squares, placed alternately on a
// circle so that philosopher i sits between fork i and fork i+1.
class DeadlockGraphView : public QWidget {
public:
    explicit DeadlockGraphView(QWidget* parent) : QWidget(parent)
    {
        setMinimumSize(320, 260);
        setObjectName(QStringLiteral("deadlockGraph"));
    }
    void setGraph(const deadlock::WaitGraph& g, bool valid)
    {
        m_graph = g;
        m_valid = valid;
        QWidget::update();
    }
    int cycleEdges() const
    {
        return m_valid && !m_graph.cycle.isEmpty() ? 2 * static_cast<int>(m_graph.cycle.size()) : 0;
    }

protected:
    void paintEvent(QPaintEvent*) override;

private:
    deadlock::WaitGraph m_graph;
    bool m_valid = false;
};

namespace {
// An edge with its arrow head. A cycle edge is a double line (two rails with the background
// between them), so that it differs from the other edges in line style, not in colour alone.
void arrow(QPainter& p, QPointF a, QPointF b, double ra, double rb, const QPen& pen, const QString& label,
           bool doubleLine = false, const QColor& background = Qt::white)
{
    const QPointF d = b - a;
    const double len = std::hypot(d.x(), d.y());
    if (len < ra + rb + 2) return;
    const QPointF u = d / len;
    const QPointF n(-u.y(), u.x());
    const QPointF off = n * (doubleLine ? 5.0 : 4.0); // two edges between the same pair stay apart
    const QPointF s = a + u * ra + off, e = b - u * rb + off;
    const double head = 6.0 + pen.widthF() * 1.5;
    const QPointF lineEnd = e - u * head * 0.6; // the rails stop inside the head
    if (doubleLine) {
        QPen outer = pen;
        outer.setWidthF(pen.widthF() * 2.2);
        outer.setCapStyle(Qt::FlatCap);
        p.setPen(outer);
        p.drawLine(s, lineEnd);
        QPen inner = outer;
        inner.setColor(background);
        inner.setWidthF(outer.widthF() * 0.4);
        inner.setDashPattern(outer.dashPattern().isEmpty() ? QList<qreal>{} : [&] {
            // The same dashes, in units of the (thinner) inner pen.
            QList<qreal> d = outer.dashPattern();
            for (qreal& v : d) v *= outer.widthF() / inner.widthF();
            return d;
        }());
        if (outer.style() == Qt::SolidLine) inner.setStyle(Qt::SolidLine);
        p.setPen(inner);
        p.drawLine(s, lineEnd);
    } else {
        p.setPen(pen);
        p.drawLine(s, lineEnd);
    }
    QPolygonF tip;
    tip << e << e - u * head + n * head * 0.5 << e - u * head - n * head * 0.5;
    p.setBrush(pen.color());
    QPen solid = pen;
    solid.setStyle(Qt::SolidLine);
    solid.setWidthF(1.0);
    p.setPen(solid);
    p.drawPolygon(tip);
    if (!label.isEmpty()) {
        p.setPen(pen.color());
        p.drawText((s + e) / 2 + n * 12 - QPointF(p.fontMetrics().horizontalAdvance(label) / 2.0, 0), label);
    }
}
} // namespace

void DeadlockGraphView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    // The colours of the window's theme, from the one palette (render::Palette).
    const render::Palette& pal = render::Palette::forWidgets(palette());
    p.fillRect(rect(), pal.background);
    const deadlock::WaitGraph& g = m_graph;
    const int nw = static_cast<int>(g.workers.size()), nl = static_cast<int>(g.locks.size());
    if (!m_valid || nw == 0) {
        p.setPen(pal.mutedText);
        p.drawText(rect(), Qt::AlignCenter, DeadlockPanel::tr("The wait-for graph appears here while the scenario runs."));
        return;
    }
    const int total = nw + nl;
    const QPointF c(width() / 2.0, height() / 2.0 - 10);
    const double R = std::max(40.0, std::min(width(), height() - 40) / 2.0 - 40);
    const double r = std::clamp(M_PI * R / total * 0.55, 9.0, 28.0);
    auto slot = [&](int k) {
        const double a = -M_PI / 2 + 2 * M_PI * k / total;
        return c + QPointF(std::cos(a), std::sin(a)) * R;
    };
    // Lock i at slot 2i, worker i at 2i+1 when the counts match; otherwise workers, then locks.
    auto lockPos = [&](int l) { return nw == nl ? slot(2 * l) : slot(nw + l); };
    auto workerPos = [&](int w) { return nw == nl ? slot(2 * w + 1) : slot(w); };

    const bool labels = total <= 6; // edge labels only while they fit
    const bool blocking = g.kind == QLatin1String("deadlock") || g.kind == QLatin1String("refused");
    const QColor cycleColor = blocking ? pal.cycle : pal.transientCycle;
    auto inCycleWait = [&](int w) { return g.cycle.contains(w); };
    auto inCycleHold = [&](int l, int w) {
        // The lock l held by w is on the cycle if the worker before w in the cycle waits for it.
        const qsizetype k = g.cycle.indexOf(w);
        if (k < 0) return false;
        const int prev = g.cycle[(k + g.cycle.size() - 1) % g.cycle.size()];
        return g.waitsFor[static_cast<size_t>(prev)] == l;
    };

    for (int l = 0; l < nl; ++l) {
        const int w = g.owner[static_cast<size_t>(l)];
        if (w < 0) continue;
        const bool cyc = inCycleHold(l, w);
        QPen pen(cyc ? cycleColor : pal.hold, 2.0);
        arrow(p, lockPos(l), workerPos(w), r, r, pen, labels ? DeadlockPanel::tr("holds") : QString(), cyc, pal.background);
    }
    for (int w = 0; w < nw; ++w) {
        const int l = g.waitsFor[static_cast<size_t>(w)];
        if (l < 0) continue;
        const bool cyc = inCycleWait(w);
        QPen pen(cyc ? cycleColor : pal.wait, 2.0, g.timed[static_cast<size_t>(w)] ? Qt::DotLine : Qt::DashLine);
        arrow(p, workerPos(w), lockPos(l), r, r, pen,
              !labels ? QString() : g.timed[static_cast<size_t>(w)] ? DeadlockPanel::tr("waits (timed)") : DeadlockPanel::tr("waits for"),
              cyc, pal.background);
    }
    QFont f = font();
    f.setBold(true);
    p.setFont(f);
    // Names sit outside the circle, away from the edges (which run inside it).
    auto outside = [&](QPointF q, const QString& name) {
        QPointF d = q - c;
        const double len = std::max(1.0, std::hypot(d.x(), d.y()));
        const QPointF u = d / len;
        const double w = p.fontMetrics().horizontalAdvance(name) + 4, h = p.fontMetrics().height();
        const QPointF at = q + u * (r + 6 + std::abs(u.x()) * w / 2 + std::abs(u.y()) * h / 2);
        p.setPen(pal.text);
        p.drawText(QRectF(at.x() - w / 2, at.y() - h / 2, w, h), Qt::AlignCenter, name);
    };
    for (int l = 0; l < nl; ++l) {
        const QPointF q = lockPos(l);
        p.setPen(QPen(pal.lockLine, 1.5));
        p.setBrush(pal.lockFill);
        p.drawRoundedRect(QRectF(q.x() - r, q.y() - r, 2 * r, 2 * r), 5, 5);
        outside(q, g.locks[l]);
    }
    for (int w = 0; w < nw; ++w) {
        const QPointF q = workerPos(w);
        const bool cyc = g.cycle.contains(w);
        p.setPen(QPen(cyc ? cycleColor : pal.workerLine, cyc ? 3 : 1.5));
        p.setBrush(pal.workerFill);
        p.drawEllipse(q, r, r);
        if (cyc) { // a double ring, like the cycle's double edges
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(q, r + 4, r + 4);
        }
        outside(q, g.workers[w]);
    }
}

DeadlockPanel::DeadlockPanel(QWidget* parent) : ScenarioPanel(parent)
{
    setObjectName(QStringLiteral("deadlockPanel"));
    auto* v = new QVBoxLayout(this);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("deadlockBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::RichText);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setMargin(6);
    m_view = new DeadlockGraphView(this);
    m_legend = new QLabel(this);
    m_legend->setWordWrap(true);
    v->addWidget(m_banner);
    v->addWidget(m_view, 1);
    v->addWidget(m_legend);
    retranslate();
}

QString DeadlockPanel::title() const { return tr("Wait-for graph"); }

void DeadlockPanel::changeEvent(QEvent* e)
{
    if (e->type() == QEvent::PaletteChange) updateBanner();
    ScenarioPanel::changeEvent(e);
}

void DeadlockPanel::retranslate()
{
    m_view->setAccessibleName(tr("Wait-for graph"));
    m_view->setAccessibleDescription(tr("Which worker holds and waits for which lock; the banner above says in words "
                                        "whether there is a deadlock and which cycle causes it."));
    m_legend->setText(tr("Circles are workers, squares are locks. Solid line: the lock is held by the worker. "
                         "Dashed line: the worker waits for the lock (dotted: a timed wait that gives up). Double line "
                         "and double ring: a cycle of waits. In vermillion, no one can break it — a deadlock; in "
                         "orange (yellow in the dark theme), a timeout will break it."));
    updateBanner();
}

void DeadlockPanel::runStarted(const lab::Params&)
{
    m_summary.clear();
    m_view->setGraph({}, false);
    updateBanner();
}

void DeadlockPanel::dataChanged(const lab::RunData& data, const lab::DrainResult& changes)
{
    if (changes.summaryChanged || changes.changedPanels.contains(deadlock::kGraphKey)) update(data);
}

void DeadlockPanel::runFinished(lab::RunStatus, const lab::RunData& data)
{
    update(data);
}

void DeadlockPanel::update(const lab::RunData& data)
{
    m_summary = data.summary;
    deadlock::WaitGraph g;
    const bool ok = deadlock::WaitGraph::fromVariant(data.panels.value(deadlock::kGraphKey), &g);
    m_view->setGraph(g, ok);
    updateBanner();
}

void DeadlockPanel::updateBanner()
{
    const auto num = [&](const char* k) { return m_summary.value(QString::fromLatin1(k)).toDouble(); };
    const auto text = [&](const char* k) { return m_summary.value(QString::fromLatin1(k)).toString().toHtmlEscaped(); };
    QString html, style;
    const render::Palette& pal = render::Palette::forWidgets(palette());
    if (num("deadlock_detected") > 0) {
        const QString head = num("edeadlk") > 0 ? tr("The kernel detected a deadlock (EDEADLK)")
                                                : tr("Deadlock detected %1 ms after the cycle closed").arg(num("detection_ms"));
        html = QStringLiteral("<b>%1</b><br>%2<br><small><b>%3</b> %4</small>")
                   .arg(head.toHtmlEscaped(), text("cycle"), tr("Coffman conditions:").toHtmlEscaped(), text("coffman"));
        style = pal.errorBanner.styleSheet();
    } else if (num("livelock_detected") > 0) {
        html = QStringLiteral("<b>%1</b><br>%2").arg(tr("Livelock detected").toHtmlEscaped(),
                                                      tr("No worker completes a round, although all of them keep taking, "
                                                         "releasing and retrying locks in step.").toHtmlEscaped());
        style = pal.warningBanner.styleSheet();
    } else {
        html = tr("No deadlock so far.").toHtmlEscaped();
        style = pal.okBanner.styleSheet();
    }
    m_banner->setText(html);
    m_banner->setStyleSheet(style);
}

QString DeadlockPanel::bannerText() const
{
    QString t = m_banner->text();
    t.replace(QStringLiteral("<br>"), QStringLiteral("\n"));
    t.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    return t;
}

int DeadlockPanel::cycleEdges() const { return m_view->cycleEdges(); }

} // namespace gui
