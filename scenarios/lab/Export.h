#pragma once
// Exporters of a run's data, independent of any window: JSON result, CSV samples, and the
// timeline as Chrome trace-event JSON (Perfetto, chrome://tracing).
#include "Recorder.h"
#include "Scenario.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace lab {

struct RunResult {
    ScenarioInfo info;
    QVariantMap params;
    QString status;      // finished / stopped / failed
    QString error;       // when failed
    double durationS = 0.0;
    quint64 seed = 0;
    const RunData* data = nullptr;
};

// The version of the run JSON written by toJson(); readers refuse a newer one.
constexpr int kRunFormatVersion = 1;

QJsonObject machineInfo(); // logical CPUs, CPU model, OS, kernel, pplab, Qt and oneTBB versions
QJsonObject toJson(const RunResult& r);
QByteArray toCsv(const RunData& d);        // header: series,title,x,y
QByteArray toChromeTrace(const RunData& d, const QString& processName);

// Writes bytes to a file atomically (QSaveFile). Returns false with a message on failure.
bool writeFile(const QString& path, const QByteArray& bytes, QString* error);
// Checks that a file can be created at path (directory exists and is writable) without
// leaving anything behind.
bool checkWritable(const QString& path, QString* error);

} // namespace lab
