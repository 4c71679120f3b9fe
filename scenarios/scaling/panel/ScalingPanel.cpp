#include "ScalingPanel.h"

#include "scaling/Theory.h"

#include "ChartBinding.h"
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
#include <QLogValueAxis>
#include <QPen>
#include <QScatterSeries>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace gui {

namespace {
constexpr int kSliderSteps = 1000; // slider position k <-> s = k / 1000
}

ScalingPanel::ScalingPanel(QWidget* parent) : ScenarioPanel(parent)
{
    m_sLabel = new QLabel(this);
    m_spin = new QDoubleSpinBox(this);
    m_spin->setRange(0.0, 1.0);
    m_spin->setDecimals(3);
    m_spin->setSingleStep(0.01);
    m_spin->setValue(0.1);
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setRange(0, kSliderSteps);
    m_slider->setValue(100);
    m_pLabel = new QLabel(this);
    m_procs = new QSpinBox(this);
    m_procs->setRange(2, 1024);
    m_procs->setValue(1024);
    m_sLabel->setBuddy(m_spin);
    m_pLabel->setBuddy(m_procs);
    m_readout = new QLabel(this);
    m_readout->setWordWrap(true);
    m_readout->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_x = new QLogValueAxis;
    m_x->setBase(2);
    m_x->setLabelFormat(QStringLiteral("%g"));
    m_y = new QLogValueAxis;
    m_y->setBase(10);
    m_y->setLabelFormat(QStringLiteral("%g"));
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    const auto add = [this](QXYSeries* s) {
        m_chart->addSeries(s);
        s->attachAxis(m_x);
        s->attachAxis(m_y);
    };
    m_amdahl = new QLineSeries;
    m_gustafson = new QLineSeries;
    m_ideal = new QLineSeries;
    m_ceiling = new QLineSeries;
    m_measured = new QScatterSeries;
    m_measured->setMarkerSize(9);
    add(m_amdahl);
    add(m_gustafson);
    add(m_ideal);
    add(m_ceiling);
    add(m_measured);
    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(260);

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
    applyPalette();
    retranslate();
}

// The palette's colours, and a line pattern or marker for each curve (render::Palette).
void ScalingPanel::applyPalette()
{
    const render::Palette& pal = render::Palette::forWidgets(palette());
    render::styleChart(m_chart, pal);
    m_amdahl->setPen(pal.seriesPen(0, false));    // solid
    m_gustafson->setPen(pal.seriesPen(1, false)); // dashed
    m_ideal->setPen(pal.seriesPen(2, true));      // dotted
    m_ceiling->setPen(pal.seriesPen(3, true));    // dash-dot
    m_measured->setColor(pal.series(4));
    m_measured->setBorderColor(pal.isDark() ? pal.background : pal.series(4).darker(160));
    m_measured->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
}

void ScalingPanel::changeEvent(QEvent* e)
{
    if (e->type() == QEvent::PaletteChange) applyPalette();
    ScenarioPanel::changeEvent(e);
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
    if (params.contains(QStringLiteral("serial_fraction"))) setSerialFraction(params.real(QStringLiteral("serial_fraction")));
    m_measured->clear();
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
    const int i = data.seriesIndex(QStringLiteral("speedup"));
    if (i < 0) return;
    const auto& pts = data.points[static_cast<size_t>(i)];
    if (static_cast<qsizetype>(pts.size()) == m_measured->count()) return;
    QList<QPointF> shown;
    for (const QPointF& p : pts)
        if (p.x() >= 1 && p.y() > 0) shown << p;
    m_measured->replace(shown);
}

void ScalingPanel::recompute()
{
    const double s = m_spin->value();
    const int pmax = m_procs->value();
    QList<QPointF> a, g, ideal;
    // Log-spaced processor counts: 8 points per doubling, plus pmax itself.
    const int steps = static_cast<int>(std::ceil(std::log2(pmax) * 8));
    for (int k = 0; k <= steps; ++k) {
        const double p = std::min<double>(pmax, std::exp2(k / 8.0));
        a << QPointF(p, scaling::amdahl(s, p));
        g << QPointF(p, scaling::gustafson(s, p));
        ideal << QPointF(p, p);
    }
    m_amdahl->replace(a);
    m_gustafson->replace(g);
    m_ideal->replace(ideal);
    const double ceiling = scaling::amdahlCeiling(s);
    const double yTop = pmax * 1.5;
    if (std::isfinite(ceiling) && ceiling <= yTop)
        m_ceiling->replace({QPointF(1, ceiling), QPointF(pmax, ceiling)});
    else
        m_ceiling->clear();
    m_x->setRange(1, pmax);
    m_y->setRange(0.8, yTop);

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
    m_chart->setTitle(tr("Speedup predicted by the two laws"));
    m_x->setTitleText(tr("processors (log scale)"));
    m_y->setTitleText(tr("speedup (log scale)"));
    m_amdahl->setName(tr("Amdahl (fixed work)"));
    m_gustafson->setName(tr("Gustafson (scaled work)"));
    m_ideal->setName(tr("ideal (linear)"));
    m_ceiling->setName(tr("Amdahl's ceiling 1/s"));
    m_measured->setName(tr("measured (last run)"));
    m_table->setHorizontalHeaderLabels({tr("processors"), tr("Amdahl"), tr("Gustafson")});
    recompute();
}

} // namespace gui
