#pragma once
// Byte channels between the lab and its worker processes: an anonymous pipe, a Unix
// socketpair, or a shared-memory ring (memfd + mmap, futex-assisted spin/yield waiting).
// All three offer the same stream interface, so the same writer and reader code measures
// them side by side. Plain POSIX + QtCore; used by the parent and by the workers.
#include <QByteArray>
#include <QString>

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <sys/types.h>

namespace pipes {

enum class ChannelKind { Pipe, SocketPair, Shm };
QString channelId(ChannelKind k);                 // "pipe", "socketpair", "shm"
bool channelFromId(const QString& id, ChannelKind* out);

// CLOCK_MONOTONIC (the clock std::chrono::steady_clock uses on Linux), in ns and µs.
qint64 monoNs();
inline qint64 monoUs() { return monoNs() / 1000; }

// write() until all n bytes are written. Returns n, or -errno (EINTR is retried).
ssize_t writeAll(int fd, const void* buf, size_t n);
// read() until n bytes or EOF. Returns the bytes read (< n only at EOF), or -errno.
ssize_t readFull(int fd, void* buf, size_t n);
QString errnoText(int err); // "EPIPE (Broken pipe)"
// /proc/sys/fs/pipe-max-size: the largest F_SETPIPE_SZ an unprivileged process may ask for.
qint64 pipeMaxSize();

// Blocks SIGPIPE in the calling thread, so a write to a pipe without readers returns EPIPE
// instead of killing the process; a SIGPIPE left pending is consumed on destruction.
class SigpipeBlock {
public:
    SigpipeBlock();
    ~SigpipeBlock();
    SigpipeBlock(const SigpipeBlock&) = delete;
    SigpipeBlock& operator=(const SigpipeBlock&) = delete;
private:
    bool m_wasBlocked = false;
};

// The integrity checksum. A message's sum adds its little-endian 64-bit words (the last one
// zero-padded; in each 32-byte block the four words weigh 1, 2, 3, 4, later words 1); the
// stream's checksum is Σ (k+1)·sum_k over messages k, so a lost, repeated or reordered message
// changes it as well as a changed byte. The
// reader computes it from the bytes it received; the writer, which stamps the message index
// into the first bytes of an otherwise fixed buffer, computes the same value in O(1) per message.
quint64 messageSum(const unsigned char* p, size_t n);
struct StreamChecksum {
    quint64 value = 0;
    quint64 messages = 0;
    void add(quint64 msgSum) { value += (messages + 1) * msgSum; ++messages; }
};
// Writer side: fills buf (size n) with a pattern and precomputes what the stamp changes.
class MessagePattern {
public:
    explicit MessagePattern(size_t n);
    // Stamps message index k into the buffer and returns that message's sum.
    quint64 stamp(quint64 k);
    const unsigned char* data() const { return reinterpret_cast<const unsigned char*>(m_buf.constData()); }
    size_t size() const { return static_cast<size_t>(m_buf.size()); }
private:
    QByteArray m_buf;
    quint64 m_restSum = 0; // sum of words 1.. (word 0 is the stamped one)
    quint64 m_word0 = 0;   // pattern bytes of word 0
    quint64 m_mask = 0;    // the bytes of word 0 that the stamp replaces
};

// Called by a stream when it starts/stops waiting (writer: for space; reader: for data).
struct WaitHooks {
    std::function<void()> begin;
    std::function<void()> end;
};

struct RingHeader;

// A single-producer single-consumer byte ring in a memfd shared by two processes.
class ShmRing {
public:
    ~ShmRing();
    // Creates a memfd of the given data capacity (close-on-exec) and maps it.
    static std::shared_ptr<ShmRing> create(size_t capacity, QString* error);
    // Maps a ring created by the other process (worker side).
    static std::shared_ptr<ShmRing> attach(int fd, QString* error);
    int fd() const { return m_fd; }
    size_t capacity() const { return m_capacity; }

    // Writes all bytes; waits for space. Returns n, -EPIPE if the reader closed, -ECANCELED if
    // abort() said so.
    ssize_t write(const void* buf, size_t n, const std::function<bool()>& abort, const WaitHooks* hooks);
    // Reads up to max bytes; waits for data. Returns >0, 0 at EOF (writer closed and empty),
    // -ECANCELED if abort() said so.
    ssize_t read(void* buf, size_t max, const std::function<bool()>& abort, const WaitHooks* hooks);
    void closeWriter();
    void closeReader();
    qint64 inFlight() const;

private:
    ShmRing() = default;
    int m_fd = -1;
    RingHeader* m_h = nullptr;
    unsigned char* m_data = nullptr;
    size_t m_capacity = 0;
    size_t m_mapSize = 0;
};

// One end of a channel as a stream: a descriptor (pipe end or socket) or a pair of rings.
class Stream {
public:
    // Takes ownership of the descriptors (-1 = none; the same fd may be given twice).
    static std::unique_ptr<Stream> fromFds(int readFd, int writeFd);
    static std::unique_ptr<Stream> fromRings(std::shared_ptr<ShmRing> rx, std::shared_ptr<ShmRing> tx);
    virtual ~Stream() = default;

    // What ends a wait early (stop requested, peer died). Descriptor streams only consult it
    // when wait hooks are set (they then write in non-blocking mode and poll).
    void setAbort(std::function<bool()> abort) { m_abort = std::move(abort); }
    void setWaitHooks(const WaitHooks* hooks) { m_hooks = hooks; onHooksChanged(); }

    virtual ssize_t writeAll(const void* buf, size_t n) = 0; // n or -errno
    virtual ssize_t readSome(void* buf, size_t max) = 0;     // >0, 0 EOF, -errno
    ssize_t readFull(void* buf, size_t n);                    // n, fewer at EOF, -errno
    // Bytes written into the channel and not yet read (FIONREAD / SIOCOUTQ / ring indices).
    virtual qint64 inFlight() const = 0;
    virtual void closeWrite() = 0;

protected:
    virtual void onHooksChanged() {}
    std::function<bool()> m_abort;
    const WaitHooks* m_hooks = nullptr;
};

// Reads newline-terminated lines from a descriptor, waking every 20 ms to consult abort().
class LineReader {
public:
    explicit LineReader(int fd) : m_fd(fd) {}
    ~LineReader();
    // Returns false at EOF, on error or when abort() returns true.
    bool next(QByteArray* line, const std::function<bool()>& abort);
    int fd() const { return m_fd; }
private:
    int m_fd;
    QByteArray m_buf;
};

} // namespace pipes
