// Cost of recording: ns per Recorder::sample() and span() with 1 and 2 writer threads, with a
// drainer running like the GUI's timer.
#include "lab/Recorder.h"

#include <benchmark/benchmark.h>

#include <atomic>
#include <thread>

namespace {
lab::Recorder* g_rec = nullptr;
std::atomic<bool> g_stopDrain{false};
std::thread g_drainer;

void setup(const benchmark::State& state)
{
    if (state.thread_index() != 0) return;
    g_rec = new lab::Recorder;
    g_stopDrain = false;
    g_drainer = std::thread([] {
        while (!g_stopDrain.load()) {
            g_rec->drain();
            std::this_thread::sleep_for(std::chrono::milliseconds(33));
        }
    });
}

void teardown(const benchmark::State& state)
{
    if (state.thread_index() != 0) return;
    g_stopDrain = true;
    g_drainer.join();
    delete g_rec;
    g_rec = nullptr;
}

void BM_Sample(benchmark::State& state)
{
    const int s = g_rec->series(QStringLiteral("s%1").arg(state.thread_index()), QStringLiteral("s"), QStringLiteral("c"));
    double x = 0;
    for (auto _ : state) g_rec->sample(s, x += 1, 1.0);
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Sample)->Setup(setup)->Teardown(teardown)->Threads(1)->Threads(2)->UseRealTime();

void BM_Span(benchmark::State& state)
{
    const int lane = g_rec->lane(QStringLiteral("T%1").arg(state.thread_index()));
    qint64 t = 0;
    for (auto _ : state) { g_rec->span(lane, lab::SpanState::Running, t, t + 1); ++t; }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Span)->Setup(setup)->Teardown(teardown)->Threads(1)->Threads(2)->UseRealTime();

void BM_NowUs(benchmark::State& state)
{
    lab::Recorder rec;
    for (auto _ : state) benchmark::DoNotOptimize(rec.nowUs());
}
BENCHMARK(BM_NowUs);
} // namespace

BENCHMARK_MAIN();
