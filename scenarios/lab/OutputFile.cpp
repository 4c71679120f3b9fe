#include "OutputFile.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace lab {

// Forwards every write to the file and remembers the first one that fell short: writers such as
// image encoders do not all check, and QSaveFile::commit() does not notice a failed flush of its
// buffer (seen with Qt 6.4 under RLIMIT_FSIZE), so the check is made here, on every byte.
class OutputFile::Guard : public QIODevice {
public:
    explicit Guard(QFileDevice* target) : m_target(target) { open(QIODevice::WriteOnly | QIODevice::Unbuffered); }
    bool isSequential() const override { return true; }
    bool failed() const { return !m_reason.isEmpty(); }
    QString reason() const { return m_reason; }
    void noteFailure(const QString& reason) { if (m_reason.isEmpty()) m_reason = reason; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 len) override
    {
        const qint64 w = m_target->write(data, len);
        if (w != len || m_target->error() != QFileDevice::NoError) {
            noteFailure(m_target->errorString());
            return -1;
        }
        return w;
    }

private:
    QFileDevice* m_target;
    QString m_reason;
};

OutputFile::OutputFile(QString path) : m_path(std::move(path)) {}

OutputFile::~OutputFile()
{
    if (m_save) m_save->cancelWriting(); // the temporary file goes, the target stays as it was
}

bool OutputFile::fail(const QString& reason, QString* error) const
{
    if (error) *error = QStringLiteral("cannot write %1: %2").arg(m_path, reason);
    return false;
}

bool OutputFile::open(QString* error)
{
    const QFileInfo fi(m_path);
    if (fi.isDir()) return fail(QStringLiteral("it is a directory"), error);
    if (fi.exists() && !fi.isFile()) {
        // A device or a FIFO: write into it; renaming a temporary file over it would replace it.
        m_direct = std::make_unique<QFile>(m_path);
        if (!m_direct->open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return fail(m_direct->errorString(), error);
        m_guard = std::make_unique<Guard>(m_direct.get());
        return true;
    }
    if (!QFileInfo(fi.absolutePath()).isDir())
        return fail(QStringLiteral("directory %1 does not exist").arg(fi.absolutePath()), error);
    m_save = std::make_unique<QSaveFile>(m_path);
    if (!m_save->open(QIODevice::WriteOnly | QIODevice::Unbuffered)) return fail(m_save->errorString(), error);
    m_guard = std::make_unique<Guard>(m_save.get());
    return true;
}

QIODevice* OutputFile::device() const
{
    return m_guard.get();
}

bool OutputFile::failed() const
{
    return m_guard && m_guard->failed();
}

bool OutputFile::commit(QString* error)
{
    if (!m_guard) return fail(QStringLiteral("the file was not opened"), error);
    QFileDevice* file = m_save ? static_cast<QFileDevice*>(m_save.get()) : m_direct.get();
    if (!file->flush() || file->error() != QFileDevice::NoError) m_guard->noteFailure(file->errorString());
    if (m_guard->failed()) {
        if (m_save) m_save->cancelWriting();
        m_save.reset();
        m_direct.reset();
        return fail(m_guard->reason(), error);
    }
    if (m_direct) {
        m_direct->close();
        return true;
    }
    const bool ok = m_save->commit(); // renames the temporary file over the target
    const QString reason = m_save->errorString();
    m_save.reset();
    return ok || fail(reason, error);
}

bool writeFile(const QString& path, const QByteArray& bytes, QString* error)
{
    OutputFile out(path);
    if (!out.open(error)) return false;
    out.device()->write(bytes); // a short write is remembered and reported by commit()
    return out.commit(error);
}

bool writeStdout(const QByteArray& bytes, QString* error)
{
    errno = 0;
    const size_t n = std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    if (n == static_cast<size_t>(bytes.size()) && std::fflush(stdout) == 0) return true;
    if (error)
        *error = QStringLiteral("cannot write to standard output: %1")
                     .arg(QString::fromLocal8Bit(std::strerror(errno ? errno : EIO)));
    std::clearerr(stdout);
    return false;
}

} // namespace lab
