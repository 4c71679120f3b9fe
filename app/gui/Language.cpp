#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace gui {

Language& Language::instance()
{
    static Language l;
    return l;
}

QList<QPair<QString, QString>> Language::available() const
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("pt_BR"), QStringLiteral("Português (Brasil)")}};
}

QString Language::saved() const
{
    return QSettings().value(QStringLiteral("language"), QStringLiteral("en")).toString();
}

bool Language::apply(const QString& id)
{
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    bool ok = true;
    if (id != QLatin1String("en")) {
        ok = m_app.load(QStringLiteral(":/i18n/pplab_%1.qm").arg(id));
        if (ok) QCoreApplication::installTranslator(&m_app);
        if (m_qt.load(QStringLiteral("qtbase_%1").arg(id), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&m_qt);
        QLocale::setDefault(QLocale(id));
    } else {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    m_current = ok ? id : QStringLiteral("en");
    QSettings().setValue(QStringLiteral("language"), m_current);
    return ok;
}

} // namespace gui
