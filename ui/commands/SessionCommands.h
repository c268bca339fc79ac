#pragma once

#include "StoreCommand.h"
#include "domain/Session.h"
#include "domain/WorkGroup.h"
#include "records/SessionStore.h"

#include <QList>

#include <optional>

namespace hubreg::ui {

// Adds one session, or a whole series laid out by a plan; undo removes what was added.
class AddSessionsCommand : public StoreCommand
{
public:
    AddSessionsCommand(Workspace &workspace, const Session &session);
    AddSessionsCommand(Workspace &workspace, RecordId workGroupId, const SessionSeriesPlan &plan);
    // The sessions as first stored.
    QList<Session> sessions() const { return m_sessions; }

protected:
    void apply() override;
    void revert() override;

private:
    RecordId m_workGroupId;
    std::optional<SessionSeriesPlan> m_plan;
    QList<Session> m_sessions;
    bool m_created = false;
};

// Removes a session that has no register yet; undo puts it back with its number.
class RemoveSessionCommand : public StoreCommand
{
public:
    RemoveSessionCommand(Workspace &workspace, const Session &session);

protected:
    void apply() override;
    void revert() override;

private:
    Session m_session;
};

// Changes a session: its details, or its status (cancelled, planned, held).
class UpdateSessionCommand : public StoreCommand
{
public:
    UpdateSessionCommand(Workspace &workspace, const Session &before, const Session &after,
                         const QString &text);

    bool canMerge() const override { return true; }
    std::unique_ptr<StoreCommand> mergedWithTheirs() override;

protected:
    void apply() override { write(m_after); }
    void revert() override;

private:
    // An undo also puts back the Work Group's status, when the change had started it.
    void write(Session session, std::optional<WorkGroupStatus> workGroupBefore = std::nullopt);
    Session m_before;
    Session m_after;
    // A session made held moves a planned Work Group to running; undo puts it back.
    WorkGroupStatus m_workGroupBefore = WorkGroupStatus::Running;
};

} // namespace hubreg::ui
