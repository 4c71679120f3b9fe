#pragma once
// The optional `cpython` engine: runs python/gil_cpython.py (a resource, written into the run's
// temporary directory) in the real interpreter, as `pplab worker gil_python` which executes
// python3 as the leader of a process group of its own. Its JSON lines are read as they come;
// Stop kills the whole group (the interpreter, its multiprocessing children, its responder).
#include "lab/RunContext.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace gil {

// The interpreter to run: $PPLAB_PYTHON if set (empty or not executable: none), else python3
// on the PATH. Returns an empty string and the reason when there is none.
QString findPython(QString* whyNot);

struct PyInfo {
    QString version;          // "3.11.7"
    QString implementation;   // "cpython"
    int gilEnabled = -1;      // sys._is_gil_enabled(): 1, 0, or -1 where it does not exist (GIL on)
    QString label() const;    // "CPython 3.11.7 (GIL)", "CPython 3.14.0 (free-threaded)"
    bool freeThreaded() const { return gilEnabled == 0; }
};

struct PyIo {
    double intervalMs = 0; // 0: alone
    double opsPerS = 0, p50Ms = 0, p99Ms = 0;
};

struct PyResult {
    bool ok = false;        // the script ran to its end
    QString error;          // why not (its standard error, or the exit status)
    PyInfo info;
    int fibN = 0;
    qint64 calls = 0;       // calls of fib(fibN)
    double seqS = 0, threadsS = 0, procsS = 0, procStartupS = 0;
    QString startMethod;
    bool haveAlone = false;
    PyIo alone;
    std::vector<PyIo> io;
};

class PythonRun {
    Q_DECLARE_TR_FUNCTIONS(gil::PythonRun)
public:
    // Runs the script with these arguments ("cpu --workers 2 ..." or "io ..."). onUpdate is
    // called on this thread after each line (live figures). Returns when the script ended,
    // failed, or the run stops (then the process group is killed).
    static PyResult run(lab::RunContext& ctx, const QString& python, const QStringList& scriptArgs,
                        const std::function<void(const PyResult&)>& onUpdate);
};

} // namespace gil
