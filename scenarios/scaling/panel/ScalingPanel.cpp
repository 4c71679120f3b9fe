#include "ScalingPanel.h"

#include "scaling/Scaling.h"
#include "scaling/Theory.h"

#include "ChartBinding.h"
#include "ChartExport.h"
#include "Palette.h"

#include <QChart>
#include <QChartView>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace gui {

namespace {
constexpr int kSliderSteps = 1000; // slider position k <-> s = k / 1000
// The panel's own series (indices into m_data), in the order they take their colours.
enum Curve { Amdahl, Gustafson, Ideal, Ceiling, Measured, kCurves };
const char* const kCurveKeys[kCurves] = {"amdahl", "gustafson", "ideal", "ceiling", "measured"};
}

ScalingPanel::ScalingPanel(QWidget* parent) : ScenarioPanel(parent)
{
    m_sLabel = new QLabel(this);
    m_spin = new QDoubleSpinBox(this);
    m_spin->setDecimals(3);
    m_spin->setSingleStep(0.01);
    m_slider = new QSlider(Qt::Horizontal, this);
    m_pLabel = new QLabel(this);
    m_procs = new QSpinBox(this);
    m_procs->setRange(2, 1024);
    m_procs->setValue(1024);
    m_sLabel->setBuddy(m_spin);
    m_pLabel->setBuddy(m_procs);
    m_readout = new QLabel(this);
    m_readout->setWordWrap(true);
    m_readout->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // The serial fraction's range and first value are the scenario's own parameter's.
    double sMin = 0.0, sMax = 1.0, sDefault = 0.1;
    for (const lab::ParamSpec& p : scaling::ScalingScenario().info().params) {
        if (p.key != scaling::keys::serialFraction) continue;
        sMin = p.min.toDouble();
        sMax = p.max.toDouble();
        sDefault = p.defaultValue.toDouble();
    }
    m_spin->setRange(sMin, sMax);
    m_slider->setRange(static_cast<int>(std::lround(sMin * kSliderSteps)), static_cast<int>(std::lround(sMax * kSliderSteps)));

    m_spec.key = QStringLiteral("calculator");
    m_spec.kind = lab::ChartSpec::Line;
    m_spec.logX = m_spec.logY = true;
    const lab::SeriesStyle styles[kCurves] = {lab::SeriesStyle::Line, lab::SeriesStyle::Line, lab::SeriesStyle::Dashed,
                                              lab::SeriesStyle::Dashed, lab::SeriesStyle::Points};
    for (int c = 0; c < kCurves; ++c)
        m_data.series.append({QString::fromLatin1(kCurveKeys[c]), QString(), m_spec.key, styles[c]});
    m_data.points.resize(kCurves);
    auto* chart = new QChart;
    m_view = new QChartView(chart, this); // the view owns the chart
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(260);
    m_binding = std::make_unique<render::ChartBinding>(m_spec, chart);

    m_table = new QTableWidget(this);
    m_table->setColumnCount(3);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setMinimumWidth(300);
    m_table->setMaximumWidth(380);

    auto* controls = new QGridLayout;
    controls->addWidget(m_sLabel, 0, 0);
    controls->addWidget(m_slider, 0, 1);
    controls->addWidget(m_spin, 0, 2);
    controls->addWidget(m_pLabel, 1, 0);
    controls->addWidget(m_procs, 1, 2);
    controls->setColumnStretch(1, 1);
    auto* body = new QHBoxLayout;
    body->addWidget(m_view, 1);
    body->addWidget(m_table);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_readout);
    layout->addLayout(body, 1);

    connect(m_slider, &QSlider::valueChanged, this, [this](int v) {
        const QSignalBlocker block(m_spin);
        m_spin->setValue(static_cast<double>(v) / kSliderSteps);
        recompute();
    });
    connect(m_spin, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        const QSignalBlocker block(m_slider);
        m_slider->setValue(static_cast<int>(std::lround(v * kSliderSteps)));
        recompute();
    });
    connect(m_procs, &QSpinBox::valueChanged, this, [this] { recompute(); });
    {
        const QSignalBlocker b1(m_spin), b2(m_slider);
        m_spin->setValue(sDefault);
        m_slider->setValue(static_cast<int>(std::lround(sDefault * kSliderSteps)));
    }
    m_binding->setPalette(render::Palette::forWidgets(palette()));
    retranslate();
}

ScalingPanel::~ScalingPanel() = default;

void ScalingPanel::changeEvent(QEvent* e)
{
    // The window's theme: the curves keep their patterns and markers, in its colours.
    if (e->type() == QEvent::PaletteChange) m_binding->setPalette(render::Palette::forWidgets(palette()));
    ScenarioPanel::changeEvent(e);
}

QLineSeries* ScalingPanel::amdahlSeries() const
{
    return qobject_cast<QLineSeries*>(m_binding->xySeries(QString::fromLatin1(kCurveKeys[Amdahl])));
}

QLineSeries* ScalingPanel::gustafsonSeries() const
{
    return qobject_cast<QLineSeries*>(m_binding->xySeries(QString::fromLatin1(kCurveKeys[Gustafson])));
}

QLineSeries* ScalingPanel::ceilingSeries() const
{
    return qobject_cast<QLineSeries*>(m_binding->xySeries(QString::fromLatin1(kCurveKeys[Ceiling])));
}

bool ScalingPanel::exportChart(const QString& path, QSize size, QString* error)
{
    return render::exportChart(m_spec, m_data, path, size, error);
}

void ScalingPanel::redraw()
{
    // The curves are recomputed as a whole, not appended to.
    m_binding->reload();
    m_binding->update(m_data, std::max(100, m_view->width()));
}

QString ScalingPanel::title() const
{
    return tr("Calculator");
}

void ScalingPanel::setSerialFraction(double s)
{
    m_spin->setValue(s); // moves the slider and recomputes
}

void ScalingPanel::setProcessors(int p)
{
    m_procs->setValue(p);
}

double ScalingPanel::serialFraction() const
{
    return m_spin->value();
}

int ScalingPanel::processors() const
{
    return m_procs->value();
}

QString ScalingPanel::readout() const
{
    return m_readout->text();
}

void ScalingPanel::runStarted(const lab::Params& params)
{
    points(Measured).clear();
    if (params.contains(scaling::keys::serialFraction)) setSerialFraction(params.real(scaling::keys::serialFraction));
    redraw();
}

void ScalingPanel::dataChanged(const lab::RunData& data, const lab::DrainResult& /*changes*/)
{
    showMeasured(data);
}

void ScalingPanel::runFinished(lab::RunStatus /*status*/, const lab::RunData& data)
{
    showMeasured(data);
}

void ScalingPanel::showMeasured(const lab::RunData& data)
{
    const int i = data.seriesIndex(scaling::keys::measuredSpeedup);
    if (i < 0) return;
    const auto& pts = data.points[static_cast<size_t>(i)];
    if (pts == points(Measured)) return;
    points(Measured) = pts; // points the log axes cannot show are left out when drawn
    redraw();
}

void ScalingPanel::recompute()
{
    const double s = m_spin->value();
    const int pmax = m_procs->value();
    std::vector<QPointF>& a = points(Amdahl);
    std::vector<QPointF>& g = points(Gustafson);
    std::vector<QPointF>& ideal = points(Ideal);
    a.clear();
    g.clear();
    ideal.clear();
    // Log-spaced processor counts: 8 points per doubling, plus pmax itself.
    const int steps = static_cast<int>(std::ceil(std::log2(pmax) * 8));
    for (int k = 0; k <= steps; ++k) {
        const double p = std::min<double>(pmax, std::exp2(k / 8.0));
        a.emplace_back(p, scaling::amdahl(s, p));
        g.emplace_back(p, scaling::gustafson(s, p));
        ideal.emplace_back(p, p);
    }
    const double ceiling = scaling::amdahlCeiling(s);
    const double yTop = pmax * 1.5;
    points(Ceiling).clear();
    if (std::isfinite(ceiling) && ceiling <= yTop) points(Ceiling) = {QPointF(1, ceiling), QPointF(pmax, ceiling)};
    m_spec.yMin = 0.8;
    m_spec.yMax = yTop;
    m_binding->setSpec(m_spec);
    redraw();

    const auto num = [](double v) { return QString::number(v, 'f', v < 100 ? 2 : 1); };
    QString text = tr("At 2 processors: Amdahl %1×, Gustafson %2×. At %3: Amdahl %4×, Gustafson %5×.")
                       .arg(num(scaling::amdahl(s, 2)), num(scaling::gustafson(s, 2)))
                       .arg(pmax)
                       .arg(num(scaling::amdahl(s, pmax)), num(scaling::gustafson(s, pmax)));
    text += QLatin1Char(' ');
    text += std::isfinite(ceiling) ? tr("Amdahl's ceiling 1/s = %1× (no processor count gets past it).").arg(num(ceiling))
                                   : tr("With s = 0 Amdahl's law has no ceiling: speedup = processors.");
    m_readout->setText(text);

    QList<int> rows;
    for (int p = 1; p < pmax; p *= 2) rows << p;
    rows << pmax;
    m_table->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const int p = rows[r];
        const QString cells[3] = {QString::number(p), num(scaling::amdahl(s, p)), num(scaling::gustafson(s, p))};
        for (int c = 0; c < 3; ++c) {
            QTableWidgetItem* item = m_table->item(r, c);
            if (!item) { item = new QTableWidgetItem; m_table->setItem(r, c, item); }
            item->setText(cells[c]);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        }
    }
}

void ScalingPanel::retranslate()
{
    m_sLabel->setText(tr("Serial fraction s:"));
    m_pLabel->setText(tr("Processors (up to):"));
    m_slider->setAccessibleName(tr("Serial fraction"));
    m_view->setAccessibleName(tr("Chart: speedup predicted by the two laws"));
    m_view->setAccessibleDescription(tr("The table beside the chart holds the same numbers."));
    m_table->setAccessibleName(tr("Predicted speedup by processor count"));
    m_spec.title = tr("Speedup predicted by the two laws");
    m_spec.xLabel = tr("processors (log scale)");
    m_spec.yLabel = tr("speedup (log scale)");
    const QString names[kCurves] = {tr("Amdahl (fixed work)"), tr("Gustafson (scaled work)"), tr("ideal (linear)"),
                                    tr("Amdahl's ceiling 1/s"), tr("measured (last run)")};
    for (int c = 0; c < kCurves; ++c) m_data.series[c].title = names[c];
    m_table->setHorizontalHeaderLabels({tr("processors"), tr("Amdahl"), tr("Gustafson")});
    recompute();
}

} // namespace gui
