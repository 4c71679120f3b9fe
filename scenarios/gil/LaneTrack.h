#pragma once
// One emulated thread's lane on the timeline (Beazley's picture): holding the GIL and running,
// waiting for it, blocking I/O without it, running without any lock, finished.
//
// Recording stays out of the tick loop: the lock code reports state changes (which happen
// while waiting anyway) and the eval loop calls poll() once per batch of ticks. Segments of
// 500 µs or more become spans as they are; shorter ones (thousands of switches per second) are
// coalesced into slices of about 2 ms, drawn as one span per state in proportion, with a label
// that says so. Drop requests and failed wake-ups are marks on two shared lanes, coalesced the
// same way, so the lanes stay readable and the span count stays bounded at any switch rate.
#include "Interp.h"

#include "lab/Recorder.h"

#include <QCoreApplication>
#include <QString>

#include <array>

namespace gil {

struct MarkLanes {
    int drops = -1; // lane of drop requests (-1: not shown)
    int fails = -1; // lane of failed wake-ups (-1: not shown)
};

class LaneTrack final : public Observer {
    Q_DECLARE_TR_FUNCTIONS(gil::LaneTrack)
public:
    static constexpr qint64 kDirectUs = 500;   // a segment at least this long is its own span
    static constexpr qint64 kSliceUs = 2000;   // shorter ones are coalesced into slices this long
    static constexpr qint64 kSplitUs = 20000;  // an open segment is published every 20 ms (live view)

    // who: the thread's name in mark labels ("T1"). Lanes must be registered already.
    LaneTrack(lab::Recorder* rec, int lane, MarkLanes marks, QString who);

    void start(Phase p); // opens the first segment now
    qint64 enter(Phase p) override;
    void enterAt(Phase p, qint64 atUs) override;
    qint64 nowUs() const override { return m_rec->nowUs(); }
    void mark(Mark m) override;
    void poll();              // the eval loop, once per batch: publishes a long open segment
    void finish(qint64 endUs); // closes everything at endUs (after the thread was joined)

private:
    struct MarkBucket {
        qint64 count = 0, firstUs = 0, lastUs = 0;
    };
    void close(qint64 endUs);
    void flushSlice();
    void flushMarks(int kind);
    QString stateName(lab::SpanState s) const;

    lab::Recorder* m_rec;
    int m_lane;
    MarkLanes m_marks;
    QString m_who;
    std::array<QString, kPhaseCount> m_labels;

    bool m_open = false;
    Phase m_phase = Phase::Holding;
    qint64 m_beginUs = 0;
    // The slice of coalesced short segments.
    qint64 m_sliceBeginUs = -1, m_sliceEndUs = 0, m_sliceSegments = 0;
    Phase m_slicePhase = Phase::Holding; // of the last segment (a slice of one is drawn as it is)
    std::array<qint64, lab::kSpanStateCount> m_sliceUs{};
    std::array<MarkBucket, 2> m_markBuckets{};
};

} // namespace gil
