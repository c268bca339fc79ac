#include "Database.h"

#include "Backup.h"
#include "Clock.h"
#include "FileSafety.h"
#include "IntegrityCheck.h"
#include "Migrator.h"
#include "ServerConnection.h"
#include "SqlQuery.h"
#include "StoreError.h"
#include "Transaction.h"
#include "history/AuditTrail.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>
#include <QSysInfo>
#include <QUrl>
#include <QtEndian>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

namespace hubreg {

namespace {

constexpr int kBusyTimeoutMs = 5000;

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("hubreg-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString shownPath(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

} // namespace

Database::Database(const QString &path, Access access)
    : m_path(filesafety::resolvedPath(path))
    , m_access(access)
    , m_connectionName(nextConnectionName())
    , m_clock(&Clock::system())
{ }

std::unique_ptr<Database> Database::open(const QString &path, Access access, Check check)
{
    if (ServerAddress::isServerAddress(path))
        return openServer(path, access);
    std::unique_ptr<Database> db(new Database(path, access));
    const QFileInfo info(db->m_path);
    if (QFileInfo(path).isSymLink() && !info.exists())
        throw StoreError(
            StoreError::Kind::Io,
            tr("“%1” is a link to “%2”, which does not exist; HubRegister opens "
               "nothing through it.")
                .arg(shownPath(path), QDir::toNativeSeparators(QFileInfo(path).symLinkTarget())));
    if (access == Access::ReadOnly && !info.exists())
        throw StoreError(
            StoreError::Kind::Io,
            tr("“%1” does not exist, so it cannot be opened read-only.").arg(shownPath(path)));
    if (info.exists() && info.isDir())
        throw StoreError(StoreError::Kind::Io,
                         tr("“%1” is a folder, not a database file.").arg(shownPath(path)));

    // The header tells a newer or foreign file before SQLite touches it, so such a file is
    // left exactly as it was.
    db->checkHeader();
    if (access == Access::ReadWrite) {
        // SQLite names its log, and we our lock, after the path: two programs writing one file
        // under two names would each hold a lock and a log of their own, and one would undo
        // the other's work.
        if (const auto identity = filesafety::identityOf(db->m_path);
            identity && identity->links > 1)
            throw StoreError(StoreError::Kind::Invalid,
                             tr("“%1” has %2 names (hard links), so HubRegister cannot write it "
                                "safely: two programs using two of its names would not see each "
                                "other, and one's changes would be lost. Remove the other names "
                                "and open it again; it can be opened read-only meanwhile.")
                                 .arg(shownPath(db->m_path))
                                 .arg(identity->links));
        // SQLite's locking and log need a disk of this machine's own; over a network, or
        // through a cloud drive's user-space driver, two writers can corrupt the file.
        if (const QString type = filesafety::fileSystemTypeOf(db->m_path);
            filesafety::isNetworkFileSystem(type))
            throw StoreError(
                StoreError::Kind::ReadOnly,
                tr("“%1” is on a network or cloud drive (%2), where HubRegister cannot write "
                   "a database safely: two computers writing it at once can corrupt it. Copy "
                   "it to this computer's own disk to work on it; it can be opened read-only "
                   "where it is.")
                    .arg(shownPath(db->m_path), type));
        // The lock lives beside the file, so a new file's folder is made first.
        const QDir folder = info.absoluteDir();
        if (!folder.exists() && !QDir().mkpath(folder.absolutePath()))
            throw StoreError(StoreError::Kind::Io,
                             tr("The folder “%1” cannot be created.")
                                 .arg(QDir::toNativeSeparators(folder.absolutePath())));
        db->acquireLock();
        db->removeAbandonedCopies();
    }
    if (check == Check::Quick && info.exists()) {
        // Before our own connection exists: nothing of a damaged file is written, not even a
        // pragma or a WAL.
        const IntegrityReport report = IntegrityCheck::run(db->m_path);
        if (!report.intact)
            throw StoreError(report.unreadable ? StoreError::Kind::Io : StoreError::Kind::Corrupt,
                             report.message());
    }
    db->openConnection();
    // Identify before any pragma writes: a refused file must be left exactly as it was.
    const int version = db->identify();
    db->applyPragmas();
    db->bringSchemaUpToDate(version);
    AuditTrail::startRecording(*db);
    return db;
}

Database::~Database()
{
    {
        QSqlDatabase connection = QSqlDatabase::database(m_connectionName, false);
        if (connection.isOpen())
            connection.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void Database::checkHeader() const
{
    QFile file(m_path);
    if (!file.exists() || file.size() == 0)
        return;
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(StoreError::Kind::Io,
                         tr("“%1” cannot be read: %2").arg(shownPath(m_path), file.errorString()));
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        throw StoreError(StoreError::Kind::NotHubRegister,
                         tr("“%1” is not a HubRegister database (it is not an SQLite file).")
                             .arg(shownPath(m_path)));
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    const quint32 userVersion = qFromBigEndian<quint32>(bytes + 60);
    const quint32 applicationId = qFromBigEndian<quint32>(bytes + 68);
    if (applicationId != kApplicationId && applicationId != 0)
        throw StoreError(StoreError::Kind::NotHubRegister,
                         tr("“%1” is an SQLite database of another program, not HubRegister.")
                             .arg(shownPath(m_path)));
    const int latest = Migrator::latestVersion();
    if (applicationId == kApplicationId && int(userVersion) > latest)
        throw StoreError(
            StoreError::Kind::NewerSchema,
            tr("“%1” was saved by a newer version of HubRegister (schema %2; this "
               "version understands up to %3). It has not been changed. Install "
               "the newer HubRegister to open it.")
                .arg(shownPath(m_path), QString::number(userVersion), QString::number(latest)));
}

void Database::acquireLock()
{
    m_lock = lock(m_path);
}

namespace {
QString lockPathOf(const QString &path)
{
    return filesafety::resolvedPath(path) + QStringLiteral(".lock");
}

// A lock file as QLockFile writes it names a process, the program and the machine: one that
// does not was left half written, or is not a lock file at all.
bool readLock(const QString &lockPath, qint64 *pid, QString *host, QString *app)
{
    const QLockFile lock(lockPath);
    return lock.getLockInfo(pid, host, app) && !host->isEmpty() && !app->isEmpty();
}

// Whether a program holds the lock file open and locked, as QLockFile does for as long as it
// holds the lock: an empty or garbled lock file nobody holds is left by a program that died
// while writing it.
bool lockFileIsHeld(const QString &lockPath)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(lockPath).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool held = ::flock(fd, LOCK_SH | LOCK_NB) != 0;
    ::close(fd);
    return held;
#else
    Q_UNUSED(lockPath);
    return true;
#endif
}
} // namespace

std::unique_ptr<QLockFile> Database::lock(const QString &path)
{
    const QString lockPath = lockPathOf(path);
    const QString shownLock = QDir::toNativeSeparators(lockPath);
    auto lockFile = std::make_unique<QLockFile>(lockPath);
    // Only a live process holds the lock: a lock left by a crash is taken over.
    lockFile->setStaleLockTime(0);
    if (lockFile->tryLock(0))
        return lockFile;
    QLockFile::LockError error = lockFile->error();
    qint64 pid = 0;
    QString host;
    QString app;
    if (error == QLockFile::LockFailedError && QFileInfo(lockPath).isFile()
        && !readLock(lockPath, &pid, &host, &app)) {
        // Empty or garbled: no HubRegister leaves a lock like that while it runs. Taken over
        // unless a program holds the file (removeStaleLockFile checks).
        if (lockFile->removeStaleLockFile() && lockFile->tryLock(0))
            return lockFile;
        error = lockFile->error();
        if (error == QLockFile::LockFailedError)
            throw StoreError(StoreError::Kind::Locked,
                             tr("The lock file “%1” cannot be read, and another program holds "
                                "it: “%2” may be open elsewhere. If no HubRegister is running, "
                                "delete “%1” and try again.")
                                 .arg(shownLock, shownPath(path)));
    }
    if (error == QLockFile::LockFailedError && QFileInfo(lockPath).isFile()) {
        const QString holder = lockHolder(path);
        throw StoreError(
            StoreError::Kind::Locked,
            holder.isEmpty()
                ? tr("“%1” is in use (its lock file is “%2”).").arg(shownPath(path), shownLock)
                : holder);
    }
    if (error == QLockFile::PermissionError)
        throw StoreError(StoreError::Kind::ReadOnly,
                         tr("The folder of “%1” is not writable, so HubRegister cannot make its "
                            "lock file “%2” or change the file. It can be opened read-only.")
                             .arg(shownPath(path), shownLock));
    throw StoreError(StoreError::Kind::Io,
                     tr("HubRegister could not lock “%1”: its lock file “%2” cannot be made. If "
                        "“%2” is not a file, move it away and try again.")
                         .arg(shownPath(path), shownLock));
}

QString Database::lockHolder(const QString &path)
{
    // Only reads the lock file: taking the lock to look would make a program starting at that
    // moment believe the file is held.
    const QString lockPath = lockPathOf(path);
    if (!QFileInfo::exists(lockPath))
        return {};
    qint64 pid = 0;
    QString host;
    QString app;
    if (!readLock(lockPath, &pid, &host, &app)) {
        if (QFileInfo(lockPath).isFile() && !lockFileIsHeld(lockPath))
            return {}; // empty or garbled, and nobody's: the next open takes it over
        return tr("“%1” is open in another program (its lock file “%2” cannot be read).")
            .arg(shownPath(path), QDir::toNativeSeparators(lockPath));
    }
    if (host == QSysInfo::machineHostName() && !filesafety::processIsRunning(pid))
        return {}; // left by a program that has ended: the next open takes it over
    const QDateTime since = QFileInfo(lockPath).lastModified();
    return tr("“%1” is open in %2 on %3 (process %4) since %5. Close it there, or open it "
              "read-only.")
        .arg(shownPath(path), app.isEmpty() ? QStringLiteral("HubRegister") : app, host,
             QString::number(pid), since.toString(QStringLiteral("dd/MM/yyyy HH:mm")));
}

void Database::removeAbandonedCopies() const
{
    // Copies a killed restore or backup left: a whole hub's personal data under hidden names.
    const QFileInfo info(m_path);
    filesafety::removeAbandoned(info.absolutePath(), QStringLiteral("restoring"), info.fileName());
    filesafety::removeAbandoned(Backup::folderPath(m_path), QStringLiteral("hubregister-partial"));
}

QString Database::prepareReadOnly(QSqlDatabase &connection, const QString &path,
                                  const QString &moreOptions)
{
    const QFileInfo info(path);
    QString options = QStringLiteral("QSQLITE_OPEN_READONLY");
    if (!moreOptions.isEmpty())
        options += QLatin1Char(';') + moreOptions;
    connection.setDatabaseName(info.absoluteFilePath());
    const QString wal = info.absoluteFilePath() + QStringLiteral("-wal");
    const QString shm = info.absoluteFilePath() + QStringLiteral("-shm");
    const bool folderWritable = QFileInfo(info.absolutePath()).isWritable();
    const bool logHoldsChanges = QFileInfo(wal).size() > 0;
    if (folderWritable || QFileInfo::exists(shm)) {
        connection.setConnectOptions(options);
        return {};
    }
    if (logHoldsChanges)
        return tr("“%1” is in a folder HubRegister cannot write, and its latest changes are "
                  "still in “%2”, which SQLite cannot read without making “%3” there. Copy the "
                  "three files to a folder you can write, or open it where it was written.")
            .arg(shownPath(path), QDir::toNativeSeparators(wal), QDir::toNativeSeparators(shm));
    // Nobody can write a log there either, so the file cannot change while it is read.
    QUrl uri = QUrl::fromLocalFile(info.absoluteFilePath());
    uri.setQuery(QStringLiteral("mode=ro&immutable=1"));
    connection.setDatabaseName(QString::fromUtf8(uri.toEncoded()));
    connection.setConnectOptions(options + QStringLiteral(";QSQLITE_OPEN_URI"));
    return {};
}

void Database::openConnection()
{
    const bool creating = !QFileInfo::exists(m_path) || QFileInfo(m_path).size() == 0;
    if (creating) {
        const QDir folder = QFileInfo(m_path).absoluteDir();
        if (!folder.exists() && !QDir().mkpath(folder.absolutePath()))
            throw StoreError(StoreError::Kind::Io,
                             tr("The folder “%1” cannot be created.")
                                 .arg(QDir::toNativeSeparators(folder.absolutePath())));
        // Created private before SQLite writes a byte: the file will hold personal data.
        QFile file(m_path);
        if (!file.open(QIODevice::WriteOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            throw StoreError(
                StoreError::Kind::Io,
                tr("“%1” cannot be created: %2").arg(shownPath(m_path), file.errorString()));
    }
    if (m_access == Access::ReadWrite) {
        // Made private, but never writable: a file its owner made read-only stays read-only,
        // and SQLite then refuses to write it.
        const QFileDevice::Permissions mine = QFileDevice::ReadOwner | QFileDevice::WriteOwner
            | QFileDevice::ReadUser | QFileDevice::WriteUser;
        const QFileDevice::Permissions now = QFile::permissions(m_path);
        if ((now & ~mine) != QFileDevice::Permissions())
            QFile::setPermissions(m_path, now & mine);
    }

    QSqlDatabase connection
        = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    const QString busy = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
    if (m_access == Access::ReadOnly) {
        const QString problem = prepareReadOnly(connection, m_path, busy);
        if (!problem.isEmpty())
            throw StoreError(StoreError::Kind::ReadOnly, problem);
    } else {
        connection.setDatabaseName(m_path);
        connection.setConnectOptions(busy);
    }
    if (!connection.open())
        throw SqlQuery::translate(connection.lastError(), QStringLiteral("open"));
}

void Database::applyPragmas()
{
    execSql(*this, QStringLiteral("PRAGMA foreign_keys = ON"));
    // Deleted personal data is overwritten, not left in free pages.
    execSql(*this, QStringLiteral("PRAGMA secure_delete = ON"));
    execSql(*this, QStringLiteral("PRAGMA trusted_schema = OFF"));
    // A check that the file really is a database: the first read of the schema fails if not.
    SqlQuery probe(*this, QStringLiteral("SELECT count(*) FROM sqlite_master"));
    probe.scalar();
    m_dialect.setTextIsUtf8(SqlQuery(*this, QStringLiteral("PRAGMA encoding")).scalar().toString()
                            == QLatin1String("UTF-8"));
    if (m_access == Access::ReadWrite) {
        SqlQuery journal(*this, QStringLiteral("PRAGMA journal_mode = WAL"));
        const QString mode = journal.scalar().toString();
        if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            throw StoreError(StoreError::Kind::Io,
                             tr("“%1” cannot use write-ahead logging (journal mode is %2).")
                                 .arg(shownPath(m_path), mode));
        execSql(*this, QStringLiteral("PRAGMA synchronous = NORMAL"));
    }
}

int Database::identify()
{
    execSql(*this, QStringLiteral("PRAGMA query_only = ON"));
    SqlQuery appIdQuery(*this, QStringLiteral("PRAGMA application_id"));
    const quint32 applicationId = appIdQuery.scalar().toUInt();
    const int version = schemaVersion();
    SqlQuery tables(*this, QStringLiteral("SELECT count(*) FROM sqlite_master"));
    m_fresh = tables.scalar().toInt() == 0;
    execSql(*this, QStringLiteral("PRAGMA query_only = OFF"));

    if (applicationId != kApplicationId && !(applicationId == 0 && version == 0 && m_fresh))
        throw StoreError(StoreError::Kind::NotHubRegister,
                         tr("“%1” is an SQLite database of another program, not HubRegister.")
                             .arg(shownPath(m_path)));
    const int latest = Migrator::latestVersion();
    if (version > latest)
        throw StoreError(
            StoreError::Kind::NewerSchema,
            tr("“%1” was saved by a newer version of HubRegister (schema %2; this "
               "version understands up to %3). Install the newer HubRegister to "
               "open it.")
                .arg(shownPath(m_path), QString::number(version), QString::number(latest)));
    return version;
}

void Database::bringSchemaUpToDate(int version)
{
    const int latest = Migrator::latestVersion();
    if (version == latest)
        return;
    if (m_access == Access::ReadOnly)
        throw StoreError(StoreError::Kind::ReadOnly,
                         tr("“%1” was saved by an older HubRegister and must be upgraded before "
                            "use, which cannot be done read-only.")
                             .arg(shownPath(m_path)));
    // A server upgrades in one transaction per step, all or nothing, and its own backups
    // cover it; a file keeps a verified copy from before.
    if (!m_fresh && !isServer())
        m_upgradeBackup = Backup::beforeUpgrade(*this, version);
    Migrator(*this).migrate(version, latest);
}

int Database::schemaVersion() const
{
    SqlQuery query(*this,
                   isServer() ? QStringLiteral("SELECT version FROM hubregister_schema")
                              : QStringLiteral("PRAGMA user_version"));
    return query.scalar().toInt();
}

void Database::setSchemaVersion(int version)
{
    execSql(*this,
            isServer() ? QStringLiteral("UPDATE hubregister_schema SET version = %1").arg(version)
                       : QStringLiteral("PRAGMA user_version = %1").arg(version));
}

QString Database::displayName() const
{
    if (m_server)
        return serverconnection::name(*m_server);
    return shownPath(m_path);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::setClock(Clock *clock)
{
    m_clock = clock ? clock : &Clock::system();
}

void Database::noteChange(Entity entity)
{
    if (inTransaction())
        m_pendingChanges[entity].clear(); // any, from now on
    else
        emit changed(Change { entity, {} });
}

void Database::noteChange(Entity entity, RecordId id)
{
    if (!inTransaction()) {
        emit changed(Change { entity, { id } });
        return;
    }
    const auto pending = m_pendingChanges.find(entity);
    if (pending == m_pendingChanges.end())
        m_pendingChanges.insert(entity, { id });
    else if (!pending->isEmpty())
        pending->insert(id);
}

void Database::notifyCommitted()
{
    const auto changes = std::exchange(m_pendingChanges, {});
    for (auto change = changes.cbegin(); change != changes.cend(); ++change) {
        QList<RecordId> ids(change->cbegin(), change->cend());
        std::sort(ids.begin(), ids.end());
        emit changed(Change { change.key(), ids });
    }
}

QString Database::setting(const QString &key, const QString &fallback) const
{
    SqlQuery query(*this, QStringLiteral("SELECT value FROM settings WHERE key = :key"));
    query.bind(QStringLiteral(":key"), key);
    const QVariant value = query.scalar();
    return value.isValid() ? value.toString() : fallback;
}

void Database::setSetting(const QString &key, const QString &value)
{
    SqlQuery query(*this,
                   QStringLiteral("INSERT INTO settings(key, value) VALUES(:key, :value) "
                                  "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    query.bind(QStringLiteral(":key"), key).bind(QStringLiteral(":value"), value).exec();
    noteChange(Entity::Setting);
}

void Database::checkpoint()
{
    if (!isReadOnly() && !isServer())
        execSql(*this, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

QString Database::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("hubregister.sqlite"));
}

} // namespace hubreg
