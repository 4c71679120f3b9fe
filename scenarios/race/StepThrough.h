#pragma once
// Step-through: a controlled schedule on real threads. Two std::jthreads each perform the three
// steps of an increment — read the shared value into a local, add 1 to the local, write the local
// back — but only when granted a step (a condition-variable gate). The user (or a test) builds
// the interleaving by hand: step(T1), step(T2), ... Undo replays the schedule minus its last step
// on fresh threads; replay re-runs the whole schedule on fresh threads.
//
// Two ways to drive it. The blocking calls (step, undo, replay, reset, run) wait for the
// threads and are for one controlling thread at a time (tests, the command thread). The request*
// calls never block: they queue the command for a command thread of the StepThrough and return
// at once; `done(ok)` is called on that thread when the command has finished, in the order the
// commands were queued. The window's panel uses only these, so the GUI thread never waits for a
// stepping thread (a step can take up to its timeout when a thread does not answer). Reading the
// state (shared, thread, schedule, finished) is safe from any thread at any time.
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <stop_token>
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

    static constexpr int kDefaultTimeoutMs = 1000;

    // Grants thread t (0 or 1) its next step and waits (up to timeoutMs) until it is done.
    // Returns false if that thread has no step left or did not answer in time.
    bool step(int t, int timeoutMs = kDefaultTimeoutMs);
    // Replays the schedule without its last step on fresh threads. False if nothing to undo.
    bool undo();
    // Runs the current schedule again from the start on fresh threads.
    bool replay();
    // Fresh threads, shared value back to the initial one, empty schedule.
    void reset();
    // Resets and runs a whole schedule; false if a step was refused.
    bool run(const std::vector<int>& schedule);

    // The same without blocking: queued for the command thread; `done` (may be empty) runs on
    // that thread with the result. Commands queued after destruction began are dropped.
    using Done = std::function<void(bool ok)>;
    void requestStep(int t, Done done, int timeoutMs = kDefaultTimeoutMs);
    void requestUndo(Done done);
    void requestReplay(Done done);
    void requestReset(Done done);
    void requestRun(std::vector<int> schedule, Done done);
    // Commands queued or running.
    int pending() const;

    // Test hook: while held, the stepping threads wait before taking a granted step (a thread
    // that is slow to answer). Release lets them go on.
    void holdThreads(bool hold);

    int shared() const;
    int initial() const { return m_initial; }
    ThreadView thread(int t) const;
    std::vector<int> schedule() const;
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
    using Command = std::function<bool(std::stop_token)>;
    void post(Command command, Done done);
    void commandMain(std::stop_token st);
    bool stepImpl(int t, int timeoutMs, std::stop_token st);
    bool runImpl(const std::vector<int>& schedule, std::stop_token st);
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
    bool m_hold = false;                // test hook (guarded by m_mutex)
    std::vector<int> m_schedule;        // guarded by m_mutex
    std::vector<std::jthread> m_threads; // touched by the one thread that runs commands

    // The command thread and its queue (started with the first request).
    mutable std::mutex m_queueMutex;
    std::condition_variable_any m_queueCv;
    std::deque<std::pair<Command, Done>> m_queue; // guarded by m_queueMutex
    int m_pending = 0;                             // queued + running, guarded by m_queueMutex
    std::jthread m_commands;
};

} // namespace race
