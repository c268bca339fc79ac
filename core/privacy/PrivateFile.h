#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace hubreg {

class Database;

// Files that carry personal data out of HubRegister (a subject access export, for one): each
// written whole or not at all, readable by the user only (0600), and never over the open
// database, its companions or a backup.
class PrivateFile
{
public:
    // Throws StoreError (Invalid) when `path` is the database of `db`, one of its companion
    // files (write-ahead log, lock), a file in its backups folder, a folder, or any existing
    // SQLite database: an export must never overwrite one.
    static void checkTarget(const Database &db, const QString &path);

    // Writes every (path, bytes) pair, each through a temporary file renamed into place, with
    // permissions 0600. All are written in full before any is put in place; if one still fails,
    // the files this call created are removed. Throws StoreError (Io).
    static void write(const QList<QPair<QString, QByteArray>> &files);

    // Makes an existing file readable and writable by its owner only.
    static bool makePrivate(const QString &path);
};

} // namespace hubreg
