#pragma once
// The small expression language of exercises (docs/exercises.md): what an exercise's answer is
// computed from. Numbers, + - * /, parentheses, unary minus, names (the run's summary figures,
// the scenario's parameters, `cores`) and a few functions: min, max, abs, sqrt, amdahl(s, n),
// gustafson(s, n). Nothing else: no assignment, no strings, no calls into anything but these.
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace teach {

class Expression {
public:
    Expression();
    ~Expression();
    Expression(const Expression&);
    Expression& operator=(const Expression&);

    // Parses; false with "column N: what is wrong" and *out untouched.
    static bool parse(const QString& text, Expression* out, QString* error);

    bool isValid() const { return m_root != nullptr; }
    const QString& text() const { return m_text; }
    // The names it reads, each once, in order of appearance.
    QStringList names() const;

    // A name's value, or nullopt with *error saying why (not reported, not a number).
    using Lookup = std::function<std::optional<double>(const QString& name, QString* error)>;
    // Evaluates; false with the reason (division by zero, the square root of a negative
    // number, a name without a value, a result that is not a finite number).
    bool evaluate(const Lookup& lookup, double* out, QString* error) const;

    struct Node;

private:
    QString m_text;
    std::shared_ptr<const Node> m_root; // immutable once parsed: copies share it
};

// The functions the language knows, with their argument counts (-1 = two or more).
QStringList expressionFunctions();

} // namespace teach
