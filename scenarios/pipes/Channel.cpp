#include "Channel.h"

#include <QFile>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <linux/sockios.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace pipes {

QString channelId(ChannelKind k)
{
    switch (k) {
    case ChannelKind::Pipe: return QStringLiteral("pipe");
    case ChannelKind::SocketPair: return QStringLiteral("socketpair");
    case ChannelKind::Shm: return QStringLiteral("shm");
    }
    return {};
}

bool channelFromId(const QString& id, ChannelKind* out)
{
    for (ChannelKind k : {ChannelKind::Pipe, ChannelKind::SocketPair, ChannelKind::Shm})
        if (channelId(k) == id) { *out = k; return true; }
    return false;
}

qint64 monoNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<qint64>(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
}

ssize_t writeAll(int fd, const void* buf, size_t n)
{
    const char* p = static_cast<const char*>(buf);
    size_t done = 0;
    while (done < n) {
        const ssize_t w = ::write(fd, p + done, n - done);
        if (w < 0) {
            if (errno == EINTR) continue;
            return -errno;
        }
        done += static_cast<size_t>(w);
    }
    return static_cast<ssize_t>(n);
}

ssize_t readFull(int fd, void* buf, size_t n)
{
    char* p = static_cast<char*>(buf);
    size_t done = 0;
    while (done < n) {
        const ssize_t r = ::read(fd, p + done, n - done);
        if (r == 0) break;
        if (r < 0) {
            if (errno == EINTR) continue;
            return -errno;
        }
        done += static_cast<size_t>(r);
    }
    return static_cast<ssize_t>(done);
}

qint64 pipeMaxSize()
{
    QFile f(QStringLiteral("/proc/sys/fs/pipe-max-size"));
    if (!f.open(QIODevice::ReadOnly)) return 1 << 20;
    return f.readAll().trimmed().toLongLong();
}

QString errnoText(int err)
{
    const char* name = strerrorname_np(err);
    return QStringLiteral("%1 (%2)").arg(QString::fromLatin1(name ? name : "?"),
                                         QString::fromLocal8Bit(strerror(err)));
}

// ---------------------------------------------------------------- SIGPIPE
SigpipeBlock::SigpipeBlock()
{
    sigset_t set, old;
    sigemptyset(&set);
    sigaddset(&set, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &set, &old);
    m_wasBlocked = sigismember(&old, SIGPIPE);
}

SigpipeBlock::~SigpipeBlock()
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGPIPE);
    const timespec zero{0, 0};
    while (sigtimedwait(&set, nullptr, &zero) == SIGPIPE) {} // consume what our writes raised
    if (!m_wasBlocked) pthread_sigmask(SIG_UNBLOCK, &set, nullptr);
}

// ---------------------------------------------------------------- checksum
quint64 messageSum(const unsigned char* p, size_t n)
{
    // Four independent accumulators over 32-byte blocks (lane weights 1..4), then the
    // remaining words and the zero-padded tail with weight 1: no multiply per word, so the
    // check runs several times faster than the pipe can copy.
    quint64 s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    size_t i = 0;
    for (; i + 32 <= n; i += 32) {
        quint64 v[4];
        std::memcpy(v, p + i, 32);
        s0 += v[0];
        s1 += v[1];
        s2 += v[2];
        s3 += v[3];
    }
    quint64 s = s0 + 2 * s1 + 3 * s2 + 4 * s3;
    for (; i + 8 <= n; i += 8) {
        quint64 v;
        std::memcpy(&v, p + i, 8);
        s += v;
    }
    if (i < n) {
        quint64 v = 0;
        std::memcpy(&v, p + i, n - i);
        s += v;
    }
    return s;
}

MessagePattern::MessagePattern(size_t n) : m_buf(static_cast<qsizetype>(n), Qt::Uninitialized)
{
    auto* p = reinterpret_cast<unsigned char*>(m_buf.data());
    for (size_t i = 0; i < n; ++i) p[i] = static_cast<unsigned char>((i * 131 + 7) & 0xff);
    const size_t w0 = std::min<size_t>(8, n);
    std::memcpy(&m_word0, p, w0);
    m_mask = w0 == 8 ? ~0ULL : ((1ULL << (8 * w0)) - 1);
    m_restSum = messageSum(p, n) - m_word0; // word 0 always has weight 1
}

quint64 MessagePattern::stamp(quint64 k)
{
    const quint64 w = k & m_mask; // the low bytes of the message index
    std::memcpy(m_buf.data(), &w, std::min<size_t>(8, size()));
    return m_restSum + w;
}

// ---------------------------------------------------------------- streams
namespace {
class FdStream final : public Stream {
public:
    FdStream(int r, int w) : m_r(r), m_w(w) {}
    ~FdStream() override
    {
        if (m_r >= 0) ::close(m_r);
        if (m_w >= 0 && m_w != m_r) ::close(m_w);
    }
    ssize_t writeAll(const void* buf, size_t n) override
    {
        if (!m_hooks) return pipes::writeAll(m_w, buf, n);
        // Observed mode: non-blocking writes; a full channel is a wait we can time and abort.
        const char* p = static_cast<const char*>(buf);
        size_t done = 0;
        while (done < n) {
            const ssize_t w = ::write(m_w, p + done, n - done);
            if (w > 0) { done += static_cast<size_t>(w); continue; }
            if (w < 0 && errno == EINTR) continue;
            if (w < 0 && errno != EAGAIN) return -errno;
            if (m_hooks->begin) m_hooks->begin();
            for (;;) {
                pollfd pf{m_w, POLLOUT, 0};
                const int r = ::poll(&pf, 1, 20);
                if (r > 0) break;
                if (m_abort && m_abort()) { if (m_hooks->end) m_hooks->end(); return -ECANCELED; }
            }
            if (m_hooks->end) m_hooks->end();
        }
        return static_cast<ssize_t>(n);
    }
    ssize_t readSome(void* buf, size_t max) override
    {
        for (;;) {
            const ssize_t r = ::read(m_r, buf, max);
            if (r >= 0) return r;
            if (errno == EINTR) continue;
            return -errno;
        }
    }
    qint64 inFlight() const override
    {
        int n = 0;
        // A pipe answers FIONREAD on either end; a socket reports its unsent queue (SIOCOUTQ).
        if (ioctl(m_w, FIONREAD, &n) == 0 && m_w != m_r) return n;
        if (ioctl(m_w, SIOCOUTQ, &n) == 0) return n;
        return -1;
    }
    void closeWrite() override
    {
        if (m_w < 0) return;
        if (m_w == m_r) { ::shutdown(m_w, SHUT_WR); return; }
        ::close(m_w);
        m_w = -1;
    }

protected:
    void onHooksChanged() override
    {
        const int fl = fcntl(m_w, F_GETFL);
        if (fl >= 0) fcntl(m_w, F_SETFL, m_hooks ? (fl | O_NONBLOCK) : (fl & ~O_NONBLOCK));
    }

private:
    int m_r, m_w;
};

class RingStream final : public Stream {
public:
    RingStream(std::shared_ptr<ShmRing> rx, std::shared_ptr<ShmRing> tx) : m_rx(std::move(rx)), m_tx(std::move(tx)) {}
    ~RingStream() override
    {
        if (m_tx) m_tx->closeWriter();
        if (m_rx) m_rx->closeReader();
    }
    ssize_t writeAll(const void* buf, size_t n) override { return m_tx ? m_tx->write(buf, n, m_abort, m_hooks) : -EBADF; }
    ssize_t readSome(void* buf, size_t max) override { return m_rx ? m_rx->read(buf, max, m_abort, nullptr) : -EBADF; }
    qint64 inFlight() const override { return m_tx ? m_tx->inFlight() : -1; }
    void closeWrite() override { if (m_tx) m_tx->closeWriter(); }
private:
    std::shared_ptr<ShmRing> m_rx, m_tx;
};
} // namespace

std::unique_ptr<Stream> Stream::fromFds(int readFd, int writeFd) { return std::make_unique<FdStream>(readFd, writeFd); }
std::unique_ptr<Stream> Stream::fromRings(std::shared_ptr<ShmRing> rx, std::shared_ptr<ShmRing> tx)
{
    return std::make_unique<RingStream>(std::move(rx), std::move(tx));
}

ssize_t Stream::readFull(void* buf, size_t n)
{
    char* p = static_cast<char*>(buf);
    size_t done = 0;
    while (done < n) {
        const ssize_t r = readSome(p + done, n - done);
        if (r == 0) break;
        if (r < 0) return r;
        done += static_cast<size_t>(r);
    }
    return static_cast<ssize_t>(done);
}

// ---------------------------------------------------------------- lines
LineReader::~LineReader()
{
    if (m_fd >= 0) ::close(m_fd);
}

bool LineReader::next(QByteArray* line, const std::function<bool()>& abort)
{
    for (;;) {
        const qsizetype nl = m_buf.indexOf('\n');
        if (nl >= 0) {
            *line = m_buf.left(nl);
            m_buf.remove(0, nl + 1);
            return true;
        }
        pollfd pf{m_fd, POLLIN, 0};
        const int r = ::poll(&pf, 1, 20);
        if (r < 0 && errno != EINTR) return false;
        if (r > 0) {
            char tmp[4096];
            const ssize_t n = ::read(m_fd, tmp, sizeof tmp);
            if (n == 0) return false;
            if (n < 0) { if (errno == EINTR || errno == EAGAIN) continue; return false; }
            m_buf.append(tmp, n);
            continue;
        }
        if (abort && abort()) return false;
    }
}

} // namespace pipes
