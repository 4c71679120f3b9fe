#pragma once
// The measured workload of the scaling scenario: a job of `items` small, independent units
// of work. The serial part runs them on the calling thread; the parallel part runs them with
// tbb::parallel_for (simple_partitioner, chunks of `grain` items) inside a tbb::task_arena.
//
// Kernels: Compute — a chain of xorshift steps per item (no memory traffic);
//          Memory  — each item streams 64 consecutive 64-bit words of a large array
//                    (read-only, so any number of threads may read it at once).
// Stop is observed per chunk (and every 4096 items inside big chunks): the first chunk that
// sees it cancels the TBB task group, so the remaining chunks are skipped.
#include <oneapi/tbb/task_arena.h>

#include <QtGlobal>

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>


namespace scaling {

enum class Kernel { Compute, Memory };

class Workload {
public:
    static constexpr int kWordsPerItem = 64;     // memory kernel: 512 bytes per item
    static constexpr int kXorshiftPerItem = 32;  // compute kernel: dependent steps per item

    // stop: returns true when the run must end (called per chunk, from any thread).
    Workload(Kernel kernel, qint64 memoryBytes, std::function<bool()> stop);
    ~Workload();

    // Allocates and first-touches the array (memory kernel). False if stopped meanwhile.
    bool prepare();
    // Items per millisecond on one thread (fastest of three timed runs of the serial path,
    // after a warm-up of at least 40 ms).
    // Returns <= 0 if stopped.
    double calibrate();

    // Runs items [0, count) on the calling thread. False if stopped.
    bool runSerial(qint64 count);

    struct ParallelStats {
        qint64 chunks = 0;   // chunks executed
        int threadsSeen = 0; // distinct arena slots that executed at least one chunk
    };
    // Runs items [0, count) in `arena` (which must have `concurrency` slots). False if stopped.
    bool runParallel(tbb::task_arena& arena, int concurrency, qint64 count,
                     qint64 grain, ParallelStats* stats = nullptr);

    bool stopped() const { return m_stopped.load(std::memory_order_relaxed); }
    Kernel kernel() const { return m_kernel; }
    qint64 arrayItems() const { return m_arrayItems; }

private:
    bool pollStop();
    // Runs items [begin, end), checking stop every 4096 items. Returns the checksum, sets
    // m_stopped if stopped.
    std::uint64_t runItems(qint64 begin, qint64 end);

    Kernel m_kernel;
    qint64 m_memoryBytes;
    std::function<bool()> m_stop;
    std::atomic<bool> m_stopped{false};
    std::unique_ptr<std::uint64_t[]> m_array;
    qint64 m_arrayItems = 0;
};

} // namespace scaling
