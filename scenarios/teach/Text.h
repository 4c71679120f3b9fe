#pragma once
// A text of an exercise or a lesson. Shipped files are translated through Qt's catalogue
// (QCoreApplication::translate with a context, the English text and a disambiguation
// "<id>/<field>", the entries TeachTexts.cmake generates for lupdate); files a teacher opens are
// shown as written. The English source is kept, so a language switch takes effect at once.
#include <QByteArray>
#include <QString>

namespace teach {

struct Text {
    QString source;          // as written in the file
    QByteArray context;      // "Exercise" or "Lesson"
    QByteArray disambiguation; // "<id>/<field>"
    bool translated = false; // a shipped file: look the text up in the catalogue

    QString text() const; // in the current language
    bool isEmpty() const { return source.isEmpty(); }
};

} // namespace teach
