#include "Exercise.h"

#include "Setup.h"

#include "lab/Registry.h"

#include <QRegularExpression>


#include <algorithm>
#include <cmath>

namespace teach {

using namespace detail;

namespace {
const char* const kContext = "Exercise";

const QStringList& exerciseKeys()
{
    static const QStringList keys = {
        QStringLiteral("exercise"), QStringLiteral("title"), QStringLiteral("scenario"), QStringLiteral("set"),
        QStringLiteral("duration"), QStringLiteral("question"), QStringLiteral("answer"), QStringLiteral("kind"),
        QStringLiteral("unit"), QStringLiteral("tolerance"), QStringLiteral("max-width"), QStringLiteral("choice"),
        QStringLiteral("hint"), QStringLiteral("reference"), QStringLiteral("explanation"), QStringLiteral("highlight"),
    };
    return keys;
}

// Tolerances are compared with a hair of slack, so that a prediction exactly at the edge (as
// printed) counts as inside despite rounding in the arithmetic.
bool within(double distance, double tolerance)
{
    return distance <= tolerance * (1 + 1e-9) + 1e-12;
}

QString withUnit(const QString& number, const QString& unit)
{
    if (unit.isEmpty()) return number;
    if (unit == QLatin1String("%")) return number + unit;
    return number + QChar(0x202F) + unit; // narrow no-break space: "12 ms" never breaks
}

QString rangeText(double lo, double hi, const QLocale& locale)
{
    const QString a = std::isinf(lo) ? QString() : formatNumber(lo, locale);
    const QString b = std::isinf(hi) ? QString() : formatNumber(hi, locale);
    if (lo == hi) return a;
    return a + QStringLiteral("..") + b;
}
} // namespace

QString kindId(Kind k)
{
    switch (k) {
    case Kind::Number: return QStringLiteral("number");
    case Kind::Range: return QStringLiteral("range");
    case Kind::Choice: return QStringLiteral("choice");
    }
    return {};
}

double Tolerance::absoluteFor(double measured) const
{
    return relative ? value * std::fabs(measured) : value;
}

QString Tolerance::text(const QLocale& locale) const
{
    return relative ? formatNumber(value * 100, locale) + QLatin1Char('%') : formatNumber(value, locale);
}

bool Choice::contains(double v) const
{
    return v >= lo && v <= hi;
}

const Choice* Exercise::choice(const QString& cid) const
{
    for (const Choice& c : choices)
        if (c.id == cid) return &c;
    return nullptr;
}

double Exercise::runDuration(const lab::ScenarioInfo& info) const
{
    return duration >= 0 ? duration : info.defaultDuration;
}

QString Exercise::kindText(const QLocale& locale) const
{
    const QString u = unit.text();
    switch (kind) {
    case Kind::Number:
        if (tolerance.value == 0) return u.isEmpty() ? Teach::tr("a number (exact)") : Teach::tr("a number in %1 (exact)").arg(u);
        return u.isEmpty() ? Teach::tr("a number (tolerance ±%1)").arg(tolerance.text(locale))
                           : Teach::tr("a number in %1 (tolerance ±%2)").arg(u, tolerance.text(locale));
    case Kind::Range:
        return u.isEmpty() ? Teach::tr("a range low..high, at most %1 wide").arg(formatNumber(maxWidth, locale))
                           : Teach::tr("a range low..high in %1, at most %2 wide").arg(u, formatNumber(maxWidth, locale));
    case Kind::Choice: {
        QStringList ids;
        for (const Choice& c : choices) ids << c.id;
        return Teach::tr("one of: %1").arg(ids.join(QStringLiteral(", ")));
    }
    }
    return {};
}

bool parseExercise(const QString& text, const QString& file, bool shipped, Exercise* out, Diagnostics* diags)
{
    const int before = static_cast<int>(diags->size());
    const QList<Block> blocks = parseTextDoc(text, file, diags);
    for (int i = 1; i < blocks.size(); ++i)
        diags->append({file, blocks[i].line, QStringLiteral("an exercise has no blocks: '[%1]' belongs in a lesson").arg(blocks[i].name)});
    const Block& b = blocks.first();
    checkKeys(b, exerciseKeys(), file, diags);

    Exercise ex;
    ex.file = file;
    const Entry* idE = b.one(QStringLiteral("exercise"), file, diags);
    static const QRegularExpression idRe(QStringLiteral("^([a-z0-9_]+)\\.([a-z0-9][a-z0-9_-]*)$"));
    if (!idE) {
        diags->append({file, 1, QStringLiteral("'exercise: <scenario>.<name>' is missing (it says what the file is and names the exercise)")});
    } else if (const auto m = idRe.match(idE->value); !m.hasMatch()) {
        diags->append({file, idE->line, QStringLiteral("exercise id '%1' must be <scenario>.<name>: lower case letters, digits, '-' and '_'").arg(idE->value)});
    } else {
        ex.id = idE->value;
    }
    const auto required = [&](const char* key) -> const Entry* {
        const Entry* e = b.one(QString::fromLatin1(key), file, diags);
        if (!e) diags->append({file, idE ? idE->line : 1, QStringLiteral("'%1:' is missing").arg(QLatin1String(key))});
        else if (e->value.isEmpty()) { diags->append({file, e->line, QStringLiteral("'%1:' is empty").arg(QLatin1String(key))}); return nullptr; }
        return e;
    };
    const QString owner = ex.id.isEmpty() && idE ? idE->value : ex.id;
    const auto textOf = [&](const Entry* e, const char* field) {
        return makeText(e ? e->value : QString(), kContext, owner, field, shipped);
    };
    ex.title = textOf(required("title"), "title");
    ex.question = textOf(required("question"), "question");
    ex.explanation = textOf(required("explanation"), "explanation");
    if (const Entry* u = b.one(QStringLiteral("unit"), file, diags)) ex.unit = textOf(u, "unit");
    for (const Entry& h : b.all(QStringLiteral("hint"))) {
        if (h.value.isEmpty()) diags->append({file, h.line, QStringLiteral("'hint:' is empty")});
        else ex.hints << textOf(&h, "hint");
    }

    RunSetup setup;
    const bool setupOk = readRunSetup(b, file, true, &setup, diags);
    ex.scenario = setup.scenario;
    ex.settings = setup.settings;
    ex.values = setup.values;
    ex.duration = setup.duration;
    if (!ex.id.isEmpty() && !setup.scenario.isEmpty() && !ex.id.startsWith(setup.scenario + QLatin1Char('.')))
        diags->append({file, idE->line, QStringLiteral("exercise id '%1' must start with its scenario, '%2.'").arg(ex.id, setup.scenario)});
    const bool haveInfo = setupOk || lab::Registry::instance().contains(setup.scenario);
    const lab::ScenarioInfo& info = setup.info;

    if (const Entry* k = required("kind")) {
        if (k->value == QLatin1String("number")) ex.kind = Kind::Number;
        else if (k->value == QLatin1String("range")) ex.kind = Kind::Range;
        else if (k->value == QLatin1String("choice")) ex.kind = Kind::Choice;
        else diags->append({file, k->line, QStringLiteral("kind: expected number, range or choice, got '%1'").arg(k->value)});
    }
    if (const Entry* a = required("answer")) {
        QString error;
        if (!Expression::parse(a->value, &ex.answer, &error))
            diags->append({file, a->line, QStringLiteral("answer: %1").arg(error)});
        else if (haveInfo)
            checkNames(ex.answer, info, file, a->line, diags);
    }
    const Entry* tol = b.one(QStringLiteral("tolerance"), file, diags);
    const Entry* width = b.one(QStringLiteral("max-width"), file, diags);
    const QList<Entry> choiceLines = b.all(QStringLiteral("choice"));
    if (ex.kind == Kind::Number) {
        if (!tol) {
            diags->append({file, idE ? idE->line : 1, QStringLiteral("'tolerance:' is missing (kind: number): '10%' relative to the measurement, or '0.5' absolute")});
        } else {
            QString t = tol->value.trimmed();
            const bool rel = t.endsWith(QLatin1Char('%'));
            if (rel) t.chop(1);
            double v = 0;
            if (!readNumber(t, &v) || v < 0 || (rel && v > 1000))
                diags->append({file, tol->line, QStringLiteral("tolerance: expected '10%' (relative to the measurement, 0..1000%) or an absolute number ≥ 0, got '%1'").arg(tol->value)});
            else
                ex.tolerance = {rel, rel ? v / 100.0 : v};
        }
    } else if (tol) {
        diags->append({file, tol->line, QStringLiteral("tolerance applies to kind: number (a range is judged by its own width)")});
    }
    if (ex.kind == Kind::Range) {
        double w = 0;
        if (!width) diags->append({file, idE ? idE->line : 1, QStringLiteral("'max-width:' is missing (kind: range): the widest range a student may give")});
        else if (!readNumber(width->value, &w) || w <= 0)
            diags->append({file, width->line, QStringLiteral("max-width: expected a number > 0, got '%1'").arg(width->value)});
        else ex.maxWidth = w;
    } else if (width) {
        diags->append({file, width->line, QStringLiteral("max-width applies to kind: range")});
    }
    if (ex.kind == Kind::Choice) {
        static const QRegularExpression cid(QStringLiteral("^[a-z0-9][a-z0-9_-]*$"));
        for (const Entry& e : choiceLines) {
            const QStringList parts = e.value.split(QLatin1Char('|'));
            if (parts.size() != 3) {
                diags->append({file, e.line, QStringLiteral("expected 'choice: id | low..high | label', got '%1'").arg(e.value)});
                continue;
            }
            Choice c;
            c.id = parts[0].trimmed();
            if (!cid.match(c.id).hasMatch()) {
                diags->append({file, e.line, QStringLiteral("choice id '%1': lower case letters, digits, '-' and '_'").arg(c.id)});
                continue;
            }
            if (ex.choice(c.id)) {
                diags->append({file, e.line, QStringLiteral("choice '%1' is given twice").arg(c.id)});
                continue;
            }
            if (!readRange(parts[1], &c.lo, &c.hi)) {
                diags->append({file, e.line, QStringLiteral("choice %1: expected a range of the answer such as '0', '1..', '..0.5' or '0.5..2', got '%2'").arg(c.id, parts[1].trimmed())});
                continue;
            }
            if (parts[2].trimmed().isEmpty()) {
                diags->append({file, e.line, QStringLiteral("choice %1: the label is empty").arg(c.id)});
                continue;
            }
            c.label = makeText(parts[2].trimmed(), kContext, owner, "choice", shipped);
            for (const Choice& o : std::as_const(ex.choices))
                if (std::max(o.lo, c.lo) < std::min(o.hi, c.hi))
                    diags->append({file, e.line, QStringLiteral("choice %1 overlaps choice %2: a measurement must name one answer").arg(c.id, o.id)});
            ex.choices << c;
        }
        if (choiceLines.size() < 2)
            diags->append({file, choiceLines.isEmpty() ? (idE ? idE->line : 1) : choiceLines.first().line,
                           QStringLiteral("kind: choice needs at least two 'choice:' lines")});
    } else if (!choiceLines.isEmpty()) {
        diags->append({file, choiceLines.first().line, QStringLiteral("'choice:' applies to kind: choice")});
    }
    for (const Entry& e : b.all(QStringLiteral("reference"))) {
        const qsizetype bar = e.value.indexOf(QLatin1Char('|'));
        Reference r;
        QString error;
        if (bar <= 0 || e.value.mid(bar + 1).trimmed().isEmpty()) {
            diags->append({file, e.line, QStringLiteral("expected 'reference: expression | label', got '%1'").arg(e.value)});
        } else if (!Expression::parse(e.value.left(bar), &r.expr, &error)) {
            diags->append({file, e.line, QStringLiteral("reference: %1").arg(error)});
        } else {
            if (haveInfo) checkNames(r.expr, info, file, e.line, diags);
            r.label = makeText(e.value.mid(bar + 1).trimmed(), kContext, owner, "reference", shipped);
            ex.references << r;
        }
    }
    if (const Entry* h = required("highlight"); h && haveInfo) readHighlight(*h, info, file, &ex.highlight, diags);

    if (static_cast<int>(diags->size()) != before) return false;
    *out = ex;
    return true;
}

bool loadExercise(const QString& path, bool shipped, Exercise* out, Diagnostics* diags)
{
    QString text, error;
    if (!readTextFile(path, &text, &error)) {
        diags->append({path, 0, error});
        return false;
    }
    return parseExercise(text, path, shipped, out, diags);
}

QString Prediction::text(const Exercise& ex, const QLocale& locale) const
{
    const QString u = ex.unit.text();
    switch (kind) {
    case Kind::Number: return withUnit(formatNumber(value, locale), u);
    case Kind::Range: return withUnit(rangeText(lo, hi, locale), u);
    case Kind::Choice: {
        const Choice* c = ex.choice(choice);
        return c ? c->label.text() : choice;
    }
    }
    return {};
}

bool checkPrediction(const Exercise& ex, const Prediction& p, QString* error)
{
    if (p.kind != ex.kind) {
        if (error) *error = Teach::tr("this exercise asks for %1").arg(ex.kindText());
        return false;
    }
    if (p.kind == Kind::Number && !std::isfinite(p.value)) {
        if (error) *error = Teach::tr("the prediction must be a finite number");
        return false;
    }
    if (p.kind == Kind::Range) {
        if (!std::isfinite(p.lo) || !std::isfinite(p.hi) || p.lo > p.hi) {
            if (error) *error = Teach::tr("a range needs a low end no higher than its high end");
            return false;
        }
        if (p.hi - p.lo > ex.maxWidth * (1 + 1e-9)) {
            if (error) *error = Teach::tr("the range %1..%2 is %3 wide; this exercise allows at most %4")
                                    .arg(formatNumber(p.lo), formatNumber(p.hi), formatNumber(p.hi - p.lo), formatNumber(ex.maxWidth));
            return false;
        }
    }
    if (p.kind == Kind::Choice && !ex.choice(p.choice)) {
        QStringList ids;
        for (const Choice& c : ex.choices) ids << c.id;
        if (error) *error = Teach::tr("unknown choice '%1' (choose one of: %2)").arg(p.choice, ids.join(QStringLiteral(", ")));
        return false;
    }
    return true;
}

bool parsePrediction(const Exercise& ex, const QString& text, Prediction* out, QString* error)
{
    QString t = text.trimmed();
    Prediction p;
    p.kind = ex.kind;
    const QString unit = ex.unit.source;
    if (ex.kind != Kind::Choice && !unit.isEmpty() && t.endsWith(unit, Qt::CaseInsensitive)) t = t.chopped(unit.size()).trimmed();
    switch (ex.kind) {
    case Kind::Number:
        if (!readNumber(t, &p.value)) {
            if (error) *error = Teach::tr("expected a number such as 1.5 for %1, got '%2'").arg(ex.id, text);
            return false;
        }
        break;
    case Kind::Range: {
        const qsizetype dots = t.indexOf(QStringLiteral(".."));
        if (dots <= 0 || !readNumber(t.left(dots), &p.lo) || !readNumber(t.mid(dots + 2), &p.hi)) {
            if (error) *error = Teach::tr("expected a range low..high such as 10..20 for %1, got '%2'").arg(ex.id, text);
            return false;
        }
        break;
    }
    case Kind::Choice:
        p.choice = t.toLower();
        break;
    }
    if (!checkPrediction(ex, p, error)) return false;
    *out = p;
    return true;
}

bool measure(const Exercise& ex, const QVariantMap& summary, const QVariantMap& params, Measurement* out, QString* error)
{
    const Expression::Lookup lookup = [&](const QString& name, QString* why) -> std::optional<double> {
        const bool inSummary = summary.contains(name);
        if (!inSummary && !params.contains(name)) {
            if (name == QLatin1String("cores")) return lab::usableCpus();
            *why = Teach::tr("the run did not report '%1'").arg(name);
            return std::nullopt;
        }
        const QVariant v = inSummary ? summary.value(name) : params.value(name);
        if (v.typeId() == QMetaType::Bool) return v.toBool() ? 1.0 : 0.0;
        bool ok = false;
        const double d = v.toDouble(&ok);
        if (!ok || v.typeId() == QMetaType::QString) {
            *why = Teach::tr("'%1' is not a number ('%2')").arg(name, v.toString().left(40));
            return std::nullopt;
        }
        return d;
    };
    Measurement m;
    QString why;
    if (!ex.answer.evaluate(lookup, &m.value, &why)) {
        if (error) *error = Teach::tr("cannot compute the answer %1: %2").arg(ex.answer.text(), why);
        return false;
    }
    for (const Choice& c : ex.choices)
        if (c.contains(m.value)) { m.choice = c.id; break; }
    for (const Reference& r : ex.references) {
        double v = 0;
        if (r.expr.evaluate(lookup, &v, &why)) m.references.append({r.label.text(), v});
    }
    *out = m;
    return true;
}

QString verdictId(Verdict v)
{
    switch (v) {
    case Verdict::Correct: return QStringLiteral("correct");
    case Verdict::Close: return QStringLiteral("close");
    case Verdict::Wrong: return QStringLiteral("wrong");
    }
    return {};
}

QString verdictTitle(Verdict v)
{
    switch (v) {
    case Verdict::Correct: return Teach::tr("Correct");
    case Verdict::Close: return Teach::tr("Close");
    case Verdict::Wrong: return Teach::tr("Wrong");
    }
    return {};
}

Judgement judge(const Exercise& ex, const Prediction& p, const Measurement& m)
{
    Judgement j;
    switch (ex.kind) {
    case Kind::Number:
        j.distance = std::fabs(p.value - m.value);
        j.tolerance = ex.tolerance.absoluteFor(m.value);
        break;
    case Kind::Range: {
        const double centre = (p.lo + p.hi) / 2, half = (p.hi - p.lo) / 2;
        j.tolerance = half;
        j.distance = std::max(0.0, std::fabs(m.value - centre) - half);
        // Judged like a number at the range's centre with half its width as the tolerance.
        j.verdict = within(std::fabs(m.value - centre), half) ? Verdict::Correct
                    : within(std::fabs(m.value - centre), 2 * half) ? Verdict::Close : Verdict::Wrong;
        return j;
    }
    case Kind::Choice:
        j.verdict = !m.choice.isEmpty() && m.choice == p.choice ? Verdict::Correct : Verdict::Wrong;
        return j;
    }
    j.verdict = within(j.distance, j.tolerance) ? Verdict::Correct
                : within(j.distance, 2 * j.tolerance) ? Verdict::Close : Verdict::Wrong;
    return j;
}

QString describeJudgement(const Exercise& ex, const Prediction& p, const Measurement& m, const Judgement& j,
                          const QLocale& locale)
{
    const QString u = ex.unit.text();
    const QString measured = withUnit(formatNumber(m.value, locale), u);
    const QString predicted = p.text(ex, locale);
    QString tol;
    if (ex.kind == Kind::Number)
        tol = ex.tolerance.relative ? Teach::tr("±%1 (%2 of the measurement)").arg(withUnit(formatNumber(j.tolerance, locale), u), ex.tolerance.text(locale))
                                    : Teach::tr("±%1").arg(withUnit(formatNumber(j.tolerance, locale), u));
    switch (ex.kind) {
    case Kind::Number:
        if (ex.tolerance.value == 0) {
            if (j.verdict == Verdict::Correct) return Teach::tr("Predicted %1, measured %2: correct.").arg(predicted, measured);
            return Teach::tr("Predicted %1, measured %2: wrong. This answer must be exact; the prediction is off by %3.")
                .arg(predicted, measured, withUnit(formatNumber(j.distance, locale), u));
        }
        switch (j.verdict) {
        case Verdict::Correct:
            return Teach::tr("Predicted %1, measured %2: correct, within the tolerance of %3.").arg(predicted, measured, tol);
        case Verdict::Close:
            return Teach::tr("Predicted %1, measured %2: close. The prediction is off by %3, more than the tolerance of %4 but within twice it.")
                .arg(predicted, measured, withUnit(formatNumber(j.distance, locale), u), tol);
        case Verdict::Wrong:
            return Teach::tr("Predicted %1, measured %2: wrong. The prediction is off by %3; the tolerance is %4.")
                .arg(predicted, measured, withUnit(formatNumber(j.distance, locale), u), tol);
        }
        break;
    case Kind::Range:
        switch (j.verdict) {
        case Verdict::Correct:
            return Teach::tr("Predicted %1, measured %2: correct, inside the range.").arg(predicted, measured);
        case Verdict::Close:
            return Teach::tr("Predicted %1, measured %2: close. The measurement is %3 outside the range, within half the range's width (%4).")
                .arg(predicted, measured, withUnit(formatNumber(j.distance, locale), u), withUnit(formatNumber(j.tolerance, locale), u));
        case Verdict::Wrong:
            return Teach::tr("Predicted %1, measured %2: wrong. The measurement is %3 outside the range.")
                .arg(predicted, measured, withUnit(formatNumber(j.distance, locale), u));
        }
        break;
    case Kind::Choice: {
        const Choice* c = ex.choice(m.choice);
        if (!c)
            return Teach::tr("You chose \"%1\". The run measured %2, which matches none of the choices: wrong.").arg(predicted, measured);
        if (j.verdict == Verdict::Correct)
            return Teach::tr("You chose \"%1\" and the run agrees (measured %2): correct.").arg(predicted, measured);
        return Teach::tr("You chose \"%1\", but the run says \"%2\" (measured %3): wrong.").arg(predicted, c->label.text(), measured);
    }
    }
    return {};
}

QString formatNumber(double v, const QLocale& locale)
{
    if (!std::isfinite(v)) return std::isnan(v) ? QStringLiteral("nan") : (v > 0 ? QStringLiteral("∞") : QStringLiteral("-∞"));
    const double a = std::fabs(v);
    if (a != 0 && (a >= 1e9 || a < 1e-4)) return locale.toString(v, 'g', 4);
    int decimals = 0; // whole numbers as they are; others with four significant digits
    if (v != std::floor(v)) decimals = a >= 1000 ? 1 : std::clamp(3 - static_cast<int>(std::floor(std::log10(a))), 0, 8);
    QString s = locale.toString(v, 'f', decimals);
    if (decimals > 0) {
        const QString dp = locale.decimalPoint();
        while (s.endsWith(QLatin1Char('0'))) s.chop(1);
        if (s.endsWith(dp)) s.chop(dp.size());
    }
    return s;
}

} // namespace teach
