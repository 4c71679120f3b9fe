#include "RunHistory.h"

#include "Registry.h"

#include <QCoreApplication>
#include <QLocale>

#include <numeric>

namespace lab {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("lab::RunHistory", s); }

QString shortValue(const QVariant& v)
{
    if (v.typeId() == QMetaType::Double) return QLocale().toString(v.toDouble(), 'g', 4);
    if (v.typeId() == QMetaType::Bool) return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return v.toString();
}
} // namespace

RunHistory::RunHistory(QObject* parent) : QAbstractListModel(parent) {}

int RunHistory::add(const RunRecord& run)
{
    RunRecord r = run.opened ? run : compacted(run, m_limits);
    ++m_counter;
    if (r.name.isEmpty()) r.name = QStringLiteral("%1 #%2").arg(r.info.title.isEmpty() ? r.info.id : r.info.title).arg(m_counter);
    const int row = size();
    beginInsertRows({}, row, row);
    m_bytes.append(approxBytes(*r.data));
    m_runs.append(std::move(r));
    endInsertRows();
    enforceBudget();
    Q_EMIT bytesChanged(bytes());
    return std::min(row, size() - 1);
}

bool RunHistory::remove(int row)
{
    if (row < 0 || row >= size()) return false;
    beginRemoveRows({}, row, row);
    m_runs.removeAt(row);
    m_bytes.removeAt(row);
    endRemoveRows();
    Q_EMIT bytesChanged(bytes());
    return true;
}

bool RunHistory::rename(int row, const QString& name)
{
    const QString n = name.trimmed();
    if (row < 0 || row >= size() || n.isEmpty()) return false;
    m_runs[row].name = n;
    Q_EMIT dataChanged(index(row), index(row));
    return true;
}

qint64 RunHistory::bytes() const { return std::accumulate(m_bytes.begin(), m_bytes.end(), qint64(0)); }

void RunHistory::setBudgetBytes(qint64 bytes)
{
    m_budget = bytes;
    enforceBudget();
    Q_EMIT bytesChanged(this->bytes());
}

void RunHistory::enforceBudget()
{
    // The oldest runs go first; the newest always stays, whatever its size.
    while (size() > 1 && bytes() > m_budget) remove(0);
}

QString RunHistory::differingParams(const RunRecord& run)
{
    QVariantMap defaults;
    const ScenarioInfo info = Registry::instance().info(run.info.id);
    for (const ParamSpec& s : info.params) defaults.insert(s.key, s.defaultValue);
    QStringList parts;
    for (auto it = run.params.cbegin(); it != run.params.cend(); ++it) {
        const QVariant d = defaults.value(it.key());
        if (!d.isValid() || shortValue(d) != shortValue(it.value()))
            parts << QStringLiteral("%1=%2").arg(it.key(), shortValue(it.value()));
    }
    return parts.isEmpty() ? tr("defaults") : parts.join(QStringLiteral(", "));
}

QString RunHistory::headline(const RunRecord& run, int count)
{
    QStringList parts;
    for (const auto& [key, label] : run.info.figures.entries()) {
        if (parts.size() >= count) break;
        const QVariant v = run.data->summary.value(key);
        if (label.isEmpty() || !v.isValid() || v.typeId() == QMetaType::QString) continue;
        parts << QStringLiteral("%1 %2").arg(label, shortValue(v));
    }
    return parts.join(QStringLiteral("; "));
}

int RunHistory::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : size(); }

QVariant RunHistory::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= size()) return {};
    const RunRecord& r = m_runs[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return role == Qt::EditRole ? r.name : QStringLiteral("%1 — %2").arg(r.name, differingParams(r));
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("%1\n%2: %3\n%4").arg(r.info.title, tr("status"), r.status, differingParams(r));
        if (const QString h = headline(r, 4); !h.isEmpty()) tip += QLatin1Char('\n') + h;
        if (r.created.isValid()) tip += QLatin1Char('\n') + QLocale().toString(r.created.toLocalTime(), QLocale::ShortFormat);
        if (r.opened) tip += QLatin1Char('\n') + tr("opened from a file; measured on %1").arg(r.machineLabel());
        for (const QString& n : r.notes) tip += QLatin1Char('\n') + n;
        return tip;
    }
    case Qt::AccessibleDescriptionRole:
        return QStringLiteral("%1, %2, %3").arg(r.info.title, r.status, headline(r, 4));
    case RecordIndexRole: return index.row();
    case ScenarioRole: return r.info.id;
    case OpenedRole: return r.opened;
    case BytesRole: return m_bytes.value(index.row());
    }
    return {};
}

bool RunHistory::setData(const QModelIndex& index, const QVariant& value, int role)
{
    return role == Qt::EditRole && index.isValid() && rename(index.row(), value.toString());
}

Qt::ItemFlags RunHistory::flags(const QModelIndex& index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable : Qt::NoItemFlags;
}

} // namespace lab
