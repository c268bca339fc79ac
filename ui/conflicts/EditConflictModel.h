#pragma once

#include <QAbstractTableModel>

namespace hubreg {
class FieldMerge;
}

namespace hubreg::ui {

// The fields of an edit refused because someone else changed the record meanwhile: each field
// either side changed, as it was, as they left it, as the edit has it, and which is kept.
class EditConflictModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Field, Before, Theirs, Yours, Kept, ColumnCount };

    explicit EditConflictModel(FieldMerge &merge, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Keeps the edit's value (or theirs) in a row both changed; other rows are left as they are.
    void choose(int row, bool yours);

private:
    FieldMerge &m_merge;
};

} // namespace hubreg::ui
