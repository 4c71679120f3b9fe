#include "Lesson.h"

#include "Setup.h"

#include "lab/Registry.h"

#include <QRegularExpression>

namespace teach {

using namespace detail;

namespace {
const char* const kContext = "Lesson";
constexpr int kMaxMinutes = 600;

bool readMinutes(const Entry& e, const QString& file, int* out, Diagnostics* diags)
{
    bool ok = false;
    const int m = e.value.toInt(&ok);
    if (!ok || m < 1 || m > kMaxMinutes) {
        diags->append({file, e.line, QStringLiteral("minutes: expected a whole number from 1 to %1, got '%2'").arg(kMaxMinutes).arg(e.value)});
        return false;
    }
    *out = m;
    return true;
}
} // namespace

double LessonStep::runDuration() const
{
    if (duration >= 0) return duration;
    return lab::Registry::instance().contains(scenario) ? lab::Registry::instance().info(scenario).defaultDuration : 0.0;
}

int Lesson::plannedMinutes() const
{
    int sum = 0;
    for (const LessonStep& s : steps) sum += s.minutes;
    return sum;
}

bool parseLesson(const QString& text, const QString& file, bool shipped, Lesson* out, Diagnostics* diags)
{
    const int before = static_cast<int>(diags->size());
    const QList<Block> blocks = parseTextDoc(text, file, diags);
    const Block& head = blocks.first();
    checkKeys(head, {QStringLiteral("lesson"), QStringLiteral("title"), QStringLiteral("summary"), QStringLiteral("minutes")}, file, diags);
    Lesson lesson;
    lesson.file = file;
    static const QRegularExpression idRe(QStringLiteral("^[a-z0-9][a-z0-9_-]*$"));
    const Entry* idE = head.one(QStringLiteral("lesson"), file, diags);
    if (!idE) diags->append({file, 1, QStringLiteral("'lesson: <name>' is missing (it says what the file is and names the lesson)")});
    else if (!idRe.match(idE->value).hasMatch())
        diags->append({file, idE->line, QStringLiteral("lesson name '%1': lower case letters, digits, '-' and '_'").arg(idE->value)});
    else lesson.id = idE->value;
    const QString owner = QStringLiteral("lesson:") + (idE ? idE->value : QString());
    const Entry* title = head.one(QStringLiteral("title"), file, diags);
    if (!title || title->value.isEmpty()) diags->append({file, title ? title->line : (idE ? idE->line : 1), QStringLiteral("'title:' is missing or empty")});
    else lesson.title = makeText(title->value, kContext, owner, "title", shipped);
    if (const Entry* s = head.one(QStringLiteral("summary"), file, diags)) lesson.summary = makeText(s->value, kContext, owner, "summary", shipped);
    if (const Entry* m = head.one(QStringLiteral("minutes"), file, diags)) readMinutes(*m, file, &lesson.minutes, diags);

    const QStringList stepKeys = {QStringLiteral("title"), QStringLiteral("scenario"), QStringLiteral("set"),
                                  QStringLiteral("duration"), QStringLiteral("talk"), QStringLiteral("question"),
                                  QStringLiteral("answer"), QStringLiteral("highlight"), QStringLiteral("minutes")};
    for (int i = 1; i < blocks.size(); ++i) {
        const Block& b = blocks[i];
        if (b.name != QLatin1String("step")) {
            diags->append({file, b.line, QStringLiteral("unknown block '[%1]': a lesson has only [step] blocks").arg(b.name)});
            continue;
        }
        checkKeys(b, stepKeys, file, diags);
        LessonStep step;
        step.line = b.line;
        const Entry* t = b.one(QStringLiteral("title"), file, diags);
        if (!t || t->value.isEmpty()) diags->append({file, t ? t->line : b.line, QStringLiteral("step %1: 'title:' is missing or empty").arg(i)});
        else step.title = makeText(t->value, kContext, owner, "title", shipped);
        const Entry* talk = b.one(QStringLiteral("talk"), file, diags);
        if (!talk || talk->value.isEmpty()) diags->append({file, talk ? talk->line : b.line, QStringLiteral("step %1: 'talk:' (the talking point) is missing or empty").arg(i)});
        else step.talk = makeText(talk->value, kContext, owner, "talk", shipped);
        if (const Entry* q = b.one(QStringLiteral("question"), file, diags)) step.question = makeText(q->value, kContext, owner, "question", shipped);
        if (const Entry* a = b.one(QStringLiteral("answer"), file, diags)) {
            step.answer = makeText(a->value, kContext, owner, "answer", shipped);
            if (step.question.isEmpty()) diags->append({file, a->line, QStringLiteral("step %1: 'answer:' without a 'question:'").arg(i)});
        }
        if (const Entry* m = b.one(QStringLiteral("minutes"), file, diags)) readMinutes(*m, file, &step.minutes, diags);
        RunSetup setup;
        const bool ok = readRunSetup(b, file, false, &setup, diags);
        step.scenario = setup.scenario;
        step.settings = setup.settings;
        step.values = setup.values;
        step.duration = setup.duration;
        if (const Entry* h = b.one(QStringLiteral("highlight"), file, diags)) {
            if (setup.scenario.isEmpty()) diags->append({file, h->line, QStringLiteral("step %1: 'highlight:' needs a 'scenario:'").arg(i)});
            else if (ok || lab::Registry::instance().contains(setup.scenario)) readHighlight(*h, setup.info, file, &step.highlight, diags);
        }
        lesson.steps << step;
    }
    if (blocks.size() == 1) diags->append({file, 1, QStringLiteral("a lesson needs at least one [step]")});
    if (static_cast<int>(diags->size()) != before) return false;
    *out = lesson;
    return true;
}

bool loadLesson(const QString& path, bool shipped, Lesson* out, Diagnostics* diags)
{
    QString text, error;
    if (!readTextFile(path, &text, &error)) {
        diags->append({path, 0, error});
        return false;
    }
    return parseLesson(text, path, shipped, out, diags);
}

} // namespace teach
