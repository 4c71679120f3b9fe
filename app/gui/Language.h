#pragma once
// Run-time language switching: loads pplab's catalogue (and Qt's own) for a locale, remembers
// the choice. Widgets retranslate on QEvent::LanguageChange.
#include <QList>
#include <QPair>
#include <QString>
#include <QTranslator>

namespace gui {

class Language {
public:
    static Language& instance();
    // (locale id, native name): "en" English, "pt_BR" Português (Brasil).
    QList<QPair<QString, QString>> available() const;
    QString current() const { return m_current; }
    QString saved() const;           // from QSettings, default "en"
    bool apply(const QString& id);   // installs translators, saves the choice
private:
    QString m_current = QStringLiteral("en");
    QTranslator m_app;
    QTranslator m_qt;
};

} // namespace gui
