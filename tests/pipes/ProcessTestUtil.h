#pragma once
// Helpers shared by the pipes and named_pipes tests: run a scenario to its end, and look at
// this process's children in /proc (zombies included).
#include "lab/Registry.h"
#include "lab/Runner.h"

#include <QDir>
#include <QFile>
#include <QList>
#include <QString>
#include <QVariantMap>

#include <unistd.h>

namespace testutil {

struct Outcome {
    lab::RunStatus status = lab::RunStatus::Idle;
    QString error;
    lab::RunData data;
    double stopLatencyMs = -1;
    double num(const char* key) const { return data.summary.value(QLatin1String(key)).toDouble(); }
    bool logHas(const QString& s) const
    {
        for (const QString& l : data.log) if (l.contains(s)) return true;
        return false;
    }
};

inline lab::Params params(const QString& id, const QVariantMap& given)
{
    lab::Params p;
    QString err;
    if (!lab::validate(lab::Registry::instance().info(id).params, given, &p, &err))
        qFatal("bad params: %s", qPrintable(err));
    return p;
}

inline bool start(lab::Runner& runner, const QString& id, const QVariantMap& given)
{
    QString err;
    if (!runner.start(lab::Registry::instance().create(id), params(id, given), 0, 1, &err)) {
        qWarning("start failed: %s", qPrintable(err));
        return false;
    }
    return true;
}

inline Outcome finish(lab::Runner& runner)
{
    Outcome o;
    o.status = runner.waitFinished(120000);
    o.error = runner.errorMessage();
    o.stopLatencyMs = runner.stopLatencyMs();
    runner.recorder()->drain();
    o.data = runner.recorder()->data();
    return o;
}

inline Outcome run(const QString& id, const QVariantMap& given)
{
    lab::Runner runner;
    if (!start(runner, id, given)) return {};
    return finish(runner);
}

// Processes whose parent is this process (running or zombie), with their state letter.
struct Proc { int pid; char state; };
inline QList<Proc> children()
{
    QList<Proc> out;
    const int self = getpid();
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& e : entries) {
        bool ok = false;
        const int pid = e.toInt(&ok);
        if (!ok) continue;
        QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!f.open(QIODevice::ReadOnly)) continue;
        const QByteArray stat = f.readAll();
        const qsizetype close = stat.lastIndexOf(')');
        if (close < 0) continue;
        const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
        if (fields.size() < 2) continue;
        if (fields[1].toInt() == self) out.push_back({pid, fields[0].isEmpty() ? '?' : fields[0][0]});
    }
    return out;
}

inline int firstChildPid()
{
    const QList<Proc> c = children();
    for (const Proc& p : c) if (p.state != 'Z') return p.pid;
    return -1;
}

} // namespace testutil
