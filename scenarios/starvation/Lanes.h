#pragma once
// One timeline lane fed by the monitor, never by the measured loop: every tick the monitor hands
// it how the thread spent the slice (fractions of holding / running / waiting / sleeping). A
// slice where one state takes >= 90 % joins the run of that state (one long span, cut every
// 250 ms so the live view grows); a mixed slice is drawn as proportional parts. So a lock taken
// millions of times gives a few spans per lane per tick, and a starving thread one red bar.
#include "lab/Recorder.h"

#include <QString>

#include <array>

namespace starvation {

class LaneTrack {
public:
    // The states a lane can show, in the order mixed slices draw them.
    static constexpr std::array<lab::SpanState, 4> kStates = {lab::SpanState::Holding, lab::SpanState::Running,
                                                            lab::SpanState::Sleeping, lab::SpanState::Waiting};
    using Parts = std::array<double, 4>; // fractions of the slice, same order as kStates

    using Titles = std::array<QString, 4>; // words for the states in labels (empty: the state's title)

    LaneTrack(lab::Recorder& rec, int lane, QString prefix, Titles titles = {})
        : m_rec(rec), m_lane(lane), m_prefix(std::move(prefix)), m_titles(std::move(titles)) {}
    void slice(qint64 beginUs, qint64 endUs, Parts parts, const QString& note = {});
    void flush(); // ends the pending run (at the end of a run)

    static constexpr double kPure = 0.9;
    static constexpr qint64 kCutUs = 250000;

private:
    QString label(const Parts& seconds, qint64 lenUs, const QString& note) const;

    lab::Recorder& m_rec;
    int m_lane;
    QString m_prefix;
    Titles m_titles;
    bool m_pending = false;
    int m_state = 0;       // index into kStates of the pending run
    qint64 m_begin = 0, m_end = 0;
    Parts m_time{};        // microseconds per state in the pending run
    QString m_note;
};

} // namespace starvation
