#pragma once
// The run's headline figures (the summary) as large counters that update live: readable
// from the back of a lecture hall.
#include "lab/Scenario.h"

#include <QVariantMap>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace gui {

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
    static QString format(const QVariant& v);

private:
    QGridLayout* m_grid;
    QHash<QString, QLabel*> m_values;
    QLabel* m_placeholder;
    lab::Figures m_labels;
    QStringList orderedKeys(const QVariantMap& summary) const;
    int m_nextRow = 1;
    int m_nextColumn = 0;
};

} // namespace gui
