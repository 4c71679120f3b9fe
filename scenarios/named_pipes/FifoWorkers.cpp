// Worker processes of the `named_pipes` scenario. They get the FIFO's path as an argument
// and nothing else about each other. Reports go to fd 5, one line per fact, times in
// CLOCK_MONOTONIC ns.
#include "NamedPipes.h"
#include "pipes/Channel.h"
#include "lab/ChildProcess.h"

#include <QByteArray>
#include <QStringList>

#include <algorithm>
#include <cerrno>
#include <ctime>
#include <fcntl.h>
#include <unistd.h>

namespace named_pipes {

using pipes::monoNs;
using pipes::writeAll;

namespace {
constexpr int kGate = 3, kReady = 4, kReport = 5;

void report(const QByteArray& line) { writeAll(kReport, line.constData(), static_cast<size_t>(line.size())); }
QByteArray num(qint64 v) { return QByteArray::number(v); }

void sleepMs(qint64 ms)
{
    timespec ts{static_cast<time_t>(ms / 1000), static_cast<long>((ms % 1000) * 1000000)};
    while (nanosleep(&ts, &ts) < 0 && errno == EINTR) {}
}

// fifo_writer <path> <messages> <interval_ms>
int writerWorker(const QStringList& args)
{
    const QByteArray path = args.value(0).toLocal8Bit();
    const int messages = args.value(1).toInt();
    const int intervalMs = args.value(2).toInt();
    // 1. Non-blocking open for writing: fails with ENXIO while the FIFO has no reader.
    qint64 t0 = monoNs();
    int fd = ::open(path.constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
    report("N " + num(fd < 0 ? errno : 0) + ' ' + num(t0) + ' ' + num(monoNs()) + '\n');
    if (fd >= 0) ::close(fd);
    // 2. Blocking open: waits until a reader opens the FIFO.
    t0 = monoNs();
    report("B " + num(t0) + '\n');
    do { fd = ::open(path.constData(), O_WRONLY | O_CLOEXEC); } while (fd < 0 && errno == EINTR);
    if (fd < 0) { report("X open " + num(errno) + '\n'); return 2; }
    report("O " + num(t0) + ' ' + num(monoNs()) + '\n');
    const QByteArray pid = num(getpid());
    for (int i = 1; i <= messages; ++i) {
        QByteArray msg = "Hello from pid [" + pid + "]";
        if (messages > 1) msg += " (" + num(i) + '/' + num(messages) + ')';
        const qint64 w0 = monoNs();
        const ssize_t w = writeAll(fd, (msg + '\n').constData(), static_cast<size_t>(msg.size() + 1));
        if (w < 0) { report("P " + num(-w) + '\n'); ::close(fd); return 3; }
        report("W " + num(w0) + ' ' + num(monoNs()) + ' ' + msg + '\n');
        if (i < messages && intervalMs > 0) {
            const qint64 s0 = monoNs();
            sleepMs(intervalMs);
            report("S " + num(s0) + ' ' + num(monoNs()) + '\n');
        }
    }
    ::close(fd);
    report("C " + num(monoNs()) + '\n');
    return 0;
}

// fifo_reader <path>: prints every line it receives, until end of file.
int readerWorker(const QStringList& args)
{
    const QByteArray path = args.value(0).toLocal8Bit();
    qint64 t0 = monoNs();
    int fd;
    do { fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC); } while (fd < 0 && errno == EINTR);
    if (fd < 0) { report("X open " + num(errno) + '\n'); return 2; }
    report("O " + num(t0) + ' ' + num(monoNs()) + '\n');
    const QByteArray pid = num(getpid());
    QByteArray buf;
    qint64 bytes = 0;
    char tmp[4096];
    for (;;) {
        t0 = monoNs();
        const ssize_t r = ::read(fd, tmp, sizeof tmp);
        const qint64 t1 = monoNs();
        if (r < 0) { if (errno == EINTR) continue; report("X read " + num(errno) + '\n'); return 2; }
        report("R " + num(t0) + ' ' + num(t1) + ' ' + num(r) + '\n');
        if (r == 0) break;
        bytes += r;
        buf.append(tmp, r);
        qsizetype nl;
        while ((nl = buf.indexOf('\n')) >= 0) {
            report("L I pid [" + pid + "] received a message => " + buf.left(nl) + '\n');
            buf.remove(0, nl + 1);
        }
    }
    ::close(fd);
    report("E " + num(monoNs()) + ' ' + num(bytes) + '\n');
    return 0;
}

// fifo_rec_writer <path> <id> <size> <count>: opens the FIFO, says so on fd 4, waits for the
// gate (EOF on fd 3), then writes `count` records of `size` bytes, each with one write().
// Record: 0xFF, id, then (id + 1) repeated; 0xFF appears only at a record's start.
int recWriterWorker(const QStringList& args)
{
    const QByteArray path = args.value(0).toLocal8Bit();
    const int id = args.value(1).toInt();
    const qsizetype size = args.value(2).toLongLong();
    const qint64 count = args.value(3).toLongLong();
    int fd;
    do { fd = ::open(path.constData(), O_WRONLY | O_CLOEXEC); } while (fd < 0 && errno == EINTR);
    if (fd < 0) return 2;
    const char one = 1;
    writeAll(kReady, &one, 1);
    ::close(kReady);
    char g;
    for (;;) { // the gate opens (EOF) when the lab closes its end: every writer starts at once
        const ssize_t r = ::read(kGate, &g, 1);
        if (r < 0 && errno == EINTR) continue;
        break;
    }
    QByteArray rec(size, static_cast<char>(id + 1));
    rec[0] = static_cast<char>(0xFF);
    rec[1] = static_cast<char>(id);
    for (qint64 k = 0; k < count; ++k) {
        ssize_t w;
        do { w = ::write(fd, rec.constData(), static_cast<size_t>(size)); } while (w < 0 && errno == EINTR);
        if (w < 0) return 3;
        if (w < size && writeAll(fd, rec.constData() + w, static_cast<size_t>(size - w)) < 0) return 3;
    }
    ::close(fd);
    return 0;
}

bool intact(const unsigned char* r, qsizetype size, int writers)
{
    if (r[0] != 0xFF || r[1] >= writers) return false;
    const unsigned char fill = static_cast<unsigned char>(r[1] + 1);
    for (qsizetype i = 2; i < size; ++i)
        if (r[i] != fill) return false;
    return true;
}

// fifo_rec_reader <path> <size> <writers> <read_size>: cuts the stream into records of `size` bytes and
// counts the torn ones (bytes of more than one write()); reports "P records torn" now and then.
int recReaderWorker(const QStringList& args)
{
    const QByteArray path = args.value(0).toLocal8Bit();
    const qsizetype size = args.value(1).toLongLong();
    const int writers = args.value(2).toInt();
    const qsizetype chunk = std::max<qsizetype>(1, args.value(3).toLongLong());
    int fd;
    do { fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC); } while (fd < 0 && errno == EINTR);
    if (fd < 0) { report("X open " + num(errno) + '\n'); return 2; }
    QByteArray buf;
    buf.reserve(size + chunk);
    QByteArray tmp(chunk, '\0');
    qint64 records = 0, torn = 0, bytes = 0, lastReport = monoNs();
    for (;;) {
        const ssize_t r = ::read(fd, tmp.data(), static_cast<size_t>(tmp.size()));
        if (r < 0) { if (errno == EINTR) continue; report("X read " + num(errno) + '\n'); return 2; }
        if (r == 0) break;
        bytes += r;
        buf.append(tmp.constData(), r);
        qsizetype off = 0;
        for (; off + size <= buf.size(); off += size) {
            ++records;
            if (!intact(reinterpret_cast<const unsigned char*>(buf.constData() + off), size, writers)) ++torn;
        }
        buf.remove(0, off);
        const qint64 now = monoNs();
        if (now - lastReport > 20000000) {
            lastReport = now;
            report("P " + num(records) + ' ' + num(torn) + '\n');
        }
    }
    ::close(fd);
    report("D " + num(records) + ' ' + num(torn) + ' ' + num(bytes) + '\n');
    return 0;
}
} // namespace

void registerNamedPipesWorkers()
{
    lab::registerWorker(QStringLiteral("fifo_writer"), &writerWorker);
    lab::registerWorker(QStringLiteral("fifo_reader"), &readerWorker);
    lab::registerWorker(QStringLiteral("fifo_rec_writer"), &recWriterWorker);
    lab::registerWorker(QStringLiteral("fifo_rec_reader"), &recReaderWorker);
}

} // namespace named_pipes
