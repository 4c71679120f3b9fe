#pragma once
// The per-thread timeline on screen: paints with render::paintTimeline in the colours of the
// window's theme, zooms with the wheel (around the mouse) or + and -, pans by dragging or with
// the arrow keys, 0 shows the whole run; the span under the mouse shows as a tooltip.
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
    void setTitle(const QString& t);

protected:
    void paintEvent(QPaintEvent*) override;
    void wheelEvent(QWheelEvent*) override;
    void mousePressEvent(QMouseEvent*) override;
    void mouseMoveEvent(QMouseEvent*) override;
    void mouseDoubleClickEvent(QMouseEvent*) override;
    bool event(QEvent*) override;
    void keyPressEvent(QKeyEvent*) override;
    void changeEvent(QEvent*) override;

private:
    render::TimelineLayout layout() const;
    void zoomAround(qint64 pivotUs, double factor);
    void describe();
    const lab::RunData* m_data = nullptr;
    render::TimelineWindow m_window; // empty = follow the whole run
    QString m_title;
    QPoint m_dragFrom;
    render::TimelineWindow m_dragWindow;
};

} // namespace gui
