#pragma once

#include "common/RowTableModel.h"
#include "records/RecordMerge.h"

namespace hubreg::ui {

// The fields of an edit refused because someone else changed the record meanwhile: each field
// either side changed, as it was, as they left it, as the edit has it, and which is kept.
class EditConflictModel : public RowTableModel<FieldMerge::Row>
{
    Q_OBJECT

public:
    enum Column { Field, Before, Theirs, Yours, Kept, ColumnCount };

    explicit EditConflictModel(FieldMerge &merge, QObject *parent = nullptr);

    // Keeps the edit's value (or theirs) in a row both changed; other rows are left as they are.
    void choose(int row, bool yours);

protected:
    QVariant cellData(const FieldMerge::Row &row, int column, int role) const override;

private:
    FieldMerge &m_merge;
};

} // namespace hubreg::ui
