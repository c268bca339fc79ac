#pragma once

#include "import/ParticipantImporter.h"

#include <QAbstractTableModel>
#include <QList>

namespace hubreg::ui {

// The rows of a participant list that match a person already held, each with what to do
// with it: bring the held details up to date, keep them as they are, or skip the row. The
// Choice column is editable (ActionRole holds the DuplicateAction as an int).
class HeldPeopleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LineColumn, HeldColumn, NoteColumn, ChoiceColumn, ColumnCount };
    static constexpr int ActionRole = Qt::UserRole;

    struct Row
    {
        qint64 line = 0;
        QString held; // the person held: name and email address
        QString note; // what the check says of the row
        DuplicateAction action = DuplicateAction::Keep;
    };

    explicit HeldPeopleModel(QObject *parent = nullptr);

    // Replaces the rows; when the lines are the same ones, in place, so a view keeps its
    // current row and selection.
    void setRows(const QList<Row> &rows);
    qint64 lineAt(int row) const { return m_rows.value(row).line; }
    int rowOfLine(qint64 line) const;

    static QString actionName(DuplicateAction action);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    // A person chose what to do with the row starting on `line`.
    void actionChosen(qint64 line, hubreg::DuplicateAction action);

private:
    QList<Row> m_rows;
};

} // namespace hubreg::ui
