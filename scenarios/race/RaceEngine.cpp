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

// The gap between read and write: `n` spins, then optionally a yield. A wide gap is cut short
// when the run stops (the write still happens), so Stop stays prompt with any window.
inline void gap(int n, bool yield, const std::atomic<bool>* halt)
{
    for (int i = 0; i < n; ++i) {
        if ((i & 255) == 255 && halt->load(std::memory_order_relaxed)) return;
#if defined(__x86_64__) || defined(__i386__)
        __builtin_ia32_pause();
#else
        asm volatile("" ::: "memory");
#endif
    }
    if (yield) std::this_thread::yield();
}

// Bank word: balance (signed, 32 bits) | writer (thread + 1, 8 bits) | chain length (24 bits).
// Each write stores "what I read + 1" in the chain-length field, so the final word says how many
// operations its balance really contains (the surviving chain of reads and writes): lost
// updates = operations performed - chain length, exactly, as long as the total stays below
// 2^24 (bankMaxOperations). The writer field lets the thread that overwrites a value say whose
// update it destroys. Both ride in the very word the race is on, so they add no
// synchronisation: the race is still one load and one (exchanging) store.
constexpr int kBalShift = 32;
constexpr std::uint64_t kCountMask = (std::uint64_t{1} << 24) - 1;
inline std::uint64_t pack(qint64 balance, int writer, std::uint64_t count)
{
    return (static_cast<std::uint64_t>(balance) << kBalShift)
           | (static_cast<std::uint64_t>(writer & 0xff) << 24) | (count & kCountMask);
}
inline qint64 balanceOf(std::uint64_t w) { return static_cast<qint64>(w) >> kBalShift; }
inline int writerOf(std::uint64_t w) { return static_cast<int>((w >> 24) & 0xff); }
inline qint64 countOf(std::uint64_t w) { return static_cast<qint64>(w & kCountMask); }

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
    // The chain length must fit in 24 bits and the balance in 32 (50 = the largest |bankAmount|).
    const qint64 byBalance = ((qint64{1} << 31) - 1 - std::abs(initialBalance)) / 50;
    return std::max<qint64>(0, std::min<qint64>(byBalance, static_cast<qint64>(kCountMask)));
}

QString RaceRun::threadName(int t)
{
    return tr("T%1").arg(t + 1);
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
                    tr("critical sections (%1%)").arg(100 - pct));
    if (b1 > mid)
        m_rec->span(lane, lab::SpanState::Waiting, mid, b1,
                    tr("waiting for the lock (%1%)").arg(pct));
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
        qint64 n = std::min(sub, m - done);
        if constexpr (S == Strategy::Unsafe) {
            for (qint64 i = 0; i < n; ++i) {
                const std::uint64_t v = m_value.load(std::memory_order_relaxed); // read
                gap(win, yl, m_halt);
                m_value.store(v + 1, std::memory_order_relaxed);                  // write
            }
        } else if constexpr (S == Strategy::Mutex) {
            for (qint64 i = 0; i < n; ++i) {
                RACE_LOCK();
                if (m_halt->load(std::memory_order_relaxed)) [[unlikely]] { // stopping: don't queue up
                    m_mutex.unlock();
                    n = i;
                    break;
                }
                const std::uint64_t v = m_value.load(std::memory_order_relaxed);
                gap(win, yl, m_halt);
                m_value.store(v + 1, std::memory_order_relaxed);
                m_mutex.unlock();
            }
        } else if constexpr (S == Strategy::Atomic) {
            for (qint64 i = 0; i < n; ++i) {
                gap(win, yl, m_halt); // same work per increment; an atomic RMW has no gap inside
                m_value.fetch_add(1, std::memory_order_relaxed);
            }
        } else {
            qint64 acc = 0;
            for (qint64 i = 0; i < n; ++i) {
                gap(win, yl, m_halt);
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
    qint64 done = 0, waitNs = 0, overwrites = 0;
    unsigned k = 0;

    m_startLatch->arrive_and_wait();
    slot.beginNs.store(nowNs(), std::memory_order_relaxed);
    qint64 sliceBegin = spans ? m_rec->nowUs() : 0;
    while (done < m && !m_halt->load(std::memory_order_relaxed)) {
        qint64 n = std::min(sub, m - done);
        if constexpr (S == Strategy::Unsafe) {
            for (qint64 i = 0; i < n; ++i) {
                const std::uint64_t r = m_value.load(std::memory_order_relaxed);       // read balance
                gap(win, yl, m_halt);
                const std::uint64_t w = pack(balanceOf(r) + a, me, countOf(r) + 1);    // compute
                const std::uint64_t old = m_value.exchange(w, std::memory_order_relaxed); // write
                if (old != r) [[unlikely]] { // someone wrote after our read: we erased it
                    ++overwrites;
                    if (m_logBudget.load(std::memory_order_relaxed) > 0) logLostUpdate(t, r, w, old);
                }
            }
        } else if constexpr (S == Strategy::Mutex) {
            for (qint64 i = 0; i < n; ++i) {
                RACE_LOCK();
                if (m_halt->load(std::memory_order_relaxed)) [[unlikely]] {
                    m_mutex.unlock();
                    n = i;
                    break;
                }
                const std::uint64_t r = m_value.load(std::memory_order_relaxed);
                gap(win, yl, m_halt);
                m_value.store(pack(balanceOf(r) + a, me, countOf(r) + 1), std::memory_order_relaxed);
                m_mutex.unlock();
            }
        } else if constexpr (S == Strategy::Atomic) {
            for (qint64 i = 0; i < n; ++i) {
                gap(win, yl, m_halt);
                m_value.fetch_add((static_cast<std::uint64_t>(a) << kBalShift) + 1, std::memory_order_relaxed);
            }
        } else {
            qint64 acc = 0;
            for (qint64 i = 0; i < n; ++i) {
                gap(win, yl, m_halt);
                acc += a;
                asm volatile("" : "+r"(acc));
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
    slot.overwrites.store(overwrites, std::memory_order_relaxed);
    if (spans) emitSlice(lane, sliceBegin, m_rec->nowUs(), waitNs);
}
#undef RACE_LOCK

void RaceRun::logLostUpdate(int t, std::uint64_t readWord, std::uint64_t written, std::uint64_t old)
{
    if (!m_rec) return;
    const QString me = threadName(t);
    const int w = writerOf(old);
    const QString other = w > 0 ? threadName(w - 1) : tr("the bank");
    const qint64 r = balanceOf(readWord);
    // The textbook case: the overwritten value was written by one holder who had read the same
    // balance as we did (one step further along the chain, with that holder's amount).
    const bool textbook = w > 0 && countOf(old) == countOf(readWord) + 1 && balanceOf(old) - bankAmount(w - 1) == r;
    // Up to 3 textbook cases and 2 others are told; the rest are only counted.
    std::atomic<int>& quota = textbook ? m_logTextbook : m_logOther;
    if (quota.fetch_sub(1, std::memory_order_relaxed) <= 0) return;
    const int n = m_logged.fetch_add(1, std::memory_order_relaxed) + 1;
    if (m_logTextbook.load(std::memory_order_relaxed) <= 0 && m_logOther.load(std::memory_order_relaxed) <= 0)
        m_logBudget.store(0, std::memory_order_relaxed);
    QStringList lines;
    lines << tr("Lost update #%1 (from the real run):").arg(n);
    if (textbook) {
        const qint64 amount = bankAmount(w - 1);
        const QString first = w - 1 < t ? other : me, second = w - 1 < t ? me : other;
        lines << tr("%1 reads %2").arg(first).arg(r) << tr("%1 reads %2").arg(second).arg(r)
              << tr("%1 writes %2").arg(other).arg(balanceOf(old));
        lines << (amount > 0 ? tr("%1 writes %2 — %3's deposit of %4 is lost")
                             : tr("%1 writes %2 — %3's withdrawal of %4 is lost"))
                     .arg(me).arg(balanceOf(written)).arg(other).arg(std::abs(amount));
    } else {
        lines << tr("%1 reads %2").arg(me, QString::number(r));
        lines << tr("… other holders write in the meantime; the last: %1 writes %2").arg(other).arg(balanceOf(old));
        lines << tr("%1 writes %2 — every update made since %1 read the balance (net %3) is lost")
                     .arg(me).arg(balanceOf(written)).arg(balanceOf(old) - r);
    }
    std::lock_guard lock(m_logMutex); // keep one story's lines together
    for (const QString& l : lines) m_rec->log(l);
}

RaceSnapshot RaceRun::snapshot() const
{
    RaceSnapshot s;
    const std::uint64_t v = m_value.load(std::memory_order_relaxed);
    qint64 begin = 0;
    qint64 expectedBalance = m_cfg.initialBalance;
    for (size_t t = 0; t < m_slots.size(); ++t) {
        const qint64 d = m_slots[t].done.load(std::memory_order_relaxed);
        s.done += d;
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
        // The chain length in the word = operations the balance really contains.
        s.actual = m_cfg.strategy == Strategy::Local ? s.done : countOf(v);
        s.lost = std::max<qint64>(0, s.done - s.actual);
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
        qint64 ops = 0;
        for (const Slot& s : m_slots) ops += s.done.load();
        if (m_cfg.variant == Variant::Counter) value.store(static_cast<std::uint64_t>(sum));
        else value.fetch_add((static_cast<std::uint64_t>(sum) << kBalShift) + static_cast<std::uint64_t>(ops));
    }
    const std::uint64_t v = m_value.load();
    qint64 begin = 0, end = 0;
    r.expectedBalance = m_cfg.initialBalance;
    r.complete = true;
    for (size_t t = 0; t < m_slots.size(); ++t) {
        const Slot& s = m_slots[t];
        const qint64 d = s.done.load();
        r.expected += d;
        r.complete = r.complete && d == m_cfg.increments;
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
        r.actual = countOf(v);
        r.lost = r.expected - r.actual;
    }
    return r;
}

} // namespace race
