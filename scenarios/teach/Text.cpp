#include "Text.h"

#include <QCoreApplication>

namespace teach {

QString Text::text() const
{
    if (!translated || source.isEmpty()) return source;
    return QCoreApplication::translate(context.constData(), source.toUtf8().constData(), disambiguation.constData());
}

} // namespace teach
