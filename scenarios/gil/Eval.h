#pragma once
// The eval loop of one emulated Python thread: runs ticks while it holds the GIL, looks at the
// eval breaker between two ticks (drop requests of the new GIL, halt), and in the old GIL's
// mode releases and re-takes the lock every check_interval ticks. Progress is published and
// the timeline polled once per batch of ticks, never per tick.
#include "Interp.h"
#include "LaneTrack.h"
#include "Ticks.h"

#include <atomic>
#include <cstdint>

namespace gil {

class EvalThread {
public:
    // track and progress may be null (no timeline, no live progress).
    EvalThread(Interp& interp, int me, LaneTrack* track, std::atomic<qint64>* progress, std::uint64_t seed)
        : m_interp(interp), m_me(me), m_track(track), m_progress(progress), m_x(seed ^ (0x2545F4914F6CDD1Dull * (me + 1))),
          m_countdown(interp.checkInterval())
    {
    }

    // Takes the GIL (false once halted).
    bool take() { return m_interp.take(m_me, m_track); }
    // Releases it: around a blocking call (next = Io), or for good (next = Done, final).
    void release(Phase next, bool final = false) { m_interp.drop(m_me, m_track, next, final); }

    // Runs n ticks, the GIL taken before. Returns false if the interpreter was halted.
    bool run(qint64 n)
    {
        const std::atomic<std::uint32_t>& breaker = m_interp.breaker();
        const bool old = m_interp.kind() == GilKind::Old;
        qint64 done = 0;
        while (done < n) {
            qint64 want = n - done < kBatch ? n - done : kBatch;
            if (old && want > m_countdown) want = m_countdown;
            const qint64 r = runTicks(m_x, want, breaker);
            done += r;
            m_ticks += r;
            if (old && (m_countdown -= r) <= 0) {
                m_countdown = m_interp.checkInterval();
                if (!m_interp.periodicSwitch(m_me, m_track)) return false;
            }
            if (breaker.load(std::memory_order_relaxed) != 0 && !m_interp.serviceBreaker(m_me, m_track)) return false;
            if ((m_sinceLook += r) >= kBatch) {
                m_sinceLook = 0;
                if (m_progress) m_progress->store(m_ticks, std::memory_order_relaxed);
                if (m_track) m_track->poll();
            }
        }
        if (m_progress) m_progress->store(m_ticks, std::memory_order_relaxed);
        return true;
    }

    qint64 ticks() const { return m_ticks; }
    std::uint64_t value() const { return m_x; }

private:
    Interp& m_interp;
    const int m_me;
    LaneTrack* m_track;
    std::atomic<qint64>* m_progress;
    std::uint64_t m_x;
    qint64 m_countdown;
    qint64 m_ticks = 0;
    qint64 m_sinceLook = 0;
};

} // namespace gil
