#pragma once
// The run's samples as a table (series, x, y): the accessible alternative to the charts,
// which Qt Charts does not expose to screen readers.
//
// Rows are appended, never moved: the samples present when the data is shown come grouped by
// series, and each update() adds the samples drained since the last one at the end (grouped
// by series within the batch). A model that kept every series in one block would have to
// insert rows in the middle 30 times a second, and every row below an insertion would move
// under the user's eyes; appending at the end leaves the selection, the current row and the
// scroll position where they are, and costs only the new rows.
#include "lab/Recorder.h"

#include <QAbstractTableModel>
#include <vector>

namespace gui {

class DataModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;
    // Shows this data (nullptr: none). Called again with the data already shown, it is update().
    void setData(const lab::RunData* data);
    // Appends the samples added to the data since the last call (beginInsertRows at the end).
    // If a series lost samples (another run's data at the same address), starts over.
    void update();
    // Shows this data from scratch: a model reset.
    void reset(const lab::RunData* data);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

private:
    struct Chunk {
        qint64 firstRow;
        int series;
        size_t firstPoint;
    };
    void appendNew();
    const lab::RunData* m_data = nullptr;
    std::vector<Chunk> m_chunks;  // consecutive rows of one series, in row order
    std::vector<size_t> m_shown;  // samples of each series already in rows
    qint64 m_rows = 0;
};

} // namespace gui
