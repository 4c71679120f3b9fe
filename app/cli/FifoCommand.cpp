// `pplab fifo read PATH`, `pplab fifo write PATH [MESSAGE...]`, `pplab fifo make PATH`:
// two terminals repeat the named-pipe experiment by hand (cat and echo work too).
#include "CliCommands.h"

#include "Cli.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cli {

namespace {
volatile sig_atomic_t g_fifoInterrupted = 0;
extern "C" void onFifoInterrupt(int) { g_fifoInterrupted = 1; }

void fifoUsage(FILE* out)
{
    std::fputs("Usage:\n"
               "  pplab fifo make PATH               create a FIFO (mkfifo) at PATH\n"
               "  pplab fifo read PATH               print what writers send, until end of file\n"
               "  pplab fifo write PATH [MESSAGE...] send MESSAGE (or each line of standard input)\n"
               "\n"
               "`cat PATH` and `echo hello > PATH` work on the same FIFO.\n",
               out);
}

// Ctrl-C interrupts a blocking open/read/write (no SA_RESTART), so we can say why we stop.
void catchInterrupt()
{
    struct sigaction sa{};
    sa.sa_handler = onFifoInterrupt;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
}

// 0 if PATH is a FIFO; otherwise prints why not and returns the exit code.
int checkFifo(const QString& path)
{
    struct stat st;
    const QByteArray p = QFile::encodeName(path);
    if (::stat(p.constData(), &st) < 0) {
        if (errno == ENOENT)
            printError(QStringLiteral("%1 does not exist; create it with `pplab fifo make %1` (or `mkfifo %1`)").arg(path));
        else
            printError(QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(strerror(errno))));
        return RunFailed;
    }
    if (!S_ISFIFO(st.st_mode)) {
        printError(QStringLiteral("%1 exists and is not a FIFO; pplab leaves it untouched").arg(path));
        return RunFailed;
    }
    return Ok;
}

int interrupted()
{
    std::fputs("\npplab: interrupted\n", stderr);
    return 130;
}

int fifoMake(const QString& path)
{
    const QByteArray p = QFile::encodeName(path);
    if (::mkfifo(p.constData(), 0666) < 0) {
        printError(errno == EEXIST ? QStringLiteral("%1 already exists").arg(path)
                                   : QStringLiteral("mkfifo %1: %2").arg(path, QString::fromLocal8Bit(strerror(errno))));
        return RunFailed;
    }
    std::fprintf(stderr, "pplab: made the FIFO %s (remove it with rm when done)\n", p.constData());
    return Ok;
}

int fifoRead(const QString& path)
{
    if (const int rc = checkFifo(path)) return rc;
    catchInterrupt();
    const QByteArray p = QFile::encodeName(path);
    std::fprintf(stderr, "pplab: waiting for a writer on %s (open blocks until one opens it)...\n", p.constData());
    int fd;
    do { fd = ::open(p.constData(), O_RDONLY | O_CLOEXEC); } while (fd < 0 && errno == EINTR && !g_fifoInterrupted);
    if (g_fifoInterrupted) { if (fd >= 0) ::close(fd); return interrupted(); }
    if (fd < 0) { printError(QStringLiteral("open %1: %2").arg(path, QString::fromLocal8Bit(strerror(errno)))); return RunFailed; }
    char buf[4096];
    for (;;) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n == 0) break; // every writer closed: end of file
        if (n < 0) {
            if (errno == EINTR && !g_fifoInterrupted) continue;
            ::close(fd);
            if (g_fifoInterrupted) return interrupted();
            printError(QStringLiteral("read %1: %2").arg(path, QString::fromLocal8Bit(strerror(errno))));
            return RunFailed;
        }
        std::fwrite(buf, 1, static_cast<size_t>(n), stdout);
        std::fflush(stdout);
    }
    ::close(fd);
    std::fputs("pplab: end of file (the last writer closed the FIFO)\n", stderr);
    return Ok;
}

int writeAllTo(int fd, const QByteArray& data, const QString& path)
{
    for (qsizetype off = 0; off < data.size();) {
        const ssize_t w = ::write(fd, data.constData() + off, static_cast<size_t>(data.size() - off));
        if (w < 0) {
            if (errno == EINTR && !g_fifoInterrupted) continue;
            if (g_fifoInterrupted) return interrupted();
            printError(errno == EPIPE ? QStringLiteral("the reader of %1 went away (EPIPE)").arg(path)
                                      : QStringLiteral("write %1: %2").arg(path, QString::fromLocal8Bit(strerror(errno))));
            return RunFailed;
        }
        off += w;
    }
    return Ok;
}

int fifoWrite(const QString& path, const QStringList& words)
{
    if (const int rc = checkFifo(path)) return rc;
    catchInterrupt();
    const QByteArray p = QFile::encodeName(path);
    // Without a reader a non-blocking open fails with ENXIO: then say what we wait for.
    int fd = ::open(p.constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0 && errno == ENXIO) {
        std::fprintf(stderr, "pplab: waiting for a reader on %s (run `pplab fifo read %s` or `cat %s` in another terminal)...\n",
                     p.constData(), p.constData(), p.constData());
        do { fd = ::open(p.constData(), O_WRONLY | O_CLOEXEC); } while (fd < 0 && errno == EINTR && !g_fifoInterrupted);
        if (g_fifoInterrupted) { if (fd >= 0) ::close(fd); return interrupted(); }
    } else if (fd >= 0) {
        fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    }
    if (fd < 0) { printError(QStringLiteral("open %1: %2").arg(path, QString::fromLocal8Bit(strerror(errno)))); return RunFailed; }
    int rc = Ok;
    if (!words.isEmpty()) {
        rc = writeAllTo(fd, words.join(QLatin1Char(' ')).toLocal8Bit() + '\n', path);
    } else {
        // One write() per line: lines of at most PIPE_BUF bytes never mix with other writers'.
        char* line = nullptr;
        size_t cap = 0;
        ssize_t n;
        while (rc == Ok && (n = ::getline(&line, &cap, stdin)) > 0)
            rc = writeAllTo(fd, QByteArray(line, n), path);
        if (rc == Ok && g_fifoInterrupted) rc = interrupted();
        std::free(line);
    }
    ::close(fd);
    return rc;
}
} // namespace

int fifoCommand(const QStringList& args)
{
    // args[0] is the program name; then: make|read|write PATH [MESSAGE...]
    const QString sub = args.value(1);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h") || sub == QLatin1String("help")) {
        fifoUsage(stdout);
        return Ok;
    }
    if (args.size() < 3 || (sub != QLatin1String("make") && sub != QLatin1String("read") && sub != QLatin1String("write"))) {
        printError(sub.isEmpty() || args.size() >= 3 ? QStringLiteral("fifo: expected make, read or write")
                                                      : QStringLiteral("fifo %1: missing PATH").arg(sub));
        fifoUsage(stderr);
        return Usage;
    }
    const QString path = args.value(2);
    if (sub == QLatin1String("make")) return args.size() == 3 ? fifoMake(path) : (fifoUsage(stderr), Usage);
    if (sub == QLatin1String("read")) return args.size() == 3 ? fifoRead(path) : (fifoUsage(stderr), Usage);
    return fifoWrite(path, args.mid(3));
}

} // namespace cli
