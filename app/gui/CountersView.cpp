#include "CountersView.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QEvent>
#include <QGridLayout>
#include <QHash>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace gui {

namespace {
// What a screen reader gets for a counter: one item named "label: value" whose value (the
// QAccessible::Value text) is the figure, instead of two unrelated labels.
class CounterAccessible : public QAccessibleWidget {
public:
    explicit CounterAccessible(QWidget* w) : QAccessibleWidget(w, QAccessible::StaticText) {}
    QString text(QAccessible::Text t) const override
    {
        const auto* card = static_cast<const CounterCard*>(widget());
        switch (t) {
        case QAccessible::Name:
            return card->value().isEmpty() ? card->label() : CountersView::tr("%1: %2").arg(card->label(), card->value());
        case QAccessible::Value: return card->value();
        case QAccessible::Description: return CountersView::tr("A figure of the run, updated while it runs.");
        default: return QAccessibleWidget::text(t);
        }
    }
};

QAccessibleInterface* counterFactory(const QString& className, QObject* object)
{
    if (className == QLatin1String("gui::CounterCard") && object && object->isWidgetType())
        return new CounterAccessible(static_cast<QWidget*>(object));
    return nullptr;
}
} // namespace

CounterCard::CounterCard(const QString& key, const QString& label, bool isText, QWidget* parent)
    : QFrame(parent), m_key(key)
{
    static const bool installed = [] { QAccessible::installFactory(counterFactory); return true; }();
    Q_UNUSED(installed);
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("counter_") + key);
    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(8, 4, 8, 4);
    m_name = new QLabel(label, this);
    m_name->setToolTip(key);
    m_name->setForegroundRole(QPalette::PlaceholderText); // secondary text in every theme
    m_value = new QLabel(this);
    QFont f = m_value->font();
    f.setPointSizeF(f.pointSizeF() * (isText ? 1.1 : 1.6));
    f.setBold(true);
    m_value->setFont(f);
    if (isText) {
        // Sentences (a cycle in words) wrap inside their card instead of widening the window.
        m_value->setWordWrap(true);
        m_value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    }
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(m_name);
    v->addWidget(m_value);
}

QString CounterCard::label() const { return m_name->text(); }
QString CounterCard::value() const { return m_value->text(); }

void CounterCard::setValue(const QString& text, const QString& tooltip)
{
    if (m_value->text() == text) return;
    m_value->setText(text);
    if (!tooltip.isEmpty()) m_value->setToolTip(tooltip);
    if (QAccessible::isActive()) {
        QAccessibleEvent e(this, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&e);
    }
}

CountersView::CountersView(QWidget* parent) : QWidget(parent)
{
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(4, 4, 4, 4);
    m_grid->setHorizontalSpacing(8);
    m_placeholder = new QLabel(tr("The run's figures appear here while it runs."), this);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_grid->addWidget(m_placeholder, 0, 0);
    setObjectName(QStringLiteral("counters"));
    setAccessibleName(tr("Figures of the run"));
}

QString CountersView::format(const QVariant& v)
{
    if (v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Float) {
        const double d = v.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 1e15) return QLocale().toString(static_cast<qint64>(d));
        return QLocale().toString(d, 'g', 4);
    }
    if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::UInt
        || v.typeId() == QMetaType::ULongLong)
        return QLocale().toString(v.toLongLong());
    return v.toString();
}

void CountersView::clear()
{
    for (CounterCard* card : std::as_const(m_values)) {
        m_grid->removeWidget(card); // free its cell now; the widget itself goes later
        card->hide();
        card->deleteLater();
    }
    m_values.clear();
    m_nextRow = 1; // row 0 holds the placeholder
    m_nextColumn = 0;
    m_placeholder->show();
}

void CountersView::setSummary(const QVariantMap& summary)
{
    const QStringList keys = orderedKeys(summary);
    // Cards are laid out in order when first seen; a key that appears later is put in its place
    // by laying them all out again.
    const bool newKey = std::any_of(keys.begin(), keys.end(), [this](const QString& k) { return !m_values.contains(k); });
    if (newKey) clear();
    m_placeholder->setVisible(keys.isEmpty());
    const int columns = 5;
    for (const QString& key : keys) {
        const QVariant& current = summary[key];
        const bool isText = current.typeId() == QMetaType::QString;
        CounterCard* card = m_values.value(key);
        if (!card) {
            card = new CounterCard(key, m_labels.value(key, QString(key).replace(QLatin1Char('_'), QLatin1Char(' '))), isText, this);
            // Numbers take one cell; sentences take a whole row.
            if (isText) {
                if (m_nextColumn > 0) { ++m_nextRow; m_nextColumn = 0; }
                m_grid->addWidget(card, m_nextRow++, 0, 1, columns);
            } else {
                m_grid->addWidget(card, m_nextRow, m_nextColumn);
                if (++m_nextColumn == columns) { ++m_nextRow; m_nextColumn = 0; }
            }
            m_values.insert(key, card);
        }
        card->setValue(format(current), isText ? current.toString() : QString());
    }
}

QStringList CountersView::orderedKeys(const QVariantMap& summary) const
{
    QStringList keys;
    for (const auto& [key, label] : m_labels.entries())
        if (!label.isEmpty() && summary.contains(key)) keys << key;
    for (auto it = summary.cbegin(); it != summary.cend(); ++it) // QVariantMap: alphabetical
        if (!m_labels.contains(it.key())) keys << it.key();
    return keys;
}

QString CountersView::valueText(const QString& key) const
{
    const CounterCard* c = m_values.value(key);
    return c ? c->value() : QString();
}

} // namespace gui
