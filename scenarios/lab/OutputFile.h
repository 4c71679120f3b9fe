#pragma once
// Writing an output file (JSON, CSV, trace, chart, report) so that a failed write never leaves a
// half-written file under the requested name: a regular file is written aside and renamed into
// place (QSaveFile); a path that exists and is not a regular file (a device such as /dev/null or
// /dev/full, a FIFO) is written directly and never replaced. Every failure says which file and why.
#include <QByteArray>
#include <QString>

#include <memory>

class QFile;
class QIODevice;
class QSaveFile;

namespace lab {

class OutputFile {
public:
    explicit OutputFile(QString path);
    ~OutputFile(); // an output never committed is discarded
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    // Opens for writing; false with "cannot write PATH: reason".
    bool open(QString* error);
    QIODevice* device() const; // valid after open()
    // True once a write fell short (commit() will then fail with the reason).
    bool failed() const;
    // Flushes, checks every write and moves the file into place. False (and nothing left under
    // the requested name, for a regular file) with the reason.
    bool commit(QString* error);

private:
    class Guard;
    bool fail(const QString& reason, QString* error) const;
    QString m_path;
    std::unique_ptr<QSaveFile> m_save;
    std::unique_ptr<QFile> m_direct;
    std::unique_ptr<Guard> m_guard; // what writers see: remembers any short or failed write
};

// The whole of `bytes` into `path` through an OutputFile.
bool writeFile(const QString& path, const QByteArray& bytes, QString* error);
// The whole of `bytes` to standard output; false with the reason (a full disk, a closed pipe).
bool writeStdout(const QByteArray& bytes, QString* error);

} // namespace lab
