#include "RaceEngine.h"

#include <QCoreApplication>

#include <algorithm>
#include <chrono>
#include <functional>

namespace race {

namespace {
using Clock = std::chrono::steady_clock;

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch()).count();
}

// The gap between read and write: `n` spins, then optionally a yield.
inline void gap(int n, bool yield)
{
    for (int i = 0; i < n; ++i) {
#if defined(__x86_64__) || defined(__i386__)
        __builtin_ia32_pause();
#else
        asm volatile("" ::: "memory");
#endif
    }
    if (yield) std::this_thread::yield();
}

// Bank word: balance (signed, 40 bits) | writer (thread + 1, 8 bits) | write count (mod 2^16).
// Packing the writer and a write count into the same word the race is on lets the thread that
// overwrites a value see whose update it destroys and how many, without any extra
// synchronisation (the race stays exactly one load and one store... plus an exchange that
// returns what was overwritten).
constexpr int kBalShift = 24;
inline std::uint64_t pack(qint64 balance, int writer, unsigned count)
{
    return (static_cast<std::uint64_t>(balance) << kBalShift)
           | (static_cast<std::uint64_t>(writer & 0xff) << 16) | (count & 0xffffu);
}
inline qint64 balanceOf(std::uint64_t w) { return static_cast<qint64>(w) >> kBalShift; }
inline int writerOf(std::uint64_t w) { return static_cast<int>((w >> 16) & 0xff); }
inline unsigned countOf(std::uint64_t w) { return static_cast<unsigned>(w & 0xffffu); }

// How many increments between looks at the stop flag (and live progress).
qint64 subChunk(const RaceConfig& c)
{
    return std::max<qint64>(1, 1024 / (1 + c.window + (c.yield ? 64 : 0)));
}
constexpr qint64 kSliceUs = 5000; // one timeline span per thread per 5 ms of work
} // namespace

QString strategyId(Strategy s)
{
    static const char* ids[] = {"unsafe", "mutex", "atomic", "local"};
    return QString::fromLatin1(ids[static_cast<int>(s)]);
}

QStringList strategyIds()
{
    QStringList l;
    for (int i = 0; i < kStrategyCount; ++i) l << strategyId(static_cast<Strategy>(i));
    return l;
}

bool strategyFromId(const QString& id, Strategy* out)
{
    for (int i = 0; i < kStrategyCount; ++i)
        if (strategyId(static_cast<Strategy>(i)) == id) { *out = static_cast<Strategy>(i); return true; }
    return false;
}

qint64 bankAmount(int thread)
{
    static const qint64 amounts[] = {50, -20, 30, -10};
    return amounts[thread % 4];
}

qint64 bankMaxOperations(qint64 initialBalance)
{
    const qint64 limit = (qint64{1} << 39) - 1 - std::abs(initialBalance);
    return limit / 50; // 50 = the largest |bankAmount|
}

QString RaceRun::threadName(int t)
{
    return QCoreApplication::translate("race::RaceScenario", "T%1").arg(t + 1);
}

RaceRun::RaceRun(const RaceConfig& cfg, lab::Recorder* rec, const std::atomic<bool>* halt)
    : m_cfg(cfg), m_rec(rec), m_halt(halt), m_slots(static_cast<size_t>(cfg.threads))
{
    m_value.store(cfg.variant == Variant::Bank ? pack(cfg.initialBalance, 0, 0) : 0, std::memory_order_relaxed);
    if (m_rec)
        for (int t = 0; t < cfg.threads; ++t) m_lanes.push_back(m_rec->lane(threadName(t)));
}

RaceRun::~RaceRun()
{
    join();
}

void RaceRun::start()
{
    m_startLatch = std::make_unique<std::latch>(m_cfg.threads);
    m_running.store(m_cfg.threads, std::memory_order_release);
    m_threads.reserve(static_cast<size_t>(m_cfg.threads));
    for (int t = 0; t < m_cfg.threads; ++t) m_threads.emplace_back([this, t] { worker(t); });
}

void RaceRun::join()
{
    for (auto& th : m_threads)
        if (th.joinable()) th.join();
    m_threads.clear();
}

void RaceRun::worker(int t)
{
    const bool bank = m_cfg.variant == Variant::Bank;
    switch (m_cfg.strategy) {
    case Strategy::Unsafe: bank ? bankWorker<Strategy::Unsafe>(t) : counterWorker<Strategy::Unsafe>(t); break;
    case Strategy::Mutex: bank ? bankWorker<Strategy::Mutex>(t) : counterWorker<Strategy::Mutex>(t); break;
    case Strategy::Atomic: bank ? bankWorker<Strategy::Atomic>(t) : counterWorker<Strategy::Atomic>(t); break;
    case Strategy::Local: bank ? bankWorker<Strategy::Local>(t) : counterWorker<Strategy::Local>(t); break;
    }
    m_running.fetch_sub(1, std::memory_order_acq_rel);
}

void RaceRun::emitSlice(int lane, qint64 b0, qint64 b1, qint64 waitNs)
{
    if (!m_rec || b1 <= b0) return;
    if (m_cfg.strategy != Strategy::Mutex) {
        m_rec->span(lane, lab::SpanState::Running, b0, b1, strategyId(m_cfg.strategy));
        return;
    }
    // Mutex: one slice is split in proportion: inside critical sections, then waiting.
    const double w = std::clamp(waitNs / 1000.0 / static_cast<double>(b1 - b0), 0.0, 1.0);
    const qint64 mid = b0 + static_cast<qint64>((1.0 - w) * static_cast<double>(b1 - b0));
    const int pct = static_cast<int>(w * 100.0 + 0.5);
    if (mid > b0)
        m_rec->span(lane, lab::SpanState::Holding, b0, mid,
                    QCoreApplication::translate("race::RaceScenario", "critical sections (%1%)").arg(100 - pct));
    if (b1 > mid)
        m_rec->span(lane, lab::SpanState::Waiting, mid, b1,
                    QCoreApplication::translate("race::RaceScenario", "waiting for the lock (%1%)").arg(pct));
}

// Locks the mutex; with live recording, measures the time spent waiting (only when contended).
#define RACE_LOCK()                                                                      \
    do {                                                                                 \
        if (!live) { m_mutex.lock(); break; }                                            \
        if (!m_mutex.try_lock()) {                                                       \
            const qint64 w0 = nowNs();                                                   \
            m_mutex.lock();                                                              \
            waitNs += nowNs() - w0;                                                      \
        }                                                                                \
    } while (0)

template <Strategy S> void RaceRun::counterWorker(int t)
{
    Slot& slot = m_slots[static_cast<size_t>(t)];
    const qint64 m = m_cfg.increments;
    const int win = m_cfg.window;
    const bool yl = m_cfg.yield;
    const bool live = m_cfg.live;
    const bool spans = live && m_rec;
    const qint64 sub = subChunk(m_cfg);
    const int lane = spans ? m_lanes[static_cast<size_t>(t)] : 0;
    qint64* mine = S == Strategy::Local ? &m_local.local() : nullptr;
    qint64 done = 0, waitNs = 0;
    unsigned k = 0;

    m_startLatch->arrive_and_wait();
    slot.beginNs.store(nowNs(), std::memory_order_relaxed);
    qint64 sliceBegin = spans ? m_rec->nowUs() : 0;
    while (done < m && !m_halt->load(std::memory_order_relaxed)) {
        const qint64 n = std::min(sub, m - done);
        if constexpr (S == Strategy::Unsafe) {
            for (qint64 i = 0; i < n; ++i) {
                const std::uint64_t v = m_value.load(std::memory_order_relaxed); // read
                gap(win, yl);
                m_value.store(v + 1, std::memory_order_relaxed);                  // write
            }
        } else if constexpr (S == Strategy::Mutex) {
            for (qint64 i = 0; i < n; ++i) {
                RACE_LOCK();
                const std::uint64_t v = m_value.load(std::memory_order_relaxed);
                gap(win, yl);
                m_value.store(v + 1, std::memory_order_relaxed);
                m_mutex.unlock();
            }
        } else if constexpr (S == Strategy::Atomic) {
            for (qint64 i = 0; i < n; ++i) {
                gap(win, yl); // same work per increment; an atomic RMW has no gap inside
                m_value.fetch_add(1, std::memory_order_relaxed);
            }
        } else {
            qint64 acc = 0;
            for (qint64 i = 0; i < n; ++i) {
                gap(win, yl);
                acc += 1;
                asm volatile("" : "+r"(acc)); // one real increment each time, not one addition of n
            }
            *mine += acc;
        }
        done += n;
        if (live) {
            slot.done.store(done, std::memory_order_relaxed);
            if (spans && ((++k & 7u) == 0 || sub < 1024)) {
                const qint64 now = m_rec->nowUs();
                if (now - sliceBegin >= kSliceUs) {
                    emitSlice(lane, sliceBegin, now, waitNs);
                    sliceBegin = now;
                    waitNs = 0;
                }
            }
        }
    }
    slot.endNs.store(nowNs(), std::memory_order_relaxed);
    slot.done.store(done, std::memory_order_relaxed);
    if (spans) emitSlice(lane, sliceBegin, m_rec->nowUs(), waitNs);
}

template <Strategy S> void RaceRun::bankWorker(int t)
{
    Slot& slot = m_slots[static_cast<size_t>(t)];
    const qint64 m = m_cfg.increments;
    const qint64 a = bankAmount(t);
    const int me = t + 1;
    const int win = m_cfg.window;
    const bool yl = m_cfg.yield;
    const bool live = m_cfg.live;
    const bool spans = live && m_rec;
    const qint64 sub = subChunk(m_cfg);
    const int lane = spans ? m_lanes[static_cast<size_t>(t)] : 0;
    qint64* mine = S == Strategy::Local ? &m_local.local() : nullptr;
    qint64 done = 0, waitNs = 0, lost = 0, overwrites = 0;
    unsigned k = 0;

    m_startLatch->arrive_and_wait();
    slot.beginNs.store(nowNs(), std::memory_order_relaxed);
    qint64 sliceBegin = spans ? m_rec->nowUs() : 0;
    while (done < m && !m_halt->load(std::memory_order_relaxed)) {
        const qint64 n = std::min(sub, m - done);
        if constexpr (S == Strategy::Unsafe) {
            for (qint64 i = 0; i < n; ++i) {
                const std::uint64_t r = m_value.load(std::memory_order_relaxed);       // read balance
                gap(win, yl);
                const std::uint64_t w = pack(balanceOf(r) + a, me, countOf(r) + 1);    // compute
                const std::uint64_t old = m_value.exchange(w, std::memory_order_relaxed); // write
                if (old != r) [[unlikely]] { // someone wrote after our read: we erased it
                    ++overwrites;
                    lost += (countOf(old) - countOf(r)) & 0xffffu;
                    if (m_logged.load(std::memory_order_relaxed) < 4) logLostUpdate(t, r, w, old);
                }
            }
        } else if constexpr (S == Strategy::Mutex) {
            for (qint64 i = 0; i < n; ++i) {
                RACE_LOCK();
                const std::uint64_t r = m_value.load(std::memory_order_relaxed);
                gap(win, yl);
                m_value.store(pack(balanceOf(r) + a, me, countOf(r) + 1), std::memory_order_relaxed);
                m_mutex.unlock();
            }
        } else if constexpr (S == Strategy::Atomic) {
            for (qint64 i = 0; i < n; ++i) {
                gap(win, yl);
                m_value.fetch_add(static_cast<std::uint64_t>(a) << kBalShift, std::memory_order_relaxed);
            }
        } else {
            qint64 acc = 0;
            for (qint64 i = 0; i < n; ++i) {
                gap(win, yl);
                acc += a;
                asm volatile("" : "+r"(acc));
            }
            *mine += acc;
        }
        done += n;
        if (live) {
            slot.done.store(done, std::memory_order_relaxed);
            slot.lost.store(lost, std::memory_order_relaxed);
            if (spans && ((++k & 7u) == 0 || sub < 1024)) {
                const qint64 now = m_rec->nowUs();
                if (now - sliceBegin >= kSliceUs) {
                    emitSlice(lane, sliceBegin, now, waitNs);
                    sliceBegin = now;
                    waitNs = 0;
                }
            }
        }
    }
    slot.endNs.store(nowNs(), std::memory_order_relaxed);
    slot.done.store(done, std::memory_order_relaxed);
    slot.lost.store(lost, std::memory_order_relaxed);
    slot.overwrites.store(overwrites, std::memory_order_relaxed);
    if (spans) emitSlice(lane, sliceBegin, m_rec->nowUs(), waitNs);
}
#undef RACE_LOCK

void RaceRun::logLostUpdate(int t, std::uint64_t readWord, std::uint64_t written, std::uint64_t old)
{
    if (!m_rec) return;
    const int n = m_logged.fetch_add(1, std::memory_order_relaxed);
    if (n >= 4) return;
    auto tr = [](const char* s) { return QCoreApplication::translate("race::RaceScenario", s); };
    const QString me = threadName(t);
    const int w = writerOf(old);
    const QString other = w > 0 ? threadName(w - 1) : tr("the bank");
    const qint64 r = balanceOf(readWord);
    const qint64 erased = (countOf(old) - countOf(readWord)) & 0xffffu;
    QStringList lines;
    lines << tr("Lost update #%1 (from the real run):").arg(n + 1);
    if (w > 0 && erased == 1 && balanceOf(old) - bankAmount(w - 1) == r) {
        // The textbook case: both read the same balance, the later write wins.
        const qint64 amount = bankAmount(w - 1);
        const QString first = w - 1 < t ? other : me, second = w - 1 < t ? me : other;
        lines << tr("%1 reads %2").arg(first).arg(r) << tr("%1 reads %2").arg(second).arg(r)
              << tr("%1 writes %2").arg(other).arg(balanceOf(old));
        lines << (amount > 0 ? tr("%1 writes %2 — %3's deposit of %4 is lost")
                             : tr("%1 writes %2 — %3's withdrawal of %4 is lost"))
                     .arg(me).arg(balanceOf(written)).arg(other).arg(std::abs(amount));
    } else {
        lines << tr("%1 reads %2").arg(me, QString::number(r));
        lines << tr("… %1 updates by others, the last: %2 writes %3").arg(erased).arg(other).arg(balanceOf(old));
        lines << tr("%1 writes %2 — %3 updates (net %4) are lost")
                     .arg(me).arg(balanceOf(written)).arg(erased).arg(balanceOf(old) - r);
    }
    for (const QString& l : lines) m_rec->log(l);
}

RaceSnapshot RaceRun::snapshot() const
{
    RaceSnapshot s;
    const std::uint64_t v = m_value.load(std::memory_order_relaxed);
    qint64 begin = 0, lost = 0;
    qint64 expectedBalance = m_cfg.initialBalance;
    for (size_t t = 0; t < m_slots.size(); ++t) {
        const qint64 d = m_slots[t].done.load(std::memory_order_relaxed);
        s.done += d;
        lost += m_slots[t].lost.load(std::memory_order_relaxed);
        expectedBalance += d * bankAmount(static_cast<int>(t));
        const qint64 b = m_slots[t].beginNs.load(std::memory_order_relaxed);
        if (b > 0 && (begin == 0 || b < begin)) begin = b;
    }
    s.elapsedS = begin > 0 ? (nowNs() - begin) / 1e9 : 0.0;
    if (m_cfg.variant == Variant::Counter) {
        // local: the shared counter is only filled at the end; live, the private counts are it.
        s.actual = m_cfg.strategy == Strategy::Local ? s.done : static_cast<qint64>(v);
        s.lost = std::max<qint64>(0, s.done - s.actual);
    } else {
        s.lost = lost;
        s.actual = s.done - lost;
        s.expectedBalance = expectedBalance;
        s.actualBalance = m_cfg.strategy == Strategy::Local ? expectedBalance : balanceOf(v);
    }
    return s;
}

RaceResult RaceRun::result()
{
    RaceResult r;
    join();
    if (m_cfg.strategy == Strategy::Local && !m_combined) { // combine the private accumulations
        m_combined = true;
        const qint64 sum = m_local.combine(std::plus<qint64>());
        auto& value = m_value;
        if (m_cfg.variant == Variant::Counter) value.store(static_cast<std::uint64_t>(sum));
        else value.fetch_add(static_cast<std::uint64_t>(sum) << kBalShift);
    }
    const std::uint64_t v = m_value.load();
    qint64 begin = 0, end = 0, lost = 0;
    r.expectedBalance = m_cfg.initialBalance;
    r.complete = true;
    for (size_t t = 0; t < m_slots.size(); ++t) {
        const Slot& s = m_slots[t];
        const qint64 d = s.done.load();
        r.expected += d;
        r.complete = r.complete && d == m_cfg.increments;
        lost += s.lost.load();
        r.overwrites += s.overwrites.load();
        r.expectedBalance += d * bankAmount(static_cast<int>(t));
        if (begin == 0 || s.beginNs.load() < begin) begin = s.beginNs.load();
        end = std::max(end, s.endNs.load());
    }
    r.wallS = end > begin ? (end - begin) / 1e9 : 0.0;
    r.nsPerIncrement = r.expected > 0 ? (end - begin) / static_cast<double>(r.expected) : 0.0;
    if (m_cfg.variant == Variant::Counter) {
        r.actual = static_cast<qint64>(v);
        r.lost = r.expected - r.actual;
    } else {
        r.actualBalance = balanceOf(v);
        r.lost = lost;
        r.actual = r.expected - lost;
    }
    return r;
}

} // namespace race
