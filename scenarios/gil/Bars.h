#pragma once
// A bar chart whose categories appear as they are first used, in a fixed (canonical) order:
// a run that measures only some kinds shows only their bars. Bars may grow live (the latest
// value of a bar wins); when a category is inserted, every bar is sent again at its new index.
#include "lab/Recorder.h"

#include <QMap>
#include <QPair>
#include <QStringList>

namespace gil {

class BarChart {
public:
    BarChart(lab::Recorder& rec, QString chart, QStringList ids, QStringList titles)
        : m_rec(rec), m_chart(std::move(chart)), m_ids(std::move(ids)), m_titles(std::move(titles))
    {
    }

    void set(int series, const QString& id, double value)
    {
        m_values.insert({series, id}, value);
        if (!m_series.contains(series)) m_series << series;
        if (!m_used.contains(id)) {
            QStringList used, titles;
            for (int i = 0; i < m_ids.size(); ++i)
                if (m_ids[i] == id || m_used.contains(m_ids[i])) { used << m_ids[i]; titles << m_titles[i]; }
            m_used = used;
            m_rec.setCategories(m_chart, titles);
            // Every index may have moved: send every bar again (0 where a series has none).
            for (int s : m_series)
                for (const QString& c : m_used) send(s, c, m_values.value({s, c}, 0.0));
            return;
        }
        send(series, id, value);
    }

private:
    void send(int series, const QString& id, double value)
    {
        const int x = static_cast<int>(m_used.indexOf(id));
        if (x >= 0) m_rec.sample(series, x, value);
    }

    lab::Recorder& m_rec;
    QString m_chart;
    QStringList m_ids, m_titles, m_used;
    QMap<QPair<int, QString>, double> m_values;
    QList<int> m_series;
};

} // namespace gil
