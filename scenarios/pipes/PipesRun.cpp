#include "PipesRun.h"

#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <unistd.h>

namespace pipes {

namespace {

} // namespace

PipesRun::PipesRun(lab::RunContext& ctx) : m_ctx(ctx), m_rec(ctx.recorder())
{
    m_offsetUs = monoUs() - m_rec.nowUs();
}

QString PipesRun::checkPipesParams(const lab::Params& p)
{
    const qint64 pipeSize = p.integer(QStringLiteral("pipe_size")), maxSize = pipeMaxSize();
    if (pipeSize > maxSize)
        return tr("pipe_size: %1 bytes is more than /proc/sys/fs/pipe-max-size (%2 bytes)").arg(pipeSize).arg(maxSize);
    const qint64 lo = p.integer(QStringLiteral("min_size")), hi = p.integer(QStringLiteral("max_size"));
    if (lo > hi)
        return tr("min_size: %1 bytes is larger than max_size (%2 bytes); the sweep goes from the smallest to "
                  "the largest message").arg(lo).arg(hi);
    return {};
}

void PipesRun::run()
{
    const lab::Params& p = m_ctx.params();
    const QString mode = p.text(QStringLiteral("mode"));
    m_pipeSize = p.integer(QStringLiteral("pipe_size"));
    // Checked before the run (PipesScenario::checkParams); the limit may have changed since.
    if (const QString problem = checkPipesParams(p); !problem.isEmpty()) { m_ctx.fail(problem); return; }
    SigpipeBlock noSigpipe; // a write to a pipe without readers returns EPIPE on this thread

    std::vector<ChannelKind> kinds;
    const QString channel = p.text(QStringLiteral("channel"));
    for (ChannelKind k : {ChannelKind::Pipe, ChannelKind::SocketPair, ChannelKind::Shm})
        if (channel == QLatin1String("all") || channel == channelId(k)) kinds.push_back(k);

    auto want = [&](const char* m) { return mode == QLatin1String("all") || mode == QLatin1String(m); };
    const int steps = mode == QLatin1String("all") ? 6 : 1;
    int step = 0;
    auto progress = [&] { m_ctx.setProgress(static_cast<double>(++step) / steps); };

    if (want("exchange")) { if (!exchange()) return; progress(); }
    if (want("eof")) { if (!eofAndEpipe()) return; progress(); }
    if (want("capacity")) { if (!capacity()) return; progress(); }
    if (want("sweep")) {
        for (size_t k = 0; k < kinds.size(); ++k)
            if (!sweep(kinds[k], k == 0)) return;
        progress();
    }
    if (want("backpressure")) { if (!backpressure(kinds.front())) return; progress(); }
    if (want("pingpong")) {
        std::vector<std::pair<ChannelKind, std::vector<double>>> all;
        for (ChannelKind k : kinds) {
            all.push_back({k, {}});
            if (!pingpong(k, &all.back().second)) return;
        }
        rttHistogram(all);
        progress();
    }
    m_rec.setSummary(QStringLiteral("bytes"), static_cast<double>(m_bytes));
}

bool PipesRun::spawn(const QString& worker, const QStringList& args, ParentChannel* ch, const QString& role,
                     Child* out)
{
    QString err;
    std::vector<lab::ChildProcess::FdMap> fds = ch->fds;
    const int rep = makeReportPipe(&fds, &ch->childEnds, &err);
    if (rep < 0) { m_ctx.fail(err); return false; }
    out->report = std::make_unique<LineReader>(rep);
    out->proc = m_ctx.spawnChild(worker, args, fds, &err);
    ch->closeChildEnds();
    if (!out->proc) {
        if (!stopping()) m_ctx.fail(tr("cannot start the child process: %1").arg(err));
        return false;
    }
    out->lane = m_rec.lane(tr("child pid %1 (%2)").arg(out->proc->pid()).arg(role));
    out->startUs = m_rec.nowUs();
    if (ch->stream) ch->stream->setAbort(abortFor(*out));
    return true;
}

std::function<bool()> PipesRun::abortFor(const Child& c)
{
    std::shared_ptr<lab::ChildProcess> proc = c.proc;
    return [this, proc] { return stopping() || proc->wait(0); };
}

int PipesRun::parentLane()
{
    if (m_parentLane < 0) m_parentLane = m_rec.lane(tr("parent pid %1").arg(getpid()));
    return m_parentLane;
}

bool PipesRun::waitReady(const Child& c)
{
    QByteArray line;
    if (c.report->next(&line, abortFor(c)) && line == "ready") return true;
    return childFailed(c, tr("start-up"), 0);
}

// Returns false (ending the run) after reporting why a transfer with a child broke off.
bool PipesRun::childFailed(const Child& c, const QString& what, ssize_t err)
{
    if (stopping()) return false;
    c.proc->wait(200);
    const QString how = c.proc->termSignal() ? tr("killed by signal %1").arg(c.proc->termSignal())
                                             : tr("exit code %1").arg(c.proc->exitCode());
    m_ctx.fail(tr("%1: the child pid %2 went away (%3; %4)")
                   .arg(what).arg(c.proc->pid()).arg(err < 0 ? errnoText(static_cast<int>(-err)) : tr("EOF"), how));
    return false;
}

// ------------------------------------------------------------------ the classic exchange
bool PipesRun::exchange()
{
    ParentChannel ch;
    QString err;
    if (!makeChannel(ChannelKind::Pipe, true, true, 0, &ch, &err)) { m_ctx.fail(err); return false; }
    Child c;
    const qint64 t0 = m_rec.nowUs();
    if (!spawn(QStringLiteral("pipes_hello"), {}, &ch, tr("reader, then writer"), &c)) return false;
    const QByteArray msg = "Hello from pid [" + QByteArray::number(getpid()) + "]\n";
    m_rec.log(tr("parent pid %1 made two pipes with pipe2() and started child pid %2").arg(getpid()).arg(c.proc->pid()));
    const ssize_t w = ch.stream->writeAll(msg.constData(), static_cast<size_t>(msg.size()));
    ch.stream->closeWrite();
    const qint64 t1 = m_rec.nowUs();
    m_rec.span(parentLane(), lab::SpanState::Running, t0, t1, tr("write, close"));
    if (w < 0) return childFailed(c, tr("exchange"), w);
    m_rec.log(tr("parent pid %1 wrote \"%2\" and closed its write end").arg(getpid()).arg(QString::fromUtf8(msg.trimmed())));

    QByteArray line;
    const auto abort = abortFor(c);
    while (c.report->next(&line, abort)) {
        if (line.startsWith("L ")) m_rec.log(QString::fromUtf8(line.mid(2)));
        if (line.startsWith("E "))
            m_rec.log(tr("child pid %1: read() returned 0 (end of file) after %2 bytes: the last writer closed the pipe")
                          .arg(c.proc->pid()).arg(line.mid(2).toLongLong()));
    }
    QByteArray back;
    char buf[4096];
    ssize_t r;
    while ((r = ch.stream->readSome(buf, sizeof buf)) > 0) back.append(buf, r);
    const qint64 t2 = m_rec.nowUs();
    m_rec.span(parentLane(), lab::SpanState::Blocked, t1, t2, tr("read until EOF"));
    m_rec.span(c.lane, lab::SpanState::Running, t0, t2, tr("read, reply, exit"));
    if (stopping()) return false;
    if (back.isEmpty()) return childFailed(c, tr("exchange"), r);
    m_rec.log(tr("I pid [%1] received a message => %2").arg(getpid()).arg(QString::fromUtf8(back.trimmed())));
    m_rec.log(tr("parent: read() returned 0 (end of file): child pid %1 closed its write end").arg(c.proc->pid()));
    c.proc->wait(2000);
    return !stopping();
}

// ------------------------------------------------------------------ EOF and EPIPE
bool PipesRun::eofAndEpipe()
{
    QString err;
    // 1. A child writes until its reader (the parent) closes the pipe: EPIPE in the child.
    {
        ParentChannel ch;
        if (!makeChannel(ChannelKind::Pipe, false, true, 0, &ch, &err)) { m_ctx.fail(err); return false; }
        Child c;
        if (!spawn(QStringLiteral("pipes_epipe"), {}, &ch, tr("writer"), &c)) return false;
        const qint64 t0 = m_rec.nowUs();
        QByteArray buf(65536, '\0');
        const ssize_t r = ch.stream->readFull(buf.data(), static_cast<size_t>(buf.size()));
        if (r <= 0) return childFailed(c, tr("EPIPE experiment"), r);
        ch.stream.reset(); // the parent closes its read end: the pipe has no reader any more
        m_rec.log(tr("parent read %1 bytes from child pid %2 and closed its read end").arg(r).arg(c.proc->pid()));
        QByteArray line;
        bool seen = false;
        while (c.report->next(&line, abortFor(c))) {
            if (!line.startsWith("P ")) continue;
            const QList<QByteArray> f = line.split(' ');
            const int e = f.value(1).toInt();
            m_rec.log(tr("child pid %1: write() failed with %2 after %3 bytes; SIGPIPE is ignored in the child, "
                         "so it reports the error instead of dying")
                          .arg(c.proc->pid()).arg(errnoText(e)).arg(f.value(2).toLongLong()));
            m_rec.span(c.lane, lab::SpanState::Failed, t0, m_rec.nowUs(), QStringLiteral("EPIPE"));
            seen = true;
        }
        if (stopping()) return false;
        if (!seen) return childFailed(c, tr("EPIPE experiment"), 0);
        c.proc->wait(2000);
    }
    // 2. The parent writes to a pipe whose only reader (a child) has exited: EPIPE here.
    {
        ParentChannel ch;
        if (!makeChannel(ChannelKind::Pipe, true, false, 0, &ch, &err)) { m_ctx.fail(err); return false; }
        Child c;
        if (!spawn(QStringLiteral("exit"), {QStringLiteral("0")}, &ch, tr("reader that exits"), &c)) return false;
        c.proc->wait(5000);
        lifeSpan(c, tr("exit(0)"));
        if (stopping()) return false;
        const qint64 t0 = m_rec.nowUs();
        const ssize_t w = ch.stream->writeAll("x", 1);
        m_rec.span(parentLane(), lab::SpanState::Failed, t0, m_rec.nowUs(), QStringLiteral("EPIPE"));
        if (w == -EPIPE)
            m_rec.log(tr("parent: write() to a pipe whose reader (pid %1) has exited failed with %2; SIGPIPE is "
                         "blocked in this thread, so the lab reports it instead of being killed")
                          .arg(c.proc->pid()).arg(errnoText(EPIPE)));
        else
            m_rec.log(tr("parent: unexpected result of write() without a reader: %1").arg(w));
    }
    // 3. EOF: the only writer exits without writing.
    {
        ParentChannel ch;
        if (!makeChannel(ChannelKind::Pipe, false, true, 0, &ch, &err)) { m_ctx.fail(err); return false; }
        Child c;
        if (!spawn(QStringLiteral("exit"), {QStringLiteral("0")}, &ch, tr("writer that exits"), &c)) return false;
        char b;
        const qint64 t0 = m_rec.nowUs();
        const ssize_t r = ch.stream->readSome(&b, 1);
        m_rec.span(parentLane(), lab::SpanState::Blocked, t0, m_rec.nowUs(), tr("read → EOF"));
        if (stopping()) return false;
        if (r == 0)
            m_rec.log(tr("parent: read() returned 0 (EOF): the pipe's last writer, child pid %1, exited").arg(c.proc->pid()));
        c.proc->wait(2000);
        lifeSpan(c, tr("exit(0)"));
    }
    return !stopping();
}

// ------------------------------------------------------------------ capacity
bool PipesRun::capacity()
{
    int fd[2];
    if (pipe2(fd, O_CLOEXEC | O_NONBLOCK) < 0) { m_ctx.fail(tr("pipe2: %1").arg(errnoText(errno))); return false; }
    const int def = fcntl(fd[1], F_GETPIPE_SZ);
    int cap = def;
    if (m_pipeSize > 0) {
        if (fcntl(fd[1], F_SETPIPE_SZ, static_cast<int>(m_pipeSize)) < 0) {
            const int e = errno;
            ::close(fd[0]); ::close(fd[1]);
            m_ctx.fail(tr("pipe_size: fcntl(F_SETPIPE_SZ, %1) failed: %2").arg(m_pipeSize).arg(errnoText(e)));
            return false;
        }
        cap = fcntl(fd[1], F_GETPIPE_SZ);
    }
    // Fill it without a reader: non-blocking writes until EAGAIN.
    const QByteArray chunk(4096, 'c');
    qint64 filled = 0;
    for (;;) {
        const ssize_t w = ::write(fd[1], chunk.constData(), static_cast<size_t>(chunk.size()));
        if (w <= 0) break;
        filled += w;
    }
    int queued = 0;
    ioctl(fd[0], FIONREAD, &queued);
    ::close(fd[0]);
    ::close(fd[1]);
    m_rec.log(tr("pipe capacity: default %1 bytes (F_GETPIPE_SZ), now %2 bytes; maximum for F_SETPIPE_SZ: %3 bytes "
                 "(/proc/sys/fs/pipe-max-size)").arg(def).arg(cap).arg(pipeMaxSize()));
    m_rec.log(tr("without a reader, non-blocking 4 KiB writes filled it with %1 bytes (FIONREAD says %2) before "
                 "write() failed with EAGAIN: a blocking writer would wait here").arg(filled).arg(queued));
    m_rec.setSummary(QStringLiteral("pipe_capacity"), cap);
    return !stopping();
}

} // namespace pipes
