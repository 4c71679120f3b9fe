#include "Procs.h"

#include <QList>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace gil {

ProcGroup::ProcGroup(Env& env, std::vector<int> lanes)
    : m_env(env), m_lanes(std::move(lanes)), m_offsetUs(monoNs() / 1000 - env.rec.nowUs())
{
}

ProcGroup::~ProcGroup()
{
    killAll();
    if (m_goWrite >= 0) ::close(m_goWrite);
}

bool ProcGroup::spawn(int n, qint64 ticks, qint64 durationMs)
{
    int go[2]; // a socketpair, so that the go bytes can be sent without SIGPIPE if every child died
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, go) < 0) {
        m_env.ctx.fail(tr("processes: socketpair: %1").arg(QString::fromLocal8Bit(strerror(errno))));
        return false;
    }
    m_goWrite = go[1];
    m_kids.reserve(static_cast<size_t>(n));
    bool ok = true;
    for (int i = 0; i < n && ok; ++i) {
        int rep[2];
        if (pipe2(rep, O_CLOEXEC) < 0) {
            m_env.ctx.fail(tr("processes: pipe2: %1").arg(QString::fromLocal8Bit(strerror(errno))));
            ok = false;
            break;
        }
        QString err;
        const QStringList args{QString::number(ticks), QString::number(durationMs),
                               QString::number(m_env.intervalMs, 'g', 17), QString::number(i)};
        auto proc = m_env.ctx.spawnChild(QStringLiteral("gil_worker"), args, {{rep[1], 3}, {go[0], 4}}, &err);
        ::close(rep[1]); // the child's end: only the child may hold it, or EOF never comes
        if (!proc) {
            ::close(rep[0]);
            if (!m_env.ctx.stopRequested()) m_env.ctx.fail(tr("processes: cannot start worker %1: %2").arg(i + 1).arg(err));
            ok = false;
            break;
        }
        Kid k;
        k.proc = proc;
        k.fd = rep[0];
        k.lane = i < static_cast<int>(m_lanes.size()) ? m_lanes[static_cast<size_t>(i)] : -1;
        k.label = tr("P%1 (pid %2) holds its own process's GIL and runs ticks").arg(i + 1).arg(proc->pid());
        m_kids.push_back(std::move(k));
    }
    ::close(go[0]);
    return ok;
}

bool ProcGroup::waitReady()
{
    const qint64 limit = monoNs() + 30'000'000'000LL; // start-up of a (sanitized) binary is slow, not that slow
    for (;;) {
        if (std::all_of(m_kids.begin(), m_kids.end(), [](const Kid& k) { return k.ready; })) return true;
        if (m_env.ctx.stopRequested()) return false;
        if (!pump(50) || monoNs() > limit) {
            if (!m_env.ctx.stopRequested())
                m_env.ctx.fail(tr("processes: a worker process ended or did not start within 30 s"));
            return false;
        }
    }
}

void ProcGroup::go()
{
    m_goNs = monoNs();
    const QByteArray bytes(static_cast<qsizetype>(m_kids.size()), 'g');
    qsizetype off = 0;
    while (off < bytes.size()) {
        const ssize_t w = ::send(m_goWrite, bytes.constData() + off, static_cast<size_t>(bytes.size() - off), MSG_NOSIGNAL);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) break; // every child died: pump() will see it
        off += w;
    }
    ::close(m_goWrite);
    m_goWrite = -1;
}

bool ProcGroup::pump(int timeoutMs)
{
    std::vector<pollfd> fds;
    std::vector<Kid*> who;
    for (Kid& k : m_kids)
        if (!k.ended) {
            fds.push_back({k.fd, POLLIN, 0});
            who.push_back(&k);
        }
    if (fds.empty()) return false;
    const int r = ::poll(fds.data(), fds.size(), timeoutMs);
    if (r < 0 && errno != EINTR) return false;
    for (size_t i = 0; r > 0 && i < fds.size(); ++i)
        if (fds[i].revents & (POLLIN | POLLHUP | POLLERR)) readFrom(*who[i]);
    return std::any_of(m_kids.begin(), m_kids.end(), [](const Kid& k) { return !k.ended; });
}

void ProcGroup::readFrom(Kid& k)
{
    char buf[4096];
    ssize_t n;
    do { n = ::read(k.fd, buf, sizeof buf); } while (n < 0 && errno == EINTR);
    if (n <= 0) {
        ::close(k.fd);
        k.fd = -1;
        k.ended = true;
        return;
    }
    k.buf.append(buf, n);
    qsizetype nl;
    while ((nl = k.buf.indexOf('\n')) >= 0) {
        line(k, k.buf.left(nl));
        k.buf.remove(0, nl + 1);
    }
}

void ProcGroup::line(Kid& k, const QByteArray& l)
{
    const QList<QByteArray> f = l.split(' ');
    if (f.isEmpty()) return;
    const bool spans = m_env.live && k.lane >= 0;
    if (f[0] == "R") {
        k.ready = true;
    } else if (f[0] == "B" && f.size() >= 2) {
        k.beginNs = f[1].toLongLong();
        k.lastUs = recUs(k.beginNs);
    } else if ((f[0] == "P" && f.size() >= 3) || (f[0] == "D" && f.size() >= 4)) {
        const bool done = f[0] == "D";
        k.ticks = f[1].toLongLong();
        const qint64 ns = f[done ? 3 : 2].toLongLong();
        if (done) {
            k.x = f[2].toULongLong();
            k.endNs = ns;
            k.cpuNs = f.size() >= 5 ? f[4].toLongLong() : 0;
            k.done = true;
        }
        if (spans && k.lastUs >= 0 && recUs(ns) > k.lastUs) {
            m_env.rec.span(k.lane, lab::SpanState::Holding, k.lastUs, recUs(ns), k.label);
            k.lastUs = recUs(ns);
        }
    }
}

void ProcGroup::killAll()
{
    for (Kid& k : m_kids) {
        if (k.proc) k.proc->kill();
        if (k.fd >= 0) { ::close(k.fd); k.fd = -1; }
        k.ended = true;
    }
}

void ProcGroup::reap()
{
    for (Kid& k : m_kids)
        if (k.proc && !k.proc->wait(2000)) k.proc->kill();
}

bool ProcGroup::allDone() const
{
    return !m_kids.empty() && std::all_of(m_kids.begin(), m_kids.end(), [](const Kid& k) { return k.done; });
}

qint64 ProcGroup::ticks() const
{
    qint64 t = 0;
    for (const Kid& k : m_kids) t += k.ticks;
    return t;
}

double ProcGroup::cpuS() const
{
    qint64 ns = 0;
    for (const Kid& k : m_kids) ns += k.cpuNs;
    return static_cast<double>(ns) / 1e9;
}

std::uint64_t ProcGroup::checksum() const
{
    std::uint64_t x = 0;
    for (const Kid& k : m_kids) x ^= k.x;
    return x;
}

double ProcGroup::wallS() const
{
    qint64 begin = 0, end = 0;
    for (const Kid& k : m_kids) {
        if (k.beginNs > 0) begin = begin == 0 ? k.beginNs : std::min(begin, k.beginNs);
        end = std::max(end, k.endNs);
    }
    return end > begin && begin > 0 ? static_cast<double>(end - begin) / 1e9 : 0.0;
}

CpuResult runProcesses(Env& env, int workers, qint64 ticksEach, const std::vector<int>& lanes)
{
    CpuResult res;
    ProcGroup group(env, lanes);
    const qint64 t0 = monoNs();
    if (!group.spawn(workers, ticksEach, 0) || !group.waitReady()) return res;
    res.startupS = static_cast<double>(monoNs() - t0) / 1e9;
    group.go();
    while (group.pump(50)) {
        if (env.ctx.stopRequested()) { group.killAll(); break; }
        if (env.progress && env.live) env.progress(group.ticks(), static_cast<double>(monoNs() - group.goNs()) / 1e9);
    }
    group.reap();
    res.cpuS = group.cpuS(); // the children report the CPU time of their ticks
    res.ticks = group.ticks();
    res.checksum = group.checksum();
    res.complete = group.allDone() && res.ticks == ticksEach * workers;
    res.wallS = group.wallS();
    return res;
}

} // namespace gil
