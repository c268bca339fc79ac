#pragma once

#include "Change.h"
#include "Entity.h"
#include "ServerAddress.h"
#include "SqlDialect.h"
#include "StoreError.h"

#include <QLockFile>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <optional>

class QSqlError;

namespace hubreg {

class ServerLink;

class Clock;

// One open hub: a HubRegister file (a SQLite connection with our pragmas and the lock that
// keeps a second program from writing it) or a database on a PostgreSQL server, with the
// schema brought up to date on open.
class Database : public QObject
{
    Q_OBJECT

public:
    enum class Access { ReadWrite, ReadOnly };
    // Whether to read every page before use (IntegrityCheck), so that a file damaged in the
    // middle is refused on open instead of failing, or misleading, later. It costs about
    // 50 ms for a hub's file and 2 s for a national one.
    enum class Check { None, Quick };

    // Opens or creates the file. Throws StoreError: Locked (another program holds it; the
    // message says who), NewerSchema, NotHubRegister, Corrupt, ReadOnly, Invalid (a file with
    // several names, which cannot be written safely) or Io. A damaged file (Corrupt) is left
    // exactly as it was. A path through a symbolic link opens the file it points to: the lock,
    // SQLite's log and the backups folder are the real file's.
    // A `path` that is a server address (postgresql://user@host:port/database, see
    // ServerAddress) opens that database on the server instead; many people may have it open
    // at once, and the server keeps their writes apart.
    static std::unique_ptr<Database> open(const QString &path, Access access = Access::ReadWrite,
                                          Check check = Check::None);

    // Sets a hub up in the empty database at the server address `address` and hands it to
    // `fill`, all in one transaction: when `fill` throws (a copy cancelled or failed), the
    // database is left as empty as it was, with no schema. Throws StoreError as open() does.
    static void setUpServerHub(const QString &address, const std::function<void(Database &)> &fill);

    ~Database() override;

    // The file's path, or the server's address (without any password).
    QString path() const { return m_path; }
    bool isServer() const { return m_server.has_value(); }
    // Whether this open set the hub up: a new file, or an empty database on a server.
    bool isNew() const { return m_fresh; }
    // Where the hub lives, for people: the file's path or "database on host".
    QString displayName() const;
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    int schemaVersion() const;
    // For Migrator only: records the version a migration brought the schema to.
    void setSchemaVersion(int version);
    // The verified copy taken before this open upgraded the schema, if it did.
    QString upgradeBackupPath() const { return m_upgradeBackup; }

    QSqlDatabase connection() const;

    // A hub server's connection, once lost (the network, the server restarted, the session
    // ended by its administrator), refuses every query at once until reconnect() brings it
    // back; nothing in between is sent. A file is never lost.
    bool isConnectionLost() const;
    // The error every query meets while the connection is lost.
    StoreError connectionLostError() const;
    // Called by SqlQuery when a query failed: checks whether the connection is still there.
    void noteQueryFailure(const QSqlError &error) const;
    // Asks the server whether the connection is still there (a window checks when idle).
    bool checkConnection();
    // Connects to the server again, as opened, and tells every screen to read what it shows
    // again (what others committed meanwhile was not heard). Throws StoreError (Io) when the
    // server cannot be reached yet. Not within a transaction.
    void reconnect();
    // The password this connection was opened with, if one was given (for a try at the
    // server on another thread before reconnecting); never shown or logged.
    std::optional<QString> serverPassword() const;
    // Where the SQL of this database's backend differs from SQLite's.
    const SqlDialect &dialect() const { return m_dialect; }

    Clock &clock() const { return *m_clock; }
    void setClock(Clock *clock);

    // Stores call this for each kind of record they write; the signal follows the commit.
    // Without an id, any record of the kind may have changed.
    void noteChange(Entity entity);
    void noteChange(Entity entity, RecordId id);

    // Settings: small named values kept with the data (hub area, goals).
    QString setting(const QString &key, const QString &fallback = {}) const;
    void setSetting(const QString &key, const QString &value);

    // Writes everything in the WAL back into the main file (after an erasure, before a copy).
    void checkpoint();

    // Tells who holds the lock on `path`, or an empty string when nobody does.
    static QString lockHolder(const QString &path);
    // Takes the lock on `path` (another HubRegister then cannot open it for writing), as open()
    // does: a lock left by a program that has ended, or an empty or garbled one nobody holds,
    // is taken over. Throws StoreError (Locked, naming who holds it or the lock file; ReadOnly;
    // Io).
    static std::unique_ptr<QLockFile> lock(const QString &path);
    // Sets up `connection` to read `path` without writing anything: read-only, and, in a
    // folder this user cannot write (where SQLite could not make the -shm it needs), as an
    // unchanging file. Returns why the file cannot be read whole that way, or an empty string.
    static QString prepareReadOnly(QSqlDatabase &connection, const QString &path,
                                   const QString &moreOptions = {});
    static QString defaultPath();
    // "HUBR" in SQLite's application_id: marks a file as ours, so we never mistake someone
    // else's database for one.
    static constexpr quint32 kApplicationId = 0x48554252;

    // For Transaction only.
    int enterTransaction() { return ++m_transactionDepth; }
    void leaveTransaction() { --m_transactionDepth; }
    bool inTransaction() const { return m_transactionDepth > 0; }
    void notifyCommitted();
    void discardPendingChanges() { m_pendingChanges.clear(); }

signals:
    // One per kind of record a committed write changed, after the commit.
    void changed(const hubreg::Change &change);
    // The hub server's connection was lost, or is back.
    void connectionLost();
    void connectionRestored();

private:
    Database(const QString &path, Access access);
    Database(const ServerAddress &server, Access access);
    static std::unique_ptr<Database> openServer(const QString &address, Access access);
    void openServerConnection();
    // Hears what others commit on the same hub server (their change notices, migration 9).
    void listenToOthers();
    void subscribeToOthers();
    void setUpServerSession();
    void hearNotice(const QString &channel, const QVariant &payload, bool fromThisConnection);
    int identifyServer();
    void acquireLock();
    void checkHeader() const;
    void openConnection();
    int identify();
    void applyPragmas();
    void bringSchemaUpToDate(int version);
    void removeAbandonedCopies() const;

    QString m_path;
    Access m_access;
    QString m_connectionName;
    std::unique_ptr<QLockFile> m_lock;
    Clock *m_clock;
    int m_transactionDepth = 0;
    // Per kind, the ids written in the open transaction; an empty set: any.
    QHash<Entity, QSet<RecordId>> m_pendingChanges;
    QString m_upgradeBackup;
    bool m_fresh = false;
    SqlDialect m_dialect;
    std::optional<ServerAddress> m_server;
    ServerLink *m_link = nullptr; // a server's; owned as a child
};

} // namespace hubreg
