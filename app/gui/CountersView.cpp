#include "CountersView.h"

#include <QFrame>
#include <QGridLayout>
#include <QHash>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace gui {

CountersView::CountersView(QWidget* parent) : QWidget(parent)
{
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(4, 4, 4, 4);
    m_grid->setHorizontalSpacing(8);
    m_placeholder = new QLabel(tr("The run's figures appear here while it runs."), this);
    m_placeholder->setStyleSheet(QStringLiteral("color: #666;"));
    m_grid->addWidget(m_placeholder, 0, 0);
    setObjectName(QStringLiteral("counters"));
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
    for (QLabel* l : std::as_const(m_values)) {
        QWidget* card = l->parentWidget();
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
        QLabel* value = m_values.value(key);
        if (!value) {
            auto* card = new QFrame(this);
            card->setFrameShape(QFrame::StyledPanel);
            card->setObjectName(QStringLiteral("counter_") + key);
            auto* v = new QVBoxLayout(card);
            v->setContentsMargins(8, 4, 8, 4);
            auto* name = new QLabel(m_labels.value(key, QString(key).replace(QLatin1Char('_'), QLatin1Char(' '))), card);
            name->setToolTip(key);
            name->setStyleSheet(QStringLiteral("color: #555;"));
            value = new QLabel(card);
            QFont f = value->font();
            f.setPointSizeF(f.pointSizeF() * (isText ? 1.1 : 1.6));
            f.setBold(true);
            value->setFont(f);
            if (isText) {
                // Sentences (a cycle in words) wrap inside their card instead of widening the window.
                value->setWordWrap(true);
                value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
                card->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
            }
            value->setTextInteractionFlags(Qt::TextSelectableByMouse);
            v->addWidget(name);
            v->addWidget(value);
            // Numbers take one cell; sentences take a whole row.
            if (isText) {
                if (m_nextColumn > 0) { ++m_nextRow; m_nextColumn = 0; }
                m_grid->addWidget(card, m_nextRow++, 0, 1, columns);
            } else {
                m_grid->addWidget(card, m_nextRow, m_nextColumn);
                if (++m_nextColumn == columns) { ++m_nextRow; m_nextColumn = 0; }
            }
            m_values.insert(key, value);
        }
        value->setText(format(current));
        if (isText) value->setToolTip(current.toString());
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
    const QLabel* l = m_values.value(key);
    return l ? l->text() : QString();
}

} // namespace gui
