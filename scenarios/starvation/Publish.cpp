#include "Publish.h"

#include <algorithm>

namespace starvation {

void JainWindow::add(double tS, std::vector<double> cumulative)
{
    m_q.emplace_back(tS, std::move(cumulative));
    while (m_q.size() > 2 && m_q[1].first <= tS - m_span) m_q.pop_front();
}

double JainWindow::value() const
{
    if (m_q.size() < 2 || m_q.back().first - m_q.front().first < m_span / 2) return -1.0;
    const auto& a = m_q.front().second;
    const auto& b = m_q.back().second;
    std::vector<double> d(b.size(), 0.0);
    for (size_t i = 0; i < b.size() && i < a.size(); ++i) d[i] = std::max(0.0, b[i] - a[i]);
    return jainIndex(d);
}

void Publisher::waits(const QString& key, const QString& title, const WaitCounts& c)
{
    auto it = std::find_if(m_waits.begin(), m_waits.end(), [&](const WaitSeries& w) { return w.key == key; });
    if (it == m_waits.end()) it = m_waits.insert(m_waits.end(), WaitSeries{key, title, {}});
    it->bins = chartBins(c);
    int lo = kChartBins, hi = -1;
    for (const WaitSeries& w : m_waits)
        for (int b = 0; b < kChartBins; ++b)
            if (w.bins[static_cast<size_t>(b)] > 0) { lo = std::min(lo, b); hi = std::max(hi, b); }
    if (hi < 0) return;
    m_rec.setCategories(kChartWaits, chartBinLabels().mid(lo, hi - lo + 1));
    for (const WaitSeries& w : m_waits) { // every series again: the bins may have moved
        const int s = m_rec.series(w.key, w.title, kChartWaits);
        double total = 0;
        for (double v : w.bins) total += v;
        for (int b = lo; b <= hi; ++b)
            m_rec.sample(s, b - lo, total > 0 ? 100.0 * w.bins[static_cast<size_t>(b)] / total : 0.0);
    }
}

void Publisher::tableRow(const QString& lock, const QVariantMap& row)
{
    if (m_tables.isEmpty() || m_tables.last().toMap().value(QStringLiteral("lock")).toString() != lock) {
        QVariantMap t;
        t.insert(QStringLiteral("lock"), lock);
        t.insert(QStringLiteral("rows"), QVariantList{});
        m_tables << t;
    }
    QVariantMap t = m_tables.last().toMap();
    QVariantList rows = t.value(QStringLiteral("rows")).toList();
    rows << row;
    t.insert(QStringLiteral("rows"), rows);
    m_tables.last() = t;
}

void Publisher::publishTable()
{
    m_rec.publish(kPanelThreads, m_tables);
}

QString Publisher::duration(double ns)
{
    if (ns < 1e6) return QStringLiteral("%1 µs").arg(ns / 1e3, 0, 'f', ns < 1e4 ? 2 : 1);
    if (ns < 1e9) return QStringLiteral("%1 ms").arg(ns / 1e6, 0, 'f', ns < 1e7 ? 2 : 1);
    return QStringLiteral("%1 s").arg(ns / 1e9, 0, 'f', 2);
}

QVariantMap threadRow(const QString& name, qint64 count, double share, const WaitCounts& waits, double cpuS)
{
    QVariantMap r;
    r.insert(QStringLiteral("thread"), name);
    r.insert(QStringLiteral("count"), count);
    r.insert(QStringLiteral("share"), share);
    r.insert(QStringLiteral("wait_median_us"), waits.quantileNs(0.5) / 1e3);
    r.insert(QStringLiteral("wait_p99_us"), waits.quantileNs(0.99) / 1e3);
    r.insert(QStringLiteral("wait_max_ms"), static_cast<double>(waits.maxNs) / 1e6);
    r.insert(QStringLiteral("cpu_s"), cpuS);
    return r;
}

} // namespace starvation
