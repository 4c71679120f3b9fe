#include "Lanes.h"

#include <QStringList>

#include <algorithm>

namespace starvation {

QString LaneTrack::label(const Parts& time, qint64 lenUs, const QString& note) const
{
    QStringList parts;
    for (size_t i = 0; i < kStates.size(); ++i) {
        const int pct = lenUs > 0 ? static_cast<int>(100.0 * time[i] / static_cast<double>(lenUs) + 0.5) : 0;
        const QString title = m_titles[i].isEmpty() ? lab::spanStateTitle(kStates[i]) : m_titles[i];
        if (pct > 0) parts << QStringLiteral("%1 %2 %").arg(title).arg(pct);
    }
    QString s = parts.join(QStringLiteral(", "));
    if (!m_prefix.isEmpty()) s = m_prefix + QStringLiteral(": ") + s;
    if (!note.isEmpty()) s += QStringLiteral(" · ") + note;
    return s;
}

void LaneTrack::slice(qint64 beginUs, qint64 endUs, Parts parts, const QString& note)
{
    if (endUs <= beginUs) return;
    const qint64 len = endUs - beginUs;
    double sum = 0;
    for (double& p : parts) {
        p = std::clamp(p, 0.0, 1.0);
        sum += p;
    }
    if (sum > 1.0) for (double& p : parts) p /= sum;
    const int dom = static_cast<int>(std::max_element(parts.begin(), parts.end()) - parts.begin());
    if (parts[static_cast<size_t>(dom)] >= kPure) {
        if (m_pending && (m_state != dom || m_end != beginUs || m_end - m_begin >= kCutUs)) flush();
        if (!m_pending) {
            m_pending = true;
            m_state = dom;
            m_begin = beginUs;
            m_time = {};
        }
        m_end = endUs;
        for (size_t i = 0; i < parts.size(); ++i) m_time[i] += parts[i] * static_cast<double>(len);
        m_note = note;
        return;
    }
    flush();
    // Mixed: each state gets its proportional part of the slice, in a fixed order.
    Parts time{};
    for (size_t i = 0; i < parts.size(); ++i) time[i] = parts[i] * static_cast<double>(len);
    const QString text = label(time, len, note);
    qint64 at = beginUs;
    for (size_t i = 0; i < parts.size(); ++i) {
        const qint64 w = static_cast<qint64>(parts[i] * static_cast<double>(len) + 0.5);
        if (w <= 0 || parts[i] < 0.02) continue;
        const qint64 to = std::min(endUs, at + w);
        if (to > at) m_rec.span(m_lane, kStates[i], at, to, text);
        at = to;
    }
}

void LaneTrack::flush()
{
    if (!m_pending) return;
    m_pending = false;
    m_rec.span(m_lane, kStates[static_cast<size_t>(m_state)], m_begin, m_end, label(m_time, m_end - m_begin, m_note));
}

} // namespace starvation
