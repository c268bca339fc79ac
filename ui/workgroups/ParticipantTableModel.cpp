#include "ParticipantTableModel.h"

#include "common/Figures.h"
#include "common/Workspace.h"
#include "database/Database.h"

#include <QGuiApplication>
#include <QPalette>

namespace hubreg::ui {

ParticipantTableModel::ParticipantTableModel(Workspace &workspace, RecordId workGroupId,
                                             QObject *parent)
    : RowTableModel(parent)
    , m_workspace(workspace)
    , m_workGroupId(workGroupId)
{
    using Row = ParticipantRow;
    setColumns({
        { tr("School"), [](const Row &row) { return row.listing.schoolName; } },
        { tr("Name"), [](const Row &row) { return row.listing.fullName(); } },
        { tr("Email"), [](const Row &row) { return row.listing.email; } },
        { tr("Role"), [](const Row &row) { return row.listing.enrolment.role; } },
        { tr("Lead participant"),
          [](const Row &row) {
              return row.listing.enrolment.isLeadParticipant ? tr("Yes") : QString();
          } },
        { tr("Joined"),
          [](const Row &row) { return validation::formatUkDate(row.listing.enrolment.joinedOn); } },
        { tr("Left"),
          [](const Row &row) { return validation::formatUkDate(row.listing.enrolment.leftOn); } },
        { tr("Sessions attended"),
          [](const Row &row) { return attendedOf(row.figures.attended, row.figures.expected); },
          kNumber,
          [](const Row &row) {
              if (row.figures.expected <= 0)
                  return QVariant();
              return QVariant(tr("%1 apologies, %2 absent, %3 not recorded")
                                  .arg(row.figures.apologies)
                                  .arg(row.figures.absent)
                                  .arg(row.figures.unrecorded));
          } },
        { tr("Attendance"),
          [](const Row &row) { return percentOf(row.figures.attended, row.figures.expected); },
          kNumber },
    });
    reloadOnChangesTo(workspace.database(),
                      { Entity::Person, Entity::School, Entity::SchoolEnrolment,
                        Entity::ParticipantEnrolment, Entity::Session, Entity::AttendanceMark,
                        Entity::WorkGroup },
                      [this] { reload(); });
    reload();
}

void ParticipantTableModel::reload()
{
    Database &db = m_workspace.database();
    const RecordId workGroup = m_workspace.ids().current(Entity::WorkGroup, m_workGroupId);
    QHash<RecordId, ParticipantFigures> figures;
    for (const ParticipantFigures &participant : AttendanceFigures(db).participants(workGroup))
        figures.insert(participant.participantId, participant);
    QList<ParticipantRow> rows;
    for (const ParticipantListing &listing : WorkGroupStore(db).participants(workGroup))
        rows << ParticipantRow { listing, figures.value(listing.enrolment.id) };
    setRows(rows, [](const ParticipantRow &row) { return row.listing.enrolment.id; });
}

const ParticipantListing *ParticipantTableModel::participantAt(int row) const
{
    const ParticipantRow *participant = rowAt(row);
    return participant ? &participant->listing : nullptr;
}

int ParticipantTableModel::rowOf(RecordId participantId) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (rowAt(row)->listing.enrolment.id == participantId)
            return row;
    }
    return -1;
}

QVariant ParticipantTableModel::cellData(const ParticipantRow &row, int, int role) const
{
    const ParticipantEnrolment &e = row.listing.enrolment;
    switch (role) {
    case ParticipantIdRole:
        return e.id;
    case PersonIdRole:
        return e.personId;
    case SchoolIdRole:
        return e.schoolId;
    case Qt::ForegroundRole:
        if (e.hasLeft())
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::ToolTipRole:
        if (e.hasLeft())
            return tr("Left on %1").arg(validation::formatUkDate(e.leftOn));
        return {};
    default:
        return {};
    }
}

} // namespace hubreg::ui
