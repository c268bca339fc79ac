#pragma once

#include "access/AccessRights.h"
#include "commands/RecordIdMap.h"
#include "database/Entity.h"

#include <QObject>
#include <QPointer>
#include <QWidget>

class QUndoStack;
class QWidget;

namespace hubreg {
class Database;
class FieldMerge;
class StoreError;
} // namespace hubreg

namespace hubreg::ui {

class StoreCommand;

// What every screen works with: the open database, what the person may change in it, the undo
// history their edits go on, and a way to ask the window to show another record's page. One per
// open file.
class Workspace : public QObject
{
    Q_OBJECT

public:
    Workspace(Database &db, QUndoStack *undoStack, QWidget *window);

    Database &database() const { return m_db; }
    QUndoStack *undoStack() const { return m_undoStack; }
    RecordIdMap &ids() { return m_ids; }
    QWidget *window() const { return m_window; }
    // Whether nothing may be changed: a file open read-only, or a server's reader.
    bool isReadOnly() const;
    // What the person's login may change (a Lead on a hub's server: their own Work Groups).
    const AccessRights &rights() const { return m_rights; }
    bool may(AccessRights::Action action) const { return m_rights.may(action); }

    // Does the edit and puts it on the undo history (taking ownership). When the core refuses,
    // the reason is shown, nothing is changed and false is returned. An edit refused because
    // someone else changed the record meanwhile is shown beside their change, to be merged.
    bool run(StoreCommand *command);
    // Shows what someone else changed beside an edit of `record`, to be decided field by field;
    // true when the person chose to save the result.
    bool mergeWithTheirs(FieldMerge &merge, const QString &record);
    // Shows why something could not be done.
    void showError(const QString &title, const QString &message) const;
    void showError(const QString &title, const StoreError &error) const;

    // The name written with each attendance mark: the recorder named in the file's settings or
    // the computer's login; on a server, the login.
    QString recorderName() const;

    void openWorkGroup(RecordId id);
    void openSchool(RecordId id);
    void openPerson(RecordId id);
    void goBack() { emit backRequested(); }

signals:
    void workGroupRequested(hubreg::RecordId id);
    void schoolRequested(hubreg::RecordId id);
    void personRequested(hubreg::RecordId id);
    void backRequested();

private:
    Database &m_db;
    QUndoStack *m_undoStack;
    QPointer<QWidget> m_window;
    AccessRights m_rights;
    RecordIdMap m_ids;
};

} // namespace hubreg::ui
