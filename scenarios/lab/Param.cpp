#include "Param.h"

#include <QCoreApplication>
#include <cmath>

namespace lab {

namespace {
QString numberText(const QVariant& v, ParamSpec::Type t)
{
    return t == ParamSpec::Int ? QString::number(v.toLongLong()) : QString::number(v.toDouble(), 'g', 10);
}
} // namespace

ParamSpec ParamSpec::integer(QString key, QString label, QString help, qint64 def, qint64 min, qint64 max)
{
    ParamSpec s;
    s.key = std::move(key); s.type = Int; s.label = std::move(label); s.help = std::move(help);
    s.defaultValue = def; s.min = min; s.max = max;
    return s;
}

ParamSpec ParamSpec::real(QString key, QString label, QString help, double def, double min, double max)
{
    ParamSpec s;
    s.key = std::move(key); s.type = Double; s.label = std::move(label); s.help = std::move(help);
    s.defaultValue = def; s.min = min; s.max = max;
    return s;
}

ParamSpec ParamSpec::flag(QString key, QString label, QString help, bool def)
{
    ParamSpec s;
    s.key = std::move(key); s.type = Bool; s.label = std::move(label); s.help = std::move(help);
    s.defaultValue = def;
    return s;
}

ParamSpec ParamSpec::choice(QString key, QString label, QString help, QStringList choices, QString def,
                            QStringList choiceLabels)
{
    ParamSpec s;
    s.key = std::move(key); s.type = Choice; s.label = std::move(label); s.help = std::move(help);
    s.choices = std::move(choices); s.defaultValue = std::move(def);
    s.choiceLabels = std::move(choiceLabels);
    return s;
}

ParamSpec ParamSpec::text(QString key, QString label, QString help, QString def)
{
    ParamSpec s;
    s.key = std::move(key); s.type = Text; s.label = std::move(label); s.help = std::move(help);
    s.defaultValue = std::move(def);
    return s;
}

QString ParamSpec::typeName() const
{
    switch (type) {
    case Int: return QStringLiteral("int");
    case Double: return QStringLiteral("double");
    case Bool: return QStringLiteral("bool");
    case Choice: return QStringLiteral("choice");
    case Text: return QStringLiteral("text");
    }
    return {};
}

QString ParamSpec::rangeText() const
{
    switch (type) {
    case Int:
    case Double: return numberText(min, type) + QStringLiteral("..") + numberText(max, type);
    case Bool: return QStringLiteral("true|false");
    case Choice: return choices.join(QLatin1Char('|'));
    case Text: return {};
    }
    return {};
}

bool checkValue(const ParamSpec& spec, const QVariant& value, QVariant* normalized, QString* error)
{
    auto fail = [&](const QString& msg) { if (error) *error = msg; return false; };
    switch (spec.type) {
    case ParamSpec::Int: {
        bool ok = false;
        const qint64 v = value.toLongLong(&ok);
        if (!ok || (value.typeId() == QMetaType::Double && std::floor(value.toDouble()) != value.toDouble()))
            return fail(QCoreApplication::translate("lab::Param", "%1: expected a whole number, got '%2'").arg(spec.key, value.toString()));
        if (v < spec.min.toLongLong() || v > spec.max.toLongLong())
            return fail(QCoreApplication::translate("lab::Param", "%1: %2 is out of range (allowed %3)").arg(spec.key).arg(v).arg(spec.rangeText()));
        *normalized = QVariant::fromValue<qint64>(v);
        return true;
    }
    case ParamSpec::Double: {
        bool ok = false;
        const double v = value.toDouble(&ok);
        if (!ok || !std::isfinite(v))
            return fail(QCoreApplication::translate("lab::Param", "%1: expected a number, got '%2'").arg(spec.key, value.toString()));
        if (v < spec.min.toDouble() || v > spec.max.toDouble())
            return fail(QCoreApplication::translate("lab::Param", "%1: %2 is out of range (allowed %3)").arg(spec.key).arg(v).arg(spec.rangeText()));
        *normalized = v;
        return true;
    }
    case ParamSpec::Bool:
        if (value.typeId() == QMetaType::Bool) { *normalized = value.toBool(); return true; }
        return fail(QCoreApplication::translate("lab::Param", "%1: expected true or false, got '%2'").arg(spec.key, value.toString()));
    case ParamSpec::Choice:
        if (!spec.choices.contains(value.toString()))
            return fail(QCoreApplication::translate("lab::Param", "%1: '%2' is not one of %3").arg(spec.key, value.toString(), spec.rangeText()));
        *normalized = value.toString();
        return true;
    case ParamSpec::Text:
        *normalized = value.toString();
        return true;
    }
    return fail(QCoreApplication::translate("lab::Param", "%1: unsupported parameter type").arg(spec.key));
}

bool parseValue(const ParamSpec& spec, const QString& rawText, QVariant* out, QString* error)
{
    const QString text = rawText.trimmed();
    auto fail = [&](const QString& msg) { if (error) *error = msg; return false; };
    switch (spec.type) {
    case ParamSpec::Int: {
        bool ok = false;
        qint64 v = text.toLongLong(&ok);
        if (!ok) {
            // Accept 1e6 and 1000000.0 style input, as long as it is a whole number.
            const double d = text.toDouble(&ok);
            if (!ok || std::floor(d) != d || std::fabs(d) > 9.0e18)
                return fail(QCoreApplication::translate("lab::Param", "%1: expected a whole number, got '%2'").arg(spec.key, text));
            v = static_cast<qint64>(d);
        }
        return checkValue(spec, QVariant::fromValue<qint64>(v), out, error);
    }
    case ParamSpec::Double: {
        bool ok = false;
        const double v = text.toDouble(&ok);
        if (!ok)
            return fail(QCoreApplication::translate("lab::Param", "%1: expected a number, got '%2'").arg(spec.key, text));
        return checkValue(spec, v, out, error);
    }
    case ParamSpec::Bool: {
        const QString t = text.toLower();
        if (t == QLatin1String("true") || t == QLatin1String("1") || t == QLatin1String("yes") || t == QLatin1String("on"))
            return checkValue(spec, true, out, error);
        if (t == QLatin1String("false") || t == QLatin1String("0") || t == QLatin1String("no") || t == QLatin1String("off"))
            return checkValue(spec, false, out, error);
        return fail(QCoreApplication::translate("lab::Param", "%1: expected true or false, got '%2'").arg(spec.key, text));
    }
    case ParamSpec::Choice:
    case ParamSpec::Text:
        return checkValue(spec, text, out, error);
    }
    return false;
}

bool validate(const QList<ParamSpec>& specs, const QVariantMap& given, Params* out, QString* error)
{
    QVariantMap values;
    for (const ParamSpec& s : specs)
        values.insert(s.key, s.defaultValue);
    for (auto it = given.cbegin(); it != given.cend(); ++it) {
        const auto spec = std::find_if(specs.cbegin(), specs.cend(),
                                       [&](const ParamSpec& s) { return s.key == it.key(); });
        if (spec == specs.cend()) {
            QStringList keys;
            for (const ParamSpec& s : specs) keys << s.key;
            if (error)
                *error = QCoreApplication::translate("lab::Param", "unknown parameter '%1' (known: %2)").arg(it.key(), keys.join(QStringLiteral(", ")));
            return false;
        }
        QVariant v;
        const bool ok = it.value().typeId() == QMetaType::QString && spec->type != ParamSpec::Text
                            ? parseValue(*spec, it.value().toString(), &v, error)
                            : checkValue(*spec, it.value(), &v, error);
        if (!ok)
            return false;
        values.insert(it.key(), v);
    }
    *out = Params(values);
    return true;
}

bool parseAssignments(const QList<ParamSpec>& specs, const QStringList& assignments,
                      QVariantMap* given, QString* error)
{
    for (const QString& a : assignments) {
        const int eq = a.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            if (error) *error = QCoreApplication::translate("lab::Param", "--set expects key=value, got '%1'").arg(a);
            return false;
        }
        given->insert(a.left(eq).trimmed(), a.mid(eq + 1));
    }
    Params check;
    return validate(specs, *given, &check, error);
}

} // namespace lab
