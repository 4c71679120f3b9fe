#pragma once
// The exercises and lessons pplab ships: every registered scenario's exercises
// (:/exercises/<id>/*.exercise, from scenarios/<id>/exercises/) and the lessons
// (:/lessons/*.lesson, from resources/lessons/), read once and checked.
#include "Exercise.h"
#include "Lesson.h"

#include <QList>
#include <QString>

namespace teach {

class Catalog {
public:
    // The shipped catalogue, read on first use (after lab::registerAll()).
    static const Catalog& shipped();
    // Reads the shipped files now (the tests do, to see every problem).
    static Catalog load();

    // In the order of the scenario list, then of the file names.
    QList<Exercise> exercises(const QString& scenario = {}) const;
    const Exercise* exercise(const QString& id) const;
    QList<Lesson> lessons() const { return m_lessons; }
    const Lesson* lesson(const QString& id) const;
    // Shipped files that did not load: a bug the tests catch; the window and the command line
    // leave those files out.
    Diagnostics problems() const { return m_problems; }
    // Resource paths that were read.
    QStringList files() const { return m_files; }

private:
    QList<Exercise> m_exercises;
    QList<Lesson> m_lessons;
    Diagnostics m_problems;
    QStringList m_files;
};

// The Markdown list of a scenario's exercises for its page in docs/scenarios/ (between the
// markers kDocsBegin and kDocsEnd; tst_teach fails when the page and the data disagree).
QString exercisesMarkdown(const QString& scenario);
extern const char* const kDocsBegin;
extern const char* const kDocsEnd;

// The texts of the shipped files as TeachTexts.cmake collected them for lupdate:
// (context, source, disambiguation). Lets a test check that both readers agree.
struct SourceText {
    const char* context;
    const char* source;
    const char* disambiguation;
};
QList<SourceText> collectedTexts();

} // namespace teach
