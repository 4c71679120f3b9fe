#include "SavePath.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>

namespace gui {

QString askSavePath(QWidget* parent, const QString& title, const QString& filters, const QString& suggested,
                    const QString& dirKey)
{
    QSettings s;
    const QString dir = s.value(dirKey, QDir::homePath()).toString();
    QString selected;
    const QString path = QFileDialog::getSaveFileName(parent, title, dir + QLatin1Char('/') + suggested, filters, &selected);
    if (path.isEmpty()) return {};
    s.setValue(dirKey, QFileInfo(path).absolutePath());
    if (QFileInfo(path).suffix().isEmpty()) {
        const qsizetype star = selected.indexOf(QStringLiteral("*."));
        if (star >= 0) return path + selected.mid(star + 1, selected.indexOf(QLatin1Char(')'), star) - star - 1);
    }
    return path;
}

} // namespace gui
