#include "ComparisonView.h"

#include "CompareChart.h"
#include "lab/Compare.h"
#include "lab/OutputFile.h"

#include <QEvent>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace gui {

namespace {

// One chart of the comparison, painted by the shared comparison code into a cached image.
class ComparisonChart : public QWidget {
public:
    ComparisonChart(const ComparisonView* view, lab::ChartSpec spec) : m_view(view), m_spec(std::move(spec))
    {
        setFocusPolicy(Qt::StrongFocus);
        setAccessibleName(m_spec.title);
        setAccessibleDescription(ComparisonView::tr("The runs' “%1” charts, overlaid or side by side; their values are in "
                                                    "the Figures tab and in Export data.").arg(m_spec.title));
        setMinimumSize(320, 240);
    }
    const lab::ChartSpec& spec() const { return m_spec; }

protected:
    void paintEvent(QPaintEvent*) override
    {
        const qreal dpr = devicePixelRatioF();
        const QSize px = (QSizeF(size()) * dpr).toSize();
        if (m_cache.size() != px) {
            m_cache = QImage(px, QImage::Format_ARGB32_Premultiplied);
            m_cache.setDevicePixelRatio(dpr);
            m_cache.fill(Qt::white);
            QPainter p(&m_cache);
            render::paintComparison(p, QRectF(QPointF(0, 0), QSizeF(size())), m_view->runs(), m_view->labels(), m_spec);
        }
        QPainter p(this);
        p.drawImage(0, 0, m_cache);
        if (hasFocus()) {
            p.setPen(QPen(palette().color(QPalette::Highlight), 2));
            p.drawRect(rect().adjusted(1, 1, -1, -1));
        }
    }

private:
    const ComparisonView* m_view;
    lab::ChartSpec m_spec;
    QImage m_cache;
};

QString formatValue(const QVariant& v)
{
    if (!v.isValid()) return QStringLiteral("—");
    if (v.typeId() == QMetaType::Double) return QLocale().toString(v.toDouble(), 'g', 5);
    return v.toString();
}

} // namespace

ComparisonView::ComparisonView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("comparisonView"));
    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    m_header = new QLabel;
    m_header->setObjectName(QStringLiteral("comparisonHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::PlainText);
    v->addWidget(m_header);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("comparisonTabs"));
    m_tabs->setDocumentMode(true);
    v->addWidget(m_tabs, 1);
    m_figures = new QTableWidget(this); // owned here until a comparison shows it in a tab
    m_figures->hide();
    m_figures->setObjectName(QStringLiteral("comparisonFigures"));
    m_figures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_figures->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
}

void ComparisonView::setRuns(const QList<lab::RunRecord>& runs)
{
    m_runs = runs;
    m_problem = lab::comparableProblem(runs);
    m_labels = m_problem.isEmpty() ? lab::runLabels(runs) : QStringList();
    rebuild();
}

void ComparisonView::rebuild()
{
    const int current = m_tabs->currentIndex();
    while (m_tabs->count() > 0) {
        QWidget* w = m_tabs->widget(0);
        m_tabs->removeTab(0);
        if (w != m_figures) delete w;
    }
    if (!m_problem.isEmpty()) {
        m_header->setText(tr("These runs cannot be compared: %1").arg(m_problem));
        return;
    }
    m_header->setText(tr("Comparing %n run(s) of %1: %2", nullptr, static_cast<int>(m_runs.size()))
                          .arg(m_runs.first().info.title, m_labels.join(QStringLiteral(" · "))));
    for (const lab::ChartSpec& spec : lab::commonCharts(m_runs)) m_tabs->addTab(new ComparisonChart(this, spec), spec.title);
    fillFigures();
    m_tabs->addTab(m_figures, tr("Figures"));
    m_figures->setAccessibleName(tr("Figures"));
    m_figures->setAccessibleDescription(tr("One column per run; in parentheses, the ratio to the first run."));
    if (current >= 0 && current < m_tabs->count()) m_tabs->setCurrentIndex(current);
}

void ComparisonView::fillFigures()
{
    const QList<lab::FigureRow> rows = lab::figureTable(m_runs);
    m_figures->clear();
    m_figures->setRowCount(static_cast<int>(rows.size()));
    m_figures->setColumnCount(static_cast<int>(m_runs.size()));
    m_figures->setHorizontalHeaderLabels(m_labels);
    QStringList rowLabels;
    for (int r = 0; r < rows.size(); ++r) {
        const lab::FigureRow& row = rows[r];
        rowLabels << row.label;
        for (int c = 0; c < m_runs.size(); ++c) {
            QString text = formatValue(row.values.value(c));
            const double ratio = row.ratios.value(c, std::nan(""));
            if (c > 0 && std::isfinite(ratio)) text += QStringLiteral("  (×%1)").arg(QLocale().toString(ratio, 'g', 3));
            auto* item = new QTableWidgetItem(text);
            item->setData(Qt::UserRole, row.values.value(c));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_figures->setItem(r, c, item);
        }
    }
    m_figures->setVerticalHeaderLabels(rowLabels);
}

bool ComparisonView::currentTabHasChart(QString* why) const
{
    if (!m_problem.isEmpty()) {
        if (why) *why = tr("These runs cannot be compared: %1").arg(m_problem);
        return false;
    }
    if (dynamic_cast<ComparisonChart*>(m_tabs->currentWidget())) return true;
    if (why) *why = tr("The “%1” tab has no chart to export. Show one of the comparison's charts, then export again.")
                        .arg(m_tabs->tabText(m_tabs->currentIndex()));
    return false;
}

bool ComparisonView::exportCurrentChart(const QString& path, QSize size, QString* error) const
{
    QString why;
    if (!currentTabHasChart(&why)) {
        if (error) *error = why;
        return false;
    }
    const auto* chart = static_cast<ComparisonChart*>(m_tabs->currentWidget());
    return render::exportComparison(m_runs, m_labels, chart->spec(), path, size, error);
}

bool ComparisonView::exportData(const QString& path, QString* error) const
{
    if (!m_problem.isEmpty()) {
        if (error) *error = tr("These runs cannot be compared: %1").arg(m_problem);
        return false;
    }
    if (path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive))
        return lab::writeFile(path, lab::comparisonCsv(m_runs, m_labels), error);
    return lab::writeFile(path, QJsonDocument(lab::comparisonJson(m_runs, m_labels)).toJson(QJsonDocument::Indented), error);
}

void ComparisonView::changeEvent(QEvent* e)
{
    if (e->type() == QEvent::LanguageChange && !m_runs.isEmpty()) setRuns(m_runs); // labels, titles
    QWidget::changeEvent(e);
}

} // namespace gui
