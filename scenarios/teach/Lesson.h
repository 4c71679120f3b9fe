#pragma once
// A lesson for the lecture hall (docs/lessons.md): an ordered list of steps, each a scenario
// with parameter values, a talking point and an optional question for the room, revealed after
// the run. Same text format as exercises; the checker names the line of every mistake.
#include "Exercise.h"
#include "Text.h"
#include "TextDoc.h"

#include <QList>
#include <QString>
#include <QVariantMap>

namespace teach {

struct LessonStep {
    int line = 0;     // of its [step]
    Text title, talk, question, answer;
    QString scenario; // "" = a talking point without an experiment
    QList<QPair<QString, QString>> settings;
    QVariantMap values;
    double duration = -1; // seconds; -1 = the scenario's default
    Highlight highlight;
    int minutes = 0;  // planned time, 0 = not given
    bool hasRun() const { return !scenario.isEmpty(); }
    double runDuration() const; // duration, or the scenario's default
};

struct Lesson {
    QString id;
    QString file;
    Text title, summary;
    int minutes = 0; // planned length; 0 = not given
    QList<LessonStep> steps;
    int plannedMinutes() const; // the steps' minutes added up
};

bool parseLesson(const QString& text, const QString& file, bool shipped, Lesson* out, Diagnostics* diags);
bool loadLesson(const QString& path, bool shipped, Lesson* out, Diagnostics* diags);

} // namespace teach
