#include "StepThrough.h"

#include <QCoreApplication>

#include <algorithm>
#include <chrono>

namespace race {

StepThrough::StepThrough(int initial) : m_initial(initial), m_shared(initial)
{
    for (auto& l : m_local) l.store(0);
    startThreads();
}

StepThrough::~StepThrough()
{
    // The command thread first: a step it is waiting for ends at once on the stop request.
    if (m_commands.joinable()) {
        m_commands.request_stop();
        m_commands.join();
    }
    stopThreads();
}

void StepThrough::post(Command command, Done done)
{
    {
        std::lock_guard lock(m_queueMutex);
        if (!m_commands.joinable())
            m_commands = std::jthread([this](std::stop_token st) { commandMain(st); });
        m_queue.emplace_back(std::move(command), std::move(done));
        ++m_pending;
    }
    m_queueCv.notify_all();
}

void StepThrough::commandMain(std::stop_token st)
{
    for (;;) {
        std::pair<Command, Done> next;
        {
            std::unique_lock lock(m_queueMutex);
            if (!m_queueCv.wait(lock, st, [&] { return !m_queue.empty(); })) return;
            next = std::move(m_queue.front());
            m_queue.pop_front();
        }
        const bool ok = next.first(st);
        {
            std::lock_guard lock(m_queueMutex);
            --m_pending;
        }
        if (st.stop_requested()) return; // being destroyed: nobody to tell
        if (next.second) next.second(ok);
    }
}

int StepThrough::pending() const
{
    std::lock_guard lock(m_queueMutex);
    return m_pending;
}

void StepThrough::requestStep(int t, Done done, int timeoutMs)
{
    post([this, t, timeoutMs](std::stop_token st) { return stepImpl(t, timeoutMs, st); }, std::move(done));
}

void StepThrough::requestUndo(Done done)
{
    post([this](std::stop_token st) {
        std::vector<int> s = schedule();
        if (s.empty()) return false;
        s.pop_back();
        return runImpl(s, st);
    }, std::move(done));
}

void StepThrough::requestReplay(Done done)
{
    post([this](std::stop_token st) { return runImpl(schedule(), st); }, std::move(done));
}

void StepThrough::requestReset(Done done)
{
    post([this](std::stop_token) { reset(); return true; }, std::move(done));
}

void StepThrough::requestRun(std::vector<int> schedule, Done done)
{
    post([this, s = std::move(schedule)](std::stop_token st) { return runImpl(s, st); }, std::move(done));
}

void StepThrough::holdThreads(bool hold)
{
    {
        std::lock_guard lock(m_mutex);
        m_hold = hold;
    }
    m_cv.notify_all();
}

void StepThrough::startThreads()
{
    {
        std::lock_guard lock(m_mutex);
        for (int t = 0; t < kThreads; ++t) {
            m_granted[t] = 0;
            m_completed[t] = 0;
            m_local[t].store(0, std::memory_order_relaxed);
            m_ids[t].store(std::thread::id(), std::memory_order_relaxed);
        }
        m_shared.store(m_initial, std::memory_order_relaxed);
    }
    for (int t = 0; t < kThreads; ++t)
        m_threads.emplace_back([this, t](std::stop_token st) { threadMain(st, t); });
}

void StepThrough::stopThreads()
{
    for (auto& th : m_threads) th.request_stop(); // wakes the gate (condition_variable_any + stop token)
    m_threads.clear();                              // joins
}

void StepThrough::threadMain(std::stop_token st, int t)
{
    m_ids[t].store(std::this_thread::get_id(), std::memory_order_relaxed);
    for (int k = 0; k < kSteps; ++k) {
        {
            std::unique_lock lock(m_mutex);
            if (!m_cv.wait(lock, st, [&] { return m_granted[t] > k && !m_hold; })) return; // stop requested
        }
        // The step itself, on this thread, outside the gate's lock.
        switch (k) {
        case 0: m_local[t].store(m_shared.load(std::memory_order_relaxed), std::memory_order_relaxed); break;
        case 1: m_local[t].store(m_local[t].load(std::memory_order_relaxed) + 1, std::memory_order_relaxed); break;
        default: m_shared.store(m_local[t].load(std::memory_order_relaxed), std::memory_order_relaxed); break;
        }
        {
            std::lock_guard lock(m_mutex);
            m_completed[t] = k + 1;
        }
        m_cv.notify_all();
    }
}

bool StepThrough::step(int t, int timeoutMs)
{
    return stepImpl(t, timeoutMs, {});
}

bool StepThrough::stepImpl(int t, int timeoutMs, std::stop_token st)
{
    if (t < 0 || t >= kThreads) return false;
    std::unique_lock lock(m_mutex);
    if (m_granted[t] >= kSteps || m_completed[t] != m_granted[t]) return false;
    const int want = ++m_granted[t];
    m_cv.notify_all();
    const bool ok = m_cv.wait_for(lock, st, std::chrono::milliseconds(timeoutMs),
                                  [&] { return m_completed[t] >= want; });
    if (!ok) { --m_granted[t]; return false; } // the thread may still take it; reset() recovers
    m_schedule.push_back(t);
    return true;
}

void StepThrough::reset()
{
    stopThreads();
    {
        std::lock_guard lock(m_mutex);
        m_schedule.clear();
    }
    startThreads();
}

bool StepThrough::run(const std::vector<int>& schedule)
{
    return runImpl(schedule, {});
}

bool StepThrough::runImpl(const std::vector<int>& schedule, std::stop_token st)
{
    reset();
    for (int t : schedule)
        if (!stepImpl(t, kDefaultTimeoutMs, st)) return false;
    return true;
}

bool StepThrough::undo()
{
    std::vector<int> s = schedule();
    if (s.empty()) return false;
    s.pop_back();
    return run(s);
}

bool StepThrough::replay()
{
    return run(schedule());
}

std::vector<int> StepThrough::schedule() const
{
    std::lock_guard lock(m_mutex);
    return m_schedule;
}

int StepThrough::shared() const
{
    std::lock_guard lock(m_mutex); // the completed step's store happens-before this read
    return m_shared.load(std::memory_order_relaxed);
}

StepThrough::ThreadView StepThrough::thread(int t) const
{
    ThreadView v;
    if (t < 0 || t >= kThreads) return v;
    std::lock_guard lock(m_mutex);
    v.local = m_local[t].load(std::memory_order_relaxed);
    v.hasRead = m_completed[t] >= 1;
    v.next = static_cast<Step>(m_completed[t]);
    return v;
}

bool StepThrough::finished() const
{
    std::lock_guard lock(m_mutex);
    for (int t = 0; t < kThreads; ++t)
        if (m_completed[t] < kSteps) return false;
    return true;
}

std::thread::id StepThrough::threadId(int t) const
{
    return (t >= 0 && t < kThreads) ? m_ids[t].load(std::memory_order_relaxed) : std::thread::id();
}

QString StepThrough::stepName(Step s)
{
    switch (s) {
    case Step::Read: return tr("read");
    case Step::Add: return tr("add 1");
    case Step::Write: return tr("write");
    case Step::Done: return tr("done");
    }
    return {};
}

QString StepThrough::scheduleText(const std::vector<int>& schedule)
{
    QStringList parts;
    int k[kThreads] = {0, 0};
    for (int t : schedule) {
        if (t < 0 || t >= kThreads || k[t] >= kSteps) continue;
        parts << tr("T%1 %2").arg(t + 1).arg(stepName(static_cast<Step>(k[t]++)));
    }
    return parts.join(QStringLiteral(", "));
}

int StepThrough::simulate(const std::vector<int>& schedule, int initial)
{
    int shared = initial;
    int local[kThreads] = {0, 0};
    int k[kThreads] = {0, 0};
    for (int t : schedule) {
        if (t < 0 || t >= kThreads || k[t] >= kSteps) continue;
        switch (k[t]++) {
        case 0: local[t] = shared; break;
        case 1: local[t] += 1; break;
        default: shared = local[t]; break;
        }
    }
    return shared;
}

std::vector<StepThrough::Interleaving> StepThrough::allInterleavings(int initial)
{
    std::vector<Interleaving> out;
    // Choose which 3 of the 6 positions belong to T1 (in lexicographic order of the schedule).
    for (int mask = 0; mask < (1 << 6); ++mask) {
        if (__builtin_popcount(static_cast<unsigned>(mask)) != kSteps) continue;
        Interleaving in;
        for (int pos = 5; pos >= 0; --pos) in.schedule.push_back((mask >> pos) & 1 ? 0 : 1);
        in.finalValue = simulate(in.schedule, initial);
        in.lostUpdate = in.finalValue != initial + kThreads;
        out.push_back(std::move(in));
    }
    // T1-first schedules first: sort by schedule (0 < 1).
    std::sort(out.begin(), out.end(), [](const Interleaving& a, const Interleaving& b) { return a.schedule < b.schedule; });
    return out;
}

} // namespace race
