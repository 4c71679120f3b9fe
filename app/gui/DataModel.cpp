#include "DataModel.h"

#include <algorithm>

namespace gui {

void DataModel::setData(const lab::RunData* data)
{
    beginResetModel();
    m_data = data;
    m_offsets.clear();
    m_rows = 0;
    if (data) {
        for (int i = 0; i < data->series.size(); ++i) {
            m_offsets.emplace_back(i, static_cast<size_t>(m_rows));
            m_rows += static_cast<int>(data->points[static_cast<size_t>(i)].size());
        }
    }
    endResetModel();
}

int DataModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : m_rows; }
int DataModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : 3; }

QVariant DataModel::data(const QModelIndex& index, int role) const
{
    if (!m_data || role != Qt::DisplayRole || index.row() >= m_rows) return {};
    auto it = std::upper_bound(m_offsets.begin(), m_offsets.end(), static_cast<size_t>(index.row()),
                               [](size_t row, const auto& o) { return row < o.second; });
    --it;
    const int s = it->first;
    const size_t k = static_cast<size_t>(index.row()) - it->second;
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
