#include "Workspace.h"

#include "Prompter.h"
#include "commands/StoreCommand.h"
#include "conflicts/EditConflictDialog.h"
#include "database/Database.h"
#include "database/StoreError.h"
#include "history/AuditTrail.h"

#include <QUndoStack>

#include <memory>

namespace hubreg::ui {

Workspace::Workspace(Database &db, QUndoStack *undoStack, QWidget *window)
    : QObject(window)
    , m_db(db)
    , m_undoStack(undoStack)
    , m_window(window)
    , m_rights(AccessRights::of(db))
{ }

bool Workspace::isReadOnly() const
{
    return !m_rights.mayChangeAnything();
}

bool Workspace::run(StoreCommand *command)
{
    std::unique_ptr<StoreCommand> owned(command);
    if (isReadOnly()) {
        showError(owned->text(), m_rights.whyNot(AccessRights::Action::ChangeHub));
        return false;
    }
    try {
        owned->apply();
    } catch (const StoreError &error) {
        if (error.kind() == StoreError::Kind::Stale && owned->canMerge()) {
            // Nothing was written; what is saved now is what the person makes of both edits.
            std::unique_ptr<StoreCommand> merged = owned->mergedWithTheirs();
            return merged && run(merged.release());
        }
        showError(owned->text(), error);
        return false;
    }
    owned->m_alreadyApplied = true;
    m_undoStack->push(owned.release());
    return true;
}

bool Workspace::mergeWithTheirs(FieldMerge &merge, const QString &record)
{
    EditConflictDialog dialog(merge, record, m_window);
    return dialog.exec() == QDialog::Accepted;
}

void Workspace::showError(const QString &title, const QString &message) const
{
    Prompter::warning(m_window, title, message);
}

void Workspace::showError(const QString &title, const StoreError &error) const
{
    showError(title, error.message());
}

QString Workspace::recorderName() const
{
    // The same name the audit trail records the write under.
    return AuditTrail::recorder(m_db);
}

void Workspace::openWorkGroup(RecordId id)
{
    emit workGroupRequested(m_ids.current(Entity::WorkGroup, id));
}

void Workspace::openSchool(RecordId id)
{
    emit schoolRequested(m_ids.current(Entity::School, id));
}

void Workspace::openPerson(RecordId id)
{
    emit personRequested(m_ids.current(Entity::Person, id));
}

} // namespace hubreg::ui
