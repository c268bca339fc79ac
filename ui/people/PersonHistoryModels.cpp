#include "PersonHistoryModels.h"

#include "common/Figures.h"
#include "database/Database.h"

#include <QGuiApplication>
#include <QPalette>

namespace hubreg::ui {

PersonWorkGroupTableModel::PersonWorkGroupTableModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    connect(&m_db, &Database::changed, this, [this](const Change &change) {
        if (m_personId > 0 && change.entity != Entity::Setting && change.entity != Entity::Hub)
            setPerson(m_personId);
    });
}

void PersonWorkGroupTableModel::setPerson(RecordId personId)
{
    beginResetModel();
    m_personId = personId;
    m_rows = ParticipationHistory(m_db).forPerson(personId);
    endResetModel();
}

const PersonParticipation *PersonWorkGroupTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int PersonWorkGroupTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PersonWorkGroupTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonWorkGroupTableModel::data(const QModelIndex &index, int role) const
{
    const PersonParticipation *row = rowAt(index.row());
    if (!row)
        return {};
    if (role == WorkGroupIdRole)
        return row->workGroupId;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Year:
            return row->academicYear;
        case Programme:
            return row->programmeCode;
        case WorkGroup:
            return row->workGroupCode;
        case School:
            return row->schoolName;
        case Role:
            return row->isLeadParticipant ? tr("%1 (lead participant)").arg(row->role).trimmed()
                                          : row->role;
        case Joined:
            return validation::formatUkDate(row->joinedOn);
        case Left:
            return validation::formatUkDate(row->leftOn);
        case Attended:
            return attendedOf(row->attended, row->expected);
        case Share:
            return percentOf(row->attended, row->expected);
        case Completed:
            return row->expected > 0 ? (row->completed ? tr("Yes") : tr("Not yet")) : QString();
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Programme)
        return row->programmeTitle;
    if (role == Qt::ToolTipRole && index.column() == Attended && row->expected > 0)
        return tr("%1 apologies, %2 absent").arg(row->apologies).arg(row->absent);
    if (role == Qt::TextAlignmentRole && (index.column() == Attended || index.column() == Share))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant PersonWorkGroupTableModel::headerData(int section, Qt::Orientation orientation,
                                               int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Year:
        return tr("Year");
    case Programme:
        return tr("Programme");
    case WorkGroup:
        return tr("Work Group");
    case School:
        return tr("For school");
    case Role:
        return tr("Role");
    case Joined:
        return tr("Joined");
    case Left:
        return tr("Left");
    case Attended:
        return tr("Sessions attended");
    case Share:
        return tr("Attendance");
    case Completed:
        return tr("Completed");
    default:
        return {};
    }
}

PersonAttendanceTableModel::PersonAttendanceTableModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    connect(&m_db, &Database::changed, this, [this](const Change &change) {
        if (m_personId > 0
            && (change.entity == Entity::AttendanceMark || change.entity == Entity::Session
                || change.entity == Entity::ParticipantEnrolment))
            setPerson(m_personId);
    });
}

void PersonAttendanceTableModel::setPerson(RecordId personId)
{
    beginResetModel();
    m_personId = personId;
    m_rows = ParticipationHistory(m_db).marksForPerson(personId);
    endResetModel();
}

int PersonAttendanceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PersonAttendanceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonAttendanceTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const PersonSessionMark &row = m_rows.at(index.row());
    if (role == WorkGroupIdRole)
        return row.workGroupId;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Date:
            return row.date.isValid() ? validation::formatUkDate(row.date) : tr("to be arranged");
        case WorkGroup:
            return row.workGroupCode;
        case Session:
            return row.sessionTitle;
        case Status:
            return displayName(row.status);
        case Mark:
            if (!row.mark)
                return QString();
            return row.mark == AttendanceMark::Substitute && !row.substituteName.isEmpty()
                ? tr("%1 (%2 came)").arg(displayName(*row.mark), row.substituteName)
                : displayName(*row.mark);
        case Note:
            return row.note;
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && row.status == SessionStatus::Cancelled)
        return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    return {};
}

QVariant PersonAttendanceTableModel::headerData(int section, Qt::Orientation orientation,
                                                int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case WorkGroup:
        return tr("Work Group");
    case Session:
        return tr("Session");
    case Status:
        return tr("Status");
    case Mark:
        return tr("Mark");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace hubreg::ui
