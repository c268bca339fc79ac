#include "SchoolHistoryTableModel.h"

#include "common/Figures.h"
#include "database/Database.h"

namespace hubreg::ui {

namespace {
// A school takes part in a Work Group once, under one of its URNs.
std::pair<RecordId, RecordId> enrolmentOf(const SchoolParticipation &row)
{
    return { row.schoolId, row.workGroupId };
}
} // namespace

SchoolHistoryTableModel::SchoolHistoryTableModel(Database &db, QObject *parent)
    : RowTableModel(parent)
    , m_db(db)
{
    using Row = SchoolParticipation;
    setColumns({
        { tr("Year"), [](const Row &row) { return row.academicYear; } },
        { tr("Programme"),
          [](const Row &row) { return row.programmeCode; },
          {},
          [](const Row &row) { return row.programmeTitle; } },
        { tr("Work Group"), [](const Row &row) { return row.workGroupCode; } },
        { tr("Took part as"),
          [this](const Row &row) {
              return row.schoolId == m_schoolId
                  ? tr("this school")
                  : tr("%1 (URN %2)").arg(row.schoolName, row.urn.toString());
          } },
        { tr("Joined"), [](const Row &row) { return validation::formatUkDate(row.joinedOn); } },
        { tr("Withdrew"),
          [](const Row &row) { return validation::formatUkDate(row.withdrawnOn); } },
        { tr("Participants"), [](const Row &row) { return row.participants; }, kNumber },
        { tr("Sessions attended"),
          [](const Row &row) { return attendedOf(row.attended, row.expected); }, kNumber },
        { tr("Attendance"), [](const Row &row) { return percentOf(row.attended, row.expected); },
          kNumber },
        { tr("Completed"),
          [](const Row &row) {
              return row.expected > 0 ? (row.completed ? tr("Yes") : tr("Not yet")) : QString();
          } },
    });
    connect(&m_db, &Database::changed, this, [this](const Change &change) {
        if (m_schoolId > 0 && change.entity != Entity::Setting && change.entity != Entity::Hub)
            setSchool(m_schoolId);
    });
}

void SchoolHistoryTableModel::setSchool(RecordId schoolId)
{
    const bool same = schoolId == m_schoolId;
    m_schoolId = schoolId;
    setRows(ParticipationHistory(m_db).forSchool(schoolId), enrolmentOf, same);
}

QVariant SchoolHistoryTableModel::cellData(const SchoolParticipation &row, int, int role) const
{
    return role == WorkGroupIdRole ? QVariant(row.workGroupId) : QVariant();
}

} // namespace hubreg::ui
