// `pplab exercises [scenario]`, `pplab exercise <id> [--predict VALUE]`, `pplab lessons`,
// `pplab lesson check FILE`: exercises with predictions for self-study and course autograders,
// lessons for the lecture hall (docs/exercises.md, docs/lessons.md).
#include "CliCommands.h"

#include "Cli.h"
#include "CliUtil.h"
#include "Catalog.h"
#include "Progress.h"
#include "lab/Registry.h"
#include "lab/Runner.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <atomic>
#include <csignal>
#include <cstdio>

namespace cli {

namespace {
std::atomic<bool> g_interrupted{false};
extern "C" void onExerciseInterrupt(int) { g_interrupted.store(true); }

// Paragraphs wrapped at 78 columns, each line indented.
QString wrapped(const QString& text, int indent = 2, int width = 78)
{
    QString result;
    const QString pad(indent, QLatin1Char(' '));
    const QStringList paragraphs = text.split(QStringLiteral("\n\n"));
    for (int p = 0; p < paragraphs.size(); ++p) {
        if (p > 0) result += QLatin1Char('\n');
        QString line;
        for (const QString& word : paragraphs[p].split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!line.isEmpty() && indent + line.size() + 1 + word.size() > width) {
                result += pad + line + QLatin1Char('\n');
                line.clear();
            }
            line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        }
        if (!line.isEmpty()) result += pad + line + QLatin1Char('\n');
    }
    return result;
}

QString settingsText(const QList<QPair<QString, QString>>& settings)
{
    QStringList s;
    for (const auto& [k, v] : settings) s << QStringLiteral("--set %1=%2").arg(k, v);
    return s.isEmpty() ? QStringLiteral("(the defaults)") : s.join(QLatin1Char(' '));
}

QString durationText(double s)
{
    return s > 0 ? QStringLiteral("at most %1 s").arg(s) : QStringLiteral("until it ends by itself");
}

QString highlightText(const teach::Exercise& ex)
{
    const lab::ScenarioInfo info = lab::Registry::instance().info(ex.scenario);
    if (ex.highlight.target == teach::Highlight::Chart) {
        for (const lab::ChartSpec& c : info.charts)
            if (c.key == ex.highlight.key) return QStringLiteral("the chart \"%1\" (%2)").arg(c.title, c.key);
    } else if (ex.highlight.target == teach::Highlight::Counter) {
        return QStringLiteral("the counter \"%1\" (summary.%2)").arg(info.figures.value(ex.highlight.key), ex.highlight.key);
    }
    return {};
}

void printHints(const teach::Exercise& ex, int n)
{
    for (int i = 0; i < n && i < ex.hints.size(); ++i)
        out(QStringLiteral("Hint %1 of %2:\n").arg(i + 1).arg(ex.hints.size()) + wrapped(ex.hints[i].text()));
}

void printQuestion(const teach::Exercise& ex)
{
    const lab::ScenarioInfo info = lab::Registry::instance().info(ex.scenario);
    out(QStringLiteral("%1 — %2\n").arg(ex.id, ex.title.text()));
    out(QStringLiteral("Scenario: %1 (%2), %3\n").arg(ex.scenario, info.title, durationText(ex.runDuration(info))));
    out(QStringLiteral("Parameters: %1\n\n").arg(settingsText(ex.settings)));
    out(wrapped(ex.question.text(), 0));
    out(QStringLiteral("\nKind: %1\n").arg(teach::kindId(ex.kind)));
    if (!ex.unit.isEmpty()) out(QStringLiteral("Unit: %1\n").arg(ex.unit.text()));
    switch (ex.kind) {
    case teach::Kind::Number:
        if (ex.tolerance.value == 0) out(QStringLiteral("Tolerance: none (exact)\n"));
        else out(QStringLiteral("Tolerance: ±%1%2\n").arg(ex.tolerance.text(), ex.tolerance.relative ? QStringLiteral(" of the measurement") : QString()));
        break;
    case teach::Kind::Range:
        out(QStringLiteral("Predict a range LOW..HIGH at most %1 wide\n").arg(teach::formatNumber(ex.maxWidth)));
        break;
    case teach::Kind::Choice:
        out(QStringLiteral("Choices:\n"));
        for (const teach::Choice& c : ex.choices) out(QStringLiteral("  %1  %2\n").arg(padded(c.id, 12), c.label.text()));
        break;
    }
    out(QStringLiteral("Hints: %1%2\n").arg(ex.hints.size()).arg(ex.hints.isEmpty() ? QString() : QStringLiteral(" (show them with --hints N)")));
    out(QStringLiteral("Answer with: pplab exercise %1 --predict VALUE\n").arg(ex.id));
}

// Waits for the run, passing Ctrl-C on as Stop.
void supervise(lab::Runner& runner)
{
    g_interrupted = false;
    struct sigaction sa{}, oldInt{}, oldTerm{};
    sa.sa_handler = onExerciseInterrupt;
    sigaction(SIGINT, &sa, &oldInt);
    sigaction(SIGTERM, &sa, &oldTerm);
    while (runner.waitFinished(100) == lab::RunStatus::Running) {
        runner.recorder()->drain();
        if (g_interrupted.exchange(false)) runner.stop();
    }
    sigaction(SIGINT, &oldInt, nullptr);
    sigaction(SIGTERM, &oldTerm, nullptr);
    runner.recorder()->drain();
}

// Checks an exercise or a lesson file (told apart by its first key).
bool checkFile(const QString& path)
{
    QString text, error;
    if (!teach::readTextFile(path, &text, &error)) { printError(error); return false; }
    teach::Diagnostics diags;
    const QList<teach::Block> blocks = teach::parseTextDoc(text, path, nullptr);
    const bool isExercise = !blocks.isEmpty() && !blocks.first().entries.isEmpty()
                            && blocks.first().entries.first().key == QLatin1String("exercise");
    QString what;
    if (isExercise) {
        teach::Exercise ex;
        if (teach::parseExercise(text, path, false, &ex, &diags)) what = QStringLiteral("exercise %1, %2 hint(s)").arg(ex.id).arg(ex.hints.size());
    } else {
        teach::Lesson l;
        if (teach::parseLesson(text, path, false, &l, &diags)) {
            what = QStringLiteral("lesson %1, %2 step(s)").arg(l.id).arg(l.steps.size());
            if (l.plannedMinutes() > 0) what += QStringLiteral(", %1 min planned").arg(l.plannedMinutes());
        }
    }
    for (const teach::Diagnostic& d : diags) std::fprintf(stderr, "%s\n", d.toString().toLocal8Bit().constData());
    if (!diags.isEmpty()) {
        std::fprintf(stderr, "%s: %d mistake(s)\n", path.toLocal8Bit().constData(), static_cast<int>(diags.size()));
        return false;
    }
    out(QStringLiteral("%1: ok (%2)\n").arg(path, what));
    return true;
}

int checkCommand(const QStringList& files, const QString& usage)
{
    if (files.isEmpty()) { printError(usage); return Usage; }
    bool ok = true;
    for (const QString& f : files) ok = checkFile(f) && ok;
    return ok ? Ok : Usage;
}

void reportShippedProblems()
{
    for (const teach::Diagnostic& d : teach::Catalog::shipped().problems())
        std::fprintf(stderr, "pplab: a shipped file is broken and left out: %s\n", d.toString().toLocal8Bit().constData());
}

QJsonObject resultJson(const teach::Exercise& ex, const teach::Prediction& p, const teach::Measurement& m,
                       const teach::Judgement& j, const lab::RunRecord& run)
{
    QJsonObject pred{{QStringLiteral("text"), p.text(ex)}};
    switch (ex.kind) {
    case teach::Kind::Number: pred.insert(QStringLiteral("value"), p.value); break;
    case teach::Kind::Range: pred.insert(QStringLiteral("low"), p.lo); pred.insert(QStringLiteral("high"), p.hi); break;
    case teach::Kind::Choice: pred.insert(QStringLiteral("choice"), p.choice); break;
    }
    QJsonObject o{{QStringLiteral("format"), QStringLiteral("pplab-exercise-result")},
                  {QStringLiteral("version"), 1},
                  {QStringLiteral("exercise"), ex.id},
                  {QStringLiteral("kind"), teach::kindId(ex.kind)},
                  {QStringLiteral("unit"), ex.unit.text()},
                  {QStringLiteral("answer"), ex.answer.text()},
                  {QStringLiteral("prediction"), pred},
                  {QStringLiteral("measured"), m.value},
                  {QStringLiteral("verdict"), teach::verdictId(j.verdict)},
                  {QStringLiteral("within_tolerance"), j.verdict == teach::Verdict::Correct},
                  {QStringLiteral("message"), teach::describeJudgement(ex, p, m, j)}};
    if (ex.kind == teach::Kind::Number) {
        o.insert(QStringLiteral("tolerance"), j.tolerance);
        o.insert(QStringLiteral("tolerance_text"), ex.tolerance.text());
        o.insert(QStringLiteral("distance"), j.distance);
    } else if (ex.kind == teach::Kind::Range) {
        o.insert(QStringLiteral("distance"), j.distance);
    } else {
        o.insert(QStringLiteral("measured_choice"), m.choice);
    }
    QJsonArray refs;
    for (const auto& [label, value] : m.references) refs.append(QJsonObject{{QStringLiteral("label"), label}, {QStringLiteral("value"), value}});
    o.insert(QStringLiteral("references"), refs);
    o.insert(QStringLiteral("run"), lab::toJson(run));
    return o;
}
} // namespace

int exercisesCommand(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("List the exercises, one a line: id, then title."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("scenario"), QStringLiteral("only this scenario's exercises"), QStringLiteral("exercises [scenario]"));
    const QCommandLineOption markdown(QStringLiteral("markdown"), QStringLiteral("Print the list for the scenario's docs page (docs/scenarios/<id>.md)."));
    p.addOption(markdown);
    if (!parseOrFail(p, args)) return Usage;
    if (p.isSet(QStringLiteral("help"))) { out(p.helpText()); return Ok; }
    const QStringList pos = p.positionalArguments();
    if (pos.size() > 1) { printError(QStringLiteral("exercises takes at most one scenario id")); return Usage; }
    const QString scenario = pos.value(0);
    auto& reg = lab::Registry::instance();
    if (!scenario.isEmpty() && !reg.contains(scenario)) {
        printError(QStringLiteral("unknown scenario '%1' (known: %2)").arg(scenario, reg.ids().join(QStringLiteral(", "))));
        return Usage;
    }
    if (p.isSet(markdown)) {
        if (scenario.isEmpty()) { printError(QStringLiteral("--markdown needs a scenario id")); return Usage; }
        out(teach::exercisesMarkdown(scenario));
        return Ok;
    }
    reportShippedProblems();
    const QList<teach::Exercise> list = teach::Catalog::shipped().exercises(scenario);
    int w = 10;
    for (const teach::Exercise& e : list) w = std::max(w, static_cast<int>(e.id.size()) + 2);
    for (const teach::Exercise& e : list) out(padded(e.id, w) + e.title.text() + QLatin1Char('\n'));
    return Ok;
}

int exerciseCommand(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Ask an exercise's question, or run it and judge a prediction.\n"
        "Exit codes: 0 the prediction is within the tolerance, 3 it is not (close or wrong), 1 the run\n"
        "failed, 2 usage error (unknown id, malformed prediction). `pplab exercise check FILE` checks a file."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("id"), QStringLiteral("exercise id (see pplab exercises), or an exercise file of your own"),
                            QStringLiteral("exercise <id|FILE>"));
    const QCommandLineOption predict(QStringLiteral("predict"), QStringLiteral("Your prediction: a number (the unit may follow), LOW..HIGH for a range, or a choice's id. Runs the experiment and judges it."), QStringLiteral("VALUE"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Write the verdict and the run as JSON ('-' = stdout)."), QStringLiteral("FILE"));
    const QCommandLineOption hints(QStringLiteral("hints"), QStringLiteral("Show the first N hints."), QStringLiteral("N"));
    p.addOptions({predict, json, hints});
    if (!parseOrFail(p, args)) return Usage;
    if (p.isSet(QStringLiteral("help"))) { out(p.helpText()); return Ok; }
    const QStringList pos = p.positionalArguments();
    if (pos.value(0) == QLatin1String("check")) return checkCommand(pos.mid(1), QStringLiteral("exercise check needs one or more files"));
    if (pos.size() != 1) { printError(QStringLiteral("exercise needs one exercise id (see pplab exercises)")); return Usage; }
    teach::Exercise ex;
    if (pos.first().endsWith(QLatin1String(".exercise")) || QFileInfo(pos.first()).isFile()) {
        // A teacher's own exercise file, used as written.
        teach::Diagnostics diags;
        if (!teach::loadExercise(pos.first(), false, &ex, &diags)) {
            for (const teach::Diagnostic& d : diags) std::fprintf(stderr, "%s\n", d.toString().toLocal8Bit().constData());
            return Usage;
        }
    } else {
        reportShippedProblems();
        const teach::Catalog& cat = teach::Catalog::shipped();
        const teach::Exercise* found = cat.exercise(pos.first());
        if (!found) {
            QString near;
            for (const teach::Exercise& e : cat.exercises())
                if (e.id.startsWith(pos.first().section(QLatin1Char('.'), 0, 0) + QLatin1Char('.'))) near += QStringLiteral(" ") + e.id;
            printError(QStringLiteral("unknown exercise '%1'%2").arg(pos.first(), near.isEmpty() ? QStringLiteral(" (see pplab exercises)") : QStringLiteral(" (this scenario has:%1)").arg(near)));
            return Usage;
        }
        ex = *found;
    }
    int hintCount = 0;
    if (p.isSet(hints)) {
        bool ok = false;
        hintCount = p.value(hints).toInt(&ok);
        if (!ok || hintCount < 0) { printError(QStringLiteral("--hints: expected a whole number ≥ 0, got '%1'").arg(p.value(hints))); return Usage; }
        hintCount = std::min(hintCount, static_cast<int>(ex.hints.size()));
    }
    if (!p.isSet(predict)) {
        if (p.isSet(json)) { printError(QStringLiteral("--json needs --predict (it writes the verdict)")); return Usage; }
        printQuestion(ex);
        if (hintCount > 0) { out(QStringLiteral("\n")); printHints(ex, hintCount); }
        return Ok;
    }
    teach::Prediction prediction;
    QString error;
    if (!teach::parsePrediction(ex, p.value(predict), &prediction, &error)) { printError(error); return Usage; }
    const QString jsonPath = p.value(json);
    if (!checkOutputs({jsonPath})) return Usage;
    const bool quiet = jsonPath == QLatin1String("-");

    auto& reg = lab::Registry::instance();
    const lab::ScenarioInfo info = reg.info(ex.scenario);
    lab::Params params;
    if (!lab::validate(info.params, ex.values, &params, &error)) { printError(QStringLiteral("%1: %2").arg(ex.id, error)); return RunFailed; }
    if (!quiet) {
        out(QStringLiteral("%1 — %2\n").arg(ex.id, ex.title.text()));
        if (hintCount > 0) printHints(ex, hintCount);
        out(QStringLiteral("Running %1 %2, %3 …\n").arg(ex.scenario, settingsText(ex.settings), durationText(ex.runDuration(info))));
        std::fflush(stdout);
    }
    lab::Runner runner;
    if (!runner.start(reg.create(ex.scenario), params, ex.runDuration(info), QRandomGenerator::global()->generate64(), &error)) {
        printError(error);
        return RunFailed;
    }
    supervise(runner);
    const lab::RunStatus status = runner.status();
    const lab::RunRecord record = runner.record(info);
    if (status == lab::RunStatus::Failed) { printError(QStringLiteral("%1 failed: %2").arg(ex.scenario, runner.errorMessage())); return RunFailed; }
    if (status == lab::RunStatus::Stopped) {
        // Stopped with Ctrl-C (a time limit ends a run as finished): not the whole experiment.
        printError(QStringLiteral("the run was interrupted; no verdict"));
        return RunFailed;
    }
    teach::Measurement m;
    if (!teach::measure(ex, record.data->summary, params.values(), &m, &error)) { printError(error); return RunFailed; }
    const teach::Judgement j = teach::judge(ex, prediction, m);

    if (!quiet) {
        const QString u = ex.unit.text();
        out(QStringLiteral("Prediction:  %1\n").arg(prediction.text(ex)));
        QString measured = teach::formatNumber(m.value) + (u.isEmpty() ? QString() : (u == QLatin1String("%") ? u : QStringLiteral(" ") + u));
        if (ex.kind == teach::Kind::Choice && ex.choice(m.choice)) measured += QStringLiteral(" → %1").arg(ex.choice(m.choice)->label.text());
        out(QStringLiteral("Measured:    %1  (%2)\n").arg(measured, ex.answer.text()));
        for (const auto& [label, value] : m.references) out(QStringLiteral("             %1: %2\n").arg(label, teach::formatNumber(value)));
        out(QStringLiteral("Verdict:     %1\n").arg(teach::verdictId(j.verdict)));
        out(wrapped(teach::describeJudgement(ex, prediction, m, j)));
        out(QStringLiteral("\nExplanation:\n") + wrapped(ex.explanation.text()));
        const QString where = highlightText(ex);
        if (!where.isEmpty()) out(QStringLiteral("\nIn the window, look at %1.\n").arg(where));
    }
    teach::Progress progress;
    QString warning;
    progress.load(&warning);
    if (!warning.isEmpty()) printError(warning);
    QString perror;
    if (!progress.record(ex.id, {QDateTime::currentDateTimeUtc(), prediction.text(ex), m.value, teach::verdictId(j.verdict), hintCount}, &perror)
        && !perror.isEmpty())
        printError(QStringLiteral("progress not saved: %1").arg(perror));
    if (!jsonPath.isEmpty() && !writeOutput(jsonPath, QJsonDocument(resultJson(ex, prediction, m, j, record)).toJson(QJsonDocument::Indented)))
        return RunFailed;
    return j.verdict == teach::Verdict::Correct ? Ok : NotWithinTolerance;
}

int lessonsCommand(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("List the lessons pplab ships: id, title, steps and planned minutes."));
    p.addHelpOption();
    if (!parseOrFail(p, args)) return Usage;
    if (p.isSet(QStringLiteral("help"))) { out(p.helpText()); return Ok; }
    if (!p.positionalArguments().isEmpty()) { printError(QStringLiteral("lessons takes no arguments")); return Usage; }
    reportShippedProblems();
    const QList<teach::Lesson> list = teach::Catalog::shipped().lessons();
    int w = 10;
    for (const teach::Lesson& l : list) w = std::max(w, static_cast<int>(l.id.size()) + 2);
    for (const teach::Lesson& l : list) {
        const int minutes = l.minutes > 0 ? l.minutes : l.plannedMinutes();
        out(padded(l.id, w) + l.title.text()
            + QStringLiteral(" (%1 steps%2)\n").arg(l.steps.size()).arg(minutes > 0 ? QStringLiteral(", %1 min").arg(minutes) : QString()));
    }
    return Ok;
}

int lessonCommand(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "`pplab lesson check FILE...` checks lesson (or exercise) files and names the line of every mistake\n"
        "(exit 2 if there is one). `pplab lesson ID|FILE` prints a lesson's steps."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("what"), QStringLiteral("check FILE..., or a lesson id or file"), QStringLiteral("lesson check FILE... | lesson ID|FILE"));
    if (!parseOrFail(p, args)) return Usage;
    if (p.isSet(QStringLiteral("help"))) { out(p.helpText()); return Ok; }
    const QStringList pos = p.positionalArguments();
    if (pos.value(0) == QLatin1String("check")) return checkCommand(pos.mid(1), QStringLiteral("lesson check needs one or more files"));
    if (pos.size() != 1) { printError(QStringLiteral("lesson needs 'check FILE...' or one lesson id or file (see pplab lessons)")); return Usage; }
    teach::Lesson lesson;
    if (const teach::Lesson* l = teach::Catalog::shipped().lesson(pos.first())) {
        lesson = *l;
    } else {
        teach::Diagnostics diags;
        if (!QFileInfo::exists(pos.first())) { printError(QStringLiteral("no lesson '%1' (see pplab lessons) and no such file").arg(pos.first())); return Usage; }
        if (!teach::loadLesson(pos.first(), false, &lesson, &diags)) {
            for (const teach::Diagnostic& d : diags) std::fprintf(stderr, "%s\n", d.toString().toLocal8Bit().constData());
            return Usage;
        }
    }
    out(QStringLiteral("%1 — %2\n").arg(lesson.id, lesson.title.text()));
    if (!lesson.summary.isEmpty()) out(wrapped(lesson.summary.text(), 0));
    for (int i = 0; i < lesson.steps.size(); ++i) {
        const teach::LessonStep& s = lesson.steps[i];
        out(QStringLiteral("\n%1. %2%3\n").arg(i + 1).arg(s.title.text(), s.minutes > 0 ? QStringLiteral(" (%1 min)").arg(s.minutes) : QString()));
        if (s.hasRun()) out(QStringLiteral("   pplab run %1 %2%3\n").arg(s.scenario, settingsText(s.settings), s.duration >= 0 ? QStringLiteral(" --duration %1").arg(s.duration) : QString()));
        out(wrapped(s.talk.text(), 3));
        if (!s.question.isEmpty()) out(QStringLiteral("   Question: ") + wrapped(s.question.text(), 3).trimmed() + QLatin1Char('\n'));
    }
    return Ok;
}

} // namespace cli
