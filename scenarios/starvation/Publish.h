#pragma once
// What the three variants share when they publish: chart and panel keys, Jain's index over a
// sliding window, the wait-time histogram in percent per doubling bin, the per-thread table,
// number formats.
#include "Stats.h"

#include "lab/Recorder.h"

#include <QCoreApplication>
#include <QString>
#include <QVariantList>
#include <QVariantMap>

#include <deque>
#include <utility>
#include <vector>

namespace starvation {

// Chart keys (ScenarioInfo::charts) and the panel data key (ScenarioInfo::panelData).
inline const QString kChartAcq = QStringLiteral("acquisitions");
inline const QString kChartCpu = QStringLiteral("cpu_share");
inline const QString kChartWaits = QStringLiteral("wait_hist");
inline const QString kChartJain = QStringLiteral("jain");
inline const QString kChartTradeoff = QStringLiteral("tradeoff");
inline const QString kChartTimeline = QStringLiteral("timeline");
inline const QString kPanelThreads = QStringLiteral("threads");

// Jain's index of what each thread got during the last `spanS` seconds (from cumulative counts).
class JainWindow {
public:
    explicit JainWindow(double spanS = 1.0) : m_span(spanS) {}
    void add(double tS, std::vector<double> cumulative);
    // -1 until the window covers at least half its span.
    double value() const;
    void clear() { m_q.clear(); }

private:
    double m_span;
    std::deque<std::pair<double, std::vector<double>>> m_q;
};

class Publisher {
    Q_DECLARE_TR_FUNCTIONS(starvation::Publisher)
public:
    explicit Publisher(lab::Recorder& rec) : m_rec(rec) {}
    // The histogram of waits as percent of the acquisitions in each doubling bin. The chart
    // shows the bins from the lowest to the highest that any of its series uses.
    void waits(const QString& key, const QString& title, const WaitCounts& c);
    // One row of the per-thread table of lock `lock` (replaces the lock's table if first row).
    void tableRow(const QString& lock, const QVariantMap& row);
    void publishTable();

    // "12.3 µs", "4.56 ms", "1.23 s" for a time in nanoseconds.
    static QString duration(double ns);
    static QString thread(int t) { return tr("T%1").arg(t + 1); }

private:
    struct WaitSeries {
        QString key, title;
        std::vector<double> bins;
    };
    lab::Recorder& m_rec;
    std::vector<WaitSeries> m_waits;
    QVariantList m_tables; // [{lock, rows: [...]}, ...]
};

// A row of the per-thread table from one thread's figures.
QVariantMap threadRow(const QString& name, qint64 count, double share, const WaitCounts& waits, double cpuS);

} // namespace starvation
