#include "SessionCommands.h"

#include "StaleEdit.h"
#include "common/Workspace.h"
#include "database/Database.h"
#include "records/RecordFields.h"
#include "records/WorkGroupStore.h"

#include <QCoreApplication>

#include <tuple>

namespace hubreg::ui {

namespace {
// Gives lupdate and the translator the same context for this file's strings.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::ui::SessionCommands)
};
} // namespace

AddSessionsCommand::AddSessionsCommand(Workspace &workspace, const Session &session)
    : StoreCommand(workspace,
                   session.kind == SessionKind::SchoolVisit ? Tr::tr("Add school visit")
                                                            : Tr::tr("Add session"))
    , m_workGroupId(session.workGroupId)
    , m_sessions({ session })
{ }

AddSessionsCommand::AddSessionsCommand(Workspace &workspace, RecordId workGroupId,
                                       const SessionSeriesPlan &plan)
    : StoreCommand(workspace, Tr::tr("Create a series of sessions (%1)").arg(plan.count))
    , m_workGroupId(workGroupId)
    , m_plan(plan)
{ }

void AddSessionsCommand::apply()
{
    SessionStore store(db());
    const RecordId workGroup = current(Entity::WorkGroup, m_workGroupId);
    if (!m_created) {
        if (m_plan) {
            m_sessions = store.createSeries(workGroup, *m_plan);
        } else {
            Session session = m_sessions.first();
            session.workGroupId = workGroup;
            store.add(session);
            m_sessions = { session };
        }
        m_created = true;
        return;
    }
    QList<Session> sessions = m_sessions;
    for (Session &session : sessions) {
        session.id = 0;
        session.workGroupId = workGroup;
        if (session.visitSchoolId > 0)
            session.visitSchoolId = current(Entity::School, session.visitSchoolId);
    }
    store.addAll(sessions);
    for (int i = 0; i < sessions.size(); ++i)
        moved(Entity::Session, m_sessions.at(i).id, sessions.at(i).id);
    m_sessions = sessions;
}

void AddSessionsCommand::revert()
{
    QList<RecordId> ids;
    for (const Session &session : std::as_const(m_sessions))
        ids << current(Entity::Session, session.id);
    SessionStore(db()).removeAll(ids);
}

RemoveSessionCommand::RemoveSessionCommand(Workspace &workspace, const Session &session)
    : StoreCommand(workspace, Tr::tr("Remove %1").arg(session.title))
    , m_session(session)
{ }

void RemoveSessionCommand::apply()
{
    SessionStore(db()).remove(current(Entity::Session, m_session.id));
}

void RemoveSessionCommand::revert()
{
    Session session = m_session;
    const RecordId previous = current(Entity::Session, m_session.id);
    session.id = 0;
    session.workGroupId = current(Entity::WorkGroup, session.workGroupId);
    if (session.visitSchoolId > 0)
        session.visitSchoolId = current(Entity::School, session.visitSchoolId);
    SessionStore(db()).add(session);
    moved(Entity::Session, previous, session.id);
}

UpdateSessionCommand::UpdateSessionCommand(Workspace &workspace, const Session &before,
                                           const Session &after, const QString &text)
    : StoreCommand(workspace, text)
    , m_before(before)
    , m_after(after)
{
    basedOn(Entity::Session, m_after);
    if (const auto group = WorkGroupStore(workspace.database()).find(before.workGroupId))
        m_workGroupBefore = group->status;
}

void UpdateSessionCommand::revert()
{
    write(m_before, m_workGroupBefore);
}

std::unique_ptr<StoreCommand> UpdateSessionCommand::mergedWithTheirs()
{
    return mergedEdit<UpdateSessionCommand>(
        workspace(), recordfields::session(db()), m_before,
        SessionStore(db()).find(current(Entity::Session, m_after.id)), m_after,
        Tr::tr("session %1").arg(m_after.number), text());
}

void UpdateSessionCommand::write(Session session, std::optional<WorkGroupStatus> workGroupBefore)
{
    rebase(Entity::Session, session);
    session.workGroupId = current(Entity::WorkGroup, session.workGroupId);
    if (session.visitSchoolId > 0)
        session.visitSchoolId = current(Entity::School, session.visitSchoolId);
    if (workGroupBefore)
        SessionStore(db()).putBack(session, *workGroupBefore);
    else
        SessionStore(db()).update(session);
    wrote(Entity::Session, session);
}

} // namespace hubreg::ui
