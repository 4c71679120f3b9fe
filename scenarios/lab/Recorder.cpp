#include "Recorder.h"

#include <QCoreApplication>
#include <thread>

namespace lab {

namespace {
std::atomic<quint64> g_nextRecorderId{1};

struct LocalCache {
    quint64 recorderId = 0;
    void* buffer = nullptr;
};
thread_local LocalCache t_cache;
} // namespace

struct Recorder::Buffer {
    std::thread::id owner;
    std::mutex mutex; // taken by its writer (uncontended) and briefly by the drainer
    std::vector<Sample> samples;
    std::vector<Span> spans;
};

QString spanStateId(SpanState s)
{
    static const char* ids[kSpanStateCount] = {"running", "waiting", "holding", "blocked",
                                               "sleeping", "serial", "idle", "failed"};
    return QString::fromLatin1(ids[static_cast<int>(s)]);
}

QString spanStateTitle(SpanState s)
{
    static const char* titles[kSpanStateCount] = {
        QT_TRANSLATE_NOOP("lab::SpanState", "running"),
        QT_TRANSLATE_NOOP("lab::SpanState", "waiting for a lock"),
        QT_TRANSLATE_NOOP("lab::SpanState", "holding a lock"),
        QT_TRANSLATE_NOOP("lab::SpanState", "blocked on I/O"),
        QT_TRANSLATE_NOOP("lab::SpanState", "sleeping / thinking"),
        QT_TRANSLATE_NOOP("lab::SpanState", "serial part"),
        QT_TRANSLATE_NOOP("lab::SpanState", "idle"),
        QT_TRANSLATE_NOOP("lab::SpanState", "failed"),
    };
    return QCoreApplication::translate("lab::SpanState", titles[static_cast<int>(s)]);
}

bool spanStateFromId(const QString& id, SpanState* out)
{
    for (int i = 0; i < kSpanStateCount; ++i) {
        if (spanStateId(static_cast<SpanState>(i)) == id) {
            *out = static_cast<SpanState>(i);
            return true;
        }
    }
    return false;
}

qint64 RunData::sampleCount() const
{
    qint64 n = 0;
    for (const auto& p : points) n += static_cast<qint64>(p.size());
    return n;
}

int RunData::seriesIndex(const QString& key) const
{
    for (int i = 0; i < series.size(); ++i)
        if (series[i].key == key) return i;
    return -1;
}

Recorder::Recorder()
    : m_id(g_nextRecorderId.fetch_add(1)), m_t0(std::chrono::steady_clock::now())
{
}

Recorder::~Recorder() = default;

qint64 Recorder::nowUs() const
{
    return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - m_t0).count();
}

Recorder::Buffer* Recorder::localBuffer()
{
    if (t_cache.recorderId == m_id)
        return static_cast<Buffer*>(t_cache.buffer);
    const auto self = std::this_thread::get_id();
    std::lock_guard lock(m_regMutex);
    Buffer* found = nullptr;
    for (auto& b : m_buffers)
        if (b->owner == self) { found = b.get(); break; }
    if (!found) {
        m_buffers.push_back(std::make_unique<Buffer>());
        found = m_buffers.back().get();
        found->owner = self;
    }
    t_cache.recorderId = m_id;
    t_cache.buffer = found;
    return found;
}

int Recorder::series(const QString& key, const QString& title, const QString& chart, SeriesStyle style)
{
    std::lock_guard lock(m_regMutex);
    for (int i = 0; i < m_series.size(); ++i)
        if (m_series[i].key == key) return i;
    m_series.append({key, title, chart, style});
    return static_cast<int>(m_series.size() - 1);
}

int Recorder::lane(const QString& name)
{
    std::lock_guard lock(m_regMutex);
    const int i = static_cast<int>(m_lanes.indexOf(name));
    if (i >= 0) return i;
    m_lanes.append(name);
    return static_cast<int>(m_lanes.size() - 1);
}

void Recorder::setCategories(const QString& chart, const QStringList& categories)
{
    std::lock_guard lock(m_regMutex);
    m_categories.insert(chart, categories);
    m_categoriesDirty = true;
}

void Recorder::sample(int series, double x, double y)
{
    Buffer* b = localBuffer();
    std::lock_guard lock(b->mutex);
    b->samples.push_back({series, x, y});
}

void Recorder::span(int lane, SpanState state, qint64 beginUs, qint64 endUs, const QString& label)
{
    Buffer* b = localBuffer();
    std::lock_guard lock(b->mutex);
    b->spans.push_back({lane, state, beginUs, endUs, label});
}

void Recorder::log(const QString& line)
{
    const double t = nowS();
    std::lock_guard lock(m_regMutex);
    m_pendingLog.append(QStringLiteral("[%1 s] %2").arg(t, 0, 'f', 3).arg(line));
}

void Recorder::setSummary(const QString& key, const QVariant& value)
{
    std::lock_guard lock(m_regMutex);
    m_summary.insert(key, value);
    m_summaryDirty = true;
}

void Recorder::addSummary(const QString& key, double delta)
{
    std::lock_guard lock(m_regMutex);
    m_summary.insert(key, m_summary.value(key).toDouble() + delta);
    m_summaryDirty = true;
}

void Recorder::publish(const QString& key, const QVariant& value)
{
    std::lock_guard lock(m_regMutex);
    m_panels.insert(key, value);
    if (!m_dirtyPanels.contains(key)) m_dirtyPanels.append(key);
}

qint64 Recorder::pendingSamplesApprox() const
{
    std::lock_guard lock(m_regMutex);
    qint64 n = 0;
    for (const auto& b : m_buffers) {
        std::lock_guard bl(b->mutex);
        n += static_cast<qint64>(b->samples.size());
    }
    return n;
}

DrainResult Recorder::drain()
{
    DrainResult r;
    std::vector<std::vector<Sample>> samples;
    std::vector<std::vector<Span>> spans;
    {
        std::lock_guard lock(m_regMutex);
        for (auto& b : m_buffers) {
            std::vector<Sample> s;
            std::vector<Span> sp;
            {
                std::lock_guard bl(b->mutex);
                s.swap(b->samples);
                sp.swap(b->spans);
                // Keep capacity with the writer so the hot path rarely allocates.
                b->samples.reserve(s.capacity());
            }
            if (!s.empty()) samples.push_back(std::move(s));
            if (!sp.empty()) spans.push_back(std::move(sp));
        }
        if (m_series.size() != m_data.series.size()) {
            m_data.series = m_series;
            m_data.points.resize(static_cast<size_t>(m_series.size()));
            r.newSeries = true;
        }
        m_data.lanes = m_lanes;
        if (m_categoriesDirty) {
            m_data.categories = m_categories;
            m_categoriesDirty = false;
            r.categoriesChanged = true;
        }
        if (!m_pendingLog.isEmpty()) {
            r.newLog = static_cast<int>(m_pendingLog.size());
            m_data.log.append(m_pendingLog);
            m_pendingLog.clear();
        }
        if (!m_dirtyPanels.isEmpty()) {
            for (const QString& key : std::as_const(m_dirtyPanels)) m_data.panels.insert(key, m_panels.value(key));
            r.changedPanels.swap(m_dirtyPanels);
        }
        if (m_summaryDirty) {
            m_data.summary = m_summary;
            m_summaryDirty = false;
            r.summaryChanged = true;
        }
    }
    std::vector<bool> changed(m_data.points.size(), false);
    for (const auto& chunk : samples) {
        for (const Sample& s : chunk) {
            if (s.series < 0 || static_cast<size_t>(s.series) >= m_data.points.size()) continue;
            m_data.points[static_cast<size_t>(s.series)].emplace_back(s.x, s.y);
            changed[static_cast<size_t>(s.series)] = true;
        }
    }
    for (size_t i = 0; i < changed.size(); ++i)
        if (changed[i]) r.changedSeries.append(static_cast<int>(i));
    for (auto& chunk : spans) {
        r.newSpans += static_cast<int>(chunk.size());
        m_data.spans.insert(m_data.spans.end(), std::make_move_iterator(chunk.begin()),
                            std::make_move_iterator(chunk.end()));
    }
    return r;
}

} // namespace lab
