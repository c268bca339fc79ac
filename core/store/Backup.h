#pragma once

#include <QString>

namespace hubreg {

class Database;

// Copies of the open database that are known to be good: taken with VACUUM INTO, then opened
// and checked (integrity, schema version, row counts) before they are trusted.
class Backup
{
public:
    // Copies the database to `target` (which must not exist yet) and verifies the copy.
    // Throws StoreError and leaves no file behind when the copy is not good.
    static void copyVerified(const Database &db, const QString &target);

    // The copy taken before a schema upgrade, in the backups folder beside the file.
    static QString beforeUpgrade(const Database &db, int fromVersion);

    // Where backups of `databasePath` are kept: "<name>-backups" beside it.
    static QString folderFor(const QString &databasePath);
};

} // namespace hubreg
