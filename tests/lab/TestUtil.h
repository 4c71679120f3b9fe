#pragma once
// Helpers shared by the tests: counting this process's threads and child processes.
#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

#include <unistd.h>

namespace testutil {

inline int threadCount()
{
    return static_cast<int>(QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
}

// PIDs of processes (zombies included) whose parent is this process.
inline QStringList childPids()
{
    QStringList out;
    const QString me = QString::number(getpid());
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& pid : pids) {
        bool num = false;
        pid.toInt(&num);
        if (!num) continue;
        QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!f.open(QIODevice::ReadOnly)) continue;
        const QString stat = QString::fromLatin1(f.readAll());
        // Fields after the ")" that closes the command name: state ppid ...
        const QStringList rest = stat.mid(stat.lastIndexOf(QLatin1Char(')')) + 2).split(QLatin1Char(' '));
        if (rest.size() > 1 && rest[1] == me) out << pid;
    }
    return out;
}

} // namespace testutil
