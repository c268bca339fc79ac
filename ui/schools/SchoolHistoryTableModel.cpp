#include "SchoolHistoryTableModel.h"

#include "common/Figures.h"
#include "database/Database.h"

namespace hubreg::ui {

SchoolHistoryTableModel::SchoolHistoryTableModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    connect(&m_db, &Database::changed, this, [this](const Change &change) {
        if (m_schoolId > 0 && change.entity != Entity::Setting && change.entity != Entity::Hub)
            setSchool(m_schoolId);
    });
}

void SchoolHistoryTableModel::setSchool(RecordId schoolId)
{
    beginResetModel();
    m_schoolId = schoolId;
    m_rows = ParticipationHistory(m_db).forSchool(schoolId);
    endResetModel();
}

const SchoolParticipation *SchoolHistoryTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int SchoolHistoryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SchoolHistoryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SchoolHistoryTableModel::data(const QModelIndex &index, int role) const
{
    const SchoolParticipation *row = rowAt(index.row());
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
        case TookPartAs:
            return row->schoolId == m_schoolId
                ? tr("this school")
                : tr("%1 (URN %2)").arg(row->schoolName, row->urn.toString());
        case Joined:
            return validation::formatUkDate(row->joinedOn);
        case Withdrawn:
            return validation::formatUkDate(row->withdrawnOn);
        case Participants:
            return row->participants;
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
    if (role == Qt::TextAlignmentRole && index.column() >= Participants && index.column() <= Share)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant SchoolHistoryTableModel::headerData(int section, Qt::Orientation orientation,
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
    case TookPartAs:
        return tr("Took part as");
    case Joined:
        return tr("Joined");
    case Withdrawn:
        return tr("Withdrew");
    case Participants:
        return tr("Participants");
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

} // namespace hubreg::ui
