#include "Platform.h"

#include <QDir>
#include <QFile>
#include <QStringList>

#include <algorithm>
#include <cerrno>
#include <ctime>

#include <sched.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace starvation::platform {

QList<int> allowedCpus()
{
    QList<int> out;
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(0, sizeof(set), &set) != 0) return out;
    for (int c = 0; c < CPU_SETSIZE; ++c)
        if (CPU_ISSET(c, &set)) out << c;
    return out;
}

QString cpuListText(const QList<int>& cpus)
{
    QStringList parts;
    for (int i = 0; i < cpus.size();) {
        int j = i;
        while (j + 1 < cpus.size() && cpus[j + 1] == cpus[j] + 1) ++j;
        parts << (j == i ? QString::number(cpus[i]) : QStringLiteral("%1-%2").arg(cpus[i]).arg(cpus[j]));
        i = j + 1;
    }
    return parts.join(QLatin1Char(','));
}

int threadId()
{
    return static_cast<int>(::gettid());
}

int pinSelf(int cpu)
{
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(cpu, &set);
    return sched_setaffinity(threadId(), sizeof(set), &set) == 0 ? 0 : errno;
}

void unpin(int tid, const QList<int>& cpus)
{
    cpu_set_t set;
    CPU_ZERO(&set);
    for (int c : cpus) CPU_SET(c, &set);
    (void)sched_setaffinity(tid, sizeof(set), &set); // ESRCH if the thread has already ended
}

int setSelfNice(int nice)
{
    return setpriority(PRIO_PROCESS, static_cast<id_t>(threadId()), nice) == 0 ? 0 : errno;
}

int setSelfIdle()
{
    sched_param p{};
    p.sched_priority = 0;
    return sched_setscheduler(threadId(), SCHED_IDLE, &p) == 0 ? 0 : errno;
}

int selfNice()
{
    errno = 0;
    const int n = getpriority(PRIO_PROCESS, static_cast<id_t>(threadId()));
    return errno == 0 ? n : 0;
}

QList<TaskSched> tasks()
{
    QList<TaskSched> out;
    const QStringList tids = QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& t : tids) {
        QFile f(QStringLiteral("/proc/self/task/%1/stat").arg(t));
        if (!f.open(QIODevice::ReadOnly)) continue;
        const QByteArray stat = f.readAll();
        const qsizetype close = stat.lastIndexOf(')');
        if (close < 0) continue;
        // Fields after the command name start at field 3 (state): nice is field 19, policy 41.
        const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
        if (fields.size() < 39) continue;
        TaskSched s;
        s.tid = t.toInt();
        s.nice = fields[16].toInt();
        s.policy = fields[38].toInt();
        cpu_set_t set;
        CPU_ZERO(&set);
        if (sched_getaffinity(s.tid, sizeof(set), &set) == 0) s.cpusAllowed = CPU_COUNT(&set);
        out << s;
    }
    return out;
}

std::int64_t selfCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return std::int64_t{ts.tv_sec} * 1000000000 + ts.tv_nsec;
}

std::int64_t threadCpuNs(pthread_t thread)
{
    clockid_t id;
    if (pthread_getcpuclockid(thread, &id) != 0) return -1;
    timespec ts{};
    if (clock_gettime(id, &ts) != 0) return -1;
    return std::int64_t{ts.tv_sec} * 1000000000 + ts.tv_nsec;
}

std::int64_t nowNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return std::int64_t{ts.tv_sec} * 1000000000 + ts.tv_nsec;
}

int cfsWeight(int nice)
{
    // kernel/sched/core.c: const int sched_prio_to_weight[40], nice -20 .. 19.
    static const int table[40] = {
        88761, 71755, 56483, 46273, 36291, 29154, 23254, 18705, 14949, 11916,
        9548,  7620,  6100,  4904,  3906,  3121,  2501,  1991,  1586,  1277,
        1024,  820,   655,   526,   423,   335,   272,   215,   172,   137,
        110,   87,    70,    56,    45,    36,    29,    23,    18,    15,
    };
    return table[std::clamp(nice, -20, 19) + 20];
}

} // namespace starvation::platform
