#pragma once
// Parameters of a scenario: their description (ParamSpec) and the one place where
// user-supplied values are parsed and validated, shared by the form and the command line.
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>
#include <QList>

namespace lab {

struct ParamSpec {
    enum Type { Int, Double, Bool, Choice, Text };
    QString key;
    Type type = Int;
    QString label;
    QString help;
    QVariant defaultValue;
    QVariant min;            // Int/Double only
    QVariant max;            // Int/Double only
    QStringList choices;     // Choice only: the values accepted (stable ids, not translated)
    QStringList choiceLabels;// Choice only: optional translated labels, same order as choices
    bool logScale = false;   // hint for the form: a spin box that steps by factors of 10

    static ParamSpec integer(QString key, QString label, QString help, qint64 def, qint64 min, qint64 max);
    static ParamSpec real(QString key, QString label, QString help, double def, double min, double max);
    static ParamSpec flag(QString key, QString label, QString help, bool def);
    static ParamSpec choice(QString key, QString label, QString help, QStringList choices, QString def,
                            QStringList choiceLabels = {});
    static ParamSpec text(QString key, QString label, QString help, QString def);
    // Builder flags: ParamSpec::integer(...).withLogScale()
    ParamSpec withLogScale() const { ParamSpec s = *this; s.logScale = true; return s; }

    QString typeName() const;  // "int", "double", "bool", "choice", "text"
    QString rangeText() const; // "1..64", "unsafe|mutex|atomic", "" for text
};

// Validated, complete parameter values (every key of the scenario present, right type).
class Params {
public:
    Params() = default;
    explicit Params(QVariantMap values) : m_values(std::move(values)) {}
    qint64 integer(const QString& key) const { return m_values.value(key).toLongLong(); }
    double real(const QString& key) const { return m_values.value(key).toDouble(); }
    bool flag(const QString& key) const { return m_values.value(key).toBool(); }
    QString text(const QString& key) const { return m_values.value(key).toString(); }
    bool contains(const QString& key) const { return m_values.contains(key); }
    const QVariantMap& values() const { return m_values; }
private:
    QVariantMap m_values;
};

// Parses one textual value ("4", "0.5", "true", "mutex") for a parameter. On failure returns
// false and sets *error to a one-line message naming the key and what is allowed.
bool parseValue(const ParamSpec& spec, const QString& text, QVariant* out, QString* error);

// Checks a typed value against the spec (type, range, choices). Same messages as parseValue.
bool checkValue(const ParamSpec& spec, const QVariant& value, QVariant* normalized, QString* error);

// Builds complete parameters: defaults, overridden by `given` (typed or textual values).
// Unknown keys and bad values fail with a message naming the key.
bool validate(const QList<ParamSpec>& specs, const QVariantMap& given, Params* out, QString* error);

// Applies "key=value" assignments (command line --set) on top of the defaults.
bool parseAssignments(const QList<ParamSpec>& specs, const QStringList& assignments,
                      QVariantMap* given, QString* error);

} // namespace lab
