#pragma once
// An exercise: a scenario run with set parameters, a question, the student's prediction and
// the verdict against what the run measured (docs/exercises.md). Widget-free: the window, the
// command line and the tests share it.
#include "lab/Cpus.h"
#include "Expression.h"
#include "Text.h"
#include "TextDoc.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QPair>
#include <QString>
#include <QVariantMap>

namespace lab {
struct ScenarioInfo;
}

namespace teach {

// Translated messages of the teaching engine (context "teach::Teach").
class Teach {
    Q_DECLARE_TR_FUNCTIONS(teach::Teach)
};

enum class Kind { Number, Range, Choice };
QString kindId(Kind k); // "number", "range", "choice"

// Number: how far the prediction may be from the measurement.
struct Tolerance {
    bool relative = false; // a fraction of the measured value (10% -> 0.1), else absolute
    double value = 0;
    double absoluteFor(double measured) const; // the allowed distance for this measurement
    QString text(const QLocale& locale = QLocale::c()) const; // "10%" or "0.5"
};

// Choice: one answer; it is the right one when the measured value lies in [lo, hi].
struct Choice {
    QString id;
    double lo = 0, hi = 0;
    Text label;
    bool contains(double v) const;
};

// Shown after the run next to the measurement (for example Amdahl's law with the configured
// serial fraction); never judged.
struct Reference {
    Expression expr;
    Text label;
};

// What answers the question in the window: a chart (tab) or a counter.
struct Highlight {
    enum Target { None, Chart, Counter };
    Target target = None;
    QString key;
};

struct Exercise {
    QString id;       // "<scenario>.<name>"
    QString scenario;
    QString file;     // where it was read from
    Text title, question, explanation, unit;
    QList<QPair<QString, QString>> settings; // the `set:` lines: key, value as written
    QVariantMap values;                      // the same, typed (checked against the scenario)
    double duration = -1;                    // seconds; -1 = the scenario's default
    Expression answer;
    Kind kind = Kind::Number;
    Tolerance tolerance; // Number
    double maxWidth = 0; // Range: the widest range a prediction may give
    QList<Choice> choices;
    QList<Text> hints;
    QList<Reference> references;
    Highlight highlight;

    QString name() const { return id.mid(scenario.size() + 1); }
    const Choice* choice(const QString& id) const;
    // The time limit of its run: duration if set, else the scenario's default.
    double runDuration(const lab::ScenarioInfo& info) const;
    // "number in % (tolerance 10%)", "range in ms (at most 20 wide)", "choice: none | some".
    QString kindText(const QLocale& locale = QLocale::c()) const;
};

// Reads and checks an exercise: the syntax, the scenario, every parameter value (the scenario's
// ranges and its checkParams), every name in the expressions, the highlight. Every mistake goes
// to diags with its line; true if there was none. shipped: the texts are translated.
bool parseExercise(const QString& text, const QString& file, bool shipped, Exercise* out, Diagnostics* diags);
bool loadExercise(const QString& path, bool shipped, Exercise* out, Diagnostics* diags);

// What the student predicts.
struct Prediction {
    Kind kind = Kind::Number;
    double value = 0;    // Number
    double lo = 0, hi = 0; // Range
    QString choice;      // Choice: the choice's id
    QString text(const Exercise& ex, const QLocale& locale = QLocale::c()) const;
};

// Parses a prediction as typed on the command line: "1.5" or "1.5%" (the exercise's unit may
// follow), "10..20" for a range, a choice's id. False with the reason.
bool parsePrediction(const Exercise& ex, const QString& text, Prediction* out, QString* error);
// Checks a prediction built by the window (a range no wider than allowed, a known choice).
bool checkPrediction(const Exercise& ex, const Prediction& p, QString* error);

// What the run measured, for this exercise.
struct Measurement {
    double value = 0;
    QString choice; // Choice: the first choice whose range holds the value ("" = none)
    QList<QPair<QString, double>> references; // translated label, value
};

// Evaluates the answer (and the references) on the run's summary figures and parameters.
// False with the reason (a figure the run did not report, a division by zero).
bool measure(const Exercise& ex, const QVariantMap& summary, const QVariantMap& params, Measurement* out,
             QString* error);

enum class Verdict { Correct, Close, Wrong };
QString verdictId(Verdict v);    // "correct", "close", "wrong"
QString verdictTitle(Verdict v); // translated

struct Judgement {
    Verdict verdict = Verdict::Wrong;
    double distance = 0;  // Number: |prediction - measurement|; Range: how far outside the range
    double tolerance = 0; // Number: the allowed distance; Range: half the range's width
};

// Correct within the tolerance (edges included), close within twice it, else wrong. Choice:
// correct or wrong.
Judgement judge(const Exercise& ex, const Prediction& p, const Measurement& m);

// "Your prediction: 40 %. Measured: 37.2 %. Correct: within the tolerance of ±15 %." in the
// current language, numbers in `locale`.
QString describeJudgement(const Exercise& ex, const Prediction& p, const Measurement& m, const Judgement& j,
                          const QLocale& locale = QLocale::c());

// A number for people: up to 4 significant digits, no exponent for ordinary sizes.
QString formatNumber(double v, const QLocale& locale = QLocale::c());

} // namespace teach
