// The `pair` and `philosophers` variants: real threads, real mutexes (InstrumentedLock), a
// watchdog thread that reads the wait-for graph, finds cycles and notices livelock.
#include "Deadlock.h"
#include "LockLayer.h"

#include "lab/RunContext.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <latch>
#include <memory>
#include <random>
#include <thread>

namespace deadlock {

namespace {
using namespace std::chrono;
using lab::SpanState;

class Engine;

// One worker's timeline: one state at a time; long states are cut into chunks so the timeline
// grows while a worker is stuck.
class Track {
public:
    Track(lab::Recorder& rec, int lane) : m_rec(rec), m_lane(lane) {}
    void set(SpanState s, const QString& label)
    {
        close();
        m_state = s;
        m_label = label;
        m_begin = m_rec.nowUs();
        m_open = true;
    }
    void close()
    {
        if (!m_open) return;
        // Spans shorter than kMinUs are not drawn on any useful zoom; dropping them keeps a run
        // with zero hold/think/eat times (millions of rounds per second) from filling memory.
        const qint64 now = m_rec.nowUs();
        if (now - m_begin >= kMinUs) m_rec.span(m_lane, m_state, m_begin, now, m_label);
        m_open = false;
    }
    static constexpr qint64 kMinUs = 50;
    void chunk()
    {
        if (!m_open) return;
        const qint64 now = m_rec.nowUs();
        if (now - m_begin < 50000) return;
        m_rec.span(m_lane, m_state, m_begin, now, m_label);
        m_begin = now;
    }

private:
    lab::Recorder& m_rec;
    int m_lane;
    SpanState m_state = SpanState::Running;
    QString m_label;
    qint64 m_begin = 0;
    bool m_open = false;
};

// What the watchdog remembers between two looks at the wait-for graph.
struct WatchState {
    quint64 published = ~0ull; // the graph version last published
    QString lastKind;
    qint64 lastPublishUs = -1000000;
    bool detected = false, sawTransient = false, livelock = false;
    QVariantMap detectedGraph;
    qint64 windowUs = 0, winStart = 0, winDone = 0; // the livelock window
    std::vector<qint64> winRetries;
};

class Engine {
    Q_DECLARE_TR_FUNCTIONS(deadlock::DeadlockScenario)
public:
    Engine(lab::RunContext& ctx, const Config& cfg);
    void run();

    bool stopping() const { return m_abort.load(std::memory_order_relaxed) || m_ctx.stopRequested(); }
    void worker(int w);
    void watchdog();
    void lookForCycle(WaitRegistry::Snapshot& s, qint64 now, WatchState& st);
    void lookForLivelock(qint64 now, WatchState& st);
    void publish(bool final);
    qint64 totalDone() const;

    lab::RunContext& m_ctx;
    const Config& m_cfg;
    lab::Recorder& m_rec;
    const bool m_phil;
    const int m_n;
    // Read by every worker thread at once: const, so no access can detach (copy) the shared data.
    const QStringList m_workers, m_locks;
    WaitRegistry m_reg;
    std::vector<std::unique_ptr<InstrumentedLock>> m_lk;
    Arbitrator m_waiter;
    std::vector<std::atomic<qint64>> m_done, m_retries;
    std::atomic<bool> m_abort{false};
    std::atomic<int> m_running{0};
    std::latch m_start;
    std::vector<int> m_progressSeries;
    int m_barSeries = -1;
};

class Worker final : public LockClient {
public:
    Worker(Engine& e, int w) : LockClient(w), m_e(e), m_track(e.m_rec, e.m_rec.lane(e.m_workers[w])),
                               m_rng(e.m_cfg.seed * 7919 + static_cast<quint64>(w)) {}
    bool stopping() const override { return m_e.stopping(); }
    void onSlice() override { m_track.chunk(); }
    void run();

private:
    void pause(int ms, SpanState s, const QString& label);
    void backoff(int failures, const QString& gaveUp);
    void eat(int a, int b);

    Engine& m_e;
    Track m_track;
    QString m_eatLabel;
    std::mt19937_64 m_rng;
};

Engine::Engine(lab::RunContext& ctx, const Config& cfg)
    : m_ctx(ctx), m_cfg(cfg), m_rec(ctx.recorder()), m_phil(cfg.variant == QLatin1String("philosophers")),
      m_n(m_phil ? cfg.workers : 2),
      m_workers([&] {
          QStringList w;
          for (int i = 0; i < (m_phil ? cfg.workers : 2); ++i)
              w << (m_phil ? tr("P%1").arg(i + 1) : QString(QLatin1Char(static_cast<char>('A' + i))));
          return w;
      }()),
      m_locks([&] {
          QStringList l;
          for (int i = 0; i < (m_phil ? cfg.workers : 2); ++i) l << (m_phil ? tr("F%1").arg(i + 1) : tr("L%1").arg(i + 1));
          return l;
      }()),
      m_reg(m_workers, m_locks, &ctx.recorder()), m_waiter(std::max(1, m_n - 1)),
      m_done(static_cast<size_t>(m_n)), m_retries(static_cast<size_t>(m_n)), m_start(m_n)
{
    for (int i = 0; i < m_n; ++i) m_lk.push_back(std::make_unique<InstrumentedLock>(m_reg, i));
}

qint64 Engine::totalDone() const
{
    qint64 t = 0;
    for (const auto& d : m_done) t += d.load(std::memory_order_relaxed);
    return t;
}

void Worker::pause(int ms, SpanState s, const QString& label)
{
    m_track.set(s, label);
    const auto end = steady_clock::now() + milliseconds(ms);
    for (;;) {
        if (stopping()) throw Stopped{};
        const auto left = end - steady_clock::now();
        if (left <= steady_clock::duration::zero()) return;
        m_e.m_ctx.sleepFor(std::min<steady_clock::duration>(left, milliseconds(20)));
        m_track.chunk();
    }
}

void Worker::backoff(int failures, const QString& gaveUp)
{
    m_e.m_retries[static_cast<size_t>(worker())].fetch_add(1, std::memory_order_relaxed);
    int ms = m_e.m_cfg.backoffMs;
    if (m_e.m_cfg.randomBackoff) {
        // Randomised exponential backoff ("full jitter"): uniform in [0, backoff * 2^k].
        const int cap = std::max(1, m_e.m_cfg.backoffMs) << std::min(failures, 5);
        ms = std::uniform_int_distribution<int>(0, cap)(m_rng);
    }
    pause(ms, SpanState::Sleeping, ms > 0 ? Engine::tr("gave up %1, backs off %2 ms").arg(gaveUp).arg(ms) : QString());
    if (ms == 0) std::this_thread::yield();
}

void Worker::eat(int a, int b)
{
    if (m_eatLabel.isEmpty()) {
        const QString both = m_e.m_locks[a] + QLatin1Char('+') + m_e.m_locks[b];
        m_eatLabel = m_e.m_phil ? Engine::tr("eats with %1").arg(both) : Engine::tr("works with %1").arg(both);
    }
    pause(m_e.m_cfg.eatMs, SpanState::Holding, m_eatLabel);
}

void Worker::run()
{
    const Config& cfg = m_e.m_cfg;
    const int w = worker();
    // Philosopher i: left fork i, then right fork i+1. The pair: A takes L1 then L2, B L2 then L1.
    int first = w, second = (w + 1) % m_e.m_n;
    if (cfg.strategy == QLatin1String("ordered") && first > second) std::swap(first, second);
    InstrumentedLock& A = *m_e.m_lk[static_cast<size_t>(first)];
    InstrumentedLock& B = *m_e.m_lk[static_cast<size_t>(second)];
    const QString nA = m_e.m_locks[first], nB = m_e.m_locks[second];
    const bool scoped = cfg.strategy == QLatin1String("scoped_lock");
    const bool tryBack = cfg.strategy == QLatin1String("try_backoff");
    const bool timed = cfg.strategy == QLatin1String("timeout");
    const bool waiter = cfg.strategy == QLatin1String("waiter");
    // Labels built once: a round must cost little next to what it shows.
    const QString lThink = m_e.m_phil ? Engine::tr("thinks") : Engine::tr("works alone");
    const QString lWaiter = Engine::tr("waits for the waiter");
    const QString lScoped = Engine::tr("waits for %1+%2 (std::scoped_lock)").arg(nA, nB);
    const QString lWaitA = Engine::tr("waits for %1").arg(nA);
    const QString lHoldA = Engine::tr("holds %1").arg(nA);
    const QString lWaitB = Engine::tr("holds %1, waits for %2").arg(nA, nB);

    LockClient::setCurrent(this);
    m_e.m_start.arrive_and_wait(); // everyone starts together: the collision is the point
    try {
        while (!stopping() && (cfg.rounds == 0 || m_e.m_done[static_cast<size_t>(w)].load() < cfg.rounds)) {
            if (cfg.thinkMs > 0) {
                const int ms = std::uniform_int_distribution<int>(cfg.thinkMs / 2, cfg.thinkMs * 3 / 2)(m_rng);
                pause(ms, SpanState::Running, lThink);
            }
            if (waiter) {
                m_track.set(SpanState::Waiting, lWaiter);
                m_e.m_waiter.acquire();
            }
            struct Admit {
                Arbitrator* a;
                ~Admit() { if (a) a->release(); }
            } admit{waiter ? &m_e.m_waiter : nullptr};

            if (scoped) {
                m_track.set(SpanState::Waiting, lScoped);
                std::scoped_lock both(A, B); // std::lock: never blocks while holding one of them
                eat(first, second);
            } else {
                std::unique_lock a(A, std::defer_lock), b(B, std::defer_lock);
                for (int failures = 0;; ++failures) {
                    m_track.set(SpanState::Waiting, lWaitA);
                    a.lock();
                    pause(cfg.holdMs, SpanState::Holding, lHoldA);
                    m_track.set(SpanState::Waiting, lWaitB);
                    if (tryBack) {
                        if (b.try_lock()) break;
                    } else if (timed) {
                        if (b.try_lock_for(milliseconds(cfg.timeoutMs))) break;
                    } else {
                        b.lock();
                        break;
                    }
                    a.unlock();
                    backoff(failures, nA);
                }
                eat(first, second);
            }
            m_e.m_done[static_cast<size_t>(w)].fetch_add(1, std::memory_order_relaxed);
        }
    } catch (const Stopped&) {
    }
    m_track.set(SpanState::Idle, {});
    m_track.close();
    LockClient::setCurrent(nullptr);
    m_e.m_running.fetch_sub(1);
}

void Engine::worker(int w)
{
    Worker(*this, w).run();
}

void Engine::watchdog()
{
    const int ms = m_cfg.holdMs + m_cfg.backoffMs + m_cfg.eatMs + m_cfg.thinkMs
                   + (m_cfg.strategy == QLatin1String("timeout") ? m_cfg.timeoutMs : 0);
    WatchState st;
    st.windowUs = std::max<qint64>(300, 10LL * ms) * 1000;
    st.winStart = m_rec.nowUs();
    st.winDone = totalDone();
    st.winRetries.assign(static_cast<size_t>(m_n), 0);
    while (!stopping() && m_running.load() > 0) {
        m_ctx.sleepFor(milliseconds(10));
        WaitRegistry::Snapshot s = m_reg.snapshot();
        const qint64 now = m_rec.nowUs();
        lookForCycle(s, now, st);
        if ((s.version != st.published || s.graph.kind != st.lastKind) && now - st.lastPublishUs >= 30000) {
            m_rec.publish(kGraphKey, s.graph.toVariant());
            st.published = s.version;
            st.lastKind = s.graph.kind;
            st.lastPublishUs = now;
        }
        if (now - st.winStart >= st.windowUs) lookForLivelock(now, st);
    }
    // Last picture. After a deadlock show the cycle as it was found: the stop takes it apart.
    if (st.detected) {
        m_rec.publish(kGraphKey, st.detectedGraph);
        return;
    }
    WaitRegistry::Snapshot s = m_reg.snapshot();
    s.graph.cycle = s.graph.findCycle();
    if (!s.graph.cycle.isEmpty())
        s.graph.kind = s.graph.cycleBlocksForever(s.graph.cycle) ? QStringLiteral("deadlock") : QStringLiteral("transient");
    m_rec.publish(kGraphKey, s.graph.toVariant());
}

// A cycle in the wait-for graph: a deadlock when no wait on it is timed (reported once, with
// the detection latency and the Coffman conditions), else a transient cycle a timeout breaks.
void Engine::lookForCycle(WaitRegistry::Snapshot& s, qint64 now, WatchState& st)
{
    const QList<int> cycle = s.graph.findCycle();
    if (cycle.isEmpty()) return;
    const bool forever = s.graph.cycleBlocksForever(cycle);
    s.graph.cycle = cycle;
    s.graph.kind = forever ? QStringLiteral("deadlock") : QStringLiteral("transient");
    if (!forever) {
        if (!st.sawTransient)
            m_rec.log(tr("A cycle formed at %1 s (%2), but its waits are timed: a timeout will break it.")
                          .arg(now / 1e6, 0, 'f', 3).arg(s.graph.describeCycle(cycle)));
        st.sawTransient = true;
        return;
    }
    if (st.detected) return;
    st.detected = true;
    st.detectedGraph = s.graph.toVariant();
    m_rec.publish(kGraphKey, st.detectedGraph); // at once, not throttled
    qint64 closed = 0;
    for (int w : cycle) closed = std::max(closed, s.waitSinceUs[static_cast<size_t>(w)]);
    const double detectMs = std::round((now - closed) / 100.0) / 10.0;
    const QString words = s.graph.describeCycle(cycle);
    const QString coffman = coffmanText(s.graph, cycle);
    m_rec.setSummary(QStringLiteral("deadlock_detected"), 1);
    m_rec.setSummary(QStringLiteral("detection_ms"), detectMs);
    m_rec.setSummary(QStringLiteral("cycle"), words);
    m_rec.setSummary(QStringLiteral("coffman"), coffman);
    m_rec.log(tr("Deadlock at %1 s, detected %2 ms after the cycle closed: %3.").arg(now / 1e6, 0, 'f', 3).arg(detectMs).arg(words));
    m_rec.log(tr("Coffman conditions that held: %1").arg(coffman));
    if (m_cfg.stopOnDeadlock) {
        m_rec.log(tr("stop_on_deadlock is set: the run ends now."));
        m_abort.store(true);
    }
}

// Livelock: a whole window without a completed round while every worker kept giving up.
void Engine::lookForLivelock(qint64 now, WatchState& st)
{
    const qint64 done = totalDone();
    bool allBusy = true;
    for (int w = 0; w < m_n; ++w) {
        const qint64 r = m_retries[static_cast<size_t>(w)].load();
        allBusy = allBusy && r - st.winRetries[static_cast<size_t>(w)] >= 2;
        st.winRetries[static_cast<size_t>(w)] = r;
    }
    if (!st.livelock && !st.detected && done == st.winDone && allBusy) {
        st.livelock = true;
        m_rec.setSummary(QStringLiteral("livelock_detected"), 1);
        m_rec.log(tr("Livelock at %1 s: for %2 ms no worker completed a round although every worker kept "
                     "taking a lock, failing to get the next one, releasing and backing off in step.")
                      .arg(now / 1e6, 0, 'f', 3).arg(st.windowUs / 1000));
    }
    st.winStart = now;
    st.winDone = done;
}

void Engine::publish(bool final)
{
    QList<qint64> counts;
    for (const auto& d : m_done) counts << d.load(std::memory_order_relaxed);
    const double t = m_rec.nowS();
    qint64 total = 0, retries = 0;
    for (int w = 0; w < m_n; ++w) {
        total += counts[w];
        retries += m_retries[static_cast<size_t>(w)].load(std::memory_order_relaxed);
        m_rec.sample(m_progressSeries[static_cast<size_t>(w)], t, static_cast<double>(counts[w]));
        m_rec.sample(m_barSeries, w, static_cast<double>(counts[w]));
    }
    if (m_phil) {
        m_rec.setSummary(QStringLiteral("meals"), total);
        m_rec.setSummary(QStringLiteral("meals_min"), *std::min_element(counts.begin(), counts.end()));
        m_rec.setSummary(QStringLiteral("meals_max"), *std::max_element(counts.begin(), counts.end()));
    } else {
        m_rec.setSummary(QStringLiteral("rounds"), total);
    }
    m_rec.setSummary(QStringLiteral("retries"), retries);
    if (m_cfg.rounds > 0)
        m_ctx.setProgress(final ? 1.0 : std::min(1.0, static_cast<double>(total) / (m_cfg.rounds * m_n)));
    else if (m_ctx.durationLimitS() > 0)
        m_ctx.setProgress(final ? 1.0 : std::min(1.0, m_ctx.elapsedS() / m_ctx.durationLimitS()));
}

void Engine::run()
{
    m_rec.setCategories(QStringLiteral("per_worker"), m_workers);
    m_barSeries = m_rec.series(QStringLiteral("per_worker"), m_phil ? tr("meals") : tr("rounds"), QStringLiteral("per_worker"));
    for (int w = 0; w < m_n; ++w)
        m_progressSeries.push_back(m_rec.series(QStringLiteral("progress_%1").arg(m_workers[w]), m_workers[w],
                                                QStringLiteral("progress")));
    for (int w = 0; w < m_n; ++w) m_rec.lane(m_workers[w]); // lanes in worker order
    m_rec.publish(kGraphKey, m_reg.snapshot().graph.toVariant());
    publish(false);

    m_running.store(m_n);
    {
        std::vector<std::jthread> threads;
        for (int w = 0; w < m_n; ++w) threads.emplace_back([this, w] { worker(w); });
        std::jthread dog([this] { watchdog(); });
        while (m_running.load() > 0 && m_ctx.sleepFor(milliseconds(100))) publish(false);
        // Threads join here: every wait observes stopping() within one slice.
    }
    publish(true);
    const bool allDone = m_cfg.rounds > 0 && totalDone() == m_cfg.rounds * m_n;
    if (allDone) m_rec.log(tr("Every worker completed its %1 rounds.").arg(m_cfg.rounds));
}

} // namespace

void runThreads(lab::RunContext& ctx, const Config& cfg)
{
    Engine(ctx, cfg).run();
}

} // namespace deadlock
