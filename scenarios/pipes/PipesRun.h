#pragma once
// One run of the `pipes` scenario: the experiments in turn, on the scenario's thread.
#include "Channel.h"
#include "PipesWorkers.h"
#include "lab/RunContext.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace pipes {

class PipesRun {
    Q_DECLARE_TR_FUNCTIONS(pipes::PipesRun)
public:
    explicit PipesRun(lab::RunContext& ctx);
    void run();
    // Relations between parameters and limits of this machine; empty if the run may start.
    static QString checkPipesParams(const lab::Params& p);

private:
    struct Child {
        std::shared_ptr<lab::ChildProcess> proc;
        std::unique_ptr<LineReader> report;
        int lane = -1;
        qint64 startUs = 0;
    };
    // A span over the child's life on its lane (from its start to now).
    void lifeSpan(const Child& c, const QString& label)
    {
        m_rec.span(c.lane, lab::SpanState::Running, c.startUs, m_rec.nowUs(), label);
    }
    bool spawn(const QString& worker, const QStringList& args, ParentChannel* ch, const QString& role,
               Child* out);
    std::function<bool()> abortFor(const Child& c);
    bool waitReady(const Child& c); // the worker's "ready" line (its start-up is not measured)
    int parentLane(); // created on first use, so it only appears when it has spans
    bool stopping() const { return m_ctx.stopRequested(); }
    bool childFailed(const Child& c, const QString& what, ssize_t err);
    qint64 toRecUs(qint64 monoNs) const { return monoNs / 1000 - m_offsetUs; }

    bool exchange();
    bool eofAndEpipe();
    bool capacity();
    bool sweep(ChannelKind kind, bool primary);
    bool backpressure(ChannelKind kind);
    bool pingpong(ChannelKind kind, std::vector<double>* rtts);
    void rttHistogram(const std::vector<std::pair<ChannelKind, std::vector<double>>>& all);

    lab::RunContext& m_ctx;
    lab::Recorder& m_rec;
    qint64 m_offsetUs = 0; // CLOCK_MONOTONIC µs minus recorder µs
    int m_parentLane = -1;
    qint64 m_pipeSize = 0;
    qint64 m_bytes = 0;
    bool m_checksumOk = true;
};

} // namespace pipes
