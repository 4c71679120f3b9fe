#pragma once
// The run's samples as a table (series, x, y): the accessible alternative to the charts,
// which Qt Charts does not expose to screen readers.
#include "lab/Recorder.h"

#include <QAbstractTableModel>
#include <vector>

namespace gui {

class DataModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;
    void setData(const lab::RunData* data); // call again after a drain to refresh
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

private:
    const lab::RunData* m_data = nullptr;
    std::vector<std::pair<int, size_t>> m_offsets; // (series, first row)
    int m_rows = 0;
};

} // namespace gui
