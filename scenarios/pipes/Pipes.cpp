#include "Pipes.h"

#include "Channel.h"
#include "PipesRun.h"
#include "lab/RunContext.h"

namespace pipes {

lab::ScenarioInfo PipesScenario::info() const
{
    using lab::ParamSpec;
    lab::ScenarioInfo i;
    i.id = QStringLiteral("pipes");
    i.title = tr("Pipes");
    i.category = QStringLiteral("communication");
    i.summary = tr("A parent and its child processes exchange messages through pipe(2): throughput, "
                   "capacity, back-pressure, latency, EOF and EPIPE.");
    i.explanation = QStringLiteral(":/explanations/pipes.html");
    i.params = {
        ParamSpec::choice(QStringLiteral("mode"), tr("Experiment"),
                          tr("Run every experiment in turn, or only one of them."),
                          {QStringLiteral("all"), QStringLiteral("exchange"), QStringLiteral("eof"),
                           QStringLiteral("capacity"), QStringLiteral("sweep"), QStringLiteral("backpressure"),
                           QStringLiteral("pingpong")},
                          QStringLiteral("all"),
                          {tr("All"), tr("Exchange (PIDs)"), tr("EOF and EPIPE"), tr("Pipe capacity"),
                           tr("Throughput sweep"), tr("Back-pressure"), tr("Ping-pong latency")}),
        ParamSpec::choice(QStringLiteral("channel"), tr("Channel"),
                          tr("The channel between the two processes: a pipe, a Unix socketpair, a "
                             "shared-memory ring, or all three on the same charts."),
                          {QStringLiteral("pipe"), QStringLiteral("socketpair"), QStringLiteral("shm"),
                           QStringLiteral("all")},
                          QStringLiteral("pipe"),
                          {tr("Pipe"), tr("Socketpair"), tr("Shared-memory ring"), tr("All three")}),
        ParamSpec::integer(QStringLiteral("min_size"), tr("Smallest message (bytes)"),
                           tr("First message size of the throughput sweep."), 1, 1, 1 << 20).withLogScale(),
        ParamSpec::integer(QStringLiteral("max_size"), tr("Largest message (bytes)"),
                           tr("Last message size of the throughput sweep (1 MiB = 1048576)."), 1 << 20, 1, 1 << 20).withLogScale(),
        ParamSpec::integer(QStringLiteral("size_factor"), tr("Size step (×)"),
                           tr("Each message size of the sweep is this many times the previous one."), 4, 2, 16),
        ParamSpec::integer(QStringLiteral("round_ms"), tr("Time per size (ms)"),
                           tr("About how long each message size of the sweep is measured."), 80, 5, 5000),
        ParamSpec::integer(QStringLiteral("pipe_size"), tr("Pipe capacity (bytes)"),
                           tr("Sets the pipes' capacity with F_SETPIPE_SZ (0 = the system default). "
                              "At most /proc/sys/fs/pipe-max-size (%1 bytes here).").arg(pipeMaxSize()), 0, 0, pipeMaxSize()).withLogScale(),
        ParamSpec::integer(QStringLiteral("reader_delay_us"), tr("Reader delay (µs)"),
                           tr("Back-pressure: the reader sleeps this long after every message."), 200, 0, 100000),
        ParamSpec::integer(QStringLiteral("bp_message"), tr("Back-pressure message (bytes)"),
                           tr("Message size of the back-pressure experiment."), 4096, 1, 1 << 20),
        ParamSpec::integer(QStringLiteral("bp_messages"), tr("Back-pressure messages"),
                           tr("How many messages the back-pressure experiment sends."), 1000, 1, 1000000),
        ParamSpec::integer(QStringLiteral("rtt_count"), tr("Round trips"),
                           tr("Ping-pong: how many round trips are timed per channel."), 2000, 10, 1000000),
        ParamSpec::integer(QStringLiteral("ping_bytes"), tr("Ping size (bytes)"),
                           tr("Ping-pong: the size of each message."), 1, 1, 65536),
    };
    lab::ChartSpec tp{QStringLiteral("throughput"), tr("Throughput against message size"), tr("message size (bytes)"),
                      tr("MiB/s"), lab::ChartSpec::Line};
    tp.logX = true;
    lab::ChartSpec rate{QStringLiteral("rate"), tr("Messages per second against message size"),
                        tr("message size (bytes)"), tr("messages/s"), lab::ChartSpec::Line};
    rate.logX = rate.logY = true;
    i.charts = {
        tp,
        rate,
        {QStringLiteral("inflight"), tr("Bytes in flight (back-pressure)"), tr("time (s)"), tr("bytes"),
         lab::ChartSpec::Line},
        {QStringLiteral("rtt"), tr("Round-trip time (ping-pong)"), tr("µs (doubling bins)"), tr("round trips"),
         lab::ChartSpec::Histogram},
        {QStringLiteral("timeline"), tr("Timeline"), tr("time"), tr("process"), lab::ChartSpec::Timeline},
    };
    i.presets = {
        {tr("Pipe vs socketpair vs shared memory"), {{QStringLiteral("mode"), QStringLiteral("sweep")},
                                                      {QStringLiteral("channel"), QStringLiteral("all")}}},
        {tr("Slow reader: back-pressure"), {{QStringLiteral("mode"), QStringLiteral("backpressure")},
                                            {QStringLiteral("reader_delay_us"), 1000}}},
        {tr("Tiny pipe (4 KiB)"), {{QStringLiteral("mode"), QStringLiteral("backpressure")},
                                   {QStringLiteral("pipe_size"), 4096}}},
        {tr("EOF and EPIPE"), {{QStringLiteral("mode"), QStringLiteral("eof")}}},
        {tr("Latency: pipe vs shared memory"), {{QStringLiteral("mode"), QStringLiteral("pingpong")},
                                                {QStringLiteral("channel"), QStringLiteral("all")}}},
    };
    i.figures = {
        {QStringLiteral("bytes"), tr("Bytes moved")},
        {QStringLiteral("mib_per_s"), tr("MiB/s (largest size)")},
        {QStringLiteral("checksum_ok"), tr("Checksum OK")},
        {QStringLiteral("pipe_capacity"), tr("Pipe capacity (bytes)")},
        {QStringLiteral("rtt_median_us"), tr("RTT median (µs)")},
        {QStringLiteral("rtt_p99_us"), tr("RTT p99 (µs)")},
        {QStringLiteral("writer_blocked_ms"), tr("Writer blocked (ms)")},
    };
    i.defaultDuration = 0.0; // ends by itself
    return i;
}

QString PipesScenario::checkParams(const lab::Params& params) const
{
    return PipesRun::checkPipesParams(params);
}

void PipesScenario::run(lab::RunContext& ctx)
{
    PipesRun r(ctx);
    r.run();
}

} // namespace pipes
