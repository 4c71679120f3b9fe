#pragma once
// A live chart: a QChartView whose chart is kept up to date by a render::ChartBinding (the
// same binding that exports charts). Updates are batched by the window's drain timer.
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
    void retitle(const lab::ChartSpec& spec) { m_binding->retitle(spec); }
    void clear() { m_binding->clear(); }
    // Milliseconds the last refresh took (for the redraw benchmark).
    double lastRefreshMs() const { return m_lastMs; }

private:
    std::unique_ptr<render::ChartBinding> m_binding;
    double m_lastMs = 0;
};

} // namespace gui
