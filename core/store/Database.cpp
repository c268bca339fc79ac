#include "Database.h"

#include "Backup.h"
#include "Clock.h"
#include "IntegrityCheck.h"
#include "Migrator.h"
#include "SqlQuery.h"
#include "StoreError.h"
#include "Transaction.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>
#include <QSysInfo>
#include <QtEndian>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#elif defined(Q_OS_WIN)
#include <windows.h>
#endif

namespace hubreg {

namespace {

constexpr int kBusyTimeoutMs = 5000;

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("hubreg-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString displayName(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

} // namespace

Database::Database(const QString &path, Access access)
    : m_path(QFileInfo(path).absoluteFilePath())
    , m_access(access)
    , m_connectionName(nextConnectionName())
    , m_clock(&Clock::system())
{
}

std::unique_ptr<Database> Database::open(const QString &path, Access access, Check check)
{
    std::unique_ptr<Database> db(new Database(path, access));
    const QFileInfo info(db->m_path);
    if (access == Access::ReadOnly && !info.exists())
        throw StoreError(StoreError::Kind::Io,
                         tr("“%1” does not exist, so it cannot be opened read-only.")
                             .arg(displayName(path)));
    if (info.exists() && info.isDir())
        throw StoreError(StoreError::Kind::Io,
                         tr("“%1” is a folder, not a database file.").arg(displayName(path)));

    // The header tells a newer or foreign file before SQLite touches it, so such a file is
    // left exactly as it was.
    db->checkHeader();
    if (access == Access::ReadWrite) {
        // The lock lives beside the file, so a new file's folder is made first.
        const QDir folder = info.absoluteDir();
        if (!folder.exists() && !QDir().mkpath(folder.absolutePath()))
            throw StoreError(StoreError::Kind::Io,
                             tr("The folder “%1” cannot be created.")
                                 .arg(QDir::toNativeSeparators(folder.absolutePath())));
        db->acquireLock();
    }
    if (check == Check::Quick && info.exists()) {
        // Before our own connection exists: nothing of a damaged file is written, not even a
        // pragma or a WAL.
        const IntegrityReport report = IntegrityCheck::run(db->m_path);
        if (!report.intact)
            throw StoreError(StoreError::Kind::Corrupt, report.message());
    }
    db->openConnection();
    // Identify before any pragma writes: a refused file must be left exactly as it was.
    const int version = db->identify();
    db->applyPragmas();
    db->bringSchemaUpToDate(version);
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
        throw StoreError(StoreError::Kind::Io, tr("“%1” cannot be read: %2")
                                                   .arg(displayName(m_path), file.errorString()));
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        throw StoreError(StoreError::Kind::NotHubRegister,
                         tr("“%1” is not a HubRegister database (it is not an SQLite file).")
                             .arg(displayName(m_path)));
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    const quint32 userVersion = qFromBigEndian<quint32>(bytes + 60);
    const quint32 applicationId = qFromBigEndian<quint32>(bytes + 68);
    if (applicationId != kApplicationId && applicationId != 0)
        throw StoreError(StoreError::Kind::NotHubRegister,
                         tr("“%1” is an SQLite database of another program, not HubRegister.")
                             .arg(displayName(m_path)));
    const int latest = Migrator::latestVersion();
    if (applicationId == kApplicationId && int(userVersion) > latest)
        throw StoreError(
            StoreError::Kind::NewerSchema,
            tr("“%1” was saved by a newer version of HubRegister (schema %2; this "
               "version understands up to %3). It has not been changed. Install "
               "the newer HubRegister to open it.")
                .arg(displayName(m_path), QString::number(userVersion), QString::number(latest)));
}

void Database::acquireLock()
{
    m_lock = std::make_unique<QLockFile>(m_path + QStringLiteral(".lock"));
    // Only a live process holds the lock: a lock left by a crash is taken over.
    m_lock->setStaleLockTime(0);
    if (m_lock->tryLock(0))
        return;
    const QLockFile::LockError error = m_lock->error();
    m_lock.reset();
    if (error == QLockFile::LockFailedError)
        throw StoreError(StoreError::Kind::Locked, lockHolder(m_path));
    if (error == QLockFile::PermissionError)
        throw StoreError(StoreError::Kind::ReadOnly,
                         tr("The folder of “%1” is not writable, so HubRegister cannot change "
                            "the file. It can be opened read-only.")
                             .arg(displayName(m_path)));
    throw StoreError(StoreError::Kind::Io,
                     tr("HubRegister could not lock “%1”.").arg(displayName(m_path)));
}

namespace {
// Whether a process on this machine is still running, without touching its lock.
bool processIsRunning(qint64 pid)
{
#ifdef Q_OS_UNIX
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
#elif defined(Q_OS_WIN)
    HANDLE process = OpenProcess(SYNCHRONIZE, FALSE, DWORD(pid));
    if (!process)
        return false;
    const bool running = WaitForSingleObject(process, 0) == WAIT_TIMEOUT;
    CloseHandle(process);
    return running;
#else
    Q_UNUSED(pid);
    return true;
#endif
}
} // namespace

QString Database::lockHolder(const QString &path)
{
    // Only reads the lock file: taking the lock to look would make a program starting at that
    // moment believe the file is held.
    const QString lockPath = QFileInfo(path).absoluteFilePath() + QStringLiteral(".lock");
    if (!QFileInfo::exists(lockPath))
        return {};
    QLockFile lock(lockPath);
    qint64 pid = 0;
    QString host;
    QString app;
    if (!lock.getLockInfo(&pid, &host, &app))
        return tr("“%1” is open in another HubRegister.").arg(displayName(path));
    if (host == QSysInfo::machineHostName() && !processIsRunning(pid))
        return {}; // left by a program that has ended: the next open takes it over
    const QDateTime since = QFileInfo(lockPath).lastModified();
    return tr("“%1” is open in %2 on %3 (process %4) since %5. Close it there, or open it "
              "read-only.")
        .arg(displayName(path), app.isEmpty() ? QStringLiteral("HubRegister") : app, host,
             QString::number(pid), since.toString(QStringLiteral("dd/MM/yyyy HH:mm")));
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
            throw StoreError(StoreError::Kind::Io, tr("“%1” cannot be created: %2")
                                                       .arg(displayName(m_path), file.errorString()));
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

    QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    connection.setDatabaseName(m_path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
    if (m_access == Access::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    connection.setConnectOptions(options);
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
    if (m_access == Access::ReadWrite) {
        SqlQuery journal(*this, QStringLiteral("PRAGMA journal_mode = WAL"));
        const QString mode = journal.scalar().toString();
        if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            throw StoreError(StoreError::Kind::Io,
                             tr("“%1” cannot use write-ahead logging (journal mode is %2).")
                                 .arg(displayName(m_path), mode));
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
                             .arg(displayName(m_path)));
    const int latest = Migrator::latestVersion();
    if (version > latest)
        throw StoreError(
            StoreError::Kind::NewerSchema,
            tr("“%1” was saved by a newer version of HubRegister (schema %2; this "
               "version understands up to %3). Install the newer HubRegister to "
               "open it.")
                .arg(displayName(m_path), QString::number(version), QString::number(latest)));
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
                             .arg(displayName(m_path)));
    if (!m_fresh)
        m_upgradeBackup = Backup::beforeUpgrade(*this, version);
    Migrator(*this).migrate(version, latest);
}

int Database::schemaVersion() const
{
    SqlQuery query(*this, QStringLiteral("PRAGMA user_version"));
    return query.scalar().toInt();
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
        m_pendingChanges.insert(entity);
    else
        emit changed(entity);
}

void Database::notifyCommitted()
{
    const QSet<Entity> changes = std::exchange(m_pendingChanges, {});
    for (Entity entity : changes)
        emit changed(entity);
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
    SqlQuery query(*this, QStringLiteral("INSERT INTO settings(key, value) VALUES(:key, :value) "
                                         "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    query.bind(QStringLiteral(":key"), key).bind(QStringLiteral(":value"), value).exec();
    noteChange(Entity::Setting);
}

void Database::checkpoint()
{
    if (!isReadOnly())
        execSql(*this, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

QString Database::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("hubregister.sqlite"));
}

} // namespace hubreg
