#pragma once

#include "DatabaseInfo.h"

#include <QDateTime>
#include <QString>

namespace hubreg {

// A backup checked and copied beside the file it is to replace, ready to be put in place.
struct StagedRestore
{
    QString backupPath;
    QString stagedPath;
    DatabaseInfo info; // what the backup holds, for the confirmation
};

// Brings a backup back in place of a HubRegister file: the backup is copied, opened and
// checked first, and the file is replaced only by a rename, so no half-written file is ever
// left where the data lives.
class Restore
{
public:
    // Copies the backup beside `targetPath` and opens the copy as the program would (an older
    // schema is upgraded), checking its integrity. Throws StoreError, leaving nothing behind,
    // when the backup is not a good HubRegister file. The backup itself is never changed.
    static StagedRestore prepare(const QString &backupPath, const QString &targetPath);

    // Puts the staged copy in place of `targetPath`, which must not be open in any program.
    // Throws StoreError (Locked, Io); the staged copy is then kept for another try.
    static void replace(const StagedRestore &staged, const QString &targetPath);

    // Copies a damaged file (and its write-ahead log) into its backups folder as
    // "NAME.damaged-STAMP.sqlite", private to the user, before a backup replaces it: what can
    // still be read from it is never thrown away. The name keeps it out of the backups offered
    // for a restore. Returns the copy's path; throws StoreError (Io) when it cannot be copied.
    static QString keepDamaged(const QString &targetPath, const QDateTime &nowUtc);

    // Removes a staged copy that will not be used.
    static void discard(const StagedRestore &staged);
};

} // namespace hubreg
