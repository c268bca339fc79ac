#pragma once

#include "common/RowTableModel.h"
#include "figures/AttendanceFigures.h"
#include "records/WorkGroupStore.h"

namespace hubreg::ui {

class Workspace;

// A participant with their attendance, as one row.
struct ParticipantRow
{
    ParticipantListing listing;
    ParticipantFigures figures;
};

// The participants of one Work Group, ordered by school, with their attendance (from
// AttendanceFigures). Participants who have left are shown greyed.
class ParticipantTableModel : public RowTableModel<ParticipantRow>
{
    Q_OBJECT

public:
    enum Column {
        School,
        Name,
        Email,
        Role,
        LeadParticipant,
        Joined,
        Left,
        Attended,
        Share,
        ColumnCount
    };
    static constexpr int ParticipantIdRole = Qt::UserRole + 1;
    static constexpr int PersonIdRole = Qt::UserRole + 2;
    static constexpr int SchoolIdRole = Qt::UserRole + 3;

    ParticipantTableModel(Workspace &workspace, RecordId workGroupId, QObject *parent = nullptr);

    // Reads the participants again, updating the rows in place.
    void reload();
    const ParticipantListing *participantAt(int row) const;
    int rowOf(RecordId participantId) const;

protected:
    QVariant cellData(const ParticipantRow &row, int column, int role) const override;

private:
    Workspace &m_workspace;
    RecordId m_workGroupId;
};

} // namespace hubreg::ui
