// Trivial worker entry points used to test the child-process helper, and by scenarios that
// only need a child to exist (sleep) or to copy bytes (echo).
#include "ChildProcess.h"

#include <cerrno>
#include <unistd.h>

namespace lab {

namespace {
// echo: copies standard input to standard output until EOF. Exit 0, or 3 on EPIPE.
int echoWorker(const QStringList&)
{
    char buf[65536];
    for (;;) {
        const ssize_t n = ::read(0, buf, sizeof buf);
        if (n == 0) return 0;
        if (n < 0) { if (errno == EINTR) continue; return 2; }
        for (ssize_t off = 0; off < n;) {
            const ssize_t w = ::write(1, buf + off, static_cast<size_t>(n - off));
            if (w < 0) { if (errno == EINTR) continue; return errno == EPIPE ? 3 : 2; }
            off += w;
        }
    }
}

// sleep [seconds]: sleeps (default: until killed).
int sleepWorker(const QStringList& args)
{
    const int s = args.isEmpty() ? 3600 : args.first().toInt();
    for (int i = 0; i < s * 10; ++i) usleep(100000);
    return 0;
}

// exit <code>: exits at once with that code.
int exitWorker(const QStringList& args)
{
    return args.isEmpty() ? 0 : args.first().toInt();
}
} // namespace

void registerBuiltinWorkers()
{
    registerWorker(QStringLiteral("echo"), &echoWorker);
    registerWorker(QStringLiteral("sleep"), &sleepWorker);
    registerWorker(QStringLiteral("exit"), &exitWorker);
}

} // namespace lab
