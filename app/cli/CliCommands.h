#pragma once
#include <QStringList>

namespace cli {
// Each takes the program name followed by the command's own arguments.
int listCommand(const QStringList& args);
int describeCommand(const QStringList& args);
int runCommand(const QStringList& args);
int compareCommand(const QStringList& args);
int fifoCommand(const QStringList& args);
int exercisesCommand(const QStringList& args);
int exerciseCommand(const QStringList& args);
int lessonsCommand(const QStringList& args);
int lessonCommand(const QStringList& args);

// One-line error to stderr, prefixed with "pplab: ".
void printError(const QString& message);
} // namespace cli
