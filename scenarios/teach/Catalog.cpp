#include "Catalog.h"

#include "lab/Registry.h"

#include <QDir>

#include <algorithm>

namespace teach {

const char* const kDocsBegin = "<!-- exercises: generated from scenarios/%1/exercises by `pplab exercises %1 --markdown`; tst_teach checks it -->";
const char* const kDocsEnd = "<!-- end of exercises -->";

const Catalog& Catalog::shipped()
{
    static const Catalog c = load();
    return c;
}

Catalog Catalog::load()
{
    Catalog c;
    // In the order of the scenario list: by category, then as the scenarios were added.
    auto& reg = lab::Registry::instance();
    QStringList ids = reg.ids();
    std::stable_sort(ids.begin(), ids.end(), [&reg](const QString& a, const QString& b) {
        return lab::categoryOrder(reg.info(a).category) < lab::categoryOrder(reg.info(b).category);
    });
    for (const QString& id : std::as_const(ids)) {
        const QString dir = QStringLiteral(":/exercises/") + id;
        for (const QString& name : QDir(dir).entryList({QStringLiteral("*.exercise")}, QDir::Files, QDir::Name)) {
            const QString path = dir + QLatin1Char('/') + name;
            c.m_files << path;
            Exercise ex;
            Diagnostics d;
            if (!loadExercise(path, true, &ex, &d)) { c.m_problems += d; continue; }
            if (ex.scenario != id) {
                c.m_problems.append({path, 0, QStringLiteral("an exercise of %1 in the folder of %2").arg(ex.scenario, id)});
                continue;
            }
            if (c.exercise(ex.id)) {
                c.m_problems.append({path, 0, QStringLiteral("exercise id %1 is used twice").arg(ex.id)});
                continue;
            }
            c.m_exercises << ex;
        }
    }
    const QString dir = QStringLiteral(":/lessons");
    for (const QString& name : QDir(dir).entryList({QStringLiteral("*.lesson")}, QDir::Files, QDir::Name)) {
        const QString path = dir + QLatin1Char('/') + name;
        c.m_files << path;
        Lesson l;
        Diagnostics d;
        if (!loadLesson(path, true, &l, &d)) { c.m_problems += d; continue; }
        if (c.lesson(l.id)) {
            c.m_problems.append({path, 0, QStringLiteral("lesson name %1 is used twice").arg(l.id)});
            continue;
        }
        c.m_lessons << l;
    }
    return c;
}

QList<Exercise> Catalog::exercises(const QString& scenario) const
{
    if (scenario.isEmpty()) return m_exercises;
    QList<Exercise> out;
    for (const Exercise& e : m_exercises)
        if (e.scenario == scenario) out << e;
    return out;
}

const Exercise* Catalog::exercise(const QString& id) const
{
    for (const Exercise& e : m_exercises)
        if (e.id == id) return &e;
    return nullptr;
}

const Lesson* Catalog::lesson(const QString& id) const
{
    for (const Lesson& l : m_lessons)
        if (l.id == id) return &l;
    return nullptr;
}

QString exercisesMarkdown(const QString& scenario)
{
    QString md = QString::fromLatin1(kDocsBegin).arg(scenario) + QLatin1Char('\n');
    md += QStringLiteral("\n### Exercises in pplab\n\n");
    md += QStringLiteral("Open them in the window (*View → Exercises*) or run them in a terminal: `pplab exercise ID` asks the\n"
                         "question, `pplab exercise ID --predict VALUE` runs the experiment and judges the prediction\n"
                         "(see [exercises.md](../exercises.md)).\n\n");
    const QList<Exercise> list = Catalog::shipped().exercises(scenario);
    if (list.isEmpty()) md += QStringLiteral("None yet.\n");
    for (const Exercise& ex : list) {
        md += QStringLiteral("- **%1** (`%2`). %3\n").arg(ex.title.source, ex.id, ex.question.source);
        QStringList set;
        for (const auto& [k, v] : ex.settings) set << QStringLiteral("%1=%2").arg(k, v);
        QString run = set.isEmpty() ? QStringLiteral("the defaults") : QStringLiteral("`%1`").arg(set.join(QLatin1Char(' ')));
        if (ex.duration >= 0) run += QStringLiteral(", %1 s").arg(ex.duration);
        QString judged;
        switch (ex.kind) {
        case Kind::Number:
            judged = QStringLiteral("a number%1, judged against `%2` as measured, %3")
                         .arg(ex.unit.isEmpty() ? QString() : QStringLiteral(" in %1").arg(ex.unit.source), ex.answer.text(),
                              ex.tolerance.value == 0 ? QStringLiteral("exactly")
                                                      : QStringLiteral("tolerance ±") + ex.tolerance.text()
                                                            + (ex.tolerance.relative ? QStringLiteral(" of the measurement") : QString()));
            break;
        case Kind::Range:
            judged = QStringLiteral("a range%1 at most %2 wide, judged against `%3` as measured")
                         .arg(ex.unit.isEmpty() ? QString() : QStringLiteral(" in %1").arg(ex.unit.source), formatNumber(ex.maxWidth), ex.answer.text());
            break;
        case Kind::Choice: {
            QStringList cs;
            for (const Choice& c : ex.choices) cs << QStringLiteral("`%1`").arg(c.id);
            judged = QStringLiteral("one of %1, judged by the range `%2` falls in").arg(cs.join(QStringLiteral(", ")), ex.answer.text());
            break;
        }
        }
        md += QStringLiteral("  Runs %1; predict %2. %3 hint%4.\n").arg(run, judged).arg(ex.hints.size()).arg(ex.hints.size() == 1 ? QString() : QStringLiteral("s"));
    }
    md += QLatin1Char('\n') + QString::fromLatin1(kDocsEnd) + QLatin1Char('\n');
    return md;
}

} // namespace teach
