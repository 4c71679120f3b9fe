#pragma once
// The race engine: N real threads update one shared value (a counter, or a bank balance) with a
// chosen strategy. Plain C++ + QtCore; the scenario (Race.cpp) drives it and publishes figures.
//
// The intentional race (`unsafe`) is a split read-modify-write on a std::atomic: a relaxed load,
// an optional gap (spins, optionally a yield), then a relaxed store. It loses updates for real,
// yet it is not undefined behaviour, so the optimiser keeps it and ThreadSanitizer stays usable.
#include "lab/Recorder.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <oneapi/tbb/enumerable_thread_specific.h>

#include <atomic>
#include <cstdint>
#include <latch>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace race {

enum class Strategy { Unsafe, Mutex, Atomic, Local };
enum class Variant { Counter, Bank };
constexpr int kStrategyCount = 4;
QString strategyId(Strategy s);          // "unsafe", "mutex", "atomic", "local"
bool strategyFromId(const QString& id, Strategy* out);
QStringList strategyIds();

struct RaceConfig {
    Variant variant = Variant::Counter;
    Strategy strategy = Strategy::Unsafe;
    int threads = 2;
    qint64 increments = 1000000; // per thread (bank: operations per account holder)
    int window = 0;              // spin iterations between read and write
    bool yield = false;          // also yield the processor between read and write
    bool live = true;            // publish live progress and timeline spans while running
    qint64 initialBalance = 100; // bank only
};

// A consistent-enough view while the run goes (read by the monitoring thread).
struct RaceSnapshot {
    qint64 done = 0;            // increments / operations performed so far
    qint64 actual = 0;          // counter: the shared value; bank: operations the balance contains
    qint64 lost = 0;            // lost updates so far
    qint64 expectedBalance = 0; // bank
    qint64 actualBalance = 0;   // bank
    double elapsedS = 0.0;
};

struct RaceResult {
    qint64 expected = 0; // increments / operations performed (N×M unless stopped)
    qint64 actual = 0;
    qint64 lost = 0;
    double nsPerIncrement = 0.0; // wall time of the parallel part ÷ increments performed
    double wallS = 0.0;
    qint64 expectedBalance = 0;
    qint64 actualBalance = 0;
    qint64 overwrites = 0;       // bank: writes that replaced a value they had not read
    bool complete = false;       // every thread did all its increments
};

// Bank: the amount account holder t deposits (> 0) or withdraws (< 0) on each operation.
qint64 bankAmount(int thread);
// Bank: the most operations in total (threads × increments) the packed bank word can count
// exactly (2^24 - 1, less if the initial balance is huge).
qint64 bankMaxOperations(qint64 initialBalance);

class RaceRun {
    Q_DECLARE_TR_FUNCTIONS(race::RaceRun)
public:
    // rec may be null (no spans, no log). halt is polled by the workers (set it to stop them).
    RaceRun(const RaceConfig& cfg, lab::Recorder* rec, const std::atomic<bool>* halt);
    ~RaceRun(); // joins the workers (they stop on *halt)
    RaceRun(const RaceRun&) = delete;
    RaceRun& operator=(const RaceRun&) = delete;

    void start();
    bool finished() const { return m_running.load(std::memory_order_acquire) == 0; }
    void join();
    RaceSnapshot snapshot() const;
    RaceResult result(); // joins, combines `local`, then reports

    // Bank: the lane/label helpers are public for the log text.
    static QString threadName(int t);

private:
    struct alignas(64) Slot {
        std::atomic<qint64> done{0};
        std::atomic<qint64> overwrites{0};
        std::atomic<qint64> beginNs{0};
        std::atomic<qint64> endNs{0};
    };
    template <Strategy S> void counterWorker(int t);
    template <Strategy S> void bankWorker(int t);
    void worker(int t);
    void logLostUpdate(int t, std::uint64_t readWord, std::uint64_t written, std::uint64_t old);
    void emitSlice(int lane, qint64 b0, qint64 b1, qint64 waitNs);
    // After each chunk of a worker's increments (live runs): publishes progress and, every
    // kSliceUs of work, the timeline slice.
    void chunkDone(Slot& slot, qint64 done, bool spans, qint64 sub, int lane, unsigned& chunks,
                   qint64& sliceBegin, qint64& waitNs);

    RaceConfig m_cfg;
    lab::Recorder* m_rec;
    const std::atomic<bool>* m_halt;
    std::vector<Slot> m_slots;
    std::vector<int> m_lanes;
    std::vector<std::jthread> m_threads;
    std::unique_ptr<std::latch> m_startLatch;
    std::atomic<int> m_running{0};
    std::atomic<bool> m_aborted{false}; // start() could not create every thread
    std::atomic<int> m_logged{0};
    std::atomic<int> m_logBudget{1};   // > 0 while some lost update may still be told
    std::atomic<int> m_logTextbook{3}; // textbook lost updates still to tell
    std::atomic<int> m_logOther{2};    // other lost updates still to tell
    std::mutex m_logMutex;
    bool m_combined = false;

    alignas(64) std::atomic<std::uint64_t> m_value{0}; // counter, or the packed bank word
    alignas(64) std::mutex m_mutex;
    tbb::enumerable_thread_specific<qint64> m_local{0};
};

} // namespace race
