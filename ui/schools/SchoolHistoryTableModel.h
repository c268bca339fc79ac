#pragma once

#include "common/RowTableModel.h"
#include "history/ParticipationHistory.h"

namespace hubreg {
class Database;
}

namespace hubreg::ui {

// The Work Groups a school took part in, under its URN or a predecessor's, with how much of
// each it attended and whether it completed.
class SchoolHistoryTableModel : public RowTableModel<SchoolParticipation>
{
    Q_OBJECT

public:
    enum Column {
        Year,
        Programme,
        WorkGroup,
        TookPartAs,
        Joined,
        Withdrawn,
        Participants,
        Attended,
        Share,
        Completed,
        ColumnCount
    };
    static constexpr int WorkGroupIdRole = Qt::UserRole + 1;

    explicit SchoolHistoryTableModel(Database &db, QObject *parent = nullptr);
    // Another school: a reset. The same one again: read in place, keeping the selection.
    void setSchool(RecordId schoolId);

protected:
    QVariant cellData(const SchoolParticipation &row, int column, int role) const override;

private:
    Database &m_db;
    RecordId m_schoolId = 0;
};

} // namespace hubreg::ui
