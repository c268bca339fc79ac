#pragma once

#include "figures/AttendanceFigures.h"
#include "records/WorkGroupStore.h"

#include <QAbstractTableModel>
#include <QHash>

namespace hubreg {
class Database;
}

namespace hubreg::ui {

class Workspace;

// The schools enrolled in one Work Group, with their participants and attendance figures
// (AttendanceFigures, so they match every report). Withdrawn schools are shown greyed.
class EnrolledSchoolTableModel : public QAbstractTableModel
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

    void reload();
    const SchoolEnrolmentListing *enrolmentAt(int row) const;
    int rowOfSchool(RecordId schoolId) const;
    // Enrolled and not withdrawn.
    int activeCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    Workspace &m_workspace;
    RecordId m_workGroupId;
    QList<SchoolEnrolmentListing> m_rows;
    QHash<RecordId, SchoolFigures> m_figures;
    QHash<RecordId, int> m_participants;
};

} // namespace hubreg::ui
