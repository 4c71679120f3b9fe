#pragma once
// Asks where to save a file: starts in the folder remembered under `dirKey` (QSettings),
// remembers the chosen folder, and adds the selected filter's suffix when none was typed.
// Returns "" when cancelled.
#include <QString>

class QWidget;

namespace gui {

QString askSavePath(QWidget* parent, const QString& title, const QString& filters, const QString& suggested,
                    const QString& dirKey);

} // namespace gui
