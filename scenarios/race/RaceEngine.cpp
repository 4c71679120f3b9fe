#include "RaceEngine.h"
#include "RaceDetail.h"

#include <QCoreApplication>

#include <algorithm>
#include <chrono>
#include <functional>

namespace race {

using namespace detail;

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
    int started = 0;
    try {
        for (; started < m_cfg.threads; ++started) m_threads.emplace_back([this, started] { worker(started); });
    } catch (...) { // out of threads: release the ones that started, let them return at once
        m_aborted.store(true);
        m_running.fetch_sub(m_cfg.threads - started);
        m_startLatch->count_down(m_cfg.threads - started);
        join();
        throw;
    }
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

void RaceRun::chunkDone(Slot& slot, qint64 done, bool spans, qint64 sub, int lane, unsigned& chunks,
                        qint64& sliceBegin, qint64& waitNs)
{
    slot.done.store(done, std::memory_order_relaxed);
    // The clock is read every 8 chunks (every chunk when chunks are small, i.e. slow).
    if (!spans || !((++chunks & 7u) == 0 || sub < 1024)) return;
    const qint64 now = m_rec->nowUs();
    if (now - sliceBegin < kSliceUs) return;
    emitSlice(lane, sliceBegin, now, waitNs);
    sliceBegin = now;
    waitNs = 0;
}

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
    if (m_aborted.load()) return;
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
        if (live) chunkDone(slot, done, spans, sub, lane, k, sliceBegin, waitNs);
    }
    slot.endNs.store(nowNs(), std::memory_order_relaxed);
    slot.done.store(done, std::memory_order_relaxed);
    if (spans) emitSlice(lane, sliceBegin, m_rec->nowUs(), waitNs);
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
