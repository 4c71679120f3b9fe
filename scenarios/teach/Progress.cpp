#include "Progress.h"

#include "Exercise.h"

#include "lab/OutputFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace teach {

namespace {
const QString kFormat = QStringLiteral("pplab-progress");
constexpr int kVersion = 1;
constexpr qint64 kMaxBytes = 16 * 1024 * 1024;

QString dateText(const QDateTime& d) { return d.toUTC().toString(Qt::ISODate); }
QDateTime dateFrom(const QJsonValue& v) { return QDateTime::fromString(v.toString(), Qt::ISODate); }
} // namespace

QString statusId(Status s)
{
    switch (s) {
    case Status::NotTried: return QStringLiteral("not-tried");
    case Status::Attempted: return QStringLiteral("attempted");
    case Status::Correct: return QStringLiteral("correct");
    }
    return {};
}

QString statusTitle(Status s)
{
    switch (s) {
    case Status::NotTried: return Teach::tr("not tried");
    case Status::Attempted: return Teach::tr("attempted");
    case Status::Correct: return Teach::tr("correct");
    }
    return {};
}

Progress::Progress(QString path) : m_path(std::move(path)) {}

QString Progress::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/progress.json");
}

bool Progress::read(QHash<QString, Entry>* out, QString* warning, bool* blocked)
{
    *blocked = false;
    out->clear();
    QFile f(m_path);
    if (!f.exists()) return true;
    QString problem;
    QJsonObject root;
    if (!f.open(QIODevice::ReadOnly)) {
        if (warning) *warning = Teach::tr("Cannot read the exercise progress %1: %2. It is left as it is and nothing is saved this session.").arg(m_path, f.errorString());
        *blocked = true;
        return false;
    }
    if (f.size() > kMaxBytes) {
        problem = Teach::tr("it is larger than 16 MB");
    } else {
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
        if (pe.error != QJsonParseError::NoError) problem = Teach::tr("%1 at byte %2").arg(pe.errorString()).arg(pe.offset);
        else if (!doc.isObject() || doc.object().value(QStringLiteral("format")).toString() != kFormat) problem = Teach::tr("it is not a pplab progress file");
        else if (doc.object().value(QStringLiteral("version")).toInt() > kVersion) problem = Teach::tr("it was written by a newer pplab (version %1)").arg(doc.object().value(QStringLiteral("version")).toInt());
        else if (!doc.object().value(QStringLiteral("exercises")).isObject()) problem = Teach::tr("'exercises' is missing");
        else root = doc.object();
    }
    f.close();
    if (!problem.isEmpty()) {
        // Set aside, never lost: the student (or a teacher) can still look at it.
        const QString aside = m_path + QStringLiteral(".corrupt-") + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        if (!QFile::rename(m_path, aside)) {
            if (warning) *warning = Teach::tr("The exercise progress %1 cannot be read (%2) and cannot be moved aside; it is left as it is and nothing is saved this session.").arg(m_path, problem);
            *blocked = true;
            return false;
        }
        if (warning) *warning = Teach::tr("The exercise progress %1 could not be read (%2). It was moved to %3 and progress starts afresh.").arg(m_path, problem, aside);
        return true;
    }
    const QJsonObject ex = root.value(QStringLiteral("exercises")).toObject();
    for (auto it = ex.begin(); it != ex.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        Entry e;
        e.attempts = o.value(QStringLiteral("attempts")).toInt();
        e.correct = o.value(QStringLiteral("correct")).toBool();
        e.first = dateFrom(o.value(QStringLiteral("first")));
        e.last = dateFrom(o.value(QStringLiteral("last")));
        for (const QJsonValue& v : o.value(QStringLiteral("history")).toArray()) {
            const QJsonObject h = v.toObject();
            Attempt a;
            a.when = dateFrom(h.value(QStringLiteral("date")));
            a.prediction = h.value(QStringLiteral("prediction")).toString();
            a.measured = h.value(QStringLiteral("measured")).toDouble();
            a.verdict = h.value(QStringLiteral("verdict")).toString();
            a.hints = h.value(QStringLiteral("hints")).toInt();
            e.kept << a;
        }
        e.attempts = std::max(e.attempts, static_cast<int>(e.kept.size()));
        out->insert(it.key(), e);
    }
    return true;
}

bool Progress::load(QString* warning)
{
    return read(&m_entries, warning, &m_blocked);
}

Status Progress::status(const QString& id) const
{
    const auto it = m_entries.constFind(id);
    if (it == m_entries.cend() || it->attempts == 0) return Status::NotTried;
    return it->correct ? Status::Correct : Status::Attempted;
}

int Progress::attempts(const QString& id) const
{
    return m_entries.value(id).attempts;
}

QList<Attempt> Progress::history(const QString& id) const
{
    return m_entries.value(id).kept;
}

QDateTime Progress::lastAttempt(const QString& id) const
{
    return m_entries.value(id).last;
}

bool Progress::record(const QString& id, const Attempt& a, QString* error)
{
    // Another pplab (the window and a terminal) may have written since we read: start from the
    // file as it is now.
    QHash<QString, Entry> current;
    QString warning;
    bool blocked = false;
    // (A file found corrupt now is set aside; what this session knows is then kept and written.)
    if (read(&current, &warning, &blocked) && warning.isEmpty()) m_entries = current;
    m_blocked = blocked;
    Entry& e = m_entries[id];
    ++e.attempts;
    e.correct = e.correct || a.verdict == verdictId(Verdict::Correct);
    if (!e.first.isValid()) e.first = a.when;
    e.last = a.when;
    e.kept << a;
    while (e.kept.size() > kMaxKept) e.kept.removeFirst();
    if (m_blocked) {
        if (error) *error = warning.isEmpty() ? Teach::tr("the progress file %1 cannot be read, so it is not overwritten").arg(m_path) : warning;
        return false;
    }
    if (!write(error)) return false;
    if (!warning.isEmpty() && error) *error = warning; // saved, but say what happened to the old file
    return true;
}

bool Progress::reset(QString* error)
{
    m_entries.clear();
    if (QFile::exists(m_path) && !QFile::remove(m_path)) {
        if (error) *error = Teach::tr("cannot remove %1").arg(m_path);
        return false;
    }
    m_blocked = false;
    return true;
}

bool Progress::write(QString* error) const
{
    QJsonObject ex;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        QJsonArray history;
        for (const Attempt& a : it->kept)
            history.append(QJsonObject{{QStringLiteral("date"), dateText(a.when)},
                                       {QStringLiteral("prediction"), a.prediction},
                                       {QStringLiteral("measured"), a.measured},
                                       {QStringLiteral("verdict"), a.verdict},
                                       {QStringLiteral("hints"), a.hints}});
        ex.insert(it.key(), QJsonObject{{QStringLiteral("attempts"), it->attempts},
                                        {QStringLiteral("correct"), it->correct},
                                        {QStringLiteral("status"), statusId(it->attempts == 0 ? Status::NotTried : it->correct ? Status::Correct : Status::Attempted)},
                                        {QStringLiteral("first"), dateText(it->first)},
                                        {QStringLiteral("last"), dateText(it->last)},
                                        {QStringLiteral("history"), history}});
    }
    const QJsonObject root{{QStringLiteral("format"), kFormat}, {QStringLiteral("version"), kVersion}, {QStringLiteral("exercises"), ex}};
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        if (error) *error = Teach::tr("cannot create the folder %1").arg(QFileInfo(m_path).absolutePath());
        return false;
    }
    return lab::writeFile(m_path, QJsonDocument(root).toJson(QJsonDocument::Indented), error);
}

} // namespace teach
