#include "Setup.h"

#include "lab/Registry.h"

#include <cmath>
#include <limits>

namespace teach::detail {

bool readNumber(const QString& s, double* out)
{
    bool ok = false;
    const double v = s.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v)) return false;
    *out = v;
    return true;
}

bool readRange(const QString& s, double* lo, double* hi)
{
    const QString t = s.trimmed();
    const qsizetype dots = t.indexOf(QStringLiteral(".."));
    if (dots < 0) {
        double v = 0;
        if (!readNumber(t, &v)) return false;
        *lo = *hi = v;
        return true;
    }
    const QString a = t.left(dots).trimmed(), b = t.mid(dots + 2).trimmed();
    if (a.isEmpty() && b.isEmpty()) return false;
    double l = -std::numeric_limits<double>::infinity(), h = std::numeric_limits<double>::infinity();
    if (!a.isEmpty() && !readNumber(a, &l)) return false;
    if (!b.isEmpty() && !readNumber(b, &h)) return false;
    if (l > h) return false;
    *lo = l;
    *hi = h;
    return true;
}

Text makeText(const QString& source, const char* context, const QString& owner, const char* field, bool shipped)
{
    Text t;
    t.source = source;
    t.context = context;
    t.disambiguation = (owner + QLatin1Char('/') + QLatin1String(field)).toUtf8();
    t.translated = shipped;
    return t;
}

void checkKeys(const Block& b, const QStringList& known, const QString& file, Diagnostics* diags)
{
    for (const Entry& e : b.entries)
        if (!known.contains(e.key))
            diags->append({file, e.line, QStringLiteral("unknown key '%1' (known here: %2)").arg(e.key, known.join(QStringLiteral(", ")))});
}

bool readRunSetup(const Block& b, const QString& file, bool required, RunSetup* out, Diagnostics* diags)
{
    const int before = static_cast<int>(diags->size());
    const Entry* sc = b.one(QStringLiteral("scenario"), file, diags);
    const QList<Entry> sets = b.all(QStringLiteral("set"));
    const Entry* du = b.one(QStringLiteral("duration"), file, diags);
    if (!sc) {
        if (required) diags->append({file, b.line, QStringLiteral("'scenario:' is missing")});
        else if (!sets.isEmpty() || du) diags->append({file, (sets.isEmpty() ? du->line : sets.first().line), QStringLiteral("'set:' and 'duration:' need a 'scenario:'")});
        return static_cast<int>(diags->size()) == before;
    }
    auto& reg = lab::Registry::instance();
    out->scenario = sc->value;
    if (!reg.contains(sc->value)) {
        diags->append({file, sc->line, QStringLiteral("unknown scenario '%1' (known: %2)").arg(sc->value, reg.ids().join(QStringLiteral(", ")))});
        return false;
    }
    out->info = reg.info(sc->value);
    const lab::ScenarioInfo& info = out->info;
    QHash<QString, int> seenAt;
    for (const Entry& e : sets) {
        const qsizetype eq = e.value.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            diags->append({file, e.line, QStringLiteral("expected 'set: key=value', got '%1'").arg(e.value)});
            continue;
        }
        const QString key = e.value.left(eq).trimmed(), value = e.value.mid(eq + 1).trimmed();
        const lab::ParamSpec* spec = nullptr;
        for (const lab::ParamSpec& s : info.params)
            if (s.key == key) spec = &s;
        if (!spec) {
            QStringList keys;
            for (const lab::ParamSpec& s : info.params) keys << s.key;
            diags->append({file, e.line, QStringLiteral("unknown parameter '%1' of %2 (known: %3)").arg(key, info.id, keys.join(QStringLiteral(", ")))});
            continue;
        }
        if (seenAt.contains(key)) {
            diags->append({file, e.line, QStringLiteral("'%1' is set twice (first on line %2)").arg(key).arg(seenAt.value(key))});
            continue;
        }
        seenAt.insert(key, e.line);
        QVariant v;
        QString error;
        if (!lab::parseValue(*spec, value, &v, &error)) {
            diags->append({file, e.line, error});
            continue;
        }
        out->settings.append({key, value});
        out->values.insert(key, v);
    }
    if (du) {
        double d = 0;
        if (!readNumber(du->value, &d) || d < 0 || d > 600)
            diags->append({file, du->line, QStringLiteral("duration: expected seconds between 0 and 600, got '%1'").arg(du->value)});
        else if (d == 0 && info.defaultDuration > 0)
            diags->append({file, du->line, QStringLiteral("duration: 0 would run %1 until Stop; give a time limit in seconds").arg(info.id)});
        else
            out->duration = d;
    }
    if (static_cast<int>(diags->size()) != before) return false;
    // The values together: ranges again, then the relations the scenario checks before a run.
    lab::Params params;
    QString error;
    if (!lab::validate(info.params, out->values, &params, &error)) {
        diags->append({file, sc->line, error});
        return false;
    }
    error = reg.create(info.id)->checkParams(params);
    if (!error.isEmpty()) {
        int line = sc->line;
        for (auto it = seenAt.cbegin(); it != seenAt.cend(); ++it)
            if (error.startsWith(it.key())) line = it.value();
        diags->append({file, line, error});
        return false;
    }
    return true;
}

bool readHighlight(const Entry& e, const lab::ScenarioInfo& info, const QString& file, Highlight* out, Diagnostics* diags)
{
    const QStringList parts = e.value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList charts, counters;
    for (const lab::ChartSpec& c : info.charts) charts << c.key;
    for (const auto& [key, label] : info.figures.entries())
        if (!label.isEmpty()) counters << key;
    if (parts.size() == 2 && parts[0] == QLatin1String("chart")) {
        if (!charts.contains(parts[1])) {
            diags->append({file, e.line, QStringLiteral("%1 has no chart '%2' (charts: %3)").arg(info.id, parts[1], charts.join(QStringLiteral(", ")))});
            return false;
        }
        *out = {Highlight::Chart, parts[1]};
        return true;
    }
    if (parts.size() == 2 && parts[0] == QLatin1String("counter")) {
        if (!counters.contains(parts[1])) {
            diags->append({file, e.line, QStringLiteral("%1 shows no counter '%2' (counters: %3)").arg(info.id, parts[1], counters.join(QStringLiteral(", ")))});
            return false;
        }
        *out = {Highlight::Counter, parts[1]};
        return true;
    }
    diags->append({file, e.line, QStringLiteral("expected 'highlight: chart KEY' or 'highlight: counter KEY', got '%1'").arg(e.value)});
    return false;
}

bool checkNames(const Expression& expr, const lab::ScenarioInfo& info, const QString& file, int line, Diagnostics* diags)
{
    bool ok = true;
    for (const QString& name : expr.names()) {
        if (name == QLatin1String("cores") || info.figures.contains(name)) continue;
        const lab::ParamSpec* spec = nullptr;
        for (const lab::ParamSpec& s : info.params)
            if (s.key == name) spec = &s;
        if (spec && (spec->type == lab::ParamSpec::Choice || spec->type == lab::ParamSpec::Text)) {
            diags->append({file, line, QStringLiteral("'%1' is a %2 parameter, not a number").arg(name, spec->typeName())});
            ok = false;
        } else if (!spec) {
            QStringList figures;
            for (const auto& [key, label] : info.figures.entries()) figures << key;
            diags->append({file, line, QStringLiteral("unknown name '%1' in '%2': not a figure of %3 (%4), not one of its parameters, not 'cores'")
                                           .arg(name, expr.text(), info.id, figures.join(QStringLiteral(", ")))});
            ok = false;
        }
    }
    return ok;
}

} // namespace teach::detail
