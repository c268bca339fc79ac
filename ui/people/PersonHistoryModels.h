#pragma once

#include "common/RowTableModel.h"
#include "history/ParticipationHistory.h"

namespace hubreg {
class Database;
}

namespace hubreg::ui {

// The Work Groups a person took part in, with their attendance in each.
class PersonWorkGroupTableModel : public RowTableModel<PersonParticipation>
{
    Q_OBJECT

public:
    enum Column {
        Year,
        Programme,
        WorkGroup,
        School,
        Role,
        Joined,
        Left,
        Attended,
        Share,
        Completed,
        ColumnCount
    };
    static constexpr int WorkGroupIdRole = Qt::UserRole + 1;

    explicit PersonWorkGroupTableModel(Database &db, QObject *parent = nullptr);
    // Another person: a reset. The same one again: read in place, keeping the selection.
    void setPerson(RecordId personId);

protected:
    QVariant cellData(const PersonParticipation &row, int column, int role) const override;

private:
    Database &m_db;
    RecordId m_personId = 0;
};

// Every session of a person's Work Groups that concerned them, and the mark they got.
class PersonAttendanceTableModel : public RowTableModel<PersonSessionMark>
{
    Q_OBJECT

public:
    enum Column { Date, WorkGroup, Session, Status, Mark, Note, ColumnCount };
    static constexpr int WorkGroupIdRole = Qt::UserRole + 1;

    explicit PersonAttendanceTableModel(Database &db, QObject *parent = nullptr);
    // Another person: a reset. The same one again: read in place, keeping the selection.
    void setPerson(RecordId personId);

protected:
    QVariant cellData(const PersonSessionMark &row, int column, int role) const override;

private:
    Database &m_db;
    RecordId m_personId = 0;
};

} // namespace hubreg::ui
