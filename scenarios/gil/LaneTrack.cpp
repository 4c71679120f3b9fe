#include "LaneTrack.h"

#include <algorithm>

namespace gil {

namespace {
lab::SpanState stateOf(Phase p)
{
    switch (p) {
    case Phase::Holding: return lab::SpanState::Holding;
    case Phase::Waiting:
    case Phase::Switching: return lab::SpanState::Waiting;
    case Phase::Io: return lab::SpanState::Blocked;
    case Phase::Free: return lab::SpanState::Running;
    case Phase::Done: return lab::SpanState::Sleeping;
    }
    return lab::SpanState::Running;
}
// The order in which a coalesced slice shows its states.
constexpr lab::SpanState kSliceOrder[] = {lab::SpanState::Holding, lab::SpanState::Running, lab::SpanState::Blocked,
                                          lab::SpanState::Waiting, lab::SpanState::Sleeping};
} // namespace

LaneTrack::LaneTrack(lab::Recorder* rec, int lane, MarkLanes marks, QString who)
    : m_rec(rec), m_lane(lane), m_marks(marks), m_who(std::move(who))
{
    m_labels[static_cast<int>(Phase::Holding)] = tr("%1 holds the GIL and runs ticks").arg(m_who);
    m_labels[static_cast<int>(Phase::Waiting)] = tr("%1 waits for the GIL").arg(m_who);
    m_labels[static_cast<int>(Phase::Switching)] =
        tr("%1 dropped the GIL on request and waits until another thread has taken it (forced switching)").arg(m_who);
    m_labels[static_cast<int>(Phase::Io)] =
        tr("%1 is in blocking I/O without the GIL (writes the request, reads the reply)").arg(m_who);
    m_labels[static_cast<int>(Phase::Free)] = tr("%1 runs ticks without any lock (free-threaded)").arg(m_who);
    m_labels[static_cast<int>(Phase::Done)] = tr("%1 finished its ticks and waits for the others").arg(m_who);
}

QString LaneTrack::stateName(lab::SpanState s) const
{
    switch (s) {
    case lab::SpanState::Holding: return tr("holding the GIL");
    case lab::SpanState::Running: return tr("running without a lock");
    case lab::SpanState::Blocked: return tr("in I/O");
    case lab::SpanState::Waiting: return tr("waiting");
    case lab::SpanState::Sleeping: return tr("finished");
    default: return lab::spanStateTitle(s);
    }
}

void LaneTrack::start(Phase p)
{
    m_open = true;
    m_phase = p;
    m_beginUs = m_rec->nowUs();
}

qint64 LaneTrack::enter(Phase p)
{
    if (m_open && p == m_phase) return -1; // no clock read when nothing changes (old GIL's re-acquisitions)
    const qint64 now = m_rec->nowUs();
    enterAt(p, now);
    return now;
}

void LaneTrack::enterAt(Phase p, qint64 atUs)
{
    if (!m_open) { m_open = true; m_phase = p; m_beginUs = atUs; return; }
    if (p == m_phase) return;
    const qint64 now = std::max(atUs, m_beginUs);
    close(now);
    m_phase = p;
    m_beginUs = now;
    // Marks pending for a whole slice are published at a phase change (the live view shows
    // them); younger ones wait, so that a mark lane holds one span per slice at any switch rate.
    for (int k = 0; k < 2; ++k) {
        const MarkBucket& b = m_markBuckets[static_cast<size_t>(k)];
        if (b.count > 0 && now - b.firstUs >= kSliceUs) flushMarks(k);
    }
}

void LaneTrack::mark(Mark m)
{
    const int k = static_cast<int>(m);
    if ((k == 0 ? m_marks.drops : m_marks.fails) < 0) return;
    const qint64 now = m_rec->nowUs();
    MarkBucket& b = m_markBuckets[static_cast<size_t>(k)];
    if (b.count > 0 && now - b.firstUs >= kSliceUs) flushMarks(k);
    if (b.count == 0) b.firstUs = now;
    ++b.count;
    b.lastUs = now;
}

void LaneTrack::poll()
{
    if (!m_open) return;
    const qint64 now = m_rec->nowUs();
    if (now - m_beginUs < kSplitUs) return;
    close(now);
    m_beginUs = now;
}

void LaneTrack::finish(qint64 endUs)
{
    if (m_open) close(std::max(endUs, m_beginUs));
    flushSlice();
    for (int k = 0; k < 2; ++k)
        if (m_markBuckets[static_cast<size_t>(k)].count > 0) flushMarks(k);
    m_open = false;
}

void LaneTrack::close(qint64 endUs)
{
    const qint64 d = endUs - m_beginUs;
    if (d <= 0) return;
    const lab::SpanState st = stateOf(m_phase);
    if (d >= kDirectUs) {
        flushSlice();
        m_rec->span(m_lane, st, m_beginUs, endUs, m_labels[static_cast<int>(m_phase)]);
        return;
    }
    if (m_sliceBeginUs < 0) m_sliceBeginUs = m_beginUs;
    m_sliceUs[static_cast<size_t>(st)] += d;
    m_sliceEndUs = endUs;
    ++m_sliceSegments;
    m_slicePhase = m_phase;
    if (endUs - m_sliceBeginUs >= kSliceUs) flushSlice();
}

void LaneTrack::flushSlice()
{
    if (m_sliceBeginUs < 0) return;
    const qint64 b = m_sliceBeginUs, e = std::max(m_sliceEndUs, b + 1);
    qint64 total = 0;
    for (qint64 us : m_sliceUs) total += us;
    if (total > 0 && m_sliceSegments == 1) {
        m_rec->span(m_lane, stateOf(m_slicePhase), b, e, m_labels[static_cast<int>(m_slicePhase)]);
    } else if (total > 0) {
        const double ms = static_cast<double>(e - b) / 1000.0;
        qint64 x = b;
        for (lab::SpanState s : kSliceOrder) {
            const qint64 us = m_sliceUs[static_cast<size_t>(s)];
            if (us <= 0) continue;
            const qint64 w = std::max<qint64>(1, (e - b) * us / total);
            const qint64 end = std::min(e, x + w);
            const int pct = static_cast<int>(100.0 * static_cast<double>(us) / static_cast<double>(total) + 0.5);
            m_rec->span(m_lane, s, x, std::max(end, x + 1),
                        tr("%1: %2 short segments in %3 ms, coalesced: %4 % of this slice %5")
                            .arg(m_who).arg(m_sliceSegments).arg(ms, 0, 'f', 2).arg(pct).arg(stateName(s)));
            x = end;
        }
    }
    m_sliceBeginUs = -1;
    m_sliceSegments = 0;
    m_sliceUs.fill(0);
}

void LaneTrack::flushMarks(int kind)
{
    MarkBucket& b = m_markBuckets[static_cast<size_t>(kind)];
    const int lane = kind == 0 ? m_marks.drops : m_marks.fails;
    if (b.count == 0 || lane < 0) { b = {}; return; }
    const double ms = static_cast<double>(b.lastUs - b.firstUs) / 1000.0;
    QString label;
    if (kind == 0)
        label = b.count == 1 ? tr("%1 waited a whole switch interval without a switch: drop request").arg(m_who)
                             : tr("%1: %2 drop requests in %3 ms").arg(m_who).arg(b.count).arg(ms, 0, 'f', 2);
    else
        label = b.count == 1 ? tr("%1 was woken, but the GIL had been taken again: failed wake-up").arg(m_who)
                             : tr("%1: %2 failed wake-ups in %3 ms").arg(m_who).arg(b.count).arg(ms, 0, 'f', 2);
    m_rec->span(lane, lab::SpanState::Failed, b.firstUs, std::max(b.lastUs, b.firstUs + 1), label);
    b = {};
}

} // namespace gil
