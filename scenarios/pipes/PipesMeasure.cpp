// The measuring experiments of the `pipes` scenario: throughput sweep, back-pressure, ping-pong.
#include "PipesRun.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <unistd.h>

namespace pipes {

namespace {
QString sizeLabel(qint64 b)
{
    if (b >= (1 << 20) && b % (1 << 20) == 0) return QStringLiteral("%1 MiB").arg(b >> 20);
    if (b >= 1024 && b % 1024 == 0) return QStringLiteral("%1 KiB").arg(b >> 10);
    return QStringLiteral("%1 B").arg(b);
}

double pct(std::vector<double> v, double p)
{
    if (v.empty()) return 0.0;
    std::sort(v.begin(), v.end());
    const double idx = std::ceil(p * static_cast<double>(v.size())) - 1;
    return v[std::min(v.size() - 1, static_cast<size_t>(std::max(0.0, idx)))];
}

} // namespace

// ------------------------------------------------------------------ throughput sweep
bool PipesRun::sweep(ChannelKind kind, bool primary)
{
    const lab::Params& p = m_ctx.params();
    std::vector<qint64> sizes;
    const qint64 lo = p.integer(QStringLiteral("min_size")), hi = p.integer(QStringLiteral("max_size"));
    const qint64 factor = p.integer(QStringLiteral("size_factor"));
    for (qint64 s = lo; s < hi; s *= factor) sizes.push_back(s);
    sizes.push_back(hi);
    const double budgetS = static_cast<double>(p.integer(QStringLiteral("round_ms"))) / 1000.0;

    ParentChannel ch;
    QString err;
    if (!makeChannel(kind, true, false, m_pipeSize, &ch, &err)) { m_ctx.fail(err); return false; }
    Child c;
    if (!spawn(QStringLiteral("pipes_reader"), {channelId(kind)}, &ch, tr("reader, %1").arg(channelId(kind)), &c))
        return false;
    const QString id = channelId(kind);
    const int tp = m_rec.series(QStringLiteral("throughput_") + id, id, QStringLiteral("throughput"), lab::SeriesStyle::LinePoints);
    const int rate = m_rec.series(QStringLiteral("rate_") + id, id, QStringLiteral("rate"), lab::SeriesStyle::LinePoints);
    if (!waitReady(c)) return false;
    m_rec.log(tr("sweep over %1 (capacity %2 bytes), reader child pid %3")
                  .arg(id).arg(ch.capacity).arg(c.proc->pid()));
    const auto abort = abortFor(c);

    double msgRate = 0.0;
    for (qint64 size : sizes) {
        // Enough messages for about round_ms, judged from the previous size's rate.
        // (messages/s falls at most by the size step, and stays flat for small messages).
        const double msgsPerS = msgRate > 0 ? msgRate / std::sqrt(static_cast<double>(factor)) : 2e5;
        const quint64 count = static_cast<quint64>(std::clamp(budgetS * msgsPerS, 8.0,
                                                              std::min(5e7, 4e9 / static_cast<double>(size))));
        MessagePattern pat(static_cast<size_t>(size));
        const quint64 hdr[4] = {static_cast<quint64>(size), count, 0, 0};
        const qint64 t0 = monoNs();
        const qint64 r0 = m_rec.nowUs();
        ssize_t w = ch.stream->writeAll(hdr, sizeof hdr);
        StreamChecksum cs;
        for (quint64 k = 0; k < count && w >= 0; ++k) {
            cs.add(pat.stamp(k));
            w = ch.stream->writeAll(pat.data(), pat.size());
            if ((k & 255) == 255 && stopping()) return false;
        }
        if (w < 0) return childFailed(c, tr("sweep"), w);
        QByteArray line;
        if (!c.report->next(&line, abort) || !line.startsWith("D ")) return childFailed(c, tr("sweep"), 0);
        const double secs = std::max(1e-9, static_cast<double>(monoNs() - t0) / 1e9);
        const QList<QByteArray> f = line.split(' ');
        const quint64 got = f.value(1).toULongLong(), sum = f.value(2).toULongLong();
        const bool ok = got == count * static_cast<quint64>(size) && sum == cs.value;
        if (!ok) {
            m_checksumOk = false;
            m_rec.log(tr("INTEGRITY ERROR on %1 at %2: received %3 bytes, checksum %4, expected %5")
                          .arg(id, sizeLabel(size)).arg(got).arg(sum).arg(cs.value));
        }
        const double bytesPerS = static_cast<double>(got) / secs;
        msgRate = static_cast<double>(count) / secs;
        m_bytes += static_cast<qint64>(got);
        const double mib = bytesPerS / (1 << 20);
        m_rec.sample(tp, static_cast<double>(size), mib);
        m_rec.sample(rate, static_cast<double>(size), static_cast<double>(count) / secs);
        m_rec.span(parentLane(), lab::SpanState::Running, r0, m_rec.nowUs(),
                   QStringLiteral("%1 %2 ×%3").arg(id, sizeLabel(size)).arg(count));
        m_rec.setSummary(QStringLiteral("bytes"), static_cast<double>(m_bytes));
        m_rec.setSummary(QStringLiteral("checksum_ok"), m_checksumOk ? 1 : 0);
        if (primary) m_rec.setSummary(QStringLiteral("mib_per_s"), mib);
        m_rec.log(tr("%1 %2: %3 messages in %4 ms = %5 MiB/s, %6 messages/s, checksum %7")
                      .arg(id, sizeLabel(size)).arg(count).arg(secs * 1e3, 0, 'f', 1).arg(mib, 0, 'f', 1)
                      .arg(static_cast<double>(count) / secs, 0, 'f', 0).arg(ok ? tr("OK") : tr("WRONG")));
        if (stopping()) return false;
    }
    const quint64 end[4] = {0, 0, 0, 0};
    ch.stream->writeAll(end, sizeof end);
    ch.stream->closeWrite();
    c.proc->wait(2000);
    lifeSpan(c, tr("read, checksum"));
    return !stopping();
}

// ------------------------------------------------------------------ back-pressure
bool PipesRun::backpressure(ChannelKind kind)
{
    const lab::Params& p = m_ctx.params();
    const qint64 size = p.integer(QStringLiteral("bp_message"));
    const quint64 count = static_cast<quint64>(p.integer(QStringLiteral("bp_messages")));
    const qint64 delay = p.integer(QStringLiteral("reader_delay_us"));
    ParentChannel ch;
    QString err;
    if (!makeChannel(kind, true, false, m_pipeSize, &ch, &err)) { m_ctx.fail(err); return false; }
    Child c;
    if (!spawn(QStringLiteral("pipes_reader"), {channelId(kind)}, &ch, tr("slow reader"), &c)) return false;
    if (!waitReady(c)) return false;
    const int writerLane = m_rec.lane(tr("parent pid %1: writer").arg(getpid()));
    const int gauge = m_rec.series(QStringLiteral("inflight_") + channelId(kind), channelId(kind), QStringLiteral("inflight"));
    m_rec.log(tr("back-pressure on %1: %2 messages of %3 bytes, capacity %4 bytes, the reader sleeps %5 µs after each")
                  .arg(channelId(kind)).arg(count).arg(size).arg(ch.capacity).arg(delay));

    qint64 blockedUs = 0, runBegin = m_rec.nowUs(), blockBegin = 0, lastSample = -1000000, lastPublish = 0;
    Stream* s = ch.stream.get();
    auto gaugeNow = [&](bool force) {
        const qint64 now = m_rec.nowUs();
        if (!force && now - lastSample < 200) return;
        lastSample = now;
        m_rec.sample(gauge, now / 1e6, static_cast<double>(s->inFlight()));
    };
    WaitHooks hooks;
    hooks.begin = [&] {
        blockBegin = m_rec.nowUs();
        m_rec.span(writerLane, lab::SpanState::Running, runBegin, blockBegin, tr("write"));
        gaugeNow(true);
    };
    hooks.end = [&] {
        runBegin = m_rec.nowUs();
        blockedUs += runBegin - blockBegin;
        m_rec.span(writerLane, lab::SpanState::Blocked, blockBegin, runBegin, tr("write() waits: channel full"));
        gaugeNow(true);
        if (runBegin - lastPublish > 50000) {
            lastPublish = runBegin;
            m_rec.setSummary(QStringLiteral("writer_blocked_ms"), blockedUs / 1e3);
        }
    };
    s->setWaitHooks(&hooks);
    MessagePattern pat(static_cast<size_t>(size));
    const quint64 hdr[4] = {static_cast<quint64>(size), count, static_cast<quint64>(delay), 1};
    const qint64 writeStart = m_rec.nowUs();
    ssize_t w = s->writeAll(hdr, sizeof hdr);
    StreamChecksum cs;
    for (quint64 k = 0; k < count && w >= 0; ++k) {
        cs.add(pat.stamp(k));
        w = s->writeAll(pat.data(), pat.size());
        gaugeNow(false);
        if ((k & 63) == 63 && stopping()) break;
    }
    s->setWaitHooks(nullptr);
    m_rec.span(writerLane, lab::SpanState::Running, runBegin, m_rec.nowUs(), tr("write"));
    m_rec.setSummary(QStringLiteral("writer_blocked_ms"), blockedUs / 1e3);
    if (stopping()) return false;
    if (w < 0) return childFailed(c, tr("back-pressure"), w);
    const qint64 doneWriting = m_rec.nowUs();
    if (!readSlowReader(c, count * static_cast<quint64>(size), cs.value)) return childFailed(c, tr("back-pressure"), 0);
    gaugeNow(true);
    m_rec.setSummary(QStringLiteral("checksum_ok"), m_checksumOk ? 1 : 0);
    m_rec.setSummary(QStringLiteral("bytes"), static_cast<double>(m_bytes));
    m_rec.log(tr("the writer was blocked for %1 ms in total (writing took %2 ms); data checksum %3")
                  .arg(blockedUs / 1e3, 0, 'f', 1).arg((doneWriting - writeStart) / 1e3, 0, 'f', 1)
                  .arg(m_checksumOk ? tr("OK") : tr("WRONG")));
    const quint64 end[4] = {0, 0, 0, 0};
    s->writeAll(end, sizeof end);
    s->closeWrite();
    c.proc->wait(2000);
    return !stopping();
}

// The slow reader's report of the back-pressure run: its spans, then its result line (bytes and
// checksum compared with what was written). False if the report ended without a result.
bool PipesRun::readSlowReader(const Child& c, quint64 bytes, quint64 checksum)
{
    QByteArray line;
    while (c.report->next(&line, abortFor(c))) {
        const QList<QByteArray> f = line.split(' ');
        if (line.startsWith("S ") || line.startsWith("R "))
            m_rec.span(c.lane, line[0] == 'S' ? lab::SpanState::Sleeping : lab::SpanState::Running,
                       toRecUs(f.value(1).toLongLong()), toRecUs(f.value(2).toLongLong()),
                       line[0] == 'S' ? tr("delay") : tr("read"));
        if (line.startsWith("D ")) {
            const bool ok = f.value(1).toULongLong() == bytes && f.value(2).toULongLong() == checksum;
            if (!ok) m_checksumOk = false;
            m_bytes += f.value(1).toLongLong();
            return true;
        }
    }
    return false;
}

// ------------------------------------------------------------------ ping-pong
bool PipesRun::pingpong(ChannelKind kind, std::vector<double>* rtts)
{
    const lab::Params& p = m_ctx.params();
    const qint64 size = p.integer(QStringLiteral("ping_bytes"));
    const qint64 n = p.integer(QStringLiteral("rtt_count"));
    ParentChannel ch;
    QString err;
    if (!makeChannel(kind, true, true, m_pipeSize, &ch, &err)) { m_ctx.fail(err); return false; }
    Child c;
    if (!spawn(QStringLiteral("pipes_echo"), {channelId(kind), QString::number(size)}, &ch,
               tr("echo, %1").arg(channelId(kind)), &c))
        return false;
    if (!waitReady(c)) return false;
    QByteArray buf(size, 'p'), back(size, '\0');
    rtts->reserve(static_cast<size_t>(n));
    const qint64 r0 = m_rec.nowUs();
    for (qint64 i = 0; i < n; ++i) {
        const qint64 t0 = monoNs();
        ssize_t w = ch.stream->writeAll(buf.constData(), static_cast<size_t>(size));
        if (w >= 0) w = ch.stream->readFull(back.data(), static_cast<size_t>(size));
        if (w != size) return w < 0 || !stopping() ? childFailed(c, tr("ping-pong"), w) : false;
        rtts->push_back(static_cast<double>(monoNs() - t0) / 1e3);
        if ((i & 63) == 63 && stopping()) return false;
    }
    m_rec.span(parentLane(), lab::SpanState::Running, r0, m_rec.nowUs(), tr("ping-pong %1").arg(channelId(kind)));
    m_bytes += 2 * n * size;
    ch.stream->closeWrite();
    c.proc->wait(2000);
    lifeSpan(c, tr("echo"));
    m_rec.log(tr("ping-pong over %1: %2 round trips of %3 bytes, median %4 µs, p99 %5 µs")
                  .arg(channelId(kind)).arg(n).arg(size).arg(pct(*rtts, 0.5), 0, 'f', 1).arg(pct(*rtts, 0.99), 0, 'f', 1));
    return !stopping();
}

void PipesRun::rttHistogram(const std::vector<std::pair<ChannelKind, std::vector<double>>>& all)
{
    if (all.empty() || all.front().second.empty()) return;
    // Doubling bins (latency spans orders of magnitude: the median and the tail both show).
    double lowest = 1e9;
    for (const auto& [k, v] : all) lowest = std::min(lowest, pct(v, 0.01));
    const double lo = std::pow(2.0, std::floor(std::log2(std::max(0.125, lowest))));
    constexpr int kBins = 12;
    auto edge = [&](int b) { return lo * std::pow(2.0, b); };
    QStringList cats;
    for (int b = 0; b < kBins; ++b)
        cats << (b == 0 ? QStringLiteral("0–%1").arg(edge(1))
                 : b + 1 < kBins ? QStringLiteral("%1–%2").arg(edge(b)).arg(edge(b + 1))
                                 : QStringLiteral("≥ %1").arg(edge(b)));
    m_rec.setCategories(QStringLiteral("rtt"), cats);
    for (const auto& [k, v] : all) {
        std::vector<int> counts(kBins, 0);
        for (double x : v) {
            const int b = x < edge(1) ? 0 : static_cast<int>(std::floor(std::log2(x / lo)));
            ++counts[static_cast<size_t>(std::clamp(b, 0, kBins - 1))];
        }
        const int s = m_rec.series(QStringLiteral("rtt_") + channelId(k), channelId(k), QStringLiteral("rtt"));
        for (int b = 0; b < kBins; ++b) m_rec.sample(s, b, counts[static_cast<size_t>(b)]);
    }
    m_rec.setSummary(QStringLiteral("rtt_median_us"), pct(all.front().second, 0.5));
    m_rec.setSummary(QStringLiteral("rtt_p99_us"), pct(all.front().second, 0.99));
}

} // namespace pipes
