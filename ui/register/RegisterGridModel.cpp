#include "RegisterGridModel.h"

#include "common/Figures.h"
#include "common/ShownCells.h"
#include "common/Workspace.h"
#include "database/Database.h"
#include "domain/Validation.h"
#include "records/AttendanceStore.h"
#include "records/SessionStore.h"
#include "records/WorkGroupStore.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace hubreg::ui {

RegisterGridModel::RegisterGridModel(Workspace &workspace, RecordId workGroupId, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
    , m_workGroupId(workGroupId)
{
    connect(&workspace.database(), &Database::changed, this, [this](const Change &change) {
        switch (change.entity) {
        case Entity::AttendanceMark:
            refreshFigures();
            break;
        case Entity::Session:
            refreshSessions();
            break;
        case Entity::WorkGroup:
            // A first mark starts the Work Group: its status is not in the grid.
            if (change.touches(m_workspace.ids().current(Entity::WorkGroup, m_workGroupId)))
                refreshFigures();
            break;
        case Entity::Person:
        case Entity::School:
        case Entity::SchoolEnrolment:
        case Entity::ParticipantEnrolment:
        case Entity::Programme:
            reload();
            break;
        default:
            break;
        }
    });
    reload();
}

void RegisterGridModel::reload()
{
    Database &db = m_workspace.database();
    const RecordId workGroup = m_workspace.ids().current(Entity::WorkGroup, m_workGroupId);
    beginResetModel();
    const auto group = WorkGroupStore(db).find(workGroup);
    m_title = group
        ? (group->title.isEmpty() ? group->code : tr("%1 – %2").arg(group->code, group->title))
        : QString();
    m_sessions = SessionStore(db).list(workGroup);
    m_rows.clear();
    const QList<ParticipantListing> participants = WorkGroupStore(db).participants(workGroup);
    for (const SchoolEnrolmentListing &school : WorkGroupStore(db).schools(workGroup)) {
        Row schoolRow;
        schoolRow.kind = RowKind::School;
        schoolRow.schoolId = school.enrolment.schoolId;
        schoolRow.label = school.schoolName;
        schoolRow.hasLeft = school.enrolment.isWithdrawn();
        m_rows << schoolRow;
        for (const ParticipantListing &participant : participants) {
            if (participant.enrolment.schoolId != school.enrolment.schoolId)
                continue;
            Row row;
            row.kind = RowKind::Participant;
            row.schoolId = participant.enrolment.schoolId;
            row.participantId = participant.enrolment.id;
            row.label = participant.fullName();
            row.hasLeft = participant.enrolment.hasLeft();
            row.joinedOn = participant.enrolment.joinedOn;
            row.leftOn = participant.enrolment.leftOn;
            m_rows << row;
        }
    }
    Row total;
    total.kind = RowKind::Total;
    total.label = tr("All participants");
    m_rows << total;
    loadFigures();
    endResetModel();
}

void RegisterGridModel::refreshFigures()
{
    const ShownCells before(*this);
    const auto group = WorkGroupStore(m_workspace.database())
                           .find(m_workspace.ids().current(Entity::WorkGroup, m_workGroupId));
    m_title = group
        ? (group->title.isEmpty() ? group->code : tr("%1 – %2").arg(group->code, group->title))
        : QString();
    loadFigures();
    before.reportChanges(*this);
}

void RegisterGridModel::refreshSessions()
{
    const QList<Session> sessions
        = SessionStore(m_workspace.database())
              .list(m_workspace.ids().current(Entity::WorkGroup, m_workGroupId));
    bool sameColumns = sessions.size() == m_sessions.size();
    for (int i = 0; sameColumns && i < sessions.size(); ++i)
        sameColumns = sessions.at(i).id == m_sessions.at(i).id;
    if (!sameColumns) {
        reload();
        return;
    }
    // A session held, moved or renamed: the same columns, with their headings and figures.
    const ShownCells before(*this);
    m_sessions = sessions;
    loadFigures();
    before.reportChanges(*this);
    if (!m_sessions.isEmpty())
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

void RegisterGridModel::loadFigures()
{
    Database &db = m_workspace.database();
    const RecordId workGroup = m_workspace.ids().current(Entity::WorkGroup, m_workGroupId);
    m_marks.clear();
    for (const AttendanceRecord &mark : AttendanceStore(db).marksForWorkGroup(workGroup))
        m_marks.insert(qMakePair(mark.participantId, mark.sessionId), mark);
    m_participantFigures.clear();
    for (const ParticipantFigures &f : AttendanceFigures(db).participants(workGroup))
        m_participantFigures.insert(f.participantId, f);
    m_schoolFigures.clear();
    for (const SchoolFigures &f : AttendanceFigures(db).schools(workGroup))
        m_schoolFigures.insert(f.schoolId, f);
    m_sessionFigures.clear();
    for (const SessionFigures &f : AttendanceFigures(db).sessions(workGroup))
        m_sessionFigures.insert(f.sessionId, f);
    m_schoolSessions.clear();
    for (const SchoolSessionFigure &f : SchoolSessionFigures(db).forWorkGroup(workGroup))
        m_schoolSessions.insert(qMakePair(f.schoolId, f.sessionId), f);
    m_notInGroup.clear();
    for (const ParticipantSessionFigure &f : AttendanceFigures(db).participantSessions(workGroup)) {
        if (!f.marked && !f.expected)
            m_notInGroup.insert(qMakePair(f.participantId, f.sessionId));
    }
}

bool RegisterGridModel::notInGroup(const Row &row, const Session &session) const
{
    return row.kind == RowKind::Participant
        && m_notInGroup.contains(qMakePair(row.participantId, session.id));
}

const Session *RegisterGridModel::sessionAtColumn(int column) const
{
    const int i = column - firstSessionColumn();
    return i >= 0 && i < m_sessions.size() ? &m_sessions.at(i) : nullptr;
}

int RegisterGridModel::columnOfSession(RecordId sessionId) const
{
    for (int i = 0; i < m_sessions.size(); ++i) {
        if (m_sessions.at(i).id == sessionId)
            return firstSessionColumn() + i;
    }
    return -1;
}

int RegisterGridModel::rowOfParticipant(RecordId participantId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).kind == RowKind::Participant
            && m_rows.at(row).participantId == participantId)
            return row;
    }
    return -1;
}

RegisterGridModel::RowKind RegisterGridModel::rowKind(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).kind : RowKind::Total;
}

bool RegisterGridModel::concerns(const Session &session, RecordId schoolId) const
{
    return session.kind != SessionKind::SchoolVisit || session.visitSchoolId == schoolId;
}

int RegisterGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RegisterGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : shareColumn() + 1;
}

QVariant RegisterGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= columnCount())
        return {};
    const Row &row = m_rows.at(index.row());
    const Session *session = sessionAtColumn(index.column());
    switch (role) {
    case RowKindRole:
        return int(row.kind);
    case ParticipantIdRole:
        return row.participantId;
    case SchoolIdRole:
        return row.schoolId;
    case SessionIdRole:
        return session ? session->id : RecordId(0);
    case EditableRole:
        return row.kind == RowKind::Participant && session
            && session->status != SessionStatus::Cancelled && concerns(*session, row.schoolId);
    case SubstituteRole: {
        if (row.kind != RowKind::Participant || !session)
            return {};
        const auto mark = m_marks.constFind(qMakePair(row.participantId, session->id));
        return mark != m_marks.cend() ? mark->substituteName : QString();
    }
    case NotInGroupRole:
        return session && notInGroup(row, *session);
    case Qt::FontRole:
        if (row.kind != RowKind::Participant) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if ((session && session->status == SessionStatus::Cancelled) || row.hasLeft
            || (session && notInGroup(row, *session)))
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::BackgroundRole:
        if (session
            && (session->status == SessionStatus::Cancelled || !concerns(*session, row.schoolId))
            && row.kind != RowKind::Total)
            return QGuiApplication::palette().brush(QPalette::Window);
        if (row.kind == RowKind::School || row.kind == RowKind::Total)
            return QGuiApplication::palette().brush(QPalette::AlternateBase);
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == 0
            ? int(Qt::AlignLeft | Qt::AlignVCenter)
            : (index.column() >= attendedColumn() ? int(Qt::AlignRight | Qt::AlignVCenter)
                                                  : int(Qt::AlignCenter));
    default:
        break;
    }
    if (index.column() == 0) {
        if (role == Qt::DisplayRole)
            return row.kind == RowKind::Participant ? QStringLiteral("    ") + row.label
                                                    : row.label;
        if (role == Qt::ToolTipRole && row.hasLeft)
            return row.kind == RowKind::School ? tr("Withdrawn") : tr("Left the Work Group");
        return {};
    }
    switch (row.kind) {
    case RowKind::Participant:
        return participantCell(row, index.column(), role);
    case RowKind::School:
        return schoolCell(row, index.column(), role);
    case RowKind::Total:
        return totalCell(index.column(), role);
    }
    return {};
}

QVariant RegisterGridModel::participantCell(const Row &row, int column, int role) const
{
    if (const Session *session = sessionAtColumn(column)) {
        const auto mark = m_marks.constFind(qMakePair(row.participantId, session->id));
        if (mark == m_marks.cend()) {
            if (!notInGroup(row, *session))
                return {};
            // Not expected by the dates: left out of every figure, as an N would be.
            if (role == Qt::DisplayRole)
                return QStringLiteral("–");
            if (role == Qt::ToolTipRole) {
                if (row.joinedOn.isValid() && session->date.isValid()
                    && session->date < row.joinedOn)
                    return tr("Not expected: joined the Work Group on %1")
                        .arg(validation::formatUkDate(row.joinedOn));
                if (row.leftOn.isValid() && session->date.isValid() && session->date > row.leftOn)
                    return tr("Not expected: left the Work Group on %1")
                        .arg(validation::formatUkDate(row.leftOn));
                return tr("Not expected: the school was not in the Work Group that day");
            }
            return {};
        }
        if (role == Qt::DisplayRole)
            return QString(codeOf(mark->mark));
        if (role == Qt::ToolTipRole) {
            QString tip = displayName(mark->mark);
            if (!mark->substituteName.isEmpty())
                tip += tr(": %1 came instead").arg(mark->substituteName);
            if (!mark->note.isEmpty())
                tip += QLatin1Char('\n') + mark->note;
            return tip;
        }
        return {};
    }
    const ParticipantFigures f = m_participantFigures.value(row.participantId);
    if (role == Qt::DisplayRole)
        return column == attendedColumn() ? attendedOf(f.attended, f.expected)
                                          : percentOf(f.attended, f.expected);
    if (role == Qt::ToolTipRole && f.expected > 0)
        return tr("%1 attended of %2 expected; %3 apologies, %4 absent, %5 not recorded")
            .arg(f.attended)
            .arg(f.expected)
            .arg(f.apologies)
            .arg(f.absent)
            .arg(f.unrecorded);
    return {};
}

QVariant RegisterGridModel::schoolCell(const Row &row, int column, int role) const
{
    if (const Session *session = sessionAtColumn(column)) {
        const auto cell = m_schoolSessions.constFind(qMakePair(row.schoolId, session->id));
        if (cell == m_schoolSessions.cend() || !cell->expected)
            return {};
        if (role == Qt::DisplayRole)
            return cell->attended ? QStringLiteral("✓") : QStringLiteral("✗");
        if (role == Qt::ToolTipRole)
            return cell->attended ? tr("The school attended")
                                  : tr("Nobody from the school attended");
        return {};
    }
    const SchoolFigures f = m_schoolFigures.value(row.schoolId);
    if (role == Qt::DisplayRole)
        return column == attendedColumn() ? attendedOf(f.attended, f.expected)
                                          : percentOf(f.attended, f.expected);
    if (role == Qt::ToolTipRole && f.expected > 0)
        return f.completed ? tr("Completed the Work Group")
            : f.onTrack    ? tr("On track: at or above the completion threshold so far; it "
                                   "completes when the Work Group is over")
                           : tr("Has not completed the Work Group");
    return {};
}

QVariant RegisterGridModel::totalCell(int column, int role) const
{
    if (const Session *session = sessionAtColumn(column)) {
        if (session->status != SessionStatus::Held)
            return {};
        const SessionFigures f = m_sessionFigures.value(session->id);
        if (role == Qt::DisplayRole)
            return f.expected > 0 ? QStringLiteral("%1/%2").arg(f.attended).arg(f.expected)
                                  : QString();
        if (role == Qt::ToolTipRole)
            return tr("%1 attended of %2 expected; %3 apologies, %4 absent, %5 not recorded; %6 "
                      "schools attended")
                .arg(f.attended)
                .arg(f.expected)
                .arg(f.apologies)
                .arg(f.absent)
                .arg(f.unrecorded)
                .arg(f.schoolsAttended);
        return {};
    }
    int attended = 0;
    int expected = 0;
    for (const ParticipantFigures &f : m_participantFigures) {
        attended += f.attended;
        expected += f.expected;
    }
    if (role == Qt::DisplayRole)
        return column == attendedColumn() ? attendedOf(attended, expected)
                                          : percentOf(attended, expected);
    return {};
}

QVariant RegisterGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    const Session *session = sessionAtColumn(section);
    if (role == SessionIdRole)
        return session ? session->id : RecordId(0);
    if (role == Qt::DisplayRole) {
        if (section == 0)
            return tr("School / participant");
        if (section == attendedColumn())
            return tr("Attended");
        if (section == shareColumn())
            return tr("%");
        if (!session)
            return {};
        const QString date
            = session->date.isValid() ? session->date.toString(QStringLiteral("dd/MM")) : tr("tba");
        if (session->kind == SessionKind::SchoolVisit)
            return tr("V%1\n%2").arg(session->number).arg(date);
        return tr("%1\n%2").arg(session->number).arg(date);
    }
    if (role == Qt::ToolTipRole && session) {
        const QString tip
            = tr("%1, %2 (%3)")
                  .arg(session->title,
                       session->date.isValid() ? validation::formatUkDate(session->date)
                                               : tr("date to be arranged"),
                       displayName(session->status));
        return session->cancellationReason.isEmpty()
            ? tip
            : tr("%1: %2").arg(tip, session->cancellationReason);
    }
    if (role == Qt::ForegroundRole && session && session->status == SessionStatus::Cancelled)
        return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    return {};
}

} // namespace hubreg::ui
