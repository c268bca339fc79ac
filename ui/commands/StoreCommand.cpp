#include "StoreCommand.h"

#include "common/Workspace.h"
#include "database/StoreError.h"

#include <QCoreApplication>

namespace hubreg::ui {

StoreCommand::StoreCommand(Workspace &workspace, const QString &text)
    : QUndoCommand(text)
    , m_workspace(workspace)
{ }

Database &StoreCommand::db() const
{
    return m_workspace.database();
}

RecordId StoreCommand::current(Entity entity, RecordId id) const
{
    return m_workspace.ids().current(entity, id);
}

void StoreCommand::moved(Entity entity, RecordId from, RecordId to)
{
    m_workspace.ids().moved(entity, from, to);
}

void StoreCommand::basedOn(Entity entity, const Record &record)
{
    m_workspace.ids().setVersion(entity, current(entity, record.id), record.version);
}

void StoreCommand::rebase(Entity entity, Record &record) const
{
    record.id = current(entity, record.id);
    record.version = m_workspace.ids().version(entity, record.id, record.version);
}

void StoreCommand::wrote(Entity entity, const Record &record)
{
    m_workspace.ids().setVersion(entity, record.id, record.version);
}

std::optional<KnownMark> StoreCommand::knownMark(RecordId sessionId, RecordId participantId) const
{
    return m_workspace.ids().knownMark(sessionId, participantId);
}

void StoreCommand::leftMark(RecordId sessionId, RecordId participantId, const KnownMark &mark)
{
    m_workspace.ids().setKnownMark(sessionId, participantId, mark);
}

void StoreCommand::redo()
{
    // Workspace::run applied it already, before putting it on the stack.
    if (std::exchange(m_alreadyApplied, false))
        return;
    try {
        apply();
    } catch (const StoreError &error) {
        setObsolete(true);
        report(
            QCoreApplication::translate("hubreg::ui::StoreCommand", "Cannot redo “%1”").arg(text()),
            error.message());
    }
}

void StoreCommand::undo()
{
    try {
        revert();
    } catch (const StoreError &error) {
        setObsolete(true);
        report(
            QCoreApplication::translate("hubreg::ui::StoreCommand", "Cannot undo “%1”").arg(text()),
            error.message());
    }
}

void StoreCommand::report(const QString &what, const QString &message)
{
    m_workspace.showError(what, message);
}

} // namespace hubreg::ui
