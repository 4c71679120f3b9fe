#pragma once
// What exercises and lessons share: the run they set up (scenario, `set:` lines, duration), the
// highlight, translated texts and the checks of names and ranges. Internal to pplab_teach.
#include "Exercise.h"
#include "TextDoc.h"

#include "lab/Scenario.h"

#include <QSet>

namespace teach::detail {

struct RunSetup {
    QString scenario;
    lab::ScenarioInfo info;
    QList<QPair<QString, QString>> settings;
    QVariantMap values;
    double duration = -1;
};

// Reads `scenario:`, the `set:` lines and `duration:` of a block and checks them against the
// scenario. required: a missing `scenario:` is a mistake (else the block runs nothing).
bool readRunSetup(const Block& b, const QString& file, bool required, RunSetup* out, Diagnostics* diags);
// `highlight: chart KEY` or `highlight: counter KEY`, checked against the scenario.
bool readHighlight(const Entry& e, const lab::ScenarioInfo& info, const QString& file, Highlight* out, Diagnostics* diags);
// The names an expression may use in this scenario: figures, numeric parameters, `cores`.
bool checkNames(const Expression& expr, const lab::ScenarioInfo& info, const QString& file, int line, Diagnostics* diags);
// Keys not in `known` are mistakes.
void checkKeys(const Block& b, const QStringList& known, const QString& file, Diagnostics* diags);
// A number written in a file (C locale).
bool readNumber(const QString& s, double* out);
// "a..b", "a..", "..b" or "a" (a = b); false if malformed or lo > hi.
bool readRange(const QString& s, double* lo, double* hi);
Text makeText(const QString& source, const char* context, const QString& owner, const char* field, bool shipped);

} // namespace teach::detail
