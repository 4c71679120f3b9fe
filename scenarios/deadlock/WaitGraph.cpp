#include "WaitGraph.h"

#include <QHash>

#include <algorithm>

namespace deadlock {

void WaitGraph::resize(int nWorkers, int nLocks)
{
    owner.assign(static_cast<size_t>(nLocks), -1);
    waitsFor.assign(static_cast<size_t>(nWorkers), -1);
    timed.assign(static_cast<size_t>(nWorkers), false);
}

QList<int> WaitGraph::findCycle() const
{
    const int n = static_cast<int>(waitsFor.size());
    auto next = [&](int w) -> int {
        const int l = waitsFor[static_cast<size_t>(w)];
        if (l < 0 || l >= static_cast<int>(owner.size())) return -1;
        const int o = owner[static_cast<size_t>(l)];
        return o >= 0 && o < n ? o : -1;
    };
    for (int start = 0; start < n; ++start) {
        // Walk at most n steps; a cycle through `start` returns to it.
        QList<int> path{start};
        int w = next(start);
        while (w >= 0 && w != start && path.size() <= n && !path.contains(w)) {
            path << w;
            w = next(w);
        }
        if (w == start) {
            const auto lowest = std::min_element(path.begin(), path.end());
            std::rotate(path.begin(), lowest, path.end());
            return path;
        }
    }
    return {};
}

bool WaitGraph::cycleBlocksForever(const QList<int>& c) const
{
    if (c.isEmpty()) return false;
    for (int w : c)
        if (timed[static_cast<size_t>(w)]) return false;
    return true;
}

QString WaitGraph::describeCycle(const QList<int>& c) const
{
    QStringList parts;
    for (int k = 0; k < c.size(); ++k) {
        const int w = c[k];
        const int prev = c[(k + c.size() - 1) % c.size()];
        const int held = waitsFor[static_cast<size_t>(prev)];   // the lock the previous one waits for
        const int wanted = waitsFor[static_cast<size_t>(w)];
        parts << tr("%1 holds %2 and waits for %3").arg(workers.value(w), locks.value(held), locks.value(wanted));
    }
    return parts.join(QStringLiteral("; "));
}

namespace {
QVariantList intList(const std::vector<int>& v)
{
    QVariantList out;
    for (int x : v) out << x;
    return out;
}

// Reads a list of whole numbers, each -1 or in [0, bound). False if anything else is there.
bool readIndices(const QVariant& v, int bound, std::vector<int>* out)
{
    out->clear();
    for (const QVariant& x : v.toList()) {
        bool ok = false;
        const int i = x.toInt(&ok);
        if (!ok || i < -1 || i >= bound) return false;
        out->push_back(i);
    }
    return true;
}
} // namespace

QVariantMap WaitGraph::toVariant() const
{
    QVariantList timedList, cyc;
    for (bool t : timed) timedList << t;
    for (int w : cycle) cyc << w;
    return {{QStringLiteral("workers"), workers},
            {QStringLiteral("locks"), locks},
            {QStringLiteral("owner"), intList(owner)},
            {QStringLiteral("waits_for"), intList(waitsFor)},
            {QStringLiteral("timed"), timedList},
            {QStringLiteral("cycle"), cyc},
            {QStringLiteral("kind"), kind}};
}

bool WaitGraph::fromVariant(const QVariant& value, WaitGraph* out)
{
    const QVariantMap m = value.toMap();
    if (!m.contains(QStringLiteral("workers")) || !m.contains(QStringLiteral("locks"))) return false;
    WaitGraph g;
    const QStringList workers = m.value(QStringLiteral("workers")).toStringList();
    const QStringList locks = m.value(QStringLiteral("locks")).toStringList();
    const int nw = static_cast<int>(workers.size()), nl = static_cast<int>(locks.size());
    g.resize(nw, nl);
    g.workers = workers;
    g.locks = locks;
    std::vector<int> owner, waits, cyc;
    if (!readIndices(m.value(QStringLiteral("owner")), nw, &owner) || owner.size() != g.owner.size()) return false;
    if (!readIndices(m.value(QStringLiteral("waits_for")), nl, &waits) || waits.size() != g.waitsFor.size()) return false;
    if (!readIndices(m.value(QStringLiteral("cycle")), nw, &cyc)
        || std::any_of(cyc.begin(), cyc.end(), [](int w) { return w < 0; })) return false;
    const QVariantList timedList = m.value(QStringLiteral("timed")).toList();
    if (timedList.size() != nw) return false;
    g.owner = owner;
    g.waitsFor = waits;
    for (int w = 0; w < nw; ++w) g.timed[static_cast<size_t>(w)] = timedList[w].toBool();
    for (int w : cyc) g.cycle << w;
    g.kind = m.value(QStringLiteral("kind")).toString();
    *out = g;
    return true;
}

QString coffmanText(const WaitGraph& g, const QList<int>& cycle)
{
    QStringList arrow;
    for (int w : cycle) arrow << g.workers.value(w) << g.locks.value(g.waitsFor[static_cast<size_t>(w)]);
    if (!cycle.isEmpty()) arrow << g.workers.value(cycle.first());
    return WaitGraph::tr("1. mutual exclusion: each lock had one owner at a time; "
                         "2. hold and wait: every worker in the cycle held a lock while waiting for another; "
                         "3. no preemption: no wait in the cycle had a timeout and no lock was taken away; "
                         "4. circular wait: %1")
        .arg(arrow.join(QStringLiteral(" → ")));
}

} // namespace deadlock
