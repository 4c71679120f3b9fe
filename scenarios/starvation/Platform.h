#pragma once
// The Linux calls the starvation scenario rests on, each for the CALLING thread only (so no
// pplab thread but a worker is ever reniced or pinned): CPU affinity, nice, SCHED_IDLE, the
// thread's own CPU clock, and the CFS weight table.
#include <QList>
#include <QString>

#include <cstdint>

#include <pthread.h>

namespace starvation::platform {

// The CPUs this process may run on (sched_getaffinity of the calling thread), ascending.
QList<int> allowedCpus();
// "0-1,4" for a list of CPUs.
QString cpuListText(const QList<int>& cpus);

// The calling thread's kernel id (gettid).
int threadId();
// Pins the calling thread to one CPU. Returns 0 or an errno value.
int pinSelf(int cpu);
// Lets the calling thread (or thread `tid`) run on every CPU in `cpus` again (no error if gone).
void unpin(int tid, const QList<int>& cpus);
// setpriority(PRIO_PROCESS, gettid(), nice) on the calling thread: raising nice needs no
// privilege. Returns 0 or an errno value.
int setSelfNice(int nice);
// sched_setscheduler(gettid(), SCHED_IDLE) on the calling thread. Returns 0 or an errno value.
int setSelfIdle();
// getpriority(PRIO_PROCESS, gettid()) of the calling thread.
int selfNice();
// Scheduling facts of any thread of this process, read from /proc/self/task/<tid>/stat:
// nice, policy (SCHED_OTHER = 0, SCHED_IDLE = 5) and the number of CPUs it may run on.
struct TaskSched {
    int tid = 0;
    int nice = 0;
    int policy = 0;
    int cpusAllowed = 0;
};
QList<TaskSched> tasks();

// CPU time of the calling thread (CLOCK_THREAD_CPUTIME_ID), in nanoseconds.
std::int64_t selfCpuNs();
// CPU time of another thread of this process (pthread_getcpuclockid), or -1.
std::int64_t threadCpuNs(pthread_t thread);
// Monotonic time in nanoseconds (the clock every measurement here uses).
std::int64_t nowNs();

// The kernel's CFS weight for a nice value (kernel/sched/core.c, sched_prio_to_weight[]):
// nice 0 = 1024, 5 = 335, 10 = 110, 19 = 15; each nice step is about x1.25.
int cfsWeight(int nice);
// The weight of a SCHED_IDLE thread (WEIGHT_IDLEPRIO in kernel/sched/sched.h).
constexpr int kIdleWeight = 3;

} // namespace starvation::platform
