#pragma once
// Step-through: a controlled schedule on real threads. Two std::jthreads each perform the three
// steps of an increment — read the shared value into a local, add 1 to the local, write the local
// back — but only when granted a step (a condition-variable gate). The user (or a test) builds
// the interleaving by hand: step(T1), step(T2), ... Undo replays the schedule minus its last step
// on fresh threads; replay re-runs the whole schedule on fresh threads.
//
// All calls are made from one controlling thread (the GUI thread); each gated step takes
// microseconds, and every wait is timed so a stuck thread can never freeze the caller.
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace race {

class StepThrough {
    Q_DECLARE_TR_FUNCTIONS(race::StepThrough)
public:
    enum class Step { Read, Add, Write, Done };
    static constexpr int kThreads = 2;
    static constexpr int kSteps = 3;

    struct ThreadView {
        int local = 0;      // the thread's private copy (meaningful after its read)
        bool hasRead = false;
        Step next = Step::Read;
    };
    struct Interleaving {
        std::vector<int> schedule; // thread index (0 = T1, 1 = T2) of each of the 6 steps
        int finalValue = 0;
        bool lostUpdate = false;   // final value is initial + 1 instead of initial + 2
    };

    explicit StepThrough(int initial = 0);
    ~StepThrough();
    StepThrough(const StepThrough&) = delete;
    StepThrough& operator=(const StepThrough&) = delete;

    // Grants thread t (0 or 1) its next step and waits (up to timeoutMs) until it is done.
    // Returns false if that thread has no step left or did not answer in time.
    bool step(int t, int timeoutMs = 1000);
    // Replays the schedule without its last step on fresh threads. False if nothing to undo.
    bool undo();
    // Runs the current schedule again from the start on fresh threads.
    bool replay();
    // Fresh threads, shared value back to the initial one, empty schedule.
    void reset();
    // Resets and runs a whole schedule; false if a step was refused.
    bool run(const std::vector<int>& schedule);

    int shared() const;
    int initial() const { return m_initial; }
    ThreadView thread(int t) const;
    std::vector<int> schedule() const { return m_schedule; }
    bool finished() const; // both threads did their three steps
    // True if the finished schedule lost an update.
    bool lostUpdate() const { return finished() && shared() != m_initial + kThreads; }
    // A thread's OS-level identity (to show that the steps ran on real, distinct threads).
    std::thread::id threadId(int t) const;

    // Text helpers (translated): "read", "add 1", "write", "done"; "T1 read, T2 read, ...".
    static QString stepName(Step s);
    static QString scheduleText(const std::vector<int>& schedule);

    // Every interleaving of two three-step threads (20 = C(6,3)), with the outcome computed by
    // executing the steps in that order on a model of the shared value and the two locals.
    static std::vector<Interleaving> allInterleavings(int initial = 0);
    static int simulate(const std::vector<int>& schedule, int initial = 0);

private:
    void startThreads();
    void stopThreads();
    void threadMain(std::stop_token st, int t);

    const int m_initial;
    std::atomic<int> m_shared;
    std::atomic<int> m_local[kThreads];
    std::atomic<std::thread::id> m_ids[kThreads];

    mutable std::mutex m_mutex;
    std::condition_variable_any m_cv;
    int m_granted[kThreads] = {0, 0};   // steps granted so far (guarded by m_mutex)
    int m_completed[kThreads] = {0, 0}; // steps completed so far (guarded by m_mutex)
    std::vector<int> m_schedule;
    std::vector<std::jthread> m_threads;
};

} // namespace race
