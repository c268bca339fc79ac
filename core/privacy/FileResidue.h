#pragma once

#include "PersonalTexts.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace hubreg {

class Database;

// What became of erased people's bytes in the file after an erasure.
struct ResidueReport
{
    // The write-ahead log was written back and emptied (another program reading the file at
    // that moment keeps it from being emptied until it stops).
    bool checkpointed = false;
    // Their bytes were found, so the file was rebuilt with VACUUM: a rebuilt file holds only
    // current records, none of the space SQLite had freed.
    bool vacuumed = false;
    // Files that still hold their bytes after all that: each a path. Empty is the aim.
    QStringList stillIn;
    // Where the file was rebuilt and still holds the text: the current records that do (another
    // person with the same name or TRN, a longer name that contains theirs), as "table.column",
    // when they could be looked for.
    QStringList inCurrentRecords;
    // The records are on a database server, whose files HubRegister cannot read: nothing was
    // searched, checkpointed or rebuilt.
    bool onServer = false;

    // Nothing of theirs is left in freed space or in the write-ahead log: whatever text of
    // theirs the file still holds belongs to current records (someone else's).
    bool clean() const { return stillIn.isEmpty() || (vacuumed && checkpointed); }
    // One or two sentences for the person who erased them.
    QString summary() const;
};

// Searches a file's bytes for people's names, emails and TRNs, as a reader of the raw file
// (or of a disk) would find them: what "no byte remains" means, checked rather than assumed.
class FileResidue
{
public:
    // How many times any of `forms` (lower case where ASCII) occurs in the file, ignoring
    // ASCII case. Reads the file in chunks; quick with thousands of forms. -1 if unreadable.
    static qint64 count(const QString &path, const QList<QByteArray> &forms);
    // The forms of these people in the text encoding of `db` (PersonalTexts::inBytes).
    static QList<QByteArray> formsIn(const Database &db, const QList<PersonalTexts> &people);

    // After an erasure has committed: writes the WAL back and empties it, then searches the
    // file and any WAL left; if the people's bytes are still there, rebuilds the file (VACUUM,
    // its temporary copy kept in memory) and searches again. On a server nothing is done and
    // the report says so.
    static ResidueReport clear(Database &db, const QList<PersonalTexts> &people);

    // Writes the WAL back and truncates it; false when a reader kept it from being emptied
    // or the database is on a server (which has no such file).
    static bool checkpoint(Database &db);
};

} // namespace hubreg
