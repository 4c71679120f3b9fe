#pragma once
// A group of CPU-bound child processes (`pplab worker gil_worker`), each with its own emulated
// interpreter and lock, like multiprocessing's workers. They report on a pipe (fd 3):
//   R                      ready (start-up done; waits for the go byte on fd 4, a socket)
//   B <begin_ns>           started its ticks (CLOCK_MONOTONIC)
//   P <ticks> <now_ns>     progress, about every 20 ms
//   D <ticks> <x> <end_ns> <cpu_ns>  done (x: the final value of its tick chain; cpu_ns: its
//                          CPU time from B to D)
// The parent's ends are close-on-exec; the children die with the parent (PR_SET_PDEATHSIG),
// are killed on Stop and are always reaped.
#include "Phases.h"

#include "lab/ChildProcess.h"

#include <QByteArray>

#include <memory>
#include <vector>

namespace gil {

class ProcGroup {
    Q_DECLARE_TR_FUNCTIONS(gil::ProcGroup)
public:
    ProcGroup(Env& env, std::vector<int> lanes);
    ~ProcGroup(); // kills and reaps what is left
    ProcGroup(const ProcGroup&) = delete;
    ProcGroup& operator=(const ProcGroup&) = delete;

    // Spawns n children running `ticks` ticks each (0: until durationMs after the go). On
    // failure the run is failed (ctx.fail) and false is returned.
    bool spawn(int n, qint64 ticks, qint64 durationMs);
    bool waitReady(); // false on Stop or failure
    void go();        // one byte each on the shared go pipe: they all start now
    // Reads what arrived within timeoutMs; false once every child has ended (done or dead).
    bool pump(int timeoutMs);
    void killAll();   // SIGKILL and reap (end of an open-ended phase, or Stop)
    void reap();      // reaps children that ended by themselves (kills any that did not)

    int size() const { return static_cast<int>(m_kids.size()); }
    bool allDone() const;
    qint64 ticks() const;
    std::uint64_t checksum() const;
    double wallS() const; // first begin to last end, from the children's own clocks
    double cpuS() const;  // the children's CPU time of their ticks (reported in D)
    qint64 goNs() const { return m_goNs; }

private:
    struct Kid {
        std::shared_ptr<lab::ChildProcess> proc;
        int fd = -1;
        QByteArray buf;
        bool ready = false, done = false, ended = false;
        qint64 ticks = 0, beginNs = 0, endNs = 0, lastUs = -1, cpuNs = 0;
        std::uint64_t x = 0;
        int lane = -1;
        QString label;
    };
    void line(Kid& k, const QByteArray& l);
    void readFrom(Kid& k);
    qint64 recUs(qint64 ns) const { return ns / 1000 - m_offsetUs; }

    Env& m_env;
    std::vector<int> m_lanes;
    std::vector<Kid> m_kids;
    int m_goWrite = -1;
    qint64 m_goNs = 0;
    qint64 m_offsetUs = 0; // CLOCK_MONOTONIC µs minus the recorder's µs
};

} // namespace gil
