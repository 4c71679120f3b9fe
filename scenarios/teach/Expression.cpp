#include "Expression.h"

#include <QList>

#include <cmath>
#include <vector>

namespace teach {

struct Expression::Node {
    enum Kind { Number, Name, Neg, Add, Sub, Mul, Div, Call } kind = Number;
    double number = 0;
    QString name; // Name, Call
    std::vector<std::shared_ptr<const Node>> args;
};

namespace {
using NodePtr = std::shared_ptr<const Expression::Node>;
constexpr int kMaxLength = 1000;
constexpr int kMaxDepth = 50;

struct FunctionInfo {
    const char* name;
    int arity; // -1: two or more
};
constexpr FunctionInfo kFunctions[] = {
    {"min", -1}, {"max", -1}, {"abs", 1}, {"sqrt", 1}, {"amdahl", 2}, {"gustafson", 2},
};

const FunctionInfo* findFunction(const QString& name)
{
    for (const FunctionInfo& f : kFunctions)
        if (name == QLatin1String(f.name)) return &f;
    return nullptr;
}

class Parser {
public:
    explicit Parser(const QString& text) : m_s(text) {}

    NodePtr parseAll()
    {
        NodePtr n = expr(0);
        if (!n) return nullptr;
        skipSpace();
        if (m_pos < m_s.size()) return fail(QStringLiteral("unexpected '%1'").arg(m_s[m_pos]));
        return n;
    }
    QString error() const { return m_error; }

private:
    NodePtr fail(const QString& message)
    {
        if (m_error.isEmpty()) m_error = QStringLiteral("column %1: %2").arg(m_pos + 1).arg(message);
        return nullptr;
    }
    void skipSpace()
    {
        while (m_pos < m_s.size() && m_s[m_pos].isSpace()) ++m_pos;
    }
    bool eat(QChar c)
    {
        skipSpace();
        if (m_pos < m_s.size() && m_s[m_pos] == c) { ++m_pos; return true; }
        return false;
    }
    static NodePtr make(Expression::Node::Kind k, std::vector<NodePtr> args = {})
    {
        auto n = std::make_shared<Expression::Node>();
        n->kind = k;
        n->args = std::move(args);
        return n;
    }

    NodePtr expr(int depth)
    {
        if (depth > kMaxDepth) return fail(QStringLiteral("nested too deeply"));
        NodePtr left = term(depth);
        while (left) {
            if (eat(QLatin1Char('+'))) { NodePtr r = term(depth); if (!r) return nullptr; left = make(Expression::Node::Add, {left, r}); }
            else if (eat(QLatin1Char('-'))) { NodePtr r = term(depth); if (!r) return nullptr; left = make(Expression::Node::Sub, {left, r}); }
            else break;
        }
        return left;
    }
    NodePtr term(int depth)
    {
        NodePtr left = unary(depth);
        while (left) {
            if (eat(QLatin1Char('*'))) { NodePtr r = unary(depth); if (!r) return nullptr; left = make(Expression::Node::Mul, {left, r}); }
            else if (eat(QLatin1Char('/'))) { NodePtr r = unary(depth); if (!r) return nullptr; left = make(Expression::Node::Div, {left, r}); }
            else break;
        }
        return left;
    }
    NodePtr unary(int depth)
    {
        if (depth > kMaxDepth) return fail(QStringLiteral("nested too deeply"));
        if (eat(QLatin1Char('-'))) { NodePtr a = unary(depth + 1); return a ? make(Expression::Node::Neg, {a}) : nullptr; }
        if (eat(QLatin1Char('+'))) return unary(depth + 1);
        return primary(depth);
    }
    NodePtr primary(int depth)
    {
        skipSpace();
        if (m_pos >= m_s.size()) return fail(QStringLiteral("expected a number, a name or '(' at the end"));
        const QChar c = m_s[m_pos];
        if (c == QLatin1Char('(')) {
            ++m_pos;
            NodePtr inner = expr(depth + 1);
            if (!inner) return nullptr;
            if (!eat(QLatin1Char(')'))) return fail(QStringLiteral("expected ')'"));
            return inner;
        }
        if (c.isDigit() || c == QLatin1Char('.')) return number();
        if (c.isLetter() || c == QLatin1Char('_')) {
            const int start = m_pos;
            while (m_pos < m_s.size() && (m_s[m_pos].isLetterOrNumber() || m_s[m_pos] == QLatin1Char('_'))
                   && m_s[m_pos].unicode() < 128)
                ++m_pos;
            const QString name = m_s.mid(start, m_pos - start);
            skipSpace();
            if (m_pos < m_s.size() && m_s[m_pos] == QLatin1Char('(')) {
                const FunctionInfo* f = findFunction(name);
                if (!f) { m_pos = start; return fail(QStringLiteral("unknown function '%1' (known: %2)").arg(name, expressionFunctions().join(QStringLiteral(", ")))); }
                ++m_pos;
                std::vector<NodePtr> args;
                if (!eat(QLatin1Char(')'))) {
                    do {
                        NodePtr a = expr(depth + 1);
                        if (!a) return nullptr;
                        args.push_back(a);
                    } while (eat(QLatin1Char(',')));
                    if (!eat(QLatin1Char(')'))) return fail(QStringLiteral("expected ',' or ')' in the arguments of %1").arg(name));
                }
                const int n = static_cast<int>(args.size());
                if (f->arity >= 0 && n != f->arity)
                    return fail(QStringLiteral("%1 takes %2 argument(s), got %3").arg(name).arg(f->arity).arg(n));
                if (f->arity < 0 && n < 2) return fail(QStringLiteral("%1 takes two or more arguments, got %2").arg(name).arg(n));
                auto node = std::make_shared<Expression::Node>();
                node->kind = Expression::Node::Call;
                node->name = name;
                node->args = std::move(args);
                return node;
            }
            if (findFunction(name)) { m_pos = start; return fail(QStringLiteral("%1 is a function: write %1(...)").arg(name)); }
            auto node = std::make_shared<Expression::Node>();
            node->kind = Expression::Node::Name;
            node->name = name;
            return node;
        }
        return fail(QStringLiteral("unexpected '%1'").arg(c));
    }
    NodePtr number()
    {
        const int start = m_pos;
        while (m_pos < m_s.size() && m_s[m_pos].isDigit()) ++m_pos;
        if (m_pos < m_s.size() && m_s[m_pos] == QLatin1Char('.')) {
            ++m_pos;
            while (m_pos < m_s.size() && m_s[m_pos].isDigit()) ++m_pos;
        }
        if (m_pos < m_s.size() && (m_s[m_pos] == QLatin1Char('e') || m_s[m_pos] == QLatin1Char('E'))) {
            int p = m_pos + 1;
            if (p < m_s.size() && (m_s[p] == QLatin1Char('+') || m_s[p] == QLatin1Char('-'))) ++p;
            if (p < m_s.size() && m_s[p].isDigit()) {
                m_pos = p;
                while (m_pos < m_s.size() && m_s[m_pos].isDigit()) ++m_pos;
            }
        }
        bool ok = false;
        const double v = m_s.mid(start, m_pos - start).toDouble(&ok);
        if (!ok || !std::isfinite(v)) { m_pos = start; return fail(QStringLiteral("malformed number")); }
        auto node = std::make_shared<Expression::Node>();
        node->kind = Expression::Node::Number;
        node->number = v;
        return node;
    }

    QString m_s;
    int m_pos = 0;
    QString m_error;
};

void collectNames(const Expression::Node& n, QStringList* out)
{
    if (n.kind == Expression::Node::Name && !out->contains(n.name)) out->append(n.name);
    for (const auto& a : n.args) collectNames(*a, out);
}

bool eval(const Expression::Node& n, const Expression::Lookup& lookup, double* out, QString* error)
{
    using K = Expression::Node;
    std::vector<double> v(n.args.size());
    for (size_t i = 0; i < n.args.size(); ++i)
        if (!eval(*n.args[i], lookup, &v[i], error)) return false;
    switch (n.kind) {
    case K::Number: *out = n.number; return true;
    case K::Name: {
        QString why;
        const std::optional<double> x = lookup ? lookup(n.name, &why) : std::nullopt;
        if (!x) { if (error) *error = why.isEmpty() ? QStringLiteral("'%1' has no value").arg(n.name) : why; return false; }
        *out = *x;
        return true;
    }
    case K::Neg: *out = -v[0]; return true;
    case K::Add: *out = v[0] + v[1]; return true;
    case K::Sub: *out = v[0] - v[1]; return true;
    case K::Mul: *out = v[0] * v[1]; return true;
    case K::Div:
        if (v[1] == 0) { if (error) *error = QStringLiteral("division by zero"); return false; }
        *out = v[0] / v[1];
        return true;
    case K::Call:
        if (n.name == QLatin1String("min")) { *out = *std::min_element(v.begin(), v.end()); return true; }
        if (n.name == QLatin1String("max")) { *out = *std::max_element(v.begin(), v.end()); return true; }
        if (n.name == QLatin1String("abs")) { *out = std::fabs(v[0]); return true; }
        if (n.name == QLatin1String("sqrt")) {
            if (v[0] < 0) { if (error) *error = QStringLiteral("the square root of a negative number (%1)").arg(v[0]); return false; }
            *out = std::sqrt(v[0]);
            return true;
        }
        if (n.name == QLatin1String("amdahl")) { // 1 / (s + (1 - s) / n)
            if (v[1] <= 0) { if (error) *error = QStringLiteral("amdahl(s, n) needs n > 0, got %1").arg(v[1]); return false; }
            const double d = v[0] + (1 - v[0]) / v[1];
            if (d == 0) { if (error) *error = QStringLiteral("division by zero in amdahl(%1, %2)").arg(v[0]).arg(v[1]); return false; }
            *out = 1.0 / d;
            return true;
        }
        if (n.name == QLatin1String("gustafson")) { *out = v[0] + (1 - v[0]) * v[1]; return true; } // s + (1 - s) n
        break;
    }
    if (error) *error = QStringLiteral("internal error: unknown operation");
    return false;
}
} // namespace

Expression::Expression() = default;
Expression::~Expression() = default;
Expression::Expression(const Expression&) = default;
Expression& Expression::operator=(const Expression&) = default;

bool Expression::parse(const QString& text, Expression* out, QString* error)
{
    if (text.trimmed().isEmpty()) { if (error) *error = QStringLiteral("empty expression"); return false; }
    if (text.size() > kMaxLength) { if (error) *error = QStringLiteral("longer than %1 characters").arg(kMaxLength); return false; }
    Parser p(text);
    NodePtr root = p.parseAll();
    if (!root) { if (error) *error = p.error(); return false; }
    out->m_text = text.trimmed();
    out->m_root = root;
    return true;
}

QStringList Expression::names() const
{
    QStringList out;
    if (m_root) collectNames(*m_root, &out);
    return out;
}

bool Expression::evaluate(const Lookup& lookup, double* out, QString* error) const
{
    if (!m_root) { if (error) *error = QStringLiteral("no expression"); return false; }
    double v = 0;
    if (!eval(*m_root, lookup, &v, error)) return false;
    if (!std::isfinite(v)) { if (error) *error = QStringLiteral("the result is not a finite number"); return false; }
    *out = v;
    return true;
}

QStringList expressionFunctions()
{
    QStringList out;
    for (const FunctionInfo& f : kFunctions) out << QString::fromLatin1(f.name);
    return out;
}

} // namespace teach
