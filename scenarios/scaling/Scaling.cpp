#include "Scaling.h"

#include "Theory.h"
#include "Workload.h"

#include "lab/RunContext.h"

#include <oneapi/tbb/global_control.h>
#include <oneapi/tbb/task_arena.h>

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <new>
#include <vector>

namespace scaling {

lab::ScenarioInfo ScalingScenario::info() const
{
    lab::ScenarioInfo i;
    i.id = QStringLiteral("scaling");
    i.title = tr("Amdahl and Gustafson");
    i.category = QStringLiteral("performance");
    i.summary = tr("Measures real speedup with oneTBB on 1…N threads and draws it against Amdahl's and Gustafson's laws.");
    i.explanation = QStringLiteral(":/explanations/scaling.html");
    const int cpus = lab::usableCpus();
    const int defThreads = std::clamp(2 * cpus, 4, 64);
    i.params = {
        lab::ParamSpec::real(keys::serialFraction, tr("Serial fraction"),
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
        {keys::speedupChart, tr("Speedup"), tr("threads"), tr("speedup"), lab::ChartSpec::Line},
        {QStringLiteral("efficiency"), tr("Efficiency"), tr("threads"), tr("efficiency (speedup ÷ threads)"), lab::ChartSpec::Line},
        {QStringLiteral("karp_flatt"), tr("Karp–Flatt metric"), tr("threads"), tr("experimentally determined serial fraction"), lab::ChartSpec::Line},
        {QStringLiteral("time"), tr("Run time"), tr("threads"), tr("median time (ms)"), lab::ChartSpec::Line},
        {QStringLiteral("cores"), tr("Cores actually used"), tr("threads"), tr("CPU time ÷ wall time of the parallel part"), lab::ChartSpec::Line},
        {QStringLiteral("timeline"), tr("Timeline"), tr("time"), tr("thread count"), lab::ChartSpec::Timeline},
    };
    const auto preset = [](double s, const char* mode, qint64 grain, const char* kernel) {
        return QVariantMap{{keys::serialFraction, s}, {QStringLiteral("mode"), QString::fromLatin1(mode)},
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

// The run's parameters, read once.
struct Settings {
    double s = 0;        // serial fraction
    double workMs = 0;
    int tmax = 0;
    int reps = 0;
    bool weak = false;
    qint64 grain = 0;
    Kernel kernel = Kernel::Compute;
    qint64 memBytes = 0;
    int cpus = 1;
};

// Series ids, registered in this order (it sets the colours).
struct SeriesIds {
    int measured, amdahl, gustafson, ideal, fit, min, max, over;
    int eff, effTheory, kf, kfTheory, time, timeSer, timePar, cores, coresAvail;
};

constexpr int kCurvePoints = 64;

// The sweep: 1..tmax threads, `reps` timed repetitions each, then the fit. One object per run.
class Sweep {
    Q_DECLARE_TR_FUNCTIONS(scaling::ScalingScenario)
public:
    Sweep(lab::RunContext& ctx, const Settings& cfg) : m_ctx(ctx), m_rec(ctx.recorder()), m_cfg(cfg) {}
    void registerSeries();
    void recordTheory();
    // Calibrates the kernel and measures every thread count (inside the TBB limits of run()).
    void measureAll();

private:
    using Clock = std::chrono::steady_clock;
    double curveX(int k) const { return 1.0 + (m_cfg.tmax - 1.0) * k / kCurvePoints; }
    bool calibrate(Workload& w);
    // Times `reps` repetitions on n threads; false if stopped in the middle.
    bool measure(Workload& w, int n, Measured* m);
    void logDispatchOverhead(const Measured& m, qint64 parN, qint64 chunks);
    void recordPoint(const Measured& m, int seen, qint64 chunks, qint64 parN, const std::vector<double>& cores);
    Fit fitNow() const;
    void recordFit();

    lab::RunContext& m_ctx;
    lab::Recorder& m_rec;
    const Settings m_cfg;
    SeriesIds m_ids{};
    // From the calibration.
    double m_rate = 0;
    qint64 m_serialItems = 0, m_parItems = 0;
    // Results so far.
    std::vector<Measured> m_results;
    // The fit uses the thread counts that had a logical CPU each (the laws assume p
    // processors); only if there are none (one CPU) does it use all of them.
    std::vector<std::pair<double, double>> m_fitAll, m_fitInCpus;
    double m_bestSpeedup = 0;
    bool m_loggedOver = false;
};

void Sweep::registerSeries()
{
    // Series. Theory first, so the curves are there before the first measurement.
    lab::Recorder& rec = m_rec;
    const bool weak = m_cfg.weak;
    const double s = m_cfg.s;
    const QString sp = keys::speedupChart;
    // Registration order sets the colours (Qt Charts cycles a 5-colour palette per chart):
    // measured, the laws, ideal and the fit get distinct colours; min takes measured's colour.
    m_ids.measured = rec.series(keys::measuredSpeedup, weak ? tr("measured scaled speedup") : tr("measured speedup"), sp, lab::SeriesStyle::LinePoints);
    m_ids.amdahl = rec.series(QStringLiteral("amdahl"), tr("Amdahl s=%1").arg(s), sp);
    m_ids.gustafson = rec.series(QStringLiteral("gustafson"), tr("Gustafson s=%1").arg(s), sp);
    m_ids.ideal = rec.series(QStringLiteral("ideal"), tr("ideal"), sp, lab::SeriesStyle::Dashed);
    m_ids.fit = rec.series(QStringLiteral("fitted"), weak ? tr("Gustafson fitted") : tr("Amdahl fitted"), sp);
    m_ids.min = rec.series(QStringLiteral("speedup_min"), tr("min"), sp, lab::SeriesStyle::Dashed);
    m_ids.max = rec.series(QStringLiteral("speedup_max"), tr("max"), sp, lab::SeriesStyle::Dashed);
    m_ids.over = m_cfg.tmax > m_cfg.cpus ? rec.series(QStringLiteral("oversubscribed"), tr("oversubscribed"), sp, lab::SeriesStyle::Points) : -1;
    m_ids.eff = rec.series(QStringLiteral("efficiency"), tr("measured efficiency"), QStringLiteral("efficiency"), lab::SeriesStyle::LinePoints);
    m_ids.effTheory = rec.series(QStringLiteral("efficiency_theory"), weak ? tr("Gustafson") : tr("Amdahl"), QStringLiteral("efficiency"));
    m_ids.kf = rec.series(QStringLiteral("karp_flatt"), tr("Karp–Flatt (measured)"), QStringLiteral("karp_flatt"), lab::SeriesStyle::LinePoints);
    m_ids.kfTheory = rec.series(QStringLiteral("karp_flatt_expected"), weak ? tr("expected: serial share of the scaled job") : tr("configured serial fraction"), QStringLiteral("karp_flatt"), lab::SeriesStyle::Dashed);
    m_ids.time = rec.series(QStringLiteral("time_total"), tr("whole job"), QStringLiteral("time"), lab::SeriesStyle::LinePoints);
    m_ids.timeSer = rec.series(QStringLiteral("time_serial"), tr("serial part"), QStringLiteral("time"), lab::SeriesStyle::LinePoints);
    m_ids.timePar = rec.series(QStringLiteral("time_parallel"), tr("parallel part"), QStringLiteral("time"), lab::SeriesStyle::LinePoints);
    m_ids.cores = rec.series(QStringLiteral("cores_used"), tr("cores used (median)"), QStringLiteral("cores"), lab::SeriesStyle::LinePoints);
    m_ids.coresAvail = rec.series(QStringLiteral("cores_available"), tr("min(threads, logical CPUs)"), QStringLiteral("cores"), lab::SeriesStyle::Dashed);
}

void Sweep::recordTheory()
{
    const double s = m_cfg.s;
    const bool weak = m_cfg.weak;
    for (int k = 0; k <= kCurvePoints; ++k) {
        const double p = curveX(k);
        m_rec.sample(m_ids.amdahl, p, amdahl(s, p));
        m_rec.sample(m_ids.gustafson, p, gustafson(s, p));
        m_rec.sample(m_ids.ideal, p, p);
        m_rec.sample(m_ids.effTheory, p, (weak ? gustafson(s, p) : amdahl(s, p)) / p);
        if (p >= 2) m_rec.sample(m_ids.kfTheory, p, weak ? s / gustafson(s, p) : s);
    }
    for (int n = 1; n <= m_cfg.tmax; ++n) m_rec.sample(m_ids.coresAvail, n, std::min(n, m_cfg.cpus));
    if (m_cfg.cpus <= m_cfg.tmax) {
        const int sCpus = m_rec.series(QStringLiteral("logical_cpus"), tr("logical CPUs"), keys::speedupChart, lab::SeriesStyle::Dashed);
        m_rec.sample(sCpus, m_cfg.cpus, 0.0);
        m_rec.sample(sCpus, m_cfg.cpus, static_cast<double>(m_cfg.tmax));
    }
}

bool Sweep::calibrate(Workload& w)
{
    m_rate = w.calibrate();
    if (m_rate <= 0) return false;
    const qint64 total = std::max<qint64>(1, std::llround(m_cfg.workMs * m_rate));
    m_serialItems = std::llround(m_cfg.s * static_cast<double>(total));
    m_parItems = total - m_serialItems;
    m_rec.log((m_cfg.weak ? tr("Calibration: %1 items/ms on one thread; job at one thread = %2 items (serial %3, parallel %4 × thread count), grain %5.")
                          : tr("Calibration: %1 items/ms on one thread; job = %2 items (serial %3, parallel %4), grain %5."))
                  .arg(m_rate, 0, 'f', 1).arg(total).arg(m_serialItems).arg(m_parItems).arg(m_cfg.grain));
    if (w.kernel() == Kernel::Memory)
        m_rec.log(tr("Memory kernel: %1 MB array, %2 items of 512 bytes.").arg(m_cfg.memBytes >> 20).arg(w.arrayItems()));
    return true;
}

void Sweep::measureAll()
{
    Workload w(m_cfg.kernel, m_cfg.memBytes, [this] { return m_ctx.stopRequested(); });
    try {
        if (!w.prepare()) return;
    } catch (const std::bad_alloc&) {
        m_ctx.fail(tr("memory_mb: cannot allocate %1 MB for the array").arg(m_cfg.memBytes >> 20));
        return;
    }
    if (!calibrate(w)) return;
    for (int n = 1; n <= m_cfg.tmax && !m_ctx.stopRequested(); ++n) {
        Measured m;
        if (!measure(w, n, &m)) break; // stopped in the middle of this thread count
    }
    recordFit();
}

bool Sweep::measure(Workload& w, int n, Measured* m)
{
    const auto ms = [](Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); };
    const int reps = m_cfg.reps;
    const qint64 grain = m_cfg.grain;
    tbb::task_arena arena(n);
    arena.initialize();
    const qint64 parN = m_cfg.weak ? m_parItems * n : m_parItems;
    // Warm-up: let the arena's workers join before the first timed repetition.
    w.runParallel(arena, n, std::min<qint64>(parN, std::max<qint64>(n * grain * 4, parN / 20)), grain);
    const int lane = m_rec.lane(tr("n = %1").arg(n));
    std::vector<double> tot, ser, par, cores;
    int seen = 0;
    qint64 chunks = 0;
    for (int r = 0; r < reps; ++r) {
        const qint64 u0 = m_rec.nowUs();
        const auto t0 = Clock::now();
        if (!w.runSerial(m_serialItems)) break;
        const auto t1 = Clock::now();
        const qint64 u1 = m_rec.nowUs();
        const double cpu0 = processCpuMs();
        Workload::ParallelStats st;
        if (!w.runParallel(arena, n, parN, grain, &st)) break;
        const auto t2 = Clock::now();
        const double cpuMs = processCpuMs() - cpu0;
        if (m_serialItems > 0) m_rec.span(lane, lab::SpanState::Serial, u0, u1);
        m_rec.span(lane, lab::SpanState::Running, u1, m_rec.nowUs(), tr("%1 chunks on %2 threads").arg(st.chunks).arg(st.threadsSeen));
        ser.push_back(ms(t1 - t0));
        par.push_back(ms(t2 - t1));
        tot.push_back(ms(t2 - t0));
        if (parN > 0 && t2 > t1) cores.push_back(cpuMs / ms(t2 - t1));
        seen = std::max(seen, st.threadsSeen);
        chunks = st.chunks;
        m_ctx.setProgress((static_cast<double>(n - 1) * reps + r + 1) / (static_cast<double>(m_cfg.tmax) * reps));
    }
    if (static_cast<int>(tot.size()) < reps) return false;
    m->n = n;
    m->medTotal = median(tot);
    m->minTotal = *std::min_element(tot.begin(), tot.end());
    m->maxTotal = *std::max_element(tot.begin(), tot.end());
    m->medSerial = median(ser);
    m->medParallel = median(par);
    m_results.push_back(*m);
    if (n == 1 && chunks > 0 && parN / chunks <= 64) logDispatchOverhead(*m, parN, chunks);
    recordPoint(*m, seen, chunks, parN, cores);
    return true;
}

void Sweep::logDispatchOverhead(const Measured& m, qint64 parN, qint64 chunks)
{
    // Fine grain: the parallel loop on one thread against the calibrated serial rate; what is
    // left is the cost of splitting and dispatching the chunks (at coarse grains it would be
    // lost in the noise).
    const double extraMs = m.medParallel - static_cast<double>(parN) / m_rate;
    m_rec.log(tr("One thread: %1 chunks of about %2 items; dispatch overhead about %3 ns per chunk (parallel part %4 ms vs %5 ms at the calibrated serial rate).")
                  .arg(chunks).arg(parN / chunks).arg(extraMs * 1e6 / static_cast<double>(chunks), 0, 'f', 1)
                  .arg(m.medParallel, 0, 'f', 2).arg(static_cast<double>(parN) / m_rate, 0, 'f', 2));
}

void Sweep::recordPoint(const Measured& m, int seen, qint64 chunks, qint64 parN, const std::vector<double>& cores)
{
    const int n = m.n;
    const Measured& one = m_results.front();
    // Strong: the same job on one thread. Weak: the scaled job's one-thread time, from the
    // measured parts at one thread (serial + n × parallel).
    const double base = m_cfg.weak ? one.medSerial + n * one.medParallel : one.medTotal;
    const double S = base / m.medTotal;
    m_rec.sample(m_ids.measured, n, S);
    m_rec.sample(m_ids.min, n, base / m.maxTotal);
    m_rec.sample(m_ids.max, n, base / m.minTotal);
    m_rec.sample(m_ids.eff, n, efficiency(S, n));
    m_rec.sample(m_ids.time, n, m.medTotal);
    m_rec.sample(m_ids.timeSer, n, m.medSerial);
    m_rec.sample(m_ids.timePar, n, m.medParallel);
    if (!cores.empty()) m_rec.sample(m_ids.cores, n, median(cores));
    if (n > m_cfg.cpus) {
        m_rec.sample(m_ids.over, n, S);
        if (!m_loggedOver) m_rec.log(tr("From %1 threads on, the arena has more threads than logical CPUs: oversubscribed.").arg(n));
        m_loggedOver = true;
    }
    if (seen < n && parN > 0)
        m_rec.log(tr("%1 threads: only %2 of them executed chunks (%3 chunks).").arg(n).arg(seen).arg(chunks));
    m_bestSpeedup = std::max(m_bestSpeedup, S);
    m_rec.setSummary(QStringLiteral("max_speedup"), m_bestSpeedup);
    m_rec.setSummary(QStringLiteral("efficiency_at_max"), efficiency(S, n));
    if (n >= 2) {
        m_fitAll.emplace_back(n, S);
        if (n <= m_cfg.cpus) m_fitInCpus.emplace_back(n, S);
        const double kf = karpFlatt(S, n);
        m_rec.sample(m_ids.kf, n, kf);
        m_rec.setSummary(QStringLiteral("karp_flatt"), kf);
        const Fit f = fitNow();
        if (f.ok) m_rec.setSummary(QStringLiteral("fitted_serial_fraction"), f.serialFraction);
    }
}

Fit Sweep::fitNow() const
{
    const auto& pts = m_fitInCpus.empty() ? m_fitAll : m_fitInCpus;
    return m_cfg.weak ? fitGustafson(pts) : fitAmdahl(pts);
}

void Sweep::recordFit()
{
    // The fitted curve, from whatever thread counts completed (the law's curve for the
    // serial fraction the machine actually showed).
    const Fit f = fitNow();
    if (!f.ok) return;
    const double fs = std::clamp(f.serialFraction, 0.0, 1.0);
    for (int k = 0; k <= kCurvePoints; ++k) {
        const double p = curveX(k);
        m_rec.sample(m_ids.fit, p, m_cfg.weak ? gustafson(fs, p) : amdahl(fs, p));
    }
    m_rec.log(tr("Fitted serial fraction %1 (configured %2), rms residual %3, from %4 thread counts (2 … %5).")
                  .arg(f.serialFraction, 0, 'f', 4).arg(m_cfg.s).arg(f.rmsResidual, 0, 'g', 3).arg(f.points)
                  .arg(m_fitInCpus.empty() ? m_fitAll.back().first : m_fitInCpus.back().first));
}

Settings readSettings(const lab::Params& P)
{
    Settings c;
    c.s = P.real(keys::serialFraction);
    c.workMs = static_cast<double>(P.integer(QStringLiteral("work_ms")));
    c.tmax = static_cast<int>(P.integer(QStringLiteral("threads_max")));
    c.reps = static_cast<int>(P.integer(QStringLiteral("repetitions")));
    c.weak = P.text(QStringLiteral("mode")) == QLatin1String("weak");
    c.grain = P.integer(QStringLiteral("grain"));
    c.kernel = P.text(QStringLiteral("kernel")) == QLatin1String("memory") ? Kernel::Memory : Kernel::Compute;
    c.memBytes = P.integer(QStringLiteral("memory_mb")) * 1024 * 1024;
    c.cpus = lab::usableCpus();
    return c;
}
} // namespace

void ScalingScenario::run(lab::RunContext& ctx)
{
    const Settings cfg = readSettings(ctx.params());
    lab::Recorder& rec = ctx.recorder();
    rec.setSummary(QStringLiteral("logical_cpus"), cfg.cpus);
    Sweep sweep(ctx, cfg);
    sweep.registerSeries();
    sweep.recordTheory();
    // TBB: allow threads_max threads in total (default would be one per core), and wait for
    // the worker threads to end when the run is over.
    tbb::task_scheduler_handle handle{tbb::attach{}};
    {
        tbb::global_control allow(tbb::global_control::max_allowed_parallelism, static_cast<size_t>(cfg.tmax));
        sweep.measureAll();
    }
    // The arenas and the global_control are gone: let TBB's worker threads end, so the run
    // leaves no thread behind (fails harmlessly if someone else in the process uses TBB).
    if (!tbb::finalize(handle, std::nothrow))
        rec.log(tr("TBB worker threads are still in use elsewhere; they stay alive."));
}

} // namespace scaling
