#pragma once
// Recorder: where workers write what happens (samples, timeline spans, log lines, summary
// figures) and where the GUI or the command line drains it from.
//
// Writers append to a buffer of their own thread (found through a thread_local cache), so
// the hot path takes only that buffer's uncontended lock; the drainer swaps the buffers out.
#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>
#include <vector>

namespace lab {

enum class SpanState : int {
    Running,    // doing useful work
    Waiting,    // waiting for a lock
    Holding,    // holding a lock (inside a critical section)
    Blocked,    // blocked on I/O (read/write/open on a pipe)
    Sleeping,   // sleeping or thinking by design
    Serial,     // the serial part of a job
    Idle,       // nothing to do
    Failed,     // an error (EDEADLK, EPIPE, timeout)
};
constexpr int kSpanStateCount = 8;
QString spanStateId(SpanState s);    // "running", "waiting", ... (stable; JSON and trace)
QString spanStateTitle(SpanState s); // translated
bool spanStateFromId(const QString& id, SpanState* out);

// How a series is drawn on a Line/Scatter chart.
enum class SeriesStyle : int { Line, Dashed, Points, LinePoints };

struct SeriesInfo {
    QString key;   // stable id, unique within the run
    QString title; // translated, shown in legends
    QString chart; // ChartSpec key the series belongs to
    SeriesStyle style = SeriesStyle::Line;
    // Series of one group share a colour (one group per run in a comparison); -1: a colour of
    // its own, in order of appearance.
    int colorGroup = -1;
};

struct Span {
    int lane = 0;
    SpanState state = SpanState::Running;
    qint64 beginUs = 0;
    qint64 endUs = 0;
    QString label;
};

struct Sample {
    int series = 0;
    double x = 0.0;
    double y = 0.0;
};

// Everything recorded in a run so far (as of the last drain).
struct RunData {
    QList<SeriesInfo> series;
    std::vector<std::vector<QPointF>> points; // indexed like `series`
    QStringList lanes;                        // timeline lanes (threads, processes)
    std::vector<Span> spans;
    QStringList log;
    QVariantMap summary;
    QHash<QString, QStringList> categories;   // chart key -> bar categories (x = index)
    // Structured data for a scenario's panel, by the key the scenario declared
    // (ScenarioInfo::panelData): JSON-like values (maps, lists, numbers, strings), latest wins.
    QVariantMap panels;
    qint64 sampleCount() const;
    int seriesIndex(const QString& key) const;
};

// What changed in the last drain.
struct DrainResult {
    QList<int> changedSeries; // indices into RunData::series
    bool newSeries = false;
    int newSpans = 0;
    int newLog = 0;
    bool summaryChanged = false;
    bool categoriesChanged = false;
    QStringList changedPanels; // keys of RunData::panels published since the last drain
    bool any() const
    {
        return !changedSeries.isEmpty() || newSeries || newSpans || newLog || summaryChanged || categoriesChanged
               || !changedPanels.isEmpty();
    }
};

class Recorder {
public:
    Recorder();
    ~Recorder();
    Recorder(const Recorder&) = delete;
    Recorder& operator=(const Recorder&) = delete;

    // Registration (any thread, rare). Registering the same key/name again returns the same id.
    int series(const QString& key, const QString& title, const QString& chart,
               SeriesStyle style = SeriesStyle::Line);
    int lane(const QString& name);
    void setCategories(const QString& chart, const QStringList& categories);

    // Hot path (any thread, many at once). On Bar/Histogram charts x is the category index
    // and the latest sample for an index is the bar's value (so bars can grow live).
    void sample(int series, double x, double y);
    void span(int lane, SpanState state, qint64 beginUs, qint64 endUs, const QString& label = {});

    // Occasional (any thread).
    void log(const QString& line);
    void setSummary(const QString& key, const QVariant& value);
    void addSummary(const QString& key, double delta);
    // Structured data for the scenario's panel (a wait-for graph, a table): a value made of
    // maps, lists, numbers and strings, so it is exported to JSON and read back as it is. The
    // key is one the scenario declares in ScenarioInfo::panelData. The latest value wins.
    void publish(const QString& key, const QVariant& value);

    // Microseconds since the recorder was created (the run's time base, steady clock).
    qint64 nowUs() const;
    double nowS() const { return nowUs() / 1e6; }

    // Drainer side: one thread at a time (the GUI thread, or the command line at the end).
    DrainResult drain();
    const RunData& data() const { return m_data; }

    // Test/benchmark helpers.
    qint64 pendingSamplesApprox() const;

private:
    struct Buffer;
    Buffer* localBuffer();

    const quint64 m_id;
    const std::chrono::steady_clock::time_point m_t0;

    mutable std::mutex m_regMutex; // buffers, series, lanes, categories, log, summary, panels
    std::vector<std::unique_ptr<Buffer>> m_buffers;
    QList<SeriesInfo> m_series;
    QStringList m_lanes;
    QHash<QString, QStringList> m_categories;
    QStringList m_pendingLog;
    QVariantMap m_summary;
    bool m_summaryDirty = false;
    bool m_categoriesDirty = false;
    QVariantMap m_panels;
    QStringList m_dirtyPanels;

    RunData m_data; // drainer-owned
};

} // namespace lab
