#include "FifoRun.h"

#include "pipes/Channel.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <climits>
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

namespace named_pipes {

using pipes::errnoText;
using pipes::monoNs;

namespace {
QString sizeLabel(qint64 b)
{
    if (b >= 1024 && b % 1024 == 0) return QStringLiteral("%1 KiB").arg(b >> 10);
    return QStringLiteral("%1 B").arg(b);
}
} // namespace

FifoRun::Child::~Child()
{
    if (report >= 0) ::close(report);
}

FifoRun::FifoRun(lab::RunContext& ctx) : m_ctx(ctx), m_rec(ctx.recorder())
{
    m_offsetUs = monoNs() / 1000 - m_rec.nowUs();
}

FifoRun::~FifoRun()
{
    removeFifo(); // on every way out: finished, stopped or failed
}

void FifoRun::removeFifo()
{
    if (!m_created || m_removed) return;
    m_ctx.killChildren(); // nobody may still hold it open while we remove it
    const QByteArray p = QFile::encodeName(m_path);
    m_removed = ::unlink(p.constData()) == 0 || errno == ENOENT;
    struct stat st;
    const bool gone = ::lstat(p.constData(), &st) < 0;
    m_rec.setSummary(QStringLiteral("fifo_removed"), m_removed && gone ? 1 : 0);
    m_rec.log(gone ? tr("removed the FIFO %1").arg(m_path) : tr("could not remove the FIFO %1").arg(m_path));
}

bool FifoRun::preparePath()
{
    QString path = m_ctx.params().text(QStringLiteral("path")).trimmed();
    if (path.isEmpty()) {
        const QString dir = m_ctx.tempDir();
        if (dir.isEmpty()) return false; // tempDir() failed the run
        path = dir + QStringLiteral("/fifo");
    } else {
        path = QFileInfo(path).absoluteFilePath();
    }
    m_path = path;
    const QByteArray p = QFile::encodeName(path);
    struct stat st;
    if (::lstat(p.constData(), &st) == 0) {
        if (!S_ISFIFO(st.st_mode)) {
            m_ctx.fail(tr("path: %1 exists and is not a FIFO; pplab leaves it untouched").arg(path));
            return false;
        }
        m_rec.log(tr("using the existing FIFO %1 (pplab did not make it, so it stays after the run)").arg(path));
        m_rec.setSummary(QStringLiteral("fifo_removed"), 0);
    } else {
        if (::mkfifo(p.constData(), 0600) < 0) {
            m_ctx.fail(tr("path: mkfifo(%1) failed: %2").arg(path, errnoText(errno)));
            return false;
        }
        m_created = true;
        m_rec.log(tr("mkfifo(\"%1\", 0600): a FIFO is a file name for a pipe; it holds no data on disk").arg(path));
    }
    const long pipeBuf = ::pathconf(p.constData(), _PC_PIPE_BUF);
    m_rec.setSummary(QStringLiteral("pipe_buf"), static_cast<qint64>(pipeBuf));
    return true;
}

void FifoRun::run()
{
    m_lane = m_rec.lane(tr("lab pid %1").arg(getpid()));
    if (!preparePath()) return;
    pipes::SigpipeBlock noSigpipe;
    const QString mode = m_ctx.params().text(QStringLiteral("mode"));
    m_rec.setSummary(QStringLiteral("messages"), 0);
    if (mode != QLatin1String("atomicity")) {
        if (!exchange()) return;
        m_ctx.setProgress(mode == QLatin1String("all") ? 0.3 : 1.0);
    }
    if (mode != QLatin1String("exchange") && !atomicity()) return;
    m_ctx.setProgress(1.0);
    removeFifo();
}

std::unique_ptr<FifoRun::Child> FifoRun::spawn(const QString& worker, const QStringList& args,
                                                std::vector<lab::ChildProcess::FdMap> fds, const QString& role)
{
    int rp[2];
    if (pipe2(rp, O_CLOEXEC) < 0) { m_ctx.fail(tr("pipe2: %1").arg(errnoText(errno))); return nullptr; }
    fds.push_back({rp[1], 5});
    auto c = std::make_unique<Child>();
    c->report = rp[0];
    QString err;
    c->proc = m_ctx.spawnChild(worker, args, fds, &err);
    ::close(rp[1]);
    if (!c->proc) {
        if (!m_ctx.stopRequested()) m_ctx.fail(tr("cannot start the child process: %1").arg(err));
        return nullptr;
    }
    if (!role.isEmpty()) c->lane = m_rec.lane(tr("%1 pid %2").arg(role).arg(c->proc->pid()));
    return c;
}

bool FifoRun::pump(const std::function<std::vector<Child*>()>& children,
                   const std::function<bool(Child*, const QByteArray&)>& handle)
{
    for (;;) {
        std::vector<pollfd> pfs;
        std::vector<Child*> open;
        for (Child* c : children())
            if (!c->eof) { pfs.push_back({c->report, POLLIN, 0}); open.push_back(c); }
        if (open.empty()) return true;
        const int r = ::poll(pfs.data(), pfs.size(), 20);
        if (m_ctx.stopRequested()) return false;
        if (r <= 0) continue;
        for (size_t i = 0; i < pfs.size(); ++i) {
            if (!pfs[i].revents) continue;
            Child* c = open[i];
            char tmp[4096];
            const ssize_t n = ::read(c->report, tmp, sizeof tmp);
            if (n <= 0) {
                if (n < 0 && errno == EINTR) continue;
                c->eof = true;
                if (!handle(c, QByteArray())) return false; // an empty line: this child's end
                continue;
            }
            c->buf.append(tmp, n);
            qsizetype nl;
            while ((nl = c->buf.indexOf('\n')) >= 0) {
                const QByteArray line = c->buf.left(nl);
                c->buf.remove(0, nl + 1);
                if (!handle(c, line)) return false;
            }
        }
    }
}

// ------------------------------------------------------------------ writer and reader
void FifoRun::failEarly(Child* c)
{
    const QString how = c->proc->termSignal() ? tr("killed by signal %1").arg(c->proc->termSignal())
                                              : tr("exit code %1").arg(c->proc->exitCode());
    m_ctx.fail(tr("the child pid %1 ended early (%2)").arg(c->proc->pid()).arg(how));
}

bool FifoRun::exchange()
{
    const lab::Params& p = m_ctx.params();
    auto writer = spawn(QStringLiteral("fifo_writer"),
                        {m_path, QString::number(p.integer(QStringLiteral("messages"))),
                         QString::number(p.integer(QStringLiteral("interval_ms")))}, {}, tr("writer"));
    if (!writer) return false;
    m_rec.log(tr("started the writer, pid %1; it knows only the path %2").arg(writer->proc->pid()).arg(m_path));
    std::unique_ptr<Child> reader;
    const auto delay = std::chrono::milliseconds(p.integer(QStringLiteral("reader_delay_ms")));
    auto onLine = [&](Child* c, const QByteArray& line) -> bool {
        if (line.isEmpty()) return childEnded(c); // a child closed its report pipe
        const bool isWriter = c == writer.get();
        if (line[0] == 'X') {
            const QList<QByteArray> f = line.split(' ');
            m_ctx.fail(tr("%1 pid %2: %3 failed: %4").arg(isWriter ? tr("writer") : tr("reader")).arg(c->proc->pid())
                           .arg(QString::fromUtf8(f.value(1)), errnoText(f.value(2).toInt())));
            return false;
        }
        return isWriter ? writerLine(c, line, delay, &reader) : readerLine(c, line);
    };
    const qint64 t0 = m_rec.nowUs();
    auto children = [&] {
        std::vector<Child*> v{writer.get()};
        if (reader) v.push_back(reader.get());
        return v;
    };
    if (!pump(children, onLine)) return false;
    if (!reader) { // the writer ended before it waited for a reader
        writer->proc->wait(200);
        m_ctx.fail(tr("the writer pid %1 ended early").arg(writer->proc->pid()));
        return false;
    }
    return finishExchange(*writer, *reader, t0);
}

bool FifoRun::childEnded(Child* c)
{
    c->proc->wait(1000);
    if (c->proc->exitCode() == 0 || m_ctx.stopRequested()) return true;
    failEarly(c);
    return false;
}

bool FifoRun::writerLine(Child* c, const QByteArray& line, std::chrono::milliseconds delay, std::unique_ptr<Child>* reader)
{
    const QList<QByteArray> f = line.split(' ');
    const qint64 a = f.value(1).toLongLong(), b = f.value(2).toLongLong();
    const qint64 pid = c->proc->pid();
    switch (line[0]) {
    case 'N':
        m_rec.span(c->lane, a == 0 ? lab::SpanState::Running : lab::SpanState::Failed, recUs(b), recUs(f.value(3).toLongLong()),
                   QStringLiteral("open(O_NONBLOCK)"));
        m_rec.log(a == ENXIO ? tr("writer pid %1: open(path, O_WRONLY | O_NONBLOCK) failed with %2: no process has "
                                  "the FIFO open for reading yet").arg(pid).arg(errnoText(ENXIO))
                             : tr("writer pid %1: open(O_WRONLY | O_NONBLOCK) returned %2").arg(pid).arg(a ? errnoText(static_cast<int>(a)) : tr("a descriptor")));
        return true;
    case 'B': // the writer is about to block in open(): start the reader after the delay
        m_rec.log(tr("writer pid %1: open(path, O_WRONLY) blocks until a reader opens the FIFO").arg(pid));
        return startReaderAfter(c, delay, reader);
    case 'O':
        m_rec.span(c->lane, lab::SpanState::Blocked, recUs(a), recUs(b), tr("open() waits for a reader"));
        m_rec.setSummary(QStringLiteral("open_wait_ms"), static_cast<double>(b - a) / 1e6);
        m_rec.log(tr("writer pid %1: open() returned after %2 ms, when the reader opened the FIFO")
                      .arg(pid).arg(static_cast<double>(b - a) / 1e6, 0, 'f', 1));
        return true;
    case 'W':
        m_rec.span(c->lane, lab::SpanState::Running, recUs(a), recUs(b), tr("write"));
        m_rec.log(tr("writer pid %1 wrote: %2").arg(pid).arg(QString::fromUtf8(line.mid(line.indexOf(' ', line.indexOf(' ', 2) + 1) + 1))));
        return true;
    case 'S': m_rec.span(c->lane, lab::SpanState::Sleeping, recUs(a), recUs(b)); return true;
    case 'C': m_rec.log(tr("writer pid %1 closed the FIFO and exits").arg(pid)); return true;
    case 'P': m_rec.log(tr("writer pid %1: write() failed with %2").arg(pid).arg(errnoText(static_cast<int>(a)))); return true;
    }
    return true;
}

bool FifoRun::startReaderAfter(Child* writer, std::chrono::milliseconds delay, std::unique_ptr<Child>* reader)
{
    for (auto until = std::chrono::steady_clock::now() + delay;;) { // watching the writer
        if (writer->proc->wait(0)) { failEarly(writer); return false; } // no reader for a dead writer
        const auto left = until - std::chrono::steady_clock::now();
        if (left <= std::chrono::nanoseconds::zero()) break;
        if (!m_ctx.sleepFor(std::min<std::chrono::nanoseconds>(left, std::chrono::milliseconds(20)))) return false;
    }
    *reader = spawn(QStringLiteral("fifo_reader"), {m_path}, {}, tr("reader"));
    if (!*reader) return false;
    m_rec.log(tr("started the reader, pid %1; it knows only the path %2").arg((*reader)->proc->pid()).arg(m_path));
    return true;
}

bool FifoRun::readerLine(Child* c, const QByteArray& line)
{
    const QList<QByteArray> f = line.split(' ');
    const qint64 a = f.value(1).toLongLong(), b = f.value(2).toLongLong();
    switch (line[0]) {
    case 'O': m_rec.span(c->lane, lab::SpanState::Blocked, recUs(a), recUs(b), tr("open()")); return true;
    case 'R':
        m_rec.span(c->lane, b - a > 100000 ? lab::SpanState::Blocked : lab::SpanState::Running, recUs(a), recUs(b),
                   f.value(3) == "0" ? tr("read() → 0 (EOF)") : tr("read()"));
        return true;
    case 'L':
        m_rec.log(QString::fromUtf8(line.mid(2)));
        m_rec.setSummary(QStringLiteral("messages"), static_cast<double>(++m_messages));
        return true;
    case 'E':
        m_rec.log(tr("reader pid %1: read() returned 0 (end of file) after %2 bytes: the last writer closed the FIFO")
                      .arg(c->proc->pid()).arg(b));
        return true;
    }
    return true;
}

bool FifoRun::finishExchange(Child& writer, Child& reader, qint64 t0)
{
    writer.proc->wait(2000);
    reader.proc->wait(2000);
    m_rec.span(m_lane, lab::SpanState::Idle, t0, m_rec.nowUs(), tr("watching"));
    if (writer.proc->exitCode() != 0 || reader.proc->exitCode() != 0) {
        if (m_ctx.stopRequested()) return false;
        m_ctx.fail(tr("a child process failed (writer: exit %1, signal %2; reader: exit %3, signal %4)")
                       .arg(writer.proc->exitCode()).arg(writer.proc->termSignal())
                       .arg(reader.proc->exitCode()).arg(reader.proc->termSignal()));
        return false;
    }
    return !m_ctx.stopRequested();
}

// ------------------------------------------------------------------ atomicity
struct FifoRun::AtomicityRun {
    int writers = 0;
    qint64 records = 0;
    qint64 readSize = 0;
    std::vector<qint64> sizes;
    int series = -1, wlane = -1, rlane = -1;
    qint64 tornBefore = 0, messagesBefore = 0;
};

bool FifoRun::atomicity()
{
    const lab::Params& p = m_ctx.params();
    AtomicityRun r;
    r.writers = static_cast<int>(p.integer(QStringLiteral("writers")));
    r.records = p.integer(QStringLiteral("records"));
    r.readSize = p.integer(QStringLiteral("read_size"));
    if (p.integer(QStringLiteral("record_size")) > 0) r.sizes = {p.integer(QStringLiteral("record_size"))};
    else r.sizes = {1024, 4096, 8192, 65536};
    for (qint64& s : r.sizes) s = std::max<qint64>(s, 8);
    QStringList cats;
    for (qint64 s : r.sizes) cats << (s == PIPE_BUF ? tr("%1 (PIPE_BUF)").arg(sizeLabel(s)) : sizeLabel(s));
    m_rec.setCategories(QStringLiteral("torn"), cats);
    r.series = m_rec.series(QStringLiteral("torn"), tr("torn records"), QStringLiteral("torn"));
    r.wlane = m_rec.lane(tr("%1 writers").arg(r.writers));
    r.rlane = m_rec.lane(tr("record reader"));
    r.messagesBefore = m_messages;
    for (size_t i = 0; i < r.sizes.size(); ++i)
        if (!atomicityRound(r, i)) return false;
    return !m_ctx.stopRequested();
}

// One record size: a record reader, then the writers, started together, then the count.
bool FifoRun::atomicityRound(AtomicityRun& r, size_t i)
{
    const qint64 size = r.sizes[i];
    m_rec.sample(r.series, static_cast<double>(i), 0);
    auto reader = spawn(QStringLiteral("fifo_rec_reader"), {m_path, QString::number(size), QString::number(r.writers),
                         QString::number(r.readSize)}, {},
                        QString());
    if (!reader) return false;
    std::vector<std::unique_ptr<Child>> ws;
    qint64 t0 = 0;
    if (!startRecordWriters(r, size, reader.get(), &ws, &t0)) return false;
    m_rec.log(tr("%1 writers (separate processes) each write %2 records of %3 bytes into the FIFO at once")
                  .arg(r.writers).arg(r.records).arg(size));
    qint64 got = 0, torn = 0;
    bool done = false;
    const bool ok = pump([&] { return std::vector<Child*>{reader.get()}; }, [&](Child*, const QByteArray& line) {
        const QList<QByteArray> f = line.split(' ');
        if (line.startsWith("X ")) { m_ctx.fail(tr("record reader: %1").arg(QString::fromUtf8(line))); return false; }
        if (!line.startsWith("P ") && !line.startsWith("D ")) return true;
        got = f.value(1).toLongLong();
        torn = f.value(2).toLongLong();
        done = line[0] == 'D';
        m_rec.sample(r.series, static_cast<double>(i), static_cast<double>(torn));
        m_rec.setSummary(QStringLiteral("torn_records"), static_cast<double>(r.tornBefore + torn));
        m_messages = r.messagesBefore + got;
        m_rec.setSummary(QStringLiteral("messages"), static_cast<double>(m_messages));
        return true;
    });
    if (!ok || m_ctx.stopRequested()) return false;
    if (!done) { m_ctx.fail(tr("the record reader pid %1 ended without a result").arg(reader->proc->pid())); return false; }
    const qint64 t1 = m_rec.nowUs();
    m_rec.span(r.wlane, lab::SpanState::Running, t0, t1, sizeLabel(size));
    m_rec.span(r.rlane, lab::SpanState::Running, t0, t1, tr("pid %1: %2 torn").arg(reader->proc->pid()).arg(torn));
    m_rec.span(m_lane, lab::SpanState::Idle, t0, t1, tr("counting"));
    r.tornBefore += torn;
    r.messagesBefore = m_messages;
    m_torn = r.tornBefore;
    const qint64 expected = r.writers * r.records;
    m_rec.log(tr("%1-byte records: %2 of %3 arrived torn (%4%)%5")
                  .arg(size).arg(torn).arg(got).arg(got ? 100.0 * static_cast<double>(torn) / static_cast<double>(got) : 0.0, 0, 'f', 1)
                  .arg(size <= PIPE_BUF ? tr(" — at most PIPE_BUF bytes: each write() is atomic")
                                        : tr(" — more than PIPE_BUF bytes: writes may interleave")));
    if (got != expected) m_rec.log(tr("note: expected %1 records, the reader cut %2").arg(expected).arg(got));
    for (auto& c : ws) c->proc->wait(2000);
    reader->proc->wait(2000);
    m_ctx.setProgress(0.3 + 0.7 * static_cast<double>(i + 1) / static_cast<double>(r.sizes.size()));
    return true;
}

// Starts the writers, waits until each has opened the FIFO, then lets them all write at once
// (*t0: that moment). False (with the reason) if one of them could not get there.
bool FifoRun::startRecordWriters(AtomicityRun& r, qint64 size, Child* reader, std::vector<std::unique_ptr<Child>>* ws, qint64* t0)
{
    const int writers = r.writers;
    int gate[2], ready[2];
    if (pipe2(gate, O_CLOEXEC) < 0 || pipe2(ready, O_CLOEXEC) < 0) { m_ctx.fail(tr("pipe2: %1").arg(errnoText(errno))); return false; }
    for (int w = 0; w < writers && !m_ctx.stopRequested(); ++w) {
        auto c = spawn(QStringLiteral("fifo_rec_writer"),
                       {m_path, QString::number(w), QString::number(size), QString::number(r.records)},
                       {{gate[0], 3}, {ready[1], 4}}, QString());
        if (!c) break;
        ws->push_back(std::move(c));
    }
    ::close(gate[0]);
    ::close(ready[1]);
    int opened = 0;
    while (opened < writers && static_cast<int>(ws->size()) == writers && !m_ctx.stopRequested()) {
        pollfd pf{ready[0], POLLIN, 0};
        if (::poll(&pf, 1, 20) <= 0) {
            if (reader->proc->wait(0)) break; // without the reader the writers never open
            continue;
        }
        char b[16];
        const ssize_t n = ::read(ready[0], b, sizeof b);
        if (n <= 0) break; // a writer died before opening
        opened += static_cast<int>(n);
    }
    ::close(ready[0]);
    *t0 = m_rec.nowUs();
    ::close(gate[1]); // go: every writer is between open() and its first write()
    if (m_ctx.stopRequested()) return false;
    if (opened < writers) {
        if (reader->proc->wait(0)) failEarly(reader);
        else m_ctx.fail(tr("a writer process ended before opening the FIFO"));
        return false;
    }
    return true;
}

} // namespace named_pipes
