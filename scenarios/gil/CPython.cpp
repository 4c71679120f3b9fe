#include "CPython.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

namespace gil {

QString findPython(QString* whyNot)
{
    if (qEnvironmentVariableIsSet("PPLAB_PYTHON")) {
        const QString p = qEnvironmentVariable("PPLAB_PYTHON");
        const QString path = p.contains(QLatin1Char('/')) ? p : QStandardPaths::findExecutable(p);
        const QFileInfo fi(path);
        if (p.isEmpty() || path.isEmpty() || !fi.isFile() || !fi.isExecutable()) {
            if (whyNot) *whyNot = PythonRun::tr("PPLAB_PYTHON='%1' is not an executable file").arg(p);
            return {};
        }
        return fi.absoluteFilePath();
    }
    const QString path = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (path.isEmpty() && whyNot) *whyNot = PythonRun::tr("python3 was not found on the PATH");
    return path;
}

QString PyInfo::label() const
{
    const QString impl = implementation == QLatin1String("cpython") ? QStringLiteral("CPython")
                         : implementation.isEmpty()                 ? QStringLiteral("Python")
                                                                    : implementation;
    const QString gil = gilEnabled == 0 ? PythonRun::tr("free-threaded")
                        : gilEnabled == 1 ? PythonRun::tr("GIL enabled")
                                          : PythonRun::tr("GIL");
    return QStringLiteral("%1 %2 (%3)").arg(impl, version, gil);
}

namespace {
void apply(PyResult& r, const QJsonObject& o)
{
    const QString kind = o.value(QLatin1String("kind")).toString();
    if (kind == QLatin1String("info")) {
        r.info.version = o.value(QLatin1String("version")).toString();
        r.info.implementation = o.value(QLatin1String("implementation")).toString();
        const QJsonValue g = o.value(QLatin1String("gil_enabled"));
        r.info.gilEnabled = g.isBool() ? (g.toBool() ? 1 : 0) : -1;
    } else if (kind == QLatin1String("cpu_start")) {
        r.fibN = o.value(QLatin1String("n")).toInt();
        r.calls = static_cast<qint64>(o.value(QLatin1String("calls")).toDouble());
    } else if (kind == QLatin1String("cpu_part")) {
        const QString part = o.value(QLatin1String("part")).toString();
        const double s = o.value(QLatin1String("seconds")).toDouble();
        if (part == QLatin1String("sequential")) r.seqS = s;
        else if (part == QLatin1String("threads")) r.threadsS = s;
        else if (part == QLatin1String("processes")) {
            r.procsS = s;
            r.procStartupS = o.value(QLatin1String("startup_s")).toDouble();
            r.startMethod = o.value(QLatin1String("start_method")).toString();
        }
    } else if (kind == QLatin1String("io_alone") || kind == QLatin1String("io")) {
        PyIo io;
        io.intervalMs = o.value(QLatin1String("interval_ms")).toDouble();
        io.opsPerS = o.value(QLatin1String("ops_per_s")).toDouble();
        io.p50Ms = o.value(QLatin1String("p50_ms")).toDouble();
        io.p99Ms = o.value(QLatin1String("p99_ms")).toDouble();
        if (kind == QLatin1String("io")) r.io.push_back(io);
        else { r.alone = io; r.haveAlone = true; }
    } else if (kind == QLatin1String("done")) {
        r.ok = true;
    }
}

bool writeScript(const QString& path, QString* error)
{
    QFile in(QStringLiteral(":/gil/gil_cpython.py"));
    QFile out(path);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly)) {
        *error = PythonRun::tr("cannot write the script to %1").arg(path);
        return false;
    }
    return out.write(in.readAll()) > 0;
}
} // namespace

PyResult PythonRun::run(lab::RunContext& ctx, const QString& python, const QStringList& scriptArgs,
                        const std::function<void(const PyResult&)>& onUpdate)
{
    PyResult r;
    const QString dir = ctx.tempDir();
    const QString script = dir + QStringLiteral("/gil_cpython.py");
    if (dir.isEmpty() || !writeScript(script, &r.error)) return r;
    int p[2];
    if (pipe2(p, O_CLOEXEC) < 0) { r.error = QStringLiteral("pipe2: %1").arg(QString::fromLocal8Bit(strerror(errno))); return r; }
    QString err;
    auto child = ctx.spawnChild(QStringLiteral("gil_python"), QStringList{python, script} + scriptArgs,
                                {{p[1], 1}, {p[1], 2}}, &err);
    ::close(p[1]);
    if (!child) { ::close(p[0]); r.error = err; return r; }
    const pid_t group = child->pid(); // the worker made itself the group's leader
    QByteArray buf;
    QStringList text;
    bool stopped = false;
    for (;;) {
        if (ctx.stopRequested()) { stopped = true; break; }
        pollfd pf{p[0], POLLIN, 0};
        if (::poll(&pf, 1, 50) <= 0) continue;
        char chunk[4096];
        const ssize_t n = ::read(p[0], chunk, sizeof chunk);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break; // EOF: the interpreter and every child of it have closed their output
        buf.append(chunk, n);
        qsizetype nl;
        while ((nl = buf.indexOf('\n')) >= 0) {
            const QByteArray line = buf.left(nl).trimmed();
            buf.remove(0, nl + 1);
            QJsonParseError pe;
            const QJsonDocument doc = QJsonDocument::fromJson(line, &pe);
            if (pe.error == QJsonParseError::NoError && doc.isObject()) {
                apply(r, doc.object());
                if (onUpdate) onUpdate(r);
            } else if (!line.isEmpty() && text.size() < 40) {
                text << QString::fromUtf8(line);
            }
        }
    }
    ::close(p[0]);
    ::kill(-group, SIGKILL); // whatever of the group is left (all of it after Stop)
    if (!child->wait(stopped ? 0 : 5000)) child->kill();
    child->wait(-1);
    if (!r.ok && !stopped) {
        const QString status = child->termSignal() ? tr("killed by signal %1").arg(child->termSignal())
                                                   : tr("exit status %1").arg(child->exitCode());
        r.error = text.isEmpty() ? status : tr("%1: %2").arg(status, text.mid(std::max<qsizetype>(0, text.size() - 6)).join(QStringLiteral(" | ")));
    }
    return r;
}

} // namespace gil
