#pragma once
// The plain-text format of exercises and lessons (docs/exercises.md, docs/lessons.md): one
// `key: value` a line, long values continued on indented lines, `[name]` starting a block,
// `#` comments. A line-oriented format, so every mistake can be reported with its line.
//
//   exercise: race.lost-updates          <- a key, a colon, the value
//   question: Two threads each add 1 ...
//     continued on indented lines        <- joined with one space
//
//     a blank line, then indented text   <- a new paragraph ("\n\n")
//   # a comment (a '#' in the first column)
//   [step]                               <- a block (lessons: one per step)
//
// The CMake side (scenarios/teach/TeachTexts.cmake) reads the same rules to collect the texts
// to translate; tst_teach checks that both read every shipped file alike.
#include <QList>
#include <QString>

namespace teach {

// A problem found in a file: "FILE:LINE: message" (the format compilers use, so editors jump
// to it). line 0 = the file as a whole.
struct Diagnostic {
    QString file;
    int line = 0;
    QString message;
    QString toString() const;
};
using Diagnostics = QList<Diagnostic>;

struct Entry {
    QString key;
    QString value;
    int line = 0;
};

struct Block {
    QString name; // "" for the lines before the first [name]
    int line = 0; // the line of [name] (1 for the first block)
    QList<Entry> entries;
    // The entries with this key, in order.
    QList<Entry> all(const QString& key) const;
    // The only entry with this key (nullptr if none); a second one is reported as a mistake.
    const Entry* one(const QString& key, const QString& file, Diagnostics* diags) const;
};

// Splits a document into blocks; syntax mistakes go to diags (parsing goes on after them).
QList<Block> parseTextDoc(const QString& text, const QString& file, Diagnostics* diags);

// Reads a file as UTF-8 text (refusing files over 1 MB and binary files); false with the reason.
bool readTextFile(const QString& path, QString* text, QString* error);

} // namespace teach
