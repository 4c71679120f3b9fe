#pragma once
// Calculator for the scaling scenario: move the serial fraction and the processor count and
// see Amdahl's and Gustafson's curves (and Amdahl's ceiling 1/s) move at once, up to 1024
// processors on log axes. Pure GUI + the theory functions (scenarios/scaling/Theory.h); no run
// needed. The last run's measured speedup is overlaid as points. A table gives the same
// numbers for readers that cannot use the chart.
#include "panels/ScenarioPanel.h"

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QDoubleSpinBox;
class QLabel;
class QLineSeries;
class QLogValueAxis;
class QScatterSeries;
class QSlider;
class QSpinBox;
class QTableWidget;
QT_END_NAMESPACE

namespace gui {

class ScalingPanel : public ScenarioPanel {
    Q_OBJECT
public:
    explicit ScalingPanel(QWidget* parent = nullptr);
    QString title() const override;
    void runStarted(const lab::Params& params) override;
    void dataChanged(const lab::RunData& data, const lab::DrainResult& changes) override;
    void runFinished(lab::RunStatus status, const lab::RunData& data) override;
    void retranslate() override;

    // For tests and for the window.
    void setSerialFraction(double s);
    void setProcessors(int p);
    double serialFraction() const;
    int processors() const;
    QString readout() const;
    QLineSeries* amdahlSeries() const { return m_amdahl; }
    QLineSeries* gustafsonSeries() const { return m_gustafson; }
    QLineSeries* ceilingSeries() const { return m_ceiling; }
    QTableWidget* table() const { return m_table; }

protected:
    void changeEvent(QEvent* e) override; // the theme changed: recolour the chart

private:
    void applyPalette();
    void recompute();
    void showMeasured(const lab::RunData& data);

    QDoubleSpinBox* m_spin = nullptr;
    QSlider* m_slider = nullptr;
    QSpinBox* m_procs = nullptr;
    QLabel* m_sLabel = nullptr;
    QLabel* m_pLabel = nullptr;
    QLabel* m_readout = nullptr;
    QTableWidget* m_table = nullptr;
    QChartView* m_view = nullptr;
    QChart* m_chart = nullptr;
    QLineSeries* m_amdahl = nullptr;
    QLineSeries* m_gustafson = nullptr;
    QLineSeries* m_ideal = nullptr;
    QLineSeries* m_ceiling = nullptr;
    QScatterSeries* m_measured = nullptr;
    QLogValueAxis* m_x = nullptr;
    QLogValueAxis* m_y = nullptr;
};

} // namespace gui
