#include "SessionTableModel.h"

#include "common/Figures.h"
#include "common/Workspace.h"
#include "database/Database.h"
#include "domain/Validation.h"
#include "records/SchoolStore.h"
#include "records/SessionStore.h"

#include <QGuiApplication>
#include <QPalette>

namespace hubreg::ui {

QString timeRange(const Session &session)
{
    const QString format = QStringLiteral("HH:mm");
    if (session.startTime.isValid() && session.endTime.isValid())
        return session.startTime.toString(format) + QStringLiteral("–")
            + session.endTime.toString(format);
    if (session.startTime.isValid())
        return session.startTime.toString(format);
    return {};
}

SessionTableModel::SessionTableModel(Workspace &workspace, RecordId workGroupId, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
    , m_workGroupId(workGroupId)
{
    connect(&workspace.database(), &Database::changed, this, [this](const Change &change) {
        if (change.entity == Entity::Session || change.entity == Entity::AttendanceMark
            || change.entity == Entity::ParticipantEnrolment
            || change.entity == Entity::SchoolEnrolment || change.entity == Entity::WorkGroup)
            reload();
    });
    reload();
}

void SessionTableModel::reload()
{
    Database &db = m_workspace.database();
    const RecordId workGroup = m_workspace.ids().current(Entity::WorkGroup, m_workGroupId);
    beginResetModel();
    m_rows = SessionStore(db).list(workGroup);
    m_figures.clear();
    for (const SessionFigures &figures : AttendanceFigures(db).sessions(workGroup))
        m_figures.insert(figures.sessionId, figures);
    m_visitedSchools.clear();
    for (const Session &session : std::as_const(m_rows)) {
        if (session.visitSchoolId > 0 && !m_visitedSchools.contains(session.visitSchoolId)) {
            const auto school = SchoolStore(db).find(session.visitSchoolId);
            m_visitedSchools.insert(session.visitSchoolId, school ? school->name : QString());
        }
    }
    endResetModel();
}

const Session *SessionTableModel::sessionAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int SessionTableModel::rowOf(RecordId sessionId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == sessionId)
            return row;
    }
    return -1;
}

int SessionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SessionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionTableModel::data(const QModelIndex &index, int role) const
{
    const Session *session = sessionAt(index.row());
    if (!session)
        return {};
    if (role == SessionIdRole)
        return session->id;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Number:
            return session->number;
        case Title:
            return session->title;
        case Date:
            return session->date.isValid() ? validation::formatUkDate(session->date)
                                           : tr("to be arranged");
        case Time:
            return timeRange(*session);
        case Kind:
            return session->kind == SessionKind::SchoolVisit
                ? tr("Visit: %1").arg(m_visitedSchools.value(session->visitSchoolId))
                : displayName(session->kind);
        case Mode:
            return displayName(session->mode);
        case Venue:
            return session->venue;
        case Status:
            return session->status == SessionStatus::Cancelled
                    && !session->cancellationReason.isEmpty()
                ? tr("%1: %2").arg(displayName(session->status), session->cancellationReason)
                : displayName(session->status);
        case Attended: {
            if (session->status != SessionStatus::Held)
                return QString();
            const SessionFigures figures = m_figures.value(session->id);
            return attendedOf(figures.attended, figures.expected);
        }
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && session->status == SessionStatus::Cancelled)
        return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::ToolTipRole && index.column() == Status
        && session->status == SessionStatus::Cancelled)
        return session->cancellationReason.isEmpty()
            ? tr("Cancelled: it counts nowhere")
            : tr("Cancelled: %1. It counts nowhere.").arg(session->cancellationReason);
    if (role == Qt::ToolTipRole && index.column() == Attended
        && session->status == SessionStatus::Held) {
        const SessionFigures f = m_figures.value(session->id);
        return tr("%1 apologies, %2 absent, %3 not expected, %4 not recorded; %5 schools attended")
            .arg(f.apologies)
            .arg(f.absent)
            .arg(f.notExpected)
            .arg(f.unrecorded)
            .arg(f.schoolsAttended);
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Number || index.column() == Attended))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant SessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("No.");
    case Title:
        return tr("Title");
    case Date:
        return tr("Date");
    case Time:
        return tr("Time");
    case Kind:
        return tr("Kind");
    case Mode:
        return tr("Mode");
    case Venue:
        return tr("Venue");
    case Status:
        return tr("Status");
    case Attended:
        return tr("Attended");
    default:
        return {};
    }
}

} // namespace hubreg::ui
