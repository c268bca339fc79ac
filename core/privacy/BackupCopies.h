#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace hubreg {

class Database;

// One copy of the file in its backups folder, and which people's personal data it still holds.
struct BackupCopy
{
    enum class Kind {
        Daily, // taken on opening, once a day; the rotation removes old ones
        BeforeUpgrade, // taken before a schema upgrade
        Taken, // File > Back Up Now, `hubregister backup`, before a restore
        Damaged // a damaged file kept when a backup replaced it
    };

    QString path;
    Kind kind = Kind::Taken;
    QDateTime taken; // local time
    bool searched = false; // it could be opened and searched; if not, it may hold anyone
    QList<QUuid> holds; // those of the people asked about whose details it still holds
    // For a daily copy: the first day the rotation can remove it (it does when that many newer
    // daily copies exist, one a day when HubRegister is opened). Invalid for the others, which
    // stay until someone deletes them.
    QDate goneBy;

    QString fileName() const;
    // One line for a person: what the copy is, and when it will be gone.
    QString describe() const;
};

// The backups that still hold people whose personal data was erased from the file: found by
// opening each copy read-only, and then rewritten without them or deleted, as the person who
// erased them chooses. Backup's own rules are left alone (the rotation, names, verification).
class BackupCopies
{
public:
    // Every copy in the backups folder of `db`'s file that holds, or cannot be searched and may
    // hold, the personal data of any of `people` (by uuid), newest first.
    static QList<BackupCopy> holding(const Database &db, const QList<QUuid> &people);

    // Rewrites the copy without the personal data of `people`: a private working copy is opened
    // (and upgraded if older), the people are erased there as in the file (keeping the labels
    // the file gave them), a verified backup is taken of it, searched byte by byte, and put in
    // place of the copy under the same name and date. Throws StoreError, leaving the copy as it
    // was, when it cannot be rewritten (damaged, from a newer HubRegister).
    static void rewrite(const Database &db, const BackupCopy &copy, const QList<QUuid> &people);

    // Deletes the copy (and a damaged copy's write-ahead log). Throws StoreError (Io).
    static void remove(const BackupCopy &copy);
};

} // namespace hubreg
