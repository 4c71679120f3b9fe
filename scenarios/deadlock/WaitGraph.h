#pragma once
// The wait-for graph of the deadlock scenario as plain data: who owns which lock, who waits
// for which lock, and the cycle if there is one. The scenario publishes it as panel data
// (Recorder::publish, key kGraphKey) in the form toVariant() gives; the GUI panel reads it back
// with fromVariant(), from a live run or from a saved one. No engine objects cross that line.
//
// Form: {workers: [names], locks: [names], owner: [per lock: worker or -1], waits_for: [per
// worker: lock or -1], timed: [per worker: the wait gives up], cycle: [worker indices, each
// waiting for a lock held by the next], kind: "" | "deadlock" (every wait in the cycle is
// unbounded) | "transient" (a timed wait will break it) | "refused" (the kernel refused the wait
// that would close the cycle: EDEADLK)}.
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <vector>

namespace deadlock {

// The panel data key of the wait-for graph.
inline const QString kGraphKey = QStringLiteral("wait_for_graph");

struct WaitGraph {
    Q_DECLARE_TR_FUNCTIONS(deadlock::WaitGraph)
public:
    QStringList workers;
    QStringList locks;
    std::vector<int> owner;    // per lock: owning worker or -1
    std::vector<int> waitsFor; // per worker: the lock it waits for or -1
    std::vector<bool> timed;   // per worker: its wait gives up after a timeout
    QList<int> cycle;          // workers; cycle[k] waits for a lock held by cycle[k+1]
    QString kind;

    void resize(int nWorkers, int nLocks);

    // Finds a cycle in owner/waitsFor (each worker waits for at most one lock and each lock
    // has at most one owner, so following the chain from every worker is enough). Rotated so
    // that the lowest worker index comes first. Empty if there is none.
    QList<int> findCycle() const;
    // True if no wait of the cycle can give up by itself.
    bool cycleBlocksForever(const QList<int>& c) const;

    // "A holds L1 and waits for L2; B holds L2 and waits for L1" (translated).
    QString describeCycle(const QList<int>& c) const;

    QVariantMap toVariant() const;
    // False (and *out untouched) if the value is not a well-formed graph.
    static bool fromVariant(const QVariant& value, WaitGraph* out);
};

// The four Coffman conditions, each with the evidence seen in a detected deadlock (translated).
QString coffmanText(const WaitGraph& g, const QList<int>& cycle);

} // namespace deadlock
