#pragma once
// The per-thread timeline on screen: paints with render::paintTimeline, zooms with the wheel
// (around the mouse), pans by dragging, shows the span under the mouse as a tooltip.
#include "Timeline.h"

#include <QWidget>

namespace gui {

class TimelineView : public QWidget {
    Q_OBJECT
public:
    explicit TimelineView(QWidget* parent = nullptr);
    void setData(const lab::RunData* data); // not owned; repainted on refresh()
    void refresh();
    void resetZoom();
    render::TimelineWindow window() const { return m_window; }
    void setWindow(render::TimelineWindow w) { m_window = w; update(); }
    // The index of the span under a point (RunData::spans), or -1; what the tooltip shows.
    int spanIndexAt(QPoint pos) const;
    // The spans indexed per lane (kept up to date with the data as it grows).
    const render::TimelineIndex& index() const;
    void setTitle(const QString& t) { m_title = t; update(); }

protected:
    void paintEvent(QPaintEvent*) override;
    void wheelEvent(QWheelEvent*) override;
    void mousePressEvent(QMouseEvent*) override;
    void mouseMoveEvent(QMouseEvent*) override;
    void mouseDoubleClickEvent(QMouseEvent*) override;
    bool event(QEvent*) override;

private:
    render::TimelineLayout layout() const;
    const lab::RunData* m_data = nullptr;
    mutable render::TimelineIndex m_index; // synced lazily: spans may arrive while hidden
    render::TimelineWindow m_window; // empty = follow the whole run
    QString m_title;
    QPoint m_dragFrom;
    render::TimelineWindow m_dragWindow;
};

} // namespace gui
