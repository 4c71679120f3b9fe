#pragma once
// Calculator for the scaling scenario: move the serial fraction and the processor count and
// see Amdahl's and Gustafson's curves (and Amdahl's ceiling 1/s) move at once, up to 1024
// processors on log axes. Pure GUI + the theory functions (scenarios/scaling/Theory.h); no run
// needed. The last run's measured speedup is overlaid as points. A table gives the same
// numbers for readers that cannot use the chart.
//
// The chart is drawn by the shared chart code: the panel fills a lab::RunData of its own (the
// theory curves as series, plus the run's measured series, found by the key the scenario
// declares in scaling::keys) and shows it through a render::ChartBinding, so Export chart
// writes it with render::exportChart, exactly as on screen.
#include "panels/ScenarioPanel.h"

#include "ChartBinding.h"

#include <memory>

QT_BEGIN_NAMESPACE
class QChartView;
class QDoubleSpinBox;
class QLabel;
class QLineSeries;
class QSlider;
class QSpinBox;
class QTableWidget;
QT_END_NAMESPACE

namespace gui {

class ScalingPanel : public ScenarioPanel {
    Q_OBJECT
public:
    explicit ScalingPanel(QWidget* parent = nullptr);
    ~ScalingPanel() override;
    QString title() const override;
    void runStarted(const lab::Params& params) override;
    void dataChanged(const lab::RunData& data, const lab::DrainResult& changes) override;
    void runFinished(lab::RunStatus status, const lab::RunData& data) override;
    void retranslate() override;
    bool hasChart() const override { return true; }
    bool exportChart(const QString& path, QSize size, QString* error) override;

    // For tests and for the window.
    void setSerialFraction(double s);
    void setProcessors(int p);
    double serialFraction() const;
    int processors() const;
    QString readout() const;
    QLineSeries* amdahlSeries() const;
    QLineSeries* gustafsonSeries() const;
    QLineSeries* ceilingSeries() const;
    QTableWidget* table() const { return m_table; }
    // What the chart shows (the theory curves and the measured points).
    const lab::RunData& chartData() const { return m_data; }
    const lab::ChartSpec& chartSpec() const { return m_spec; }

protected:
    void changeEvent(QEvent* e) override; // the theme changed: recolour the chart

private:
    void recompute();
    void showMeasured(const lab::RunData& data);
    void redraw();
    std::vector<QPointF>& points(int series) { return m_data.points[static_cast<size_t>(series)]; }

    QDoubleSpinBox* m_spin = nullptr;
    QSlider* m_slider = nullptr;
    QSpinBox* m_procs = nullptr;
    QLabel* m_sLabel = nullptr;
    QLabel* m_pLabel = nullptr;
    QLabel* m_readout = nullptr;
    QTableWidget* m_table = nullptr;
    QChartView* m_view = nullptr;
    lab::ChartSpec m_spec;
    lab::RunData m_data;
    std::unique_ptr<render::ChartBinding> m_binding;
};

} // namespace gui
