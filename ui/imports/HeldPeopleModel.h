#pragma once

#include "common/RowTableModel.h"
#include "import/ParticipantImporter.h"

namespace hubreg::ui {

// A row of a participant list that matches a person already held, and what to do with it.
struct HeldPersonRow
{
    qint64 line = 0;
    QString held; // the person held: name and email address
    QString note; // what the check says of the row
    DuplicateAction action = DuplicateAction::Keep;
};

// The rows of a participant list that match a person already held, each with what to do
// with it: bring the held details up to date, keep them as they are, or skip the row. The
// Choice column is editable (ActionRole holds the DuplicateAction as an int).
class HeldPeopleModel : public RowTableModel<HeldPersonRow>
{
    Q_OBJECT

public:
    enum Column { LineColumn, HeldColumn, NoteColumn, ChoiceColumn, ColumnCount };
    static constexpr int ActionRole = Qt::UserRole;

    using Row = HeldPersonRow;

    explicit HeldPeopleModel(QObject *parent = nullptr);

    // Replaces the rows, in place (each known by its line), so a view keeps its current row
    // and selection.
    void setRows(const QList<Row> &rows);
    qint64 lineAt(int row) const { return rowAt(row) ? rowAt(row)->line : 0; }
    int rowOfLine(qint64 line) const;

    static QString actionName(DuplicateAction action);

    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    // A person chose what to do with the row starting on `line`.
    void actionChosen(qint64 line, hubreg::DuplicateAction action);

protected:
    QVariant cellData(const HeldPersonRow &row, int column, int role) const override;
};

} // namespace hubreg::ui
