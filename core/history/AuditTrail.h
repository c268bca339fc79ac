#pragma once

#include "database/Entity.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <functional>

namespace hubreg {

class Database;
class TextMatcher;

// One field of a change: its value before and after. Values the erasure of a person took out
// of the trail are gone (`erased`), the field's name stays.
struct AuditFieldChange
{
    QString field; // the column, "first_name"
    QJsonValue before;
    QJsonValue after;
    bool erased = false;
};

// One entry of the trail: who made which record, changed it or removed it, and when.
struct AuditEntry
{
    enum class Action { Insert, Update, Delete, Import };

    qint64 id = 0;
    QDateTime at; // UTC
    QString who; // the recorder's name or login; empty where another program wrote the file
    QString table;
    RecordId recordId = 0;
    Action action = Action::Update;
    QList<AuditFieldChange> changes; // for an update; an import's summary has "rows"

    static QString actionName(Action action); // "Added", "Changed", "Removed", "Imported"
    // "first_name: Ann → Anne; email: (erased)", for a table's cell and the export.
    QString describeChanges() const;
};

// The audit trail: who changed what, written by the schema's triggers on every record table
// (migration 0010). Reads one record's history, exports it, purges what the hub's retention
// period no longer keeps, and takes an erased person out of it.
class AuditTrail
{
public:
    explicit AuditTrail(Database &db)
        : m_db(db)
    { }

    // The table whose records are of this kind ("people"), or empty for none recorded.
    static QString tableOf(Entity entity);

    // The record's entries, newest first.
    QList<AuditEntry> history(Entity entity, RecordId id) const;

    // Writes the entries as CSV (ISO dates and times, UTC) to `path`, private to the user, never
    // over the database or a backup. Throws StoreError (Invalid, Io).
    void exportCsv(const QList<AuditEntry> &entries, const QString &path) const;

    // Removes the entries older than the period the hubs keep personal data (their longest,
    // Retention::longestYears) before `today`. Returns how many went.
    int purge(const QDate &today);

    // Takes erased people out of the trail, inside the erasure's transaction: the values in the
    // entries of their own records (person, places in Work Groups, marks) go, leaving which
    // fields changed and when; anywhere else a text naming them, and a "who" naming them, gets
    // their label instead. `people` are their ids.
    void erase(const QList<RecordId> &people, const TextMatcher &matcher,
               const std::function<QString(int owner)> &label);

    // A bulk writer's pause, inside its own transaction: while it lives the triggers record
    // nothing (fifty thousand schools of a GIAS import would otherwise each be an entry), and
    // its finish() records one summary entry instead. Rolled back with the transaction.
    class Pause
    {
    public:
        // On a file the connection's own triggers of `bulkTables`, the tables written in bulk,
        // are dropped meanwhile and made again at the end: an AFTER trigger costs each insert a
        // statement journal, though it would record nothing.
        Pause(Database &db, const QString &reason, const QStringList &bulkTables = {});
        ~Pause();
        Pause(const Pause &) = delete;
        Pause &operator=(const Pause &) = delete;

        // Ends the pause, and records that `rows` records of `table` were written (nothing for
        // none).
        void finish(const QString &table, qint64 rows);
        // Ends the pause without an entry: for a copy of a whole hub, whose trail comes with it.
        void end();
        // For a table whose owner writes it alone in this transaction (its indexes set aside:
        // see DeferredIndexes): on a server its recording trigger is disabled until the pause
        // ends, which no other connection sees, so its rows do not each call a trigger that
        // would record nothing. On a file, as for the pause's bulk tables.
        void setAside(const QString &table);

    private:
        Database &m_db;
        bool m_open = true;
        QStringList m_droppedOnFile; // the tables whose triggers the file's connection dropped
        QStringList m_setAside; // on a server, the tables whose trigger is disabled
    };

    // Who this connection's writes are recorded as: on a file the recorder's name in the
    // settings (register/recorder) or else the computer's login; on a server the login.
    static QString recorder(Database &db);

    // On a file opened for writing: makes the temporary triggers that write the trail. SQLite
    // runs its JSON functions only in triggers the program made itself (the file's schema is
    // untrusted), and only the program knows who writes; a server's trail is in its schema.
    static void startRecording(Database &db);
    // Drops them again (a file's schema changed under an open connection).
    static void stopRecording(Database &db);

private:
    Database &m_db;
};

} // namespace hubreg
