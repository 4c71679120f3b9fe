// The shared-memory ring: a single-producer single-consumer byte ring in a memfd mapped by two
// processes. Indices are lock-free atomics in the shared page; a side that must wait spins,
// yields, then sleeps on a futex word of the mapping with a timeout (so it stays stoppable).
#include "Channel.h"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>
#include <ctime>
#include <linux/futex.h>
#include <new>
#include <sched.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace pipes {

// ---------------------------------------------------------------- shared-memory ring
struct RingHeader {
    static constexpr quint64 kMagic = 0x706c61622d72696eULL; // "plab-rin"
    quint64 magic = kMagic;
    quint64 capacity = 0;
    alignas(64) std::atomic<quint64> head{0};      // bytes written (writer stores)
    std::atomic<uint32_t> headSeq{0};              // futex word: bumped on every publish
    std::atomic<uint32_t> writerClosed{0};
    alignas(64) std::atomic<quint64> tail{0};      // bytes read (reader stores)
    std::atomic<uint32_t> tailSeq{0};              // futex word: bumped on every consume
    std::atomic<uint32_t> readerClosed{0};
    alignas(64) std::atomic<uint32_t> readerWaiting{0};
    std::atomic<uint32_t> writerWaiting{0};
};
static_assert(std::atomic<quint64>::is_always_lock_free && std::atomic<uint32_t>::is_always_lock_free);

namespace {
constexpr size_t kHeaderBytes = 4096;
constexpr int kSpins = 256;
constexpr int kYields = 16;

void futexWait(std::atomic<uint32_t>* word, uint32_t expected)
{
    const timespec ts{0, 5 * 1000 * 1000}; // 5 ms: waiting stays stoppable
    syscall(SYS_futex, reinterpret_cast<uint32_t*>(word), FUTEX_WAIT, expected, &ts, nullptr, 0);
}
void futexWake(std::atomic<uint32_t>* word)
{
    syscall(SYS_futex, reinterpret_cast<uint32_t*>(word), FUTEX_WAKE, INT_MAX, nullptr, nullptr, 0);
}
inline void cpuRelax()
{
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#endif
}

// Spin, then yield, then sleep on the futex word (timed) until ready() holds. Returns false
// if abort() asked to give up.
template <typename Ready>
bool waitUntil(Ready ready, std::atomic<uint32_t>& seqWord, std::atomic<uint32_t>& waitingFlag,
               const std::function<bool()>& abort, const WaitHooks* hooks)
{
    for (int i = 0; i < kSpins; ++i) {
        if (ready()) return true;
        cpuRelax();
    }
    if (hooks && hooks->begin) hooks->begin();
    bool ok = true;
    for (int i = 0;; ++i) {
        if (ready()) break;
        if (i < kYields) { sched_yield(); continue; }
        const uint32_t seq = seqWord.load(std::memory_order_seq_cst);
        waitingFlag.store(1, std::memory_order_seq_cst);
        if (!ready()) futexWait(&seqWord, seq);
        waitingFlag.store(0, std::memory_order_seq_cst);
        if (abort && abort()) { ok = false; break; }
    }
    if (hooks && hooks->end) hooks->end();
    return ok;
}
} // namespace

ShmRing::~ShmRing()
{
    if (m_h) munmap(m_h, m_mapSize);
    if (m_fd >= 0) ::close(m_fd);
}

std::shared_ptr<ShmRing> ShmRing::create(size_t capacity, QString* error)
{
    const int fd = memfd_create("pplab-ring", MFD_CLOEXEC);
    if (fd < 0) { if (error) *error = QStringLiteral("memfd_create: %1").arg(errnoText(errno)); return nullptr; }
    if (ftruncate(fd, static_cast<off_t>(kHeaderBytes + capacity)) < 0) {
        if (error) *error = QStringLiteral("ftruncate: %1").arg(errnoText(errno));
        ::close(fd);
        return nullptr;
    }
    void* p = mmap(nullptr, kHeaderBytes + capacity, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    if (p == MAP_FAILED) {
        if (error) *error = QStringLiteral("mmap: %1").arg(errnoText(errno));
        ::close(fd);
        return nullptr;
    }
    std::shared_ptr<ShmRing> r(new ShmRing);
    r->m_fd = fd;
    r->m_mapSize = kHeaderBytes + capacity;
    r->m_h = new (p) RingHeader;
    r->m_h->capacity = capacity;
    r->m_data = static_cast<unsigned char*>(p) + kHeaderBytes;
    r->m_capacity = capacity;
    return r;
}

std::shared_ptr<ShmRing> ShmRing::attach(int fd, QString* error)
{
    const off_t size = lseek(fd, 0, SEEK_END);
    if (size < static_cast<off_t>(kHeaderBytes)) {
        if (error) *error = QStringLiteral("not a ring (size %1)").arg(size);
        return nullptr;
    }
    void* p = mmap(nullptr, static_cast<size_t>(size), PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    if (p == MAP_FAILED) { if (error) *error = QStringLiteral("mmap: %1").arg(errnoText(errno)); return nullptr; }
    auto* h = static_cast<RingHeader*>(p);
    if (h->magic != RingHeader::kMagic || h->capacity + kHeaderBytes != static_cast<quint64>(size)) {
        munmap(p, static_cast<size_t>(size));
        if (error) *error = QStringLiteral("bad ring header");
        return nullptr;
    }
    std::shared_ptr<ShmRing> r(new ShmRing);
    r->m_fd = fd;
    r->m_mapSize = static_cast<size_t>(size);
    r->m_h = h;
    r->m_data = static_cast<unsigned char*>(p) + kHeaderBytes;
    r->m_capacity = h->capacity;
    return r;
}

ssize_t ShmRing::write(const void* buf, size_t n, const std::function<bool()>& abort, const WaitHooks* hooks)
{
    const auto* p = static_cast<const unsigned char*>(buf);
    quint64 head = m_h->head.load(std::memory_order_relaxed);
    size_t done = 0;
    while (done < n) {
        if (m_h->readerClosed.load(std::memory_order_acquire)) return -EPIPE;
        size_t space = m_capacity - static_cast<size_t>(head - m_h->tail.load(std::memory_order_acquire));
        if (space == 0) {
            auto ready = [&] {
                return m_h->readerClosed.load(std::memory_order_seq_cst)
                       || head - m_h->tail.load(std::memory_order_seq_cst) < m_capacity;
            };
            if (!waitUntil(ready, m_h->tailSeq, m_h->writerWaiting, abort, hooks)) return -ECANCELED;
            continue;
        }
        const size_t k = std::min(n - done, space);
        const size_t off = static_cast<size_t>(head % m_capacity);
        const size_t first = std::min(k, m_capacity - off);
        std::memcpy(m_data + off, p + done, first);
        if (k > first) std::memcpy(m_data, p + done + first, k - first);
        head += k;
        done += k;
        m_h->head.store(head, std::memory_order_seq_cst);
        m_h->headSeq.fetch_add(1, std::memory_order_seq_cst);
        if (m_h->readerWaiting.load(std::memory_order_seq_cst)) futexWake(&m_h->headSeq);
    }
    return static_cast<ssize_t>(n);
}

ssize_t ShmRing::read(void* buf, size_t max, const std::function<bool()>& abort, const WaitHooks* hooks)
{
    auto* p = static_cast<unsigned char*>(buf);
    const quint64 tail = m_h->tail.load(std::memory_order_relaxed);
    for (;;) {
        const quint64 head = m_h->head.load(std::memory_order_acquire);
        if (head != tail) {
            const size_t k = std::min(max, static_cast<size_t>(head - tail));
            const size_t off = static_cast<size_t>(tail % m_capacity);
            const size_t first = std::min(k, m_capacity - off);
            std::memcpy(p, m_data + off, first);
            if (k > first) std::memcpy(p + first, m_data, k - first);
            m_h->tail.store(tail + k, std::memory_order_seq_cst);
            m_h->tailSeq.fetch_add(1, std::memory_order_seq_cst);
            if (m_h->writerWaiting.load(std::memory_order_seq_cst)) futexWake(&m_h->tailSeq);
            return static_cast<ssize_t>(k);
        }
        if (m_h->writerClosed.load(std::memory_order_acquire)) {
            if (m_h->head.load(std::memory_order_acquire) == tail) return 0;
            continue;
        }
        auto ready = [&] {
            return m_h->writerClosed.load(std::memory_order_seq_cst)
                   || m_h->head.load(std::memory_order_seq_cst) != tail;
        };
        if (!waitUntil(ready, m_h->headSeq, m_h->readerWaiting, abort, hooks)) return -ECANCELED;
    }
}

void ShmRing::closeWriter()
{
    m_h->writerClosed.store(1, std::memory_order_seq_cst);
    m_h->headSeq.fetch_add(1, std::memory_order_seq_cst);
    futexWake(&m_h->headSeq);
}

void ShmRing::closeReader()
{
    m_h->readerClosed.store(1, std::memory_order_seq_cst);
    m_h->tailSeq.fetch_add(1, std::memory_order_seq_cst);
    futexWake(&m_h->tailSeq);
}

qint64 ShmRing::inFlight() const
{
    return static_cast<qint64>(m_h->head.load(std::memory_order_relaxed) - m_h->tail.load(std::memory_order_relaxed));
}

} // namespace pipes
