#pragma once
// A student's progress with the exercises: attempts (date, prediction, measurement, verdict,
// hints used) per exercise id, kept in a small JSON file (format "pplab-progress", version 1)
// in QStandardPaths::AppDataLocation. Every change is written aside and renamed into place
// (lab::OutputFile), after re-reading the file, so a crash or a second pplab never leaves half a
// file or loses the other's attempts. A file that cannot be read is reported and set aside as
// <name>.corrupt-<date>, never silently overwritten.
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace teach {

enum class Status { NotTried, Attempted, Correct };
QString statusId(Status s);    // "not-tried", "attempted", "correct"
QString statusTitle(Status s); // translated

struct Attempt {
    QDateTime when; // UTC
    QString prediction;
    double measured = 0;
    QString verdict; // verdictId()
    int hints = 0;   // hints revealed before the run
};

class Progress {
public:
    // Keeps at most this many attempts per exercise (the count goes on).
    static constexpr int kMaxKept = 50;

    explicit Progress(QString path = defaultPath());
    static QString defaultPath(); // <AppDataLocation>/progress.json

    QString path() const { return m_path; }
    // Reads the file (a missing file is an empty progress). A corrupt one is renamed aside and
    // *warning says so and where it went; the progress starts empty. False only if the file
    // could not be read or moved at all (then nothing will be written over it).
    bool load(QString* warning);

    Status status(const QString& id) const;
    int attempts(const QString& id) const;
    QList<Attempt> history(const QString& id) const;
    QDateTime lastAttempt(const QString& id) const;
    QStringList ids() const { return m_entries.keys(); }

    // Adds an attempt and writes the file. False with the reason (the attempt stays in memory).
    bool record(const QString& id, const Attempt& a, QString* error);
    // Forgets everything and removes the file.
    bool reset(QString* error);

private:
    struct Entry {
        int attempts = 0;
        bool correct = false;
        QDateTime first, last;
        QList<Attempt> kept;
    };
    bool read(QHash<QString, Entry>* out, QString* warning, bool* blocked);
    bool write(QString* error) const;

    QString m_path;
    QHash<QString, Entry> m_entries;
    bool m_blocked = false; // the file could not be read nor set aside: never write over it
};

} // namespace teach
