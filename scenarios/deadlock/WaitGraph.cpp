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

QString WaitGraph::toText() const
{
    QStringList holds, waits, cyc;
    for (size_t l = 0; l < owner.size(); ++l)
        if (owner[l] >= 0) holds << QStringLiteral("%1:%2").arg(l).arg(owner[l]);
    for (size_t w = 0; w < waitsFor.size(); ++w)
        if (waitsFor[w] >= 0)
            waits << QStringLiteral("%1:%2%3").arg(w).arg(waitsFor[w]).arg(timed[w] ? QStringLiteral("t") : QString());
    for (int w : cycle) cyc << QString::number(w);
    return QStringLiteral("workers=%1;locks=%2;holds=%3;waits=%4;cycle=%5;kind=%6")
        .arg(workers.join(QLatin1Char(',')), locks.join(QLatin1Char(',')), holds.join(QLatin1Char(',')),
             waits.join(QLatin1Char(',')), cyc.join(QLatin1Char(',')), kind);
}

bool WaitGraph::fromText(const QString& text, WaitGraph* out)
{
    WaitGraph g;
    QHash<QString, QString> f;
    for (const QString& field : text.split(QLatin1Char(';'))) {
        const int eq = field.indexOf(QLatin1Char('='));
        if (eq <= 0) return false;
        f.insert(field.left(eq), field.mid(eq + 1));
    }
    if (!f.contains(QStringLiteral("workers")) || !f.contains(QStringLiteral("locks"))) return false;
    auto list = [](const QString& s) { return s.isEmpty() ? QStringList() : s.split(QLatin1Char(',')); };
    g.workers = list(f.value(QStringLiteral("workers")));
    g.locks = list(f.value(QStringLiteral("locks")));
    const int nw = static_cast<int>(g.workers.size()), nl = static_cast<int>(g.locks.size());
    g.resize(nw, nl);
    for (const QString& h : list(f.value(QStringLiteral("holds")))) {
        const QStringList p = h.split(QLatin1Char(':'));
        bool ok1 = false, ok2 = false;
        const int l = p.value(0).toInt(&ok1), w = p.value(1).toInt(&ok2);
        if (p.size() != 2 || !ok1 || !ok2 || l < 0 || l >= nl || w < 0 || w >= nw) return false;
        g.owner[static_cast<size_t>(l)] = w;
    }
    for (QString wt : list(f.value(QStringLiteral("waits")))) {
        const bool isTimed = wt.endsWith(QLatin1Char('t'));
        if (isTimed) wt.chop(1);
        const QStringList p = wt.split(QLatin1Char(':'));
        bool ok1 = false, ok2 = false;
        const int w = p.value(0).toInt(&ok1), l = p.value(1).toInt(&ok2);
        if (p.size() != 2 || !ok1 || !ok2 || l < 0 || l >= nl || w < 0 || w >= nw) return false;
        g.waitsFor[static_cast<size_t>(w)] = l;
        g.timed[static_cast<size_t>(w)] = isTimed;
    }
    for (const QString& c : list(f.value(QStringLiteral("cycle")))) {
        bool ok = false;
        const int w = c.toInt(&ok);
        if (!ok || w < 0 || w >= nw) return false;
        g.cycle << w;
    }
    g.kind = f.value(QStringLiteral("kind"));
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
