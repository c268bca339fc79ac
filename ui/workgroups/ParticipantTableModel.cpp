#include "ParticipantTableModel.h"

#include "common/Figures.h"
#include "common/Workspace.h"
#include "database/Database.h"

#include <QGuiApplication>
#include <QPalette>

namespace hubreg::ui {

ParticipantTableModel::ParticipantTableModel(Workspace &workspace, RecordId workGroupId,
                                             QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
    , m_workGroupId(workGroupId)
{
    connect(&workspace.database(), &Database::changed, this, [this](const Change &change) {
        switch (change.entity) {
        case Entity::Person:
        case Entity::School:
        case Entity::SchoolEnrolment:
        case Entity::ParticipantEnrolment:
        case Entity::Session:
        case Entity::AttendanceMark:
        case Entity::WorkGroup:
            reload();
            break;
        default:
            break;
        }
    });
    reload();
}

void ParticipantTableModel::reload()
{
    Database &db = m_workspace.database();
    const RecordId workGroup = m_workspace.ids().current(Entity::WorkGroup, m_workGroupId);
    beginResetModel();
    m_rows = WorkGroupStore(db).participants(workGroup);
    m_figures.clear();
    for (const ParticipantFigures &figures : AttendanceFigures(db).participants(workGroup))
        m_figures.insert(figures.participantId, figures);
    endResetModel();
}

const ParticipantListing *ParticipantTableModel::participantAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ParticipantTableModel::rowOf(RecordId participantId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).enrolment.id == participantId)
            return row;
    }
    return -1;
}

int ParticipantTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ParticipantTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParticipantTableModel::data(const QModelIndex &index, int role) const
{
    const ParticipantListing *row = participantAt(index.row());
    if (!row)
        return {};
    const ParticipantEnrolment &e = row->enrolment;
    const ParticipantFigures figures = m_figures.value(e.id);
    switch (role) {
    case ParticipantIdRole:
        return e.id;
    case PersonIdRole:
        return e.personId;
    case SchoolIdRole:
        return e.schoolId;
    case Qt::DisplayRole:
        switch (index.column()) {
        case School:
            return row->schoolName;
        case Name:
            return row->fullName();
        case Email:
            return row->email;
        case Role:
            return e.role;
        case LeadParticipant:
            return e.isLeadParticipant ? tr("Yes") : QString();
        case Joined:
            return validation::formatUkDate(e.joinedOn);
        case Left:
            return validation::formatUkDate(e.leftOn);
        case Attended:
            return attendedOf(figures.attended, figures.expected);
        case Share:
            return percentOf(figures.attended, figures.expected);
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (e.hasLeft())
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Attended && figures.expected > 0)
            return tr("%1 apologies, %2 absent, %3 not recorded")
                .arg(figures.apologies)
                .arg(figures.absent)
                .arg(figures.unrecorded);
        if (e.hasLeft())
            return tr("Left on %1").arg(validation::formatUkDate(e.leftOn));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Attended || index.column() == Share)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant ParticipantTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case School:
        return tr("School");
    case Name:
        return tr("Name");
    case Email:
        return tr("Email");
    case Role:
        return tr("Role");
    case LeadParticipant:
        return tr("Lead participant");
    case Joined:
        return tr("Joined");
    case Left:
        return tr("Left");
    case Attended:
        return tr("Sessions attended");
    case Share:
        return tr("Attendance");
    default:
        return {};
    }
}

} // namespace hubreg::ui
