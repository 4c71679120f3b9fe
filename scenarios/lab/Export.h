#pragma once
// Exporters of a run's data, independent of any window: JSON result, CSV samples, and the
// timeline as Chrome trace-event JSON (Perfetto, chrome://tracing).
#include "OutputFile.h"
#include "Recorder.h"
#include "RunRecord.h"
#include "Scenario.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace lab {

// Logical CPUs, CPU model, host name, OS, kernel, pplab, Qt and oneTBB versions.
QJsonObject machineInfo();
QByteArray toCsv(const RunData& d);        // header: series,title,x,y
QByteArray toChromeTrace(const RunData& d, const QString& processName);

// Checks that a file can be created at path (directory exists and is writable) without
// leaving anything behind.
bool checkWritable(const QString& path, QString* error);

} // namespace lab
