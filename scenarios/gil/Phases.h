#pragma once
// The measured phases of a run, each on fresh threads or processes with a fresh interpreter
// lock: N CPU-bound workers as threads (Threads.cpp) or as child processes (Procs.cpp), and the
// I/O thread's round trips under CPU-bound workers (Io.cpp). The scenario's thread runs them one
// after another and watches them: live figures, Stop (which halts the lock and kills children).
#include "Interp.h"
#include "LaneTrack.h"

#include "lab/RunContext.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <vector>

namespace gil {

// What every phase needs from the run.
struct Env {
    lab::RunContext& ctx;
    lab::Recorder& rec;
    double intervalMs = 5.0;
    int checkInterval = 100;
    bool live = true;
    MarkLanes marks;
    // Called about every 50 ms on the scenario's thread with the ticks done so far in the phase
    // and the phase's elapsed seconds (live counters and charts).
    std::function<void(qint64 ticks, double elapsedS)> progress;
};

struct CpuResult {
    bool complete = false; // every worker ran all its ticks (false after Stop or a failure)
    double wallS = 0;      // first worker's start to last worker's end
    double cpuS = 0;       // CPU time of the workers (threads' own clocks, or what the children report)
    qint64 ticks = 0;      // ticks run by all workers
    std::uint64_t checksum = 0;
    double startupS = 0;   // processes: from the first spawn until every child was ready
    GilStats stats;
};

// N threads of one emulated interpreter, each running ticksEach ticks. lanes: one per worker
// (may be shorter when the timeline is off); names: the workers' names for span labels.
CpuResult runThreads(Env& env, GilKind kind, int workers, qint64 ticksEach, const std::vector<int>& lanes,
                     const QStringList& names);

// N child processes (`pplab worker gil_worker`), each with its own interpreter and lock.
CpuResult runProcesses(Env& env, int workers, qint64 ticksEach, const std::vector<int>& lanes);

struct IoJob {
    GilKind kind = GilKind::New; // the lock the I/O thread shares with the CPU threads
    bool processes = false;      // CPU workers are child processes (the I/O thread's lock is its own)
    int cpuWorkers = 1;
    qint64 durationMs = 300;
    int sock = -1;               // the parent's end of the socketpair to the responder
    int ioLane = -1;
    std::vector<int> cpuLanes;
};

struct IoResult {
    bool complete = false;
    qint64 ops = 0;
    double wallS = 0, opsPerS = 0, p50Ms = 0, p99Ms = 0, cpuS = 0;
    QString error;
    GilStats stats;
};

// The I/O thread's request/response round trips for durationMs while cpuWorkers CPU-bound
// workers run. Python work per round trip: kIoTicks ticks under the GIL.
constexpr qint64 kIoTicks = 50;
IoResult runIoPhase(Env& env, const IoJob& job);

// CPU time (user + system) of the calling thread, in ns (CLOCK_THREAD_CPUTIME_ID): the workers'
// own figure, so that the window's drawing and the scenario's thread are not counted.
qint64 threadCpuNs();
qint64 monoNs();
// The q-quantile (0..1) of v, nearest rank; 0 when empty.
double percentileNs(std::vector<qint64> v, double q);

// Child-process entry points (pplab worker gil_worker / gil_python).
void registerGilWorkers();

} // namespace gil
