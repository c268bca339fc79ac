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
// checked first, the file it replaces is kept in the backups folder, and the file is replaced
// only by a rename, so no half-written file is ever left where the data lives.
class Restore
{
public:
    // Copies the backup beside `targetPath` under a hidden working name and opens the copy as
    // the program would (an older schema is upgraded), checking its integrity. Throws
    // StoreError, leaving nothing behind, when the backup is not a good HubRegister file: an
    // empty file, an SQLite file that is not ours or holds nothing of ours, a file of a newer
    // HubRegister, a damaged one. The backup itself is never changed.
    static StagedRestore prepare(const QString &backupPath, const QString &targetPath);

    // What the file being replaced is: a HubRegister file, which must be one this version can
    // write; or the damaged file the program found, whatever its first page now says.
    enum class Replacing { HubFile, DamagedFile };

    // Puts the staged copy in place of `targetPath` (through a link, in place of the file it
    // points to), which must not be open in any program. The file as it was, with its log, is
    // first copied privately into its backups folder: "NAME-before-restore-STAMP.sqlite", or
    // "NAME.damaged-STAMP.sqlite" for a damaged file (a name kept out of the backups offered).
    // Returns that copy's path, or an empty string when there was no file to keep. Throws
    // StoreError, changing nothing: Locked; NotHubRegister or NewerSchema for a file that is
    // not one this version writes (a text file, another program's database); Invalid for a
    // file with several names; Io when the copy cannot be kept or the rename fails. The staged
    // copy is then kept for another try.
    // `nowUtc` is the moment the kept copy's name gives (now, when not given).
    static QString replace(const StagedRestore &staged, const QString &targetPath,
                           Replacing replacing = Replacing::HubFile,
                           const QDateTime &nowUtc = QDateTime());

    // Copies a damaged file (and its write-ahead log) into its backups folder as
    // "NAME.damaged-STAMP.sqlite", private to the user, before a backup replaces it: what can
    // still be read from it is never thrown away. The name keeps it out of the backups offered
    // for a restore. Returns the copy's path; throws StoreError (Io) when it cannot be copied.
    static QString keepDamaged(const QString &targetPath, const QDateTime &nowUtc);

    // Removes a staged copy that will not be used.
    static void discard(const StagedRestore &staged);
};

} // namespace hubreg
