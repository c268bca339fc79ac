#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

class QFile;

namespace hubreg::filesafety {

// The file system as HubRegister must see it to keep a hub's data: which file a name really
// is, what a file holds before anything is written over it, and working copies that never
// sit under a name anyone trusts.

// Which file a path names, whatever the name: two paths with the same identity are one file.
struct FileIdentity
{
    quint64 device = 0;
    quint64 inode = 0;
    quint64 links = 1; // names (hard links) the file has

    bool sameFileAs(const FileIdentity &other) const
    {
        return device == other.device && inode == other.inode;
    }
};
// Follows symbolic links; empty when there is no such file (or the system cannot tell).
std::optional<FileIdentity> identityOf(const QString &path);
bool sameFile(const QString &a, const QString &b);

// The path with symbolic links, "." and ".." resolved: for a file not yet made, its folder's
// resolved path and its name. What SQLite and our lock must be keyed on.
QString resolvedPath(const QString &path);

// The file system a path lives on, as the system names it ("ext4", "nfs4", "cifs",
// "fuse.sshfs"; "remote" for a Windows network drive), for a file not yet made its folder's;
// empty when the system cannot tell.
QString fileSystemTypeOf(const QString &path);
// Whether a file system of that type is shared over a network or served by a user-space
// driver (cloud drives): SQLite's locks and log are not safe there, and files get corrupted.
bool isNetworkFileSystem(const QString &type);

// What the first bytes of a file say it is.
enum class Contents { Missing, Empty, Sqlite, SqliteLog, Other };
Contents contentsOf(const QString &path);

// The two fields of an SQLite header HubRegister writes: who the file belongs to and its schema.
struct SqliteHeader
{
    quint32 applicationId = 0;
    quint32 userVersion = 0;
};
std::optional<SqliteHeader> sqliteHeader(const QString &path);

// Whether a process on this machine is still running.
bool processIsRunning(qint64 pid);

// The size and last change of an open file, read from the file itself, not its name: a file
// replaced under its name since it was opened does not count as a change, one written to does.
struct FileState
{
    qint64 size = 0;
    qint64 modified = 0; // in the system's finest unit

    bool operator==(const FileState &other) const
    {
        return size == other.size && modified == other.modified;
    }
    bool operator!=(const FileState &other) const { return !(*this == other); }
};
// Empty for a device that is not a regular file (a pipe) or when the system cannot tell.
std::optional<FileState> stateOf(const QFile &openFile);

// What a file is written for: an export may go anywhere but the backups folder; a backup goes
// there.
enum class Purpose { Export, Backup };
// Why nothing may be written at `path`, or an empty string: never over an SQLite database or
// its log, never where SQLite would take it for a database's log, never over the open database
// (`databasePath`, when given) or its companions, never into its backups folder (for an
// export), and never through a link onto any of those or onto a file that does not exist.
QString whyNotWrite(const QString &path, const QString &databasePath, Purpose purpose);

// A hidden working name beside `target`, marked with this process: ".NAME.WHAT-PID". Such a
// file never has a name a person or the program trusts, and one left by a killed process is
// known by its PID and removed (removeAbandoned).
QString workingName(const QString &target, const QString &what);
// Removes, in `folder`, the working files ".*.WHAT-PID…" (with their SQLite companions) whose
// process is no longer running, and ".NAME.WHAT" left by older versions without a PID. When
// `name` is given, only the working files of that file.
void removeAbandoned(const QString &folder, const QString &what, const QString &name = {});

// Makes `path` a new empty file only its owner may read and write. False when it exists or
// cannot be made (`error` says why).
bool createPrivate(const QString &path, QString *error = nullptr);
// Copies `from` to the new file `to`, private from its first byte. False, leaving no `to`,
// when it cannot (`error` says why).
bool copyPrivately(const QString &from, const QString &to, QString *error = nullptr);
// Writes what the system holds of the file to the disk, so a rename after it survives a
// power cut with the data in place.
bool syncToDisk(const QString &path);
// Renames, never replacing: false when `to` exists (or the rename fails; `error` says why).
bool renameNoReplace(const QString &from, const QString &to, QString *error = nullptr);
// Removes a file and what SQLite keeps beside it (-journal, -wal, -shm).
void removeWithCompanions(const QString &path);

} // namespace hubreg::filesafety
