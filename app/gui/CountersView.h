#pragma once
// The run's headline figures (the summary) as large counters that update live: readable
// from the back of a lecture hall. Each counter is a CounterCard, which assistive technology
// sees as one item named "label: value", whose value is the figure.
#include "lab/Scenario.h"

#include <QFrame>
#include <QVariantMap>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace gui {

// One figure: its name above, its value below.
class CounterCard : public QFrame {
    Q_OBJECT
public:
    CounterCard(const QString& key, const QString& label, bool isText, QWidget* parent);
    QString key() const { return m_key; }
    QString label() const;
    QString value() const;
    void setValue(const QString& text, const QString& tooltip);
    QLabel* valueLabel() const { return m_value; }

private:
    QString m_key;
    QLabel* m_name;
    QLabel* m_value;
};

class CountersView : public QWidget {
    Q_OBJECT
public:
    explicit CountersView(QWidget* parent = nullptr);
    // Display names and order of the summary keys; a key whose name is empty is not shown;
    // keys the scenario did not declare follow, in alphabetical order.
    void setLabels(const lab::Figures& labels) { m_labels = labels; }
    void setSummary(const QVariantMap& summary);
    void clear();
    QString valueText(const QString& key) const; // for tests
    CounterCard* card(const QString& key) const { return m_values.value(key); }
    static QString format(const QVariant& v);

private:
    QGridLayout* m_grid;
    QHash<QString, CounterCard*> m_values;
    QLabel* m_placeholder;
    lab::Figures m_labels;
    QStringList orderedKeys(const QVariantMap& summary) const;
    int m_nextRow = 1;
    int m_nextColumn = 0;
};

} // namespace gui
