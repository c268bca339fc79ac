#pragma once

#include "common/RowTableModel.h"
#include "figures/AttendanceFigures.h"
#include "records/WorkGroupStore.h"

namespace hubreg::ui {

class Workspace;

// An enrolled school with what its row shows beside the enrolment.
struct EnrolledSchoolRow
{
    SchoolEnrolmentListing listing;
    SchoolFigures figures;
    int participants = 0; // who have not left
};

// The schools enrolled in one Work Group, with their participants and attendance figures
// (AttendanceFigures, so they match every report). Withdrawn schools are shown greyed.
class EnrolledSchoolTableModel : public RowTableModel<EnrolledSchoolRow>
{
    Q_OBJECT

public:
    enum Column {
        Urn,
        Name,
        LocalAuthority,
        Joined,
        Withdrawn,
        Participants,
        Attended,
        Share,
        Completed,
        HeadCommitment,
        Override,
        ColumnCount
    };
    static constexpr int SchoolIdRole = Qt::UserRole + 1;

    EnrolledSchoolTableModel(Workspace &workspace, RecordId workGroupId, QObject *parent = nullptr);

    // Reads the schools again, updating the rows in place.
    void reload();
    const SchoolEnrolmentListing *enrolmentAt(int row) const;
    int rowOfSchool(RecordId schoolId) const;

protected:
    QVariant cellData(const EnrolledSchoolRow &row, int column, int role) const override;

private:
    Workspace &m_workspace;
    RecordId m_workGroupId;
};

} // namespace hubreg::ui
