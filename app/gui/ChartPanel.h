#pragma once
// A live chart: a QChartView whose chart is kept up to date by a render::ChartBinding (the
// same binding that exports charts). Updates are batched by the window's drain timer. Colours
// follow the window's theme (render::Palette); the keyboard zooms (+, -, 0) and pans (arrows).
#include "ChartBinding.h"

#include <QChartView>
#include <memory>

namespace gui {

class ChartPanel : public QChartView {
    Q_OBJECT
public:
    explicit ChartPanel(const lab::ChartSpec& spec, QWidget* parent = nullptr);
    const lab::ChartSpec& spec() const { return m_binding->spec(); }
    void refresh(const lab::RunData& data);
    void retitle(const lab::ChartSpec& spec);
    void clear() { m_binding->clear(); }
    const render::Palette& chartPalette() const { return m_binding->palette(); }
    // Milliseconds the last refresh took (for the redraw benchmark).
    double lastRefreshMs() const { return m_lastMs; }

protected:
    void changeEvent(QEvent* e) override;
    void keyPressEvent(QKeyEvent* e) override;
    void paintEvent(QPaintEvent* e) override;

private:
    void describe();
    std::unique_ptr<render::ChartBinding> m_binding;
    double m_lastMs = 0;
};

} // namespace gui
