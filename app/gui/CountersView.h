#pragma once
// The run's headline figures (the summary) as large counters that update live: readable
// from the back of a lecture hall.
#include <QVariantMap>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace gui {

class CountersView : public QWidget {
    Q_OBJECT
public:
    explicit CountersView(QWidget* parent = nullptr);
    // Display names of the summary keys; a key whose name is empty is not shown.
    void setLabels(const QMap<QString, QString>& labels) { m_labels = labels; }
    void setSummary(const QVariantMap& summary);
    void clear();
    QString valueText(const QString& key) const; // for tests
    static QString format(const QVariant& v);

private:
    QGridLayout* m_grid;
    QHash<QString, QLabel*> m_values;
    QLabel* m_placeholder;
    QMap<QString, QString> m_labels;
    int m_nextRow = 1;
    int m_nextColumn = 0;
};

} // namespace gui
