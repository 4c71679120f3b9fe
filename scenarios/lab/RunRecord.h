#pragma once
// A run you keep: what was run (scenario, parameters, seed), how it ended, on which machine,
// and everything it recorded. The same record is written by `pplab run --json`, kept in the
// window's Runs list, saved, opened again and compared. Its file format ("pplab-run", version
// kRunFormatVersion) is documented in docs/run-format.md.
#include "Recorder.h"
#include "Scenario.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <memory>

namespace lab {

// The version of the run JSON written by toJson(); readers refuse a newer one.
constexpr int kRunFormatVersion = 1;
// Files larger than this are refused before they are read (a run of the default scenarios is a
// few megabytes; a history entry is compacted to far less).
constexpr qint64 kMaxRunFileBytes = 256LL * 1024 * 1024;

struct RunRecord {
    QString name;          // shown in the Runs list; renameable
    ScenarioInfo info;     // as the run saw it: from the registry, or as stored in the file
    QVariantMap params;
    QString status;        // finished / stopped / failed
    QString error;         // when failed
    double durationS = 0.0;
    quint64 seed = 0;
    QDateTime created;     // when the run started (UTC)
    QJsonObject machine;   // machineInfo() of the machine that measured it
    QStringList notes;     // what was left out when the record was compacted
    bool opened = false;   // read from a file: shown, never re-run in place
    std::shared_ptr<const RunData> data = std::make_shared<RunData>();

    // "hostname (CPU model, N CPUs)"; what tells two machines apart in a comparison.
    QString machineLabel() const;
};

// Keeps a record small for the history: every series decimated to at most maxPoints (first,
// min, max and last of each x bucket, so extremes survive), at most maxSpans timeline spans
// (the earliest), at most maxLog log lines. Says what it left out in notes.
struct CompactLimits {
    int maxPoints = 4000;
    int maxSpans = 50000;
    int maxLog = 2000;
};
RunRecord compacted(const RunRecord& r, const CompactLimits& limits = {});
// Approximate heap bytes held by a run's data (points, spans, strings).
qint64 approxBytes(const RunData& d);
// Reduces points to about 4 per x bucket (first, min, max, last of each), keeping extremes.
std::vector<QPointF> decimate(const std::vector<QPointF>& points, int buckets);

// The run file: the JSON written by `pplab run --json` and by Save run.
QJsonObject toJson(const RunRecord& r);
// Reads a run back. False with a message naming the problem (not a pplab run, a newer format,
// a missing or malformed field) and *out untouched.
bool fromJson(const QByteArray& bytes, RunRecord* out, QString* error);
// Reads a run file (refusing files over kMaxRunFileBytes before reading them).
bool readRunFile(const QString& path, RunRecord* out, QString* error);

// Stable ids of chart kinds and series styles in the file.
QString chartKindId(ChartSpec::Kind k);
bool chartKindFromId(const QString& id, ChartSpec::Kind* out);
QString seriesStyleId(SeriesStyle s);
bool seriesStyleFromId(const QString& id, SeriesStyle* out);

} // namespace lab
