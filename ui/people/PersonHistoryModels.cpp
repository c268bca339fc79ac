#include "PersonHistoryModels.h"

#include "common/Figures.h"
#include "database/Database.h"

#include <QGuiApplication>
#include <QPalette>

namespace hubreg::ui {

namespace {
RecordId participantOf(const PersonParticipation &row)
{
    return row.participantId;
}

RecordId sessionOf(const PersonSessionMark &row)
{
    return row.sessionId;
}
} // namespace

PersonWorkGroupTableModel::PersonWorkGroupTableModel(Database &db, QObject *parent)
    : RowTableModel(parent)
    , m_db(db)
{
    using Row = PersonParticipation;
    setColumns({
        { tr("Year"), [](const Row &row) { return row.academicYear; } },
        { tr("Programme"),
          [](const Row &row) { return row.programmeCode; },
          {},
          [](const Row &row) { return row.programmeTitle; } },
        { tr("Work Group"), [](const Row &row) { return row.workGroupCode; } },
        { tr("For school"), [](const Row &row) { return row.schoolName; } },
        { tr("Role"),
          [](const Row &row) {
              return row.isLeadParticipant ? tr("%1 (lead participant)").arg(row.role).trimmed()
                                           : row.role;
          } },
        { tr("Joined"), [](const Row &row) { return validation::formatUkDate(row.joinedOn); } },
        { tr("Left"), [](const Row &row) { return validation::formatUkDate(row.leftOn); } },
        { tr("Sessions attended"),
          [](const Row &row) { return attendedOf(row.attended, row.expected); }, kNumber,
          [](const Row &row) {
              return row.expected > 0
                  ? QVariant(tr("%1 apologies, %2 absent").arg(row.apologies).arg(row.absent))
                  : QVariant();
          } },
        { tr("Attendance"), [](const Row &row) { return percentOf(row.attended, row.expected); },
          kNumber },
        { tr("Completed"),
          [](const Row &row) {
              return row.expected > 0 ? (row.completed ? tr("Yes") : tr("Not yet")) : QString();
          } },
    });
    connect(&m_db, &Database::changed, this, [this](const Change &change) {
        if (m_personId > 0 && change.entity != Entity::Setting && change.entity != Entity::Hub)
            setPerson(m_personId);
    });
}

void PersonWorkGroupTableModel::setPerson(RecordId personId)
{
    const bool same = personId == m_personId;
    m_personId = personId;
    setRows(ParticipationHistory(m_db).forPerson(personId), participantOf, same);
}

QVariant PersonWorkGroupTableModel::cellData(const PersonParticipation &row, int, int role) const
{
    return role == WorkGroupIdRole ? QVariant(row.workGroupId) : QVariant();
}

PersonAttendanceTableModel::PersonAttendanceTableModel(Database &db, QObject *parent)
    : RowTableModel(parent)
    , m_db(db)
{
    using Row = PersonSessionMark;
    setColumns({
        { tr("Date"),
          [](const Row &row) {
              return row.date.isValid() ? validation::formatUkDate(row.date) : tr("to be arranged");
          } },
        { tr("Work Group"), [](const Row &row) { return row.workGroupCode; } },
        { tr("Session"), [](const Row &row) { return row.sessionTitle; } },
        { tr("Status"), [](const Row &row) { return displayName(row.status); } },
        { tr("Mark"),
          [](const Row &row) {
              if (!row.mark)
                  return QString();
              return row.mark == AttendanceMark::Substitute && !row.substituteName.isEmpty()
                  ? tr("%1 (%2 came)").arg(displayName(*row.mark), row.substituteName)
                  : displayName(*row.mark);
          } },
        { tr("Note"), [](const Row &row) { return row.note; } },
    });
    reloadOnChangesTo(
        m_db, { Entity::AttendanceMark, Entity::Session, Entity::ParticipantEnrolment }, [this] {
            if (m_personId > 0)
                setPerson(m_personId);
        });
}

void PersonAttendanceTableModel::setPerson(RecordId personId)
{
    const bool same = personId == m_personId;
    m_personId = personId;
    setRows(ParticipationHistory(m_db).marksForPerson(personId), sessionOf, same);
}

QVariant PersonAttendanceTableModel::cellData(const PersonSessionMark &row, int, int role) const
{
    if (role == WorkGroupIdRole)
        return row.workGroupId;
    if (role == Qt::ForegroundRole && row.status == SessionStatus::Cancelled)
        return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    return {};
}

} // namespace hubreg::ui
