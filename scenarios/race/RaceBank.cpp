// The bank variant's workers and the story of its lost updates (see RaceDetail.h for the word).
#include "RaceDetail.h"

#include <QCoreApplication>

#include <algorithm>

namespace race {

using namespace detail;

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
    if (m_aborted.load()) return;
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
        if (live) chunkDone(slot, done, spans, sub, lane, k, sliceBegin, waitNs);
    }
    slot.endNs.store(nowNs(), std::memory_order_relaxed);
    slot.done.store(done, std::memory_order_relaxed);
    slot.overwrites.store(overwrites, std::memory_order_relaxed);
    if (spans) emitSlice(lane, sliceBegin, m_rec->nowUs(), waitNs);
}

template void RaceRun::bankWorker<Strategy::Unsafe>(int);
template void RaceRun::bankWorker<Strategy::Mutex>(int);
template void RaceRun::bankWorker<Strategy::Atomic>(int);
template void RaceRun::bankWorker<Strategy::Local>(int);

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


} // namespace race
