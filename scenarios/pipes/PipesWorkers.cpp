#include "PipesWorkers.h"

#include <QByteArray>
#include <QStringList>

#include <cerrno>
#include <cstdio>
#include <ctime>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace pipes {

namespace {
constexpr int kIn = 3, kOut = 4, kReport = 5;

void report(const QByteArray& line)
{
    writeAll(kReport, line.constData(), static_cast<size_t>(line.size()));
}

std::unique_ptr<Stream> workerStream(const QString& channel, bool rx, bool tx, QString* error)
{
    ChannelKind kind;
    if (!channelFromId(channel, &kind)) { *error = QStringLiteral("unknown channel"); return nullptr; }
    switch (kind) {
    case ChannelKind::Pipe: return Stream::fromFds(rx ? kIn : -1, tx ? kOut : -1);
    case ChannelKind::SocketPair: return Stream::fromFds(kIn, kIn);
    case ChannelKind::Shm: {
        std::shared_ptr<ShmRing> in, out;
        if (rx && !(in = ShmRing::attach(kIn, error))) return nullptr;
        if (tx && !(out = ShmRing::attach(kOut, error))) return nullptr;
        return Stream::fromRings(in, out);
    }
    }
    return nullptr;
}

void sleepUs(qint64 us)
{
    timespec ts{static_cast<time_t>(us / 1000000), static_cast<long>((us % 1000000) * 1000)};
    while (nanosleep(&ts, &ts) < 0 && errno == EINTR) {}
}

// pipes_reader <channel>: rounds of {size, count, delay_us, trace} headers, each followed by
// `count` messages of `size` bytes; answers "D <bytes> <checksum>" per round (after "S"/"R"
// trace lines: sleeping and reading spans in CLOCK_MONOTONIC ns). A 0 size ends it.
int readerWorker(const QStringList& args)
{
    QString err;
    auto s = workerStream(args.value(0), true, false, &err);
    if (!s) { report("X " + err.toUtf8() + '\n'); return 2; }
    report("ready\n"); // the parent starts its clock only now, not during our start-up
    QByteArray buf;
    for (;;) {
        quint64 hdr[4];
        const ssize_t h = s->readFull(hdr, sizeof hdr);
        if (h == 0) return 0;
        if (h != static_cast<ssize_t>(sizeof hdr)) { report("X header\n"); return 4; }
        const quint64 size = hdr[0], count = hdr[1], delayUs = hdr[2], trace = hdr[3];
        if (size == 0) return 0;
        buf.resize(static_cast<qsizetype>(size));
        auto* p = reinterpret_cast<unsigned char*>(buf.data());
        StreamChecksum cs;
        quint64 bytes = 0;
        QByteArray lines;
        for (quint64 k = 0; k < count; ++k) {
            const qint64 t0 = trace ? monoNs() : 0;
            const ssize_t r = s->readFull(p, size);
            if (r != static_cast<ssize_t>(size)) {
                report(QByteArray("X short ") + QByteArray::number(bytes + static_cast<quint64>(std::max<ssize_t>(r, 0))) + '\n');
                return 4;
            }
            cs.add(messageSum(p, size));
            bytes += size;
            if (delayUs > 0) {
                const qint64 t1 = monoNs();
                sleepUs(static_cast<qint64>(delayUs));
                if (trace && k < 5000)
                    lines += "R " + QByteArray::number(t0) + ' ' + QByteArray::number(t1) + "\nS "
                             + QByteArray::number(t1) + ' ' + QByteArray::number(monoNs()) + '\n';
            }
        }
        lines += "D " + QByteArray::number(bytes) + ' ' + QByteArray::number(cs.value) + '\n';
        report(lines);
    }
}

// pipes_echo <channel> <size>: sends every message of `size` bytes straight back (ping-pong).
int echoWorker(const QStringList& args)
{
    QString err;
    auto s = workerStream(args.value(0), true, true, &err);
    if (!s) { report("X " + err.toUtf8() + '\n'); return 2; }
    const qsizetype size = std::max<qsizetype>(1, args.value(1).toLongLong());
    QByteArray buf(size, '\0');
    report("ready\n");
    for (;;) {
        const ssize_t r = s->readFull(buf.data(), static_cast<size_t>(size));
        if (r == 0) return 0;
        if (r != size) return 4;
        if (s->writeAll(buf.constData(), static_cast<size_t>(size)) < 0) return 3;
    }
}

// pipes_hello: the classic exchange. Reads the parent's message until EOF, reports it with its
// own pid, then sends a message back and closes its end.
int helloWorker(const QStringList&)
{
    QByteArray msg;
    char buf[4096];
    for (;;) {
        const ssize_t r = ::read(kIn, buf, sizeof buf);
        if (r == 0) break;
        if (r < 0) { if (errno == EINTR) continue; report("X read " + errnoText(errno).toUtf8() + '\n'); return 2; }
        msg.append(buf, r);
    }
    const QByteArray pid = QByteArray::number(getpid());
    report("L I pid [" + pid + "] received a message => " + msg.trimmed() + '\n');
    report("E " + QByteArray::number(msg.size()) + '\n'); // read() returned 0 after this many bytes
    const QByteArray back = "Hello from pid [" + pid + "]\n";
    const ssize_t w = writeAll(kOut, back.constData(), static_cast<size_t>(back.size()));
    ::close(kOut);
    if (w < 0) report("P " + QByteArray::number(-w) + '\n');
    return 0;
}

// pipes_epipe: writes to the parent until the parent closes its read end; reports EPIPE
// (SIGPIPE is ignored in workers, so write() fails instead of the process dying).
int epipeWorker(const QStringList&)
{
    QByteArray chunk(4096, 'x');
    quint64 sent = 0;
    for (;;) {
        const ssize_t w = writeAll(kOut, chunk.constData(), static_cast<size_t>(chunk.size()));
        if (w < 0) {
            report("P " + QByteArray::number(-w) + ' ' + QByteArray::number(sent) + '\n');
            return -w == EPIPE ? 0 : 2;
        }
        sent += static_cast<quint64>(w);
    }
}
} // namespace

void registerPipesWorkers()
{
    lab::registerWorker(QStringLiteral("pipes_reader"), &readerWorker);
    lab::registerWorker(QStringLiteral("pipes_echo"), &echoWorker);
    lab::registerWorker(QStringLiteral("pipes_hello"), &helloWorker);
    lab::registerWorker(QStringLiteral("pipes_epipe"), &epipeWorker);
}

void ParentChannel::closeChildEnds()
{
    for (int fd : childEnds) ::close(fd);
    childEnds.clear();
}

bool makeChannel(ChannelKind kind, bool forward, bool backward, qint64 pipeSize, ParentChannel* out,
                 QString* error)
{
    out->kind = kind;
    auto fail = [&](const char* what) {
        *error = QStringLiteral("%1: %2").arg(QLatin1String(what), errnoText(errno));
        return false;
    };
    switch (kind) {
    case ChannelKind::Pipe: {
        int f[2] = {-1, -1}, b[2] = {-1, -1};
        if (forward && pipe2(f, O_CLOEXEC) < 0) return fail("pipe2");
        if (backward && pipe2(b, O_CLOEXEC) < 0) {
            const int e = errno;
            if (forward) { ::close(f[0]); ::close(f[1]); }
            errno = e;
            return fail("pipe2");
        }
        for (int fd : {f[1], b[1]}) {
            if (fd < 0) continue;
            if (pipeSize > 0 && fcntl(fd, F_SETPIPE_SZ, static_cast<int>(pipeSize)) < 0) {
                const int e = errno;
                for (int x : {f[0], f[1], b[0], b[1]}) if (x >= 0) ::close(x);
                errno = e;
                return fail("fcntl(F_SETPIPE_SZ)");
            }
        }
        if (forward) { out->fds.push_back({f[0], kIn}); out->childEnds.push_back(f[0]); }
        if (backward) { out->fds.push_back({b[1], kOut}); out->childEnds.push_back(b[1]); }
        out->pipeFd = forward ? f[1] : b[0];
        out->capacity = fcntl(out->pipeFd, F_GETPIPE_SZ);
        out->stream = Stream::fromFds(backward ? b[0] : -1, forward ? f[1] : -1);
        return true;
    }
    case ChannelKind::SocketPair: {
        int sp[2];
        if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sp) < 0) return fail("socketpair");
        int sndbuf = 0;
        socklen_t len = sizeof sndbuf;
        getsockopt(sp[0], SOL_SOCKET, SO_SNDBUF, &sndbuf, &len);
        out->capacity = sndbuf;
        out->fds.push_back({sp[1], kIn});
        out->childEnds.push_back(sp[1]);
        out->stream = Stream::fromFds(sp[0], sp[0]);
        return true;
    }
    case ChannelKind::Shm: {
        const size_t cap = static_cast<size_t>(pipeSize > 0 ? pipeSize : 65536);
        std::shared_ptr<ShmRing> tx, rx;
        if (forward && !(tx = ShmRing::create(cap, error))) return false;
        if (backward && !(rx = ShmRing::create(cap, error))) return false;
        if (tx) out->fds.push_back({tx->fd(), kIn});
        if (rx) out->fds.push_back({rx->fd(), kOut});
        out->capacity = static_cast<qint64>(cap);
        out->stream = Stream::fromRings(rx, tx);
        return true;
    }
    }
    return false;
}

int makeReportPipe(std::vector<lab::ChildProcess::FdMap>* fds, std::vector<int>* childEnds, QString* error)
{
    int p[2];
    if (pipe2(p, O_CLOEXEC) < 0) {
        *error = QStringLiteral("pipe2: %1").arg(errnoText(errno));
        return -1;
    }
    fds->push_back({p[1], kReport});
    childEnds->push_back(p[1]);
    return p[0];
}

} // namespace pipes
