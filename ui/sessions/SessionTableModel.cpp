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
    : RowTableModel(parent)
    , m_workspace(workspace)
    , m_workGroupId(workGroupId)
{
    using Row = SessionRow;
    setColumns({
        { tr("No."), [](const Row &row) { return row.session.number; }, kNumber },
        { tr("Title"), [](const Row &row) { return row.session.title; } },
        { tr("Date"),
          [](const Row &row) {
              return row.session.date.isValid() ? validation::formatUkDate(row.session.date)
                                                : tr("to be arranged");
          } },
        { tr("Time"), [](const Row &row) { return timeRange(row.session); } },
        { tr("Kind"),
          [](const Row &row) {
              return row.session.kind == SessionKind::SchoolVisit
                  ? tr("Visit: %1").arg(row.visitedSchool)
                  : displayName(row.session.kind);
          } },
        { tr("Mode"), [](const Row &row) { return displayName(row.session.mode); } },
        { tr("Venue"), [](const Row &row) { return row.session.venue; } },
        { tr("Status"),
          [](const Row &row) {
              const Session &session = row.session;
              return session.status == SessionStatus::Cancelled
                      && !session.cancellationReason.isEmpty()
                  ? tr("%1: %2").arg(displayName(session.status), session.cancellationReason)
                  : displayName(session.status);
          },
          {},
          [](const Row &row) {
              const Session &session = row.session;
              if (session.status != SessionStatus::Cancelled)
                  return QVariant();
              return QVariant(
                  session.cancellationReason.isEmpty()
                      ? tr("Cancelled: it counts nowhere")
                      : tr("Cancelled: %1. It counts nowhere.").arg(session.cancellationReason));
          } },
        { tr("Attended"),
          [](const Row &row) {
              if (row.session.status != SessionStatus::Held)
                  return QString();
              return attendedOf(row.figures.attended, row.figures.expected);
          },
          kNumber,
          [](const Row &row) {
              if (row.session.status != SessionStatus::Held)
                  return QVariant();
              const SessionFigures &f = row.figures;
              return QVariant(tr("%1 apologies, %2 absent, %3 not expected, %4 not recorded; "
                                 "%5 schools attended")
                                  .arg(f.apologies)
                                  .arg(f.absent)
                                  .arg(f.notExpected)
                                  .arg(f.unrecorded)
                                  .arg(f.schoolsAttended));
          } },
    });
    reloadOnChangesTo(workspace.database(),
                      { Entity::Session, Entity::AttendanceMark, Entity::ParticipantEnrolment,
                        Entity::SchoolEnrolment, Entity::WorkGroup },
                      [this] { reload(); });
    reload();
}

void SessionTableModel::reload()
{
    Database &db = m_workspace.database();
    const RecordId workGroup = m_workspace.ids().current(Entity::WorkGroup, m_workGroupId);
    QHash<RecordId, SessionFigures> figures;
    for (const SessionFigures &session : AttendanceFigures(db).sessions(workGroup))
        figures.insert(session.sessionId, session);
    QHash<RecordId, QString> visitedSchools;
    QList<SessionRow> rows;
    for (const Session &session : SessionStore(db).list(workGroup)) {
        const RecordId visited = session.visitSchoolId;
        if (visited > 0 && !visitedSchools.contains(visited)) {
            const auto school = SchoolStore(db).find(visited);
            visitedSchools.insert(visited, school ? school->name : QString());
        }
        rows << SessionRow { session, figures.value(session.id), visitedSchools.value(visited) };
    }
    setRows(rows, [](const SessionRow &row) { return row.session.id; });
}

const Session *SessionTableModel::sessionAt(int row) const
{
    const SessionRow *session = rowAt(row);
    return session ? &session->session : nullptr;
}

int SessionTableModel::rowOf(RecordId sessionId) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (rowAt(row)->session.id == sessionId)
            return row;
    }
    return -1;
}

QVariant SessionTableModel::cellData(const SessionRow &row, int, int role) const
{
    if (role == SessionIdRole)
        return row.session.id;
    if (role == Qt::ForegroundRole && row.session.status == SessionStatus::Cancelled)
        return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    return {};
}

} // namespace hubreg::ui
