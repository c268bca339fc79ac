#include "EnrolledSchoolTableModel.h"

#include "common/Figures.h"
#include "common/Workspace.h"
#include "database/Database.h"

#include <QGuiApplication>
#include <QPalette>

namespace hubreg::ui {

EnrolledSchoolTableModel::EnrolledSchoolTableModel(Workspace &workspace, RecordId workGroupId,
                                                   QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
    , m_workGroupId(workGroupId)
{
    connect(&workspace.database(), &Database::changed, this, [this](const Change &change) {
        switch (change.entity) {
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

void EnrolledSchoolTableModel::reload()
{
    Database &db = m_workspace.database();
    const RecordId workGroup = m_workspace.ids().current(Entity::WorkGroup, m_workGroupId);
    beginResetModel();
    m_rows = WorkGroupStore(db).schools(workGroup);
    m_figures.clear();
    for (const SchoolFigures &figures : AttendanceFigures(db).schools(workGroup))
        m_figures.insert(figures.schoolId, figures);
    m_participants.clear();
    for (const ParticipantListing &participant : WorkGroupStore(db).participants(workGroup)) {
        if (!participant.enrolment.hasLeft())
            ++m_participants[participant.enrolment.schoolId];
    }
    endResetModel();
}

const SchoolEnrolmentListing *EnrolledSchoolTableModel::enrolmentAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int EnrolledSchoolTableModel::rowOfSchool(RecordId schoolId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).enrolment.schoolId == schoolId)
            return row;
    }
    return -1;
}

int EnrolledSchoolTableModel::activeCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const SchoolEnrolmentListing &row) {
        return !row.enrolment.isWithdrawn();
    }));
}

int EnrolledSchoolTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EnrolledSchoolTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EnrolledSchoolTableModel::data(const QModelIndex &index, int role) const
{
    const SchoolEnrolmentListing *row = enrolmentAt(index.row());
    if (!row)
        return {};
    const SchoolEnrolment &e = row->enrolment;
    const SchoolFigures figures = m_figures.value(e.schoolId);
    if (role == SchoolIdRole)
        return e.schoolId;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Urn:
            return row->urn.toString();
        case Name:
            return row->schoolName;
        case LocalAuthority:
            return row->laName;
        case Joined:
            return validation::formatUkDate(e.joinedOn);
        case Withdrawn:
            return validation::formatUkDate(e.withdrawnOn);
        case Participants:
            return m_participants.value(e.schoolId);
        case Attended:
            return attendedOf(figures.attended, figures.expected);
        case Share:
            return percentOf(figures.attended, figures.expected);
        case Completed:
            // Completion waits for the Work Group to be over; meanwhile, on track or not.
            if (figures.expected <= 0)
                return QString();
            return figures.completed ? tr("Yes") : figures.onTrack ? tr("On track") : tr("Not yet");
        case HeadCommitment:
            return e.headCommitment ? tr("Yes") : tr("No");
        case Override:
            return e.eligibilityOverride;
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && e.isWithdrawn())
        return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::ToolTipRole && e.isWithdrawn())
        return tr("Withdrew on %1").arg(validation::formatUkDate(e.withdrawnOn));
    if (role == Qt::TextAlignmentRole && index.column() >= Participants && index.column() <= Share)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant EnrolledSchoolTableModel::headerData(int section, Qt::Orientation orientation,
                                              int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Urn:
        return tr("URN");
    case Name:
        return tr("School");
    case LocalAuthority:
        return tr("Local authority");
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
    case HeadCommitment:
        return tr("Head's support");
    case Override:
        return tr("Enrolled despite");
    default:
        return {};
    }
}

} // namespace hubreg::ui
