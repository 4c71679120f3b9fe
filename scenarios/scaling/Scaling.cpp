#include "Scaling.h"

#include "Theory.h"
#include "Workload.h"

#include "lab/RunContext.h"

#include <oneapi/tbb/global_control.h>
#include <oneapi/tbb/task_arena.h>

#include <sched.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <new>
#include <thread>
#include <vector>

namespace scaling {

int logicalCpus()
{
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(0, sizeof(set), &set) == 0) {
        const int n = CPU_COUNT(&set);
        if (n > 0) return n;
    }
    return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

lab::ScenarioInfo ScalingScenario::info() const
{
    lab::ScenarioInfo i;
    i.id = QStringLiteral("scaling");
    i.title = tr("Amdahl and Gustafson");
    i.category = QStringLiteral("performance");
    i.summary = tr("Measures real speedup with oneTBB on 1…N threads and draws it against Amdahl's and Gustafson's laws.");
    i.explanation = QStringLiteral(":/explanations/scaling.html");
    const int cpus = logicalCpus();
    const int defThreads = std::clamp(2 * cpus, 4, 64);
    i.params = {
        lab::ParamSpec::real(QStringLiteral("serial_fraction"), tr("Serial fraction"),
                             tr("Share of the single-thread run time that can only run on one thread (0 = all parallel, 1 = all serial)."),
                             0.1, 0.0, 1.0),
        lab::ParamSpec::integer(QStringLiteral("work_ms"), tr("Work (ms)"),
                                tr("Single-thread time of the whole job; the kernel is timed once per run to size it."),
                                200, 10, 20000),
        lab::ParamSpec::integer(QStringLiteral("threads_max"), tr("Max threads"),
                                tr("The sweep runs the parallel part with 1, 2, … up to this many threads (more than the logical CPUs = oversubscribed)."),
                                defThreads, 2, 256),
        lab::ParamSpec::integer(QStringLiteral("repetitions"), tr("Repetitions"),
                                tr("Runs per thread count; the chart shows the median and the spread (min–max)."), 5, 1, 50),
        lab::ParamSpec::choice(QStringLiteral("mode"), tr("Mode"),
                               tr("strong: fixed total work (Amdahl). weak: the parallel work grows with the thread count (Gustafson, scaled speedup)."),
                               {QStringLiteral("strong"), QStringLiteral("weak")}, QStringLiteral("strong"),
                               {tr("strong (fixed work, Amdahl)"), tr("weak (scaled work, Gustafson)")}),
        lab::ParamSpec::integer(QStringLiteral("grain"), tr("Grain (items per chunk)"),
                                tr("Chunk size of the parallel loop (tbb::parallel_for, simple_partitioner). One item is about 30–60 ns of work: small grains show the cost of task dispatch."),
                                1000, 1, 1000000).withLogScale(),
        lab::ParamSpec::choice(QStringLiteral("kernel"), tr("Kernel"),
                               tr("compute: arithmetic in registers. memory: streams over a large array, so memory bandwidth can be the limit."),
                               {QStringLiteral("compute"), QStringLiteral("memory")}, QStringLiteral("compute"),
                               {tr("compute-bound"), tr("memory-bound")}),
        lab::ParamSpec::integer(QStringLiteral("memory_mb"), tr("Array (MB)"),
                                tr("Size of the array the memory kernel streams over (allocated once per run; larger than the caches)."),
                                128, 1, 4096),
    };
    i.charts = {
        {QStringLiteral("speedup"), tr("Speedup"), tr("threads"), tr("speedup"), lab::ChartSpec::Line},
        {QStringLiteral("efficiency"), tr("Efficiency"), tr("threads"), tr("efficiency (speedup ÷ threads)"), lab::ChartSpec::Line},
        {QStringLiteral("karp_flatt"), tr("Karp–Flatt metric"), tr("threads"), tr("experimentally determined serial fraction"), lab::ChartSpec::Line},
        {QStringLiteral("time"), tr("Run time"), tr("threads"), tr("median time (ms)"), lab::ChartSpec::Line},
        {QStringLiteral("cores"), tr("Cores actually used"), tr("threads"), tr("CPU time ÷ wall time of the parallel part"), lab::ChartSpec::Line},
        {QStringLiteral("timeline"), tr("Timeline"), tr("time"), tr("thread count"), lab::ChartSpec::Timeline},
    };
    const auto preset = [](double s, const char* mode, qint64 grain, const char* kernel) {
        return QVariantMap{{QStringLiteral("serial_fraction"), s}, {QStringLiteral("mode"), QString::fromLatin1(mode)},
                           {QStringLiteral("grain"), grain}, {QStringLiteral("kernel"), QString::fromLatin1(kernel)}};
    };
    i.presets = {
        {tr("Amdahl: 10% serial"), preset(0.1, "strong", 1000, "compute")},
        {tr("Embarrassingly parallel (0% serial)"), preset(0.0, "strong", 1000, "compute")},
        {tr("Mostly serial (90%)"), preset(0.9, "strong", 1000, "compute")},
        {tr("Gustafson: weak scaling, 30% serial"), preset(0.3, "weak", 1000, "compute")},
        {tr("Too fine: one item per chunk"), preset(0.0, "strong", 1, "compute")},
        {tr("Memory-bound kernel"), preset(0.0, "strong", 1000, "memory")},
    };
    i.figures = {
        {QStringLiteral("fitted_serial_fraction"), tr("Fitted serial fraction")},
        {QStringLiteral("karp_flatt"), tr("Karp–Flatt at max threads")},
        {QStringLiteral("max_speedup"), tr("Max speedup")},
        {QStringLiteral("efficiency_at_max"), tr("Efficiency at max threads")},
        {QStringLiteral("logical_cpus"), tr("Logical CPUs")},
    };
    i.defaultDuration = 0.0; // the sweep ends by itself
    return i;
}

namespace {
// CPU time (user + system) of the whole process so far, in ms.
double processCpuMs()
{
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    return (ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1e3 + (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e3;
}

struct Measured {
    int n = 0;
    double medTotal = 0, minTotal = 0, maxTotal = 0, medSerial = 0, medParallel = 0;
};
} // namespace

void ScalingScenario::run(lab::RunContext& ctx)
{
    using Clock = std::chrono::steady_clock;
    const lab::Params& P = ctx.params();
    const double s = P.real(QStringLiteral("serial_fraction"));
    const double workMs = static_cast<double>(P.integer(QStringLiteral("work_ms")));
    const int tmax = static_cast<int>(P.integer(QStringLiteral("threads_max")));
    const int reps = static_cast<int>(P.integer(QStringLiteral("repetitions")));
    const bool weak = P.text(QStringLiteral("mode")) == QLatin1String("weak");
    const qint64 grain = P.integer(QStringLiteral("grain"));
    const Kernel kernel = P.text(QStringLiteral("kernel")) == QLatin1String("memory") ? Kernel::Memory : Kernel::Compute;
    const qint64 memBytes = P.integer(QStringLiteral("memory_mb")) * 1024 * 1024;
    const int cpus = logicalCpus();
    lab::Recorder& rec = ctx.recorder();
    rec.setSummary(QStringLiteral("logical_cpus"), cpus);

    // Series. Theory first, so the curves are there before the first measurement.
    const QString sp = QStringLiteral("speedup");
    // Registration order sets the colours (Qt Charts cycles a 5-colour palette per chart):
    // measured, the laws, ideal and the fit get distinct colours; min takes measured's colour.
    const int sMeasured = rec.series(QStringLiteral("speedup"), weak ? tr("measured scaled speedup") : tr("measured speedup"), sp, lab::SeriesStyle::LinePoints);
    const int sAmdahl = rec.series(QStringLiteral("amdahl"), tr("Amdahl s=%1").arg(s), sp);
    const int sGustafson = rec.series(QStringLiteral("gustafson"), tr("Gustafson s=%1").arg(s), sp);
    const int sIdeal = rec.series(QStringLiteral("ideal"), tr("ideal"), sp, lab::SeriesStyle::Dashed);
    const int sFit = rec.series(QStringLiteral("fitted"), weak ? tr("Gustafson fitted") : tr("Amdahl fitted"), sp);
    const int sMin = rec.series(QStringLiteral("speedup_min"), tr("min"), sp, lab::SeriesStyle::Dashed);
    const int sMax = rec.series(QStringLiteral("speedup_max"), tr("max"), sp, lab::SeriesStyle::Dashed);
    const int sOver = tmax > cpus ? rec.series(QStringLiteral("oversubscribed"), tr("oversubscribed"), sp, lab::SeriesStyle::Points) : -1;
    const int sEff = rec.series(QStringLiteral("efficiency"), tr("measured efficiency"), QStringLiteral("efficiency"), lab::SeriesStyle::LinePoints);
    const int sEffTheory = rec.series(QStringLiteral("efficiency_theory"), weak ? tr("Gustafson") : tr("Amdahl"), QStringLiteral("efficiency"));
    const int sKf = rec.series(QStringLiteral("karp_flatt"), tr("Karp–Flatt (measured)"), QStringLiteral("karp_flatt"), lab::SeriesStyle::LinePoints);
    const int sKfTheory = rec.series(QStringLiteral("karp_flatt_expected"), weak ? tr("expected: serial share of the scaled job") : tr("configured serial fraction"), QStringLiteral("karp_flatt"), lab::SeriesStyle::Dashed);
    const int sTime = rec.series(QStringLiteral("time_total"), tr("whole job"), QStringLiteral("time"), lab::SeriesStyle::LinePoints);
    const int sTimeSer = rec.series(QStringLiteral("time_serial"), tr("serial part"), QStringLiteral("time"), lab::SeriesStyle::LinePoints);
    const int sTimePar = rec.series(QStringLiteral("time_parallel"), tr("parallel part"), QStringLiteral("time"), lab::SeriesStyle::LinePoints);
    const int sCores = rec.series(QStringLiteral("cores_used"), tr("cores used (median)"), QStringLiteral("cores"), lab::SeriesStyle::LinePoints);
    const int sCoresAvail = rec.series(QStringLiteral("cores_available"), tr("min(threads, logical CPUs)"), QStringLiteral("cores"), lab::SeriesStyle::Dashed);
    constexpr int kCurvePoints = 64;
    const auto curveX = [tmax](int k) { return 1.0 + (tmax - 1.0) * k / kCurvePoints; };
    for (int k = 0; k <= kCurvePoints; ++k) {
        const double p = curveX(k);
        rec.sample(sAmdahl, p, amdahl(s, p));
        rec.sample(sGustafson, p, gustafson(s, p));
        rec.sample(sIdeal, p, p);
        rec.sample(sEffTheory, p, (weak ? gustafson(s, p) : amdahl(s, p)) / p);
        if (p >= 2) rec.sample(sKfTheory, p, weak ? s / gustafson(s, p) : s);
    }
    for (int n = 1; n <= tmax; ++n) rec.sample(sCoresAvail, n, std::min(n, cpus));
    if (cpus <= tmax) {
        const int sCpus = rec.series(QStringLiteral("logical_cpus"), tr("logical CPUs"), sp, lab::SeriesStyle::Dashed);
        rec.sample(sCpus, cpus, 0.0);
        rec.sample(sCpus, cpus, static_cast<double>(tmax));
    }

    // TBB: allow threads_max threads in total (default would be one per core), and wait for
    // the worker threads to end when the run is over.
    tbb::task_scheduler_handle handle{tbb::attach{}};
    [&] {
        tbb::global_control allow(tbb::global_control::max_allowed_parallelism, static_cast<size_t>(tmax));
        Workload w(kernel, memBytes, [&ctx] { return ctx.stopRequested(); });
        try {
            if (!w.prepare()) return;
        } catch (const std::bad_alloc&) {
            ctx.fail(tr("memory_mb: cannot allocate %1 MB for the array").arg(memBytes >> 20));
            return;
        }
        const double rate = w.calibrate();
        if (rate <= 0) return;
        const qint64 total = std::max<qint64>(1, std::llround(workMs * rate));
        const qint64 serialItems = std::llround(s * static_cast<double>(total));
        const qint64 parItems = total - serialItems;
        rec.log((weak ? tr("Calibration: %1 items/ms on one thread; job at one thread = %2 items (serial %3, parallel %4 × thread count), grain %5.")
                      : tr("Calibration: %1 items/ms on one thread; job = %2 items (serial %3, parallel %4), grain %5."))
                    .arg(rate, 0, 'f', 1).arg(total).arg(serialItems).arg(parItems).arg(grain));
        if (w.kernel() == Kernel::Memory)
            rec.log(tr("Memory kernel: %1 MB array, %2 items of 512 bytes.").arg(memBytes >> 20).arg(w.arrayItems()));

        std::vector<Measured> results;
        // The fit uses the thread counts that had a logical CPU each (the laws assume p
        // processors); only if there are none (one CPU) does it use all of them.
        std::vector<std::pair<double, double>> fitAll, fitInCpus;
        const auto fitNow = [&] {
            const auto& pts = fitInCpus.empty() ? fitAll : fitInCpus;
            return weak ? fitGustafson(pts) : fitAmdahl(pts);
        };
        double bestSpeedup = 0;
        bool loggedOver = false;
        const auto ms = [](Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); };
        for (int n = 1; n <= tmax && !ctx.stopRequested(); ++n) {
            tbb::task_arena arena(n);
            arena.initialize();
            const qint64 parN = weak ? parItems * n : parItems;
            // Warm-up: let the arena's workers join before the first timed repetition.
            w.runParallel(arena, n, std::min<qint64>(parN, std::max<qint64>(n * grain * 4, parN / 20)), grain);
            const int lane = rec.lane(tr("n = %1").arg(n));
            std::vector<double> tot, ser, par, cores;
            int seen = 0;
            qint64 chunks = 0;
            for (int r = 0; r < reps; ++r) {
                const qint64 u0 = rec.nowUs();
                const auto t0 = Clock::now();
                if (!w.runSerial(serialItems)) break;
                const auto t1 = Clock::now();
                const qint64 u1 = rec.nowUs();
                const double cpu0 = processCpuMs();
                Workload::ParallelStats st;
                if (!w.runParallel(arena, n, parN, grain, &st)) break;
                const auto t2 = Clock::now();
                const double cpuMs = processCpuMs() - cpu0;
                if (serialItems > 0) rec.span(lane, lab::SpanState::Serial, u0, u1);
                rec.span(lane, lab::SpanState::Running, u1, rec.nowUs(), tr("%1 chunks on %2 threads").arg(st.chunks).arg(st.threadsSeen));
                ser.push_back(ms(t1 - t0));
                par.push_back(ms(t2 - t1));
                tot.push_back(ms(t2 - t0));
                if (parN > 0 && t2 > t1) cores.push_back(cpuMs / ms(t2 - t1));
                seen = std::max(seen, st.threadsSeen);
                chunks = st.chunks;
                ctx.setProgress((static_cast<double>(n - 1) * reps + r + 1) / (static_cast<double>(tmax) * reps));
            }
            if (static_cast<int>(tot.size()) < reps) break; // stopped in the middle of this thread count
            Measured m;
            m.n = n;
            m.medTotal = median(tot);
            m.minTotal = *std::min_element(tot.begin(), tot.end());
            m.maxTotal = *std::max_element(tot.begin(), tot.end());
            m.medSerial = median(ser);
            m.medParallel = median(par);
            results.push_back(m);
            if (n == 1 && chunks > 0 && parN / chunks <= 64) {
                // Fine grain: the parallel loop on one thread against the calibrated serial
                // rate; what is left is the cost of splitting and dispatching the chunks (at
                // coarse grains it would be lost in the noise).
                const double extraMs = m.medParallel - static_cast<double>(parN) / rate;
                rec.log(tr("One thread: %1 chunks of about %2 items; dispatch overhead about %3 ns per chunk (parallel part %4 ms vs %5 ms at the calibrated serial rate).")
                            .arg(chunks).arg(parN / chunks).arg(extraMs * 1e6 / static_cast<double>(chunks), 0, 'f', 1)
                            .arg(m.medParallel, 0, 'f', 2).arg(static_cast<double>(parN) / rate, 0, 'f', 2));
            }
            const Measured& one = results.front();
            // Strong: the same job on one thread. Weak: the scaled job's one-thread time, from
            // the measured parts at one thread (serial + n × parallel).
            const double base = weak ? one.medSerial + n * one.medParallel : one.medTotal;
            const double S = base / m.medTotal;
            rec.sample(sMeasured, n, S);
            rec.sample(sMin, n, base / m.maxTotal);
            rec.sample(sMax, n, base / m.minTotal);
            rec.sample(sEff, n, efficiency(S, n));
            rec.sample(sTime, n, m.medTotal);
            rec.sample(sTimeSer, n, m.medSerial);
            rec.sample(sTimePar, n, m.medParallel);
            if (!cores.empty()) rec.sample(sCores, n, median(cores));
            if (n > cpus) {
                rec.sample(sOver, n, S);
                if (!loggedOver) rec.log(tr("From %1 threads on, the arena has more threads than logical CPUs: oversubscribed.").arg(n));
                loggedOver = true;
            }
            if (seen < n && parN > 0)
                rec.log(tr("%1 threads: only %2 of them executed chunks (%3 chunks).").arg(n).arg(seen).arg(chunks));
            bestSpeedup = std::max(bestSpeedup, S);
            rec.setSummary(QStringLiteral("max_speedup"), bestSpeedup);
            rec.setSummary(QStringLiteral("efficiency_at_max"), efficiency(S, n));
            if (n >= 2) {
                fitAll.emplace_back(n, S);
                if (n <= cpus) fitInCpus.emplace_back(n, S);
                const double kf = karpFlatt(S, n);
                rec.sample(sKf, n, kf);
                rec.setSummary(QStringLiteral("karp_flatt"), kf);
                const Fit f = fitNow();
                if (f.ok) rec.setSummary(QStringLiteral("fitted_serial_fraction"), f.serialFraction);
            }
        }

        // The fitted curve, from whatever thread counts completed (the law's curve for the
        // serial fraction the machine actually showed).
        const Fit f = fitNow();
        if (f.ok) {
            const double fs = std::clamp(f.serialFraction, 0.0, 1.0);
            for (int k = 0; k <= kCurvePoints; ++k) {
                const double p = curveX(k);
                rec.sample(sFit, p, weak ? gustafson(fs, p) : amdahl(fs, p));
            }
            rec.log(tr("Fitted serial fraction %1 (configured %2), rms residual %3, from %4 thread counts (2 … %5).")
                        .arg(f.serialFraction, 0, 'f', 4).arg(s).arg(f.rmsResidual, 0, 'g', 3).arg(f.points)
                        .arg(fitInCpus.empty() ? fitAll.back().first : fitInCpus.back().first));
        }
    }();
    // The arenas and the global_control are gone: let TBB's worker threads end, so the run
    // leaves no thread behind (fails harmlessly if someone else in the process uses TBB).
    if (!tbb::finalize(handle, std::nothrow))
        rec.log(tr("TBB worker threads are still in use elsewhere; they stay alive."));
}

} // namespace scaling
