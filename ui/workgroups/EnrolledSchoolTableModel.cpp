#include "EnrolledSchoolTableModel.h"

#include "common/Figures.h"
#include "common/Workspace.h"
#include "database/Database.h"

#include <QGuiApplication>
#include <QPalette>

namespace hubreg::ui {

EnrolledSchoolTableModel::EnrolledSchoolTableModel(Workspace &workspace, RecordId workGroupId,
                                                   QObject *parent)
    : RowTableModel(parent)
    , m_workspace(workspace)
    , m_workGroupId(workGroupId)
{
    using Row = EnrolledSchoolRow;
    setColumns({
        { tr("URN"), [](const Row &row) { return row.listing.urn.toString(); } },
        { tr("School"), [](const Row &row) { return row.listing.schoolName; } },
        { tr("Local authority"), [](const Row &row) { return row.listing.laName; } },
        { tr("Joined"),
          [](const Row &row) { return validation::formatUkDate(row.listing.enrolment.joinedOn); } },
        { tr("Withdrew"),
          [](const Row &row) {
              return validation::formatUkDate(row.listing.enrolment.withdrawnOn);
          } },
        { tr("Participants"), [](const Row &row) { return row.participants; }, kNumber },
        { tr("Sessions attended"),
          [](const Row &row) { return attendedOf(row.figures.attended, row.figures.expected); },
          kNumber },
        { tr("Attendance"),
          [](const Row &row) { return percentOf(row.figures.attended, row.figures.expected); },
          kNumber },
        { tr("Completed"),
          [](const Row &row) {
              // Completion waits for the Work Group to be over; meanwhile, on track or not.
              if (row.figures.expected <= 0)
                  return QString();
              return row.figures.completed ? tr("Yes")
                  : row.figures.onTrack    ? tr("On track")
                                           : tr("Not yet");
          } },
        { tr("Head's support"),
          [](const Row &row) {
              return row.listing.enrolment.headCommitment ? tr("Yes") : tr("No");
          } },
        { tr("Enrolled despite"),
          [](const Row &row) { return row.listing.enrolment.eligibilityOverride; } },
    });
    reloadOnChangesTo(workspace.database(),
                      { Entity::School, Entity::SchoolEnrolment, Entity::ParticipantEnrolment,
                        Entity::Session, Entity::AttendanceMark, Entity::WorkGroup },
                      [this] { reload(); });
    reload();
}

void EnrolledSchoolTableModel::reload()
{
    Database &db = m_workspace.database();
    const RecordId workGroup = m_workspace.ids().current(Entity::WorkGroup, m_workGroupId);
    QHash<RecordId, SchoolFigures> figures;
    for (const SchoolFigures &school : AttendanceFigures(db).schools(workGroup))
        figures.insert(school.schoolId, school);
    QHash<RecordId, int> participants;
    for (const ParticipantListing &participant : WorkGroupStore(db).participants(workGroup)) {
        if (!participant.enrolment.hasLeft())
            ++participants[participant.enrolment.schoolId];
    }
    QList<EnrolledSchoolRow> rows;
    for (const SchoolEnrolmentListing &listing : WorkGroupStore(db).schools(workGroup))
        rows << EnrolledSchoolRow { listing, figures.value(listing.enrolment.schoolId),
                                    participants.value(listing.enrolment.schoolId) };
    setRows(rows, [](const EnrolledSchoolRow &row) { return row.listing.enrolment.id; });
}

const SchoolEnrolmentListing *EnrolledSchoolTableModel::enrolmentAt(int row) const
{
    const EnrolledSchoolRow *school = rowAt(row);
    return school ? &school->listing : nullptr;
}

int EnrolledSchoolTableModel::rowOfSchool(RecordId schoolId) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (rowAt(row)->listing.enrolment.schoolId == schoolId)
            return row;
    }
    return -1;
}

QVariant EnrolledSchoolTableModel::cellData(const EnrolledSchoolRow &row, int, int role) const
{
    const SchoolEnrolment &e = row.listing.enrolment;
    if (role == SchoolIdRole)
        return e.schoolId;
    if (role == Qt::ForegroundRole && e.isWithdrawn())
        return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::ToolTipRole && e.isWithdrawn())
        return tr("Withdrew on %1").arg(validation::formatUkDate(e.withdrawnOn));
    return {};
}

} // namespace hubreg::ui
