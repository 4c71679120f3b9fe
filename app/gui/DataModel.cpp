#include "DataModel.h"

#include <algorithm>
#include <limits>

namespace gui {

namespace {
constexpr qint64 kMaxRows = std::numeric_limits<int>::max() - 1; // rows are ints in Qt's models
}

void DataModel::setData(const lab::RunData* data)
{
    if (data && data == m_data) update();
    else reset(data);
}

void DataModel::reset(const lab::RunData* data)
{
    beginResetModel();
    m_data = data;
    m_chunks.clear();
    m_shown.clear();
    m_rows = 0;
    appendNew();
    endResetModel();
}

void DataModel::update()
{
    if (!m_data) return;
    for (size_t s = 0; s < m_shown.size(); ++s) {
        if (s >= m_data->points.size() || m_data->points[s].size() < m_shown[s]) {
            reset(m_data);
            return;
        }
    }
    qint64 added = 0;
    for (size_t s = 0; s < m_data->points.size(); ++s)
        added += static_cast<qint64>(m_data->points[s].size() - (s < m_shown.size() ? m_shown[s] : 0));
    added = std::min(added, kMaxRows - m_rows);
    if (added <= 0) return;
    beginInsertRows({}, static_cast<int>(m_rows), static_cast<int>(m_rows + added - 1));
    appendNew();
    endInsertRows();
}

void DataModel::appendNew()
{
    if (!m_data) return;
    m_shown.resize(m_data->points.size(), 0);
    for (size_t s = 0; s < m_data->points.size() && m_rows < kMaxRows; ++s) {
        const size_t have = m_data->points[s].size();
        if (have <= m_shown[s]) continue;
        const qint64 n = std::min(static_cast<qint64>(have - m_shown[s]), kMaxRows - m_rows);
        m_chunks.push_back({m_rows, static_cast<int>(s), m_shown[s]});
        m_rows += n;
        m_shown[s] += static_cast<size_t>(n);
    }
}

int DataModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(m_rows); }
int DataModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : 3; }

QVariant DataModel::data(const QModelIndex& index, int role) const
{
    if (!m_data || role != Qt::DisplayRole || index.row() < 0 || index.row() >= m_rows || m_chunks.empty()) return {};
    const qint64 row = index.row();
    auto it = std::upper_bound(m_chunks.begin(), m_chunks.end(), row,
                               [](qint64 r, const Chunk& c) { return r < c.firstRow; });
    --it;
    const int s = it->series;
    const size_t k = it->firstPoint + static_cast<size_t>(row - it->firstRow);
    const auto& pts = m_data->points[static_cast<size_t>(s)];
    if (k >= pts.size()) return {};
    switch (index.column()) {
    case 0: return m_data->series[s].title;
    case 1: return pts[k].x();
    case 2: return pts[k].y();
    }
    return {};
}

QVariant DataModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (role != Qt::DisplayRole) return {};
    if (o == Qt::Vertical) return section + 1;
    switch (section) {
    case 0: return tr("Series");
    case 1: return tr("x");
    case 2: return tr("y");
    }
    return {};
}

} // namespace gui
