#pragma once
// The logical CPUs this process may run on (its affinity mask, which taskset, cgroups and
// containers narrow), or the machine's count when the mask cannot be read. Never below 1.
#include <algorithm>
#include <thread>

#include <sched.h>

namespace lab {

inline int usableCpus()
{
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(0, sizeof(set), &set) == 0 && CPU_COUNT(&set) > 0) return CPU_COUNT(&set);
    return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

} // namespace lab
