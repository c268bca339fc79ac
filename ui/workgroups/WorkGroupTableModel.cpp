#include "WorkGroupTableModel.h"

#include "store/Database.h"

#include <QLocale>

namespace hubreg::ui {

WorkGroupTableModel::WorkGroupTableModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    connect(&m_db, &Database::changed, this, [this](Entity entity) {
        switch (entity) {
        case Entity::WorkGroup:
        case Entity::Programme:
        case Entity::Person:
        case Entity::SchoolEnrolment:
        case Entity::ParticipantEnrolment:
        case Entity::Session:
        case Entity::AttendanceMark:
        case Entity::AcademicYear:
            reload();
            break;
        default:
            break;
        }
    });
    reload();
}

void WorkGroupTableModel::setQuery(const WorkGroupQuery &query)
{
    m_query = query;
    reload();
}

void WorkGroupTableModel::reload()
{
    beginResetModel();
    m_rows = WorkGroupStore(m_db).overview(m_query);
    endResetModel();
}

const WorkGroupOverview *WorkGroupTableModel::workGroupAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int WorkGroupTableModel::rowOf(RecordId workGroupId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).workGroup.id == workGroupId)
            return row;
    }
    return -1;
}

int WorkGroupTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WorkGroupTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkGroupTableModel::data(const QModelIndex &index, int role) const
{
    const WorkGroupOverview *row = workGroupAt(index.row());
    if (!row)
        return {};
    if (role == IdRole)
        return row->workGroup.id;
    const double rate = row->attendanceRate();
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (index.column()) {
        case Code:
            return row->workGroup.code;
        case Title:
            return row->workGroup.title;
        case Programme:
            return row->programmeCode;
        case Year:
            return row->academicYear;
        case Lead:
            return row->leadName;
        case Status:
            return sort ? QVariant(int(row->workGroup.status)) : QVariant(displayName(row->workGroup.status));
        case Schools:
            return sort ? QVariant(row->schools)
                        : QVariant(tr("%1 of %2").arg(row->schools).arg(row->workGroup.capacity));
        case Participants:
            return row->participants;
        case Sessions:
            return sort ? QVariant(row->sessionsHeld)
                        : QVariant(tr("%1 of %2").arg(row->sessionsHeld).arg(row->sessionsPlanned));
        case Attendance:
            if (sort)
                return rate;
            return rate < 0 ? QString() : QLocale().toString(rate * 100.0, 'f', 0) + QLatin1Char('%');
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Programme)
            return row->programmeTitle;
        if (index.column() == Attendance && rate >= 0)
            return tr("%1 attendances of %2 expected").arg(row->marksAttended).arg(row->marksExpected);
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Schools)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant WorkGroupTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return tr("Code");
    case Title:
        return tr("Title");
    case Programme:
        return tr("Programme");
    case Year:
        return tr("Year");
    case Lead:
        return tr("Lead");
    case Status:
        return tr("Status");
    case Schools:
        return tr("Schools");
    case Participants:
        return tr("Participants");
    case Sessions:
        return tr("Sessions held");
    case Attendance:
        return tr("Attendance");
    default:
        return {};
    }
}

} // namespace hubreg::ui
