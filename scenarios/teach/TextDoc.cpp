#include "TextDoc.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace teach {

namespace {
constexpr qint64 kMaxFileBytes = 1024 * 1024;

bool isBlank(const QString& line)
{
    for (QChar c : line)
        if (!c.isSpace()) return false;
    return true;
}
} // namespace

QString Diagnostic::toString() const
{
    if (line > 0) return QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message);
    return QStringLiteral("%1: %2").arg(file, message);
}

QList<Entry> Block::all(const QString& key) const
{
    QList<Entry> out;
    for (const Entry& e : entries)
        if (e.key == key) out << e;
    return out;
}

const Entry* Block::one(const QString& key, const QString& file, Diagnostics* diags) const
{
    const Entry* found = nullptr;
    for (const Entry& e : entries) {
        if (e.key != key) continue;
        if (found) {
            if (diags) diags->append({file, e.line, QStringLiteral("'%1' given twice (first on line %2)").arg(key).arg(found->line)});
            continue;
        }
        found = &e;
    }
    return found;
}

QList<Block> parseTextDoc(const QString& text, const QString& file, Diagnostics* diags)
{
    static const QRegularExpression keyLine(QStringLiteral("^([A-Za-z][A-Za-z0-9_-]*)[ \\t]*:(.*)$"));
    static const QRegularExpression blockLine(QStringLiteral("^\\[[ \\t]*([A-Za-z][A-Za-z0-9_-]*)[ \\t]*\\][ \\t]*$"));
    QList<Block> blocks;
    blocks.append(Block{QString(), 1, {}});
    Entry* open = nullptr; // the value that indented lines continue
    bool pendingBlank = false;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines[i];
        if (line.endsWith(QLatin1Char('\r'))) line.chop(1);
        const int no = i + 1;
        if (line.startsWith(QLatin1Char('#'))) continue; // a comment, wherever it is
        if (isBlank(line)) {
            if (open) pendingBlank = true;
            continue;
        }
        if (line[0] == QLatin1Char(' ') || line[0] == QLatin1Char('\t')) {
            if (!open) {
                if (diags) diags->append({file, no, QStringLiteral("an indented line continues a value, but no 'key:' line comes before it")});
                continue;
            }
            const QString t = line.trimmed();
            if (open->value.isEmpty()) open->value = t;
            else open->value += (pendingBlank ? QStringLiteral("\n\n") : QStringLiteral(" ")) + t;
            pendingBlank = false;
            continue;
        }
        pendingBlank = false;
        open = nullptr;
        if (const auto m = blockLine.match(line); m.hasMatch()) {
            blocks.append(Block{m.captured(1).toLower(), no, {}});
            continue;
        }
        if (const auto m = keyLine.match(line); m.hasMatch()) {
            blocks.last().entries.append(Entry{m.captured(1).toLower(), m.captured(2).trimmed(), no});
            open = &blocks.last().entries.last();
            continue;
        }
        if (diags) {
            QString shown = line.left(40);
            if (line.size() > 40) shown += QStringLiteral("…");
            diags->append({file, no, QStringLiteral("expected 'key: value', '[block]', an indented continuation or a # comment, got '%1'").arg(shown)});
        }
    }
    return blocks;
}

bool readTextFile(const QString& path, QString* text, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error) *error = QStringLiteral("cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    if (f.size() > kMaxFileBytes) {
        if (error) *error = QStringLiteral("%1: too large for an exercise or a lesson (%2 bytes, at most 1 MB)").arg(path).arg(f.size());
        return false;
    }
    const QByteArray bytes = f.read(kMaxFileBytes + 1);
    if (bytes.contains('\0')) {
        if (error) *error = QStringLiteral("%1: a binary file, not text").arg(path);
        return false;
    }
    QString decoded = QString::fromUtf8(bytes);
    if (decoded.contains(QChar::ReplacementCharacter) && !bytes.contains("\xEF\xBF\xBD")) {
        if (error) *error = QStringLiteral("%1: not UTF-8 text").arg(path);
        return false;
    }
    if (decoded.startsWith(QChar(0xFEFF))) decoded.remove(0, 1); // a byte order mark
    *text = decoded;
    return true;
}

} // namespace teach
