#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace hubreg {

class Database;

// Copies a whole hub between a file and a server (either way, or file to file): every record
// of every table with its id, uuid, timestamps and tombstones, all or nothing, and proves the
// copy by each table's row count and checksum before it is kept.
class HubCopy
{
public:
    struct Table
    {
        QString name;
        qint64 rows = 0;
        // SHA-256 over the table's rows in a form both backends give alike, whatever the
        // order they return them in.
        QByteArray checksum;
    };
    // Rows copied so far and in all; returning false cancels, and nothing is kept.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // Copies `source` into `target`, a hub this program has just set up (Database::isNew()),
    // whose starting records are replaced. One transaction on the target: on any failure,
    // a mismatch or a cancel, it holds no copied record. Returns the verified tables.
    static QList<Table> copy(const Database &source, Database &target,
                             const Progress &progress = {});
    // Copies `source` to `location`: a file that does not exist yet (written under a working
    // name beside it and renamed into place only once verified) or an empty database on a
    // server (the hub's schema set up in the copy's transaction, so that a copy that fails or
    // is cancelled leaves it empty). Throws StoreError when the location already holds
    // anything.
    static QList<Table> copyTo(const Database &source, const QString &location,
                               const Progress &progress = {});
    // The count and checksum of every table of `db`.
    static QList<Table> fingerprint(const Database &db);
    // Where a server's hub is backed up when no file is named: a new file named after the
    // database and the time, in server-backups/ in the application data folder (made if need
    // be), beside the default file.
    static QString serverBackupPath(const Database &db);
};

} // namespace hubreg
